import TextAnalysis

/// Links claims to the denials of the same content and sets their status.
///
/// A denial within two sentences of a claim concerns it when (strongest first):
/// 1. its content overlaps the claim's text, or it is a "was"-relative after the claim ("…, was von X bestritten wird" in the same sentence;
///    "X wies dies zurück" in the next sentence, whose content is the claim's sentence);
/// 2. it follows the claim and its content names a claim ("wies die Vorwürfe zurück", "denied the allegations");
/// 3. it shares content words with the claim (stems, names of entities and function words left out);
///    an allegation may refer back to an earlier denial ("bestätigte den Briefwechsel nicht … der angebliche Briefwechsel").
/// Ties go to a denial after the claim, then to the nearest one. The status is `notConfirmed` for a
/// not-confirmed denial, `denied` for any other, `asserted` without a link.
struct ClaimLinker {
    let np: NounPhraseChunker
    let phrases: ClaimPhrases
    /// Index terms of a token.
    let termsOfToken: (Int) -> [String]

    init(_ phrases: ClaimPhrases, termsOfToken: @escaping (Int) -> [String]) {
        self.np = phrases.np
        self.phrases = phrases
        self.termsOfToken = termsOfToken
    }

    /// Links with the terms the index built (`tokenTerms`), or else with a fresh analyzer (its stemmer is only
    /// built when there is something to link).
    static func link(_ claims: inout [Claim], denials: [Denial], phrases: ClaimPhrases, tokenTerms: ((Int) -> [String])? = nil) {
        guard !claims.isEmpty, !denials.isEmpty else { return }
        if let tokenTerms {
            ClaimLinker(phrases, termsOfToken: tokenTerms).link(&claims, denials: denials)
        } else if let analyzer = Analyzer() {
            let doc = phrases.np.doc
            ClaimLinker(phrases, termsOfToken: { analyzer.terms(surface: doc.bytes[doc.tokens[$0].range]) }).link(&claims, denials: denials)
        }
    }

    func link(_ claims: inout [Claim], denials: [Denial]) {
        let denialTerms = denials.map { d in d.content.map(contentTerms) ?? [] }
        for i in claims.indices {
            let claim = claims[i]
            let claimText = claim.content?.span ?? claim.cue.span
            let claimTerms = claim.content.map(contentTerms) ?? []
            var best: (score: Int, shared: Int, forward: Bool, distance: Int, index: Int)?
            for (j, d) in denials.enumerated() where abs(d.sentence - claim.sentence) <= 2 {
                let forward = d.cue.span.start > claim.cue.span.start
                var score = 0
                let shared = claimTerms.intersection(denialTerms[j]).count
                if let c = d.content, overlaps(c.span, claimText) || overlaps(c.span, claim.cue.span) {
                    score = 3
                } else if forward, d.sentence == claim.sentence, opensWithWas(d) {
                    score = 3
                } else if forward, let c = d.content, namesClaim(c) {
                    score = 2
                } else if shared > 0 {
                    score = 1
                }
                guard score > 0 else { continue }
                let candidate = (score, shared, forward, abs(d.sentence - claim.sentence), j)
                if let b = best {
                    if (candidate.0, candidate.1, candidate.2 ? 1 : 0, -candidate.3) > (b.score, b.shared, b.forward ? 1 : 0, -b.distance) { best = candidate }
                } else {
                    best = candidate
                }
            }
            guard let b = best else { continue }
            claims[i].denial = b.index
            claims[i].status = denials[b.index].notConfirmed ? .notConfirmed : .denied
        }
    }

    /// Whether the denial's clause is a "was"-relative referring back to the clause before ("…, was X bestritt").
    private func opensWithWas(_ d: Denial) -> Bool {
        guard let t = np.token(atOrAfter: d.cue.span.start) else { return false }
        let s = np.clauseStart(t)
        return s > 0 && np.words[s - 1] == "," && ["was", "which"].contains(np.lower[s])
    }

    private func overlaps(_ a: Span, _ b: Span) -> Bool { a.start < b.end && b.start < a.end }

    /// The tokens of a text span.
    private func tokens(_ s: TextSpan) -> Range<Int> {
        guard let first = np.token(atOrAfter: s.span.start) else { return 0..<0 }
        let end = np.token(atOrAfter: s.span.end) ?? np.count
        return first..<max(first, end)
    }

    /// Whether a denied content names a claim ("die Vorwürfe", "diese Anschuldigungen", "the allegations").
    private func namesClaim(_ content: TextSpan) -> Bool {
        tokens(content).contains { Cues.claimReferenceNouns.contains(np.lower[$0]) }
    }

    /// Stems of the content words of a span: no function words, no claim or denial cues, no entity names.
    func contentTerms(_ s: TextSpan) -> Set<String> {
        var terms = Set<String>()
        for t in tokens(s) where np.isWord(t) && phrases.mentionOfToken[t] == nil {
            let w = np.lower[t]
            if Cues.nonNounWords.contains(w) || Cues.determiners.contains(w) || Cues.adverbs.contains(w) || Cues.contentPrepositions.contains(w)
                || Cues.auxiliaries.contains(w) || Cues.subordinators.contains(w) || Cues.negations.contains(w)
                || Cues.claimReferenceNouns.contains(w) || Cues.allegationMarkers.contains(w) || w.count < 3 {
                continue
            }
            for term in termsOfToken(t) { terms.insert(term) }
        }
        return terms
    }
}
