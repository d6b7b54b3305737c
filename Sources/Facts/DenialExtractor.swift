import TextAnalysis

/// Finds denials: who denied, rejected, disputed or did not confirm what.
///
/// Cues: bestreiten, dementieren, zurückweisen (`wies … zurück`), leugnen, abstreiten (`stritt … ab`),
/// negated bestätigen (`bestätigte … nicht`, `konnte … nicht bestätigen` → `notConfirmed`), and English
/// deny, reject, dispute, "did not confirm". A negated denial ("bestritt nicht") is no denial.
///
/// Rules, in order (recorded in `Denial.rule`):
/// - `passive.relative` — "…, was von X und Y bestritten wird": deniers from the von-agent, content the clause before.
/// - `passive` — "Die Vorwürfe wurden von X zurückgewiesen": deniers from the von-agent, content the subject.
/// - `active.objectFirst` — "Einen Bericht … wies er zurück": content the fronted object, denier after the verb.
/// - `active` — "X bestritt die Vorwürfe" / "X bestritt, dass …": denier the subject, content the object or complement.
/// - `subordinate` — "dass X die Vorwürfe bestreite", "…, der die Tat bestreitet".
/// A demonstrative content ("wies dies zurück") is replaced by the previous sentence (`+anaphoric`).
/// Results are ordered by sentence, then by cue position.
public struct DenialExtractor: Sendable {
    public init() {}

    /// Extracts denials. `entities` and `attributions` (both possibly empty) help resolve deniers;
    /// pronouns resolve to the last named speaker of an earlier attribution or denial.
    public func extract(_ doc: AnalyzedDocument, entities: [EntityMention], attributions: [Attribution]) -> [Denial] {
        guard !doc.tokens.isEmpty else { return [] }
        return extract(SpeechContext(doc, entities: entities), attributions: attributions)
    }

    /// Extracts denials from a document's shared speech context.
    func extract(_ context: SpeechContext, attributions: [Attribution]) -> [Denial] {
        let np = context.np
        let quotes = context.quotes
        var inQuote = [Bool](repeating: false, count: np.count)
        for q in quotes { for t in q.openToken...q.closeToken { inQuote[t] = true } }
        let resolver = context.resolver
        var antecedents: [AttributionResolver.Antecedent] = attributions.compactMap { a in
            guard let s = a.speaker, let n = a.resolvedSpeaker, let t = np.token(atOrAfter: s.span.start) else { return nil }
            let d = np.lower[t]
            return .init(token: t, name: n, determiner: Cues.determiners.contains(d) ? d : nil)
        }
        antecedents.sort { $0.token < $1.token }
        var result: [Denial] = []

        for t in 0..<np.count where !inQuote[t] && np.isLowerWord(t) {
            guard let cues = Cues.denialVerbs[np.lower[t]], let c = np.clause(of: t, cues: cues, quotationsInside: true) else { continue }
            let isConfirm = Cues.confirmLemmas.contains(c.cue.lemma)
            let weder = (c.start..<t).contains { np.lower[$0] == "weder" }
            if isConfirm {
                guard c.negation != nil || weder else { continue }
            } else {
                guard c.negation == nil else { continue }
                // "weder bestätigen noch dementieren": the bestätigen cue reports it.
                if t > 0, np.lower[t - 1] == "noch", weder { continue }
            }
            let body = np.unitBody(np.unitOfToken[t])
            guard let reading = deniersAndContent(np, c, t, body) else { continue }
            let deniers = reading.deniers, content = reading.content
            var rule = reading.rule
            guard !deniers.isEmpty else { continue }
            // A demonstrative content stands for the previous sentence.
            var contentSpan = content.map { np.textSpan($0) }
            if let r = content, r.count == 1, Cues.anaphoricObjects.contains(np.lower[r.lowerBound]), np.unitOfToken[t] > 0 {
                contentSpan = np.textSpan(np.unitBody(np.unitOfToken[t] - 1))
                rule += "+anaphoric"
            }
            var resolvedNames: [String] = []
            for d in deniers {
                let name = resolver.resolve(d, antecedents: antecedents) ?? np.textSpan(d.tokens).text
                resolvedNames.append(name)
                if !d.isPronoun, d.name != nil { antecedents.append(.init(token: d.tokens.lowerBound, name: name, determiner: d.determiner)) }
            }
            let cueSpan: TextSpan
            if isConfirm, let n = c.negation, n < t, c.particle == nil {
                cueSpan = c.anchor < n ? TextSpan(text: np.words[c.anchor] + " … " + np.words[n] + " " + np.words[t], span: np.span(c.anchor..<t + 1)) : np.textSpan(n..<t + 1)
            } else if isConfirm, let n = c.negation, n > t {
                cueSpan = np.cueSpan(t, n)
            } else {
                cueSpan = np.cueSpan(t, c.particle)
            }
            result.append(Denial(sentence: np.sentenceOfToken[t], deniers: deniers.map { np.textSpan($0.tokens) }, resolvedDeniers: resolvedNames,
                                 cue: cueSpan, content: contentSpan, notConfirmed: isConfirm, rule: rule))
        }
        result.sort { ($0.sentence, $0.cue.span.start) < ($1.sentence, $1.cue.span.start) }
        return result
    }

    static let agentPrepositions: Set<String> = ["von", "vom", "durch", "by"]

    /// Who denies and what, read from the clause's shape: a passive with its "von" agent, a subordinate or relative
    /// clause, an active clause (object first or after the verb). Nil when a passive names no agent or a relative
    /// "was" clause has nothing before its comma.
    private func deniersAndContent(_ np: NounPhraseChunker, _ c: NounPhraseClause, _ t: Int, _ body: Range<Int>)
        -> (deniers: [NounPhrase], content: Range<Int>?, rule: String)? {
        var deniers: [NounPhrase] = []
        var content: Range<Int>?
        var rule: String
        if c.passive {
            // Agent: "von/vom/durch X (und Y)" between the clause start and the verb (a German passive names its agent
            // with "von", institutions and means also with "durch").
            guard let von = (c.start..<t).first(where: { Self.agentPrepositions.contains(np.lower[$0]) }) else { return nil }
            deniers = np.parseCoordinated(from: von + 1, limit: t)
            if let sub = c.subordinator, np.lower[sub] == "was" || np.lower[sub] == "which" {
                // "…, was von X bestritten wird": the clause before the comma.
                let comma = sub - 1
                guard comma - 1 > body.lowerBound else { return nil }
                let prevStart = np.clauseStart(comma - 1)
                content = prevStart < comma ? prevStart..<comma : nil
                rule = "passive.relative"
            } else if c.subordinator == nil, !c.prefield.isEmpty, !Self.agentPrepositions.contains(np.lower[c.prefield.lowerBound]) {
                content = np.trimmedContent(Array(c.prefield))
                rule = "passive"
            } else {
                rule = "passive"
            }
        } else if let sub = c.subordinator {
            if Cues.relativePronouns.contains(np.lower[sub]) && !Cues.subordinators.contains(np.lower[sub]) {
                // Relative clause: the antecedent before the comma denies.
                let comma = sub - 1
                let u = np.units[np.unitOfToken[t]]
                var s = np.clauseStart(max(comma - 1, u.lowerBound))
                while s < comma {
                    if let p = np.parse(from: s, limit: comma, appositions: false), p.tokens.upperBound == comma { deniers = [p]; break }
                    s += 1
                }
                content = np.trimmedContent(Array(sub + 1..<t))
            } else {
                deniers = c.subjects
                let from = c.subjects.last?.tokens.upperBound ?? sub + 1
                content = from < t ? np.trimmedContent(Array(from..<t)) : nil
            }
            rule = "subordinate"
        } else {
            deniers = c.subjects
            if c.subjectAfterVerb, !c.prefield.isEmpty, let p = np.parse(from: c.prefield.lowerBound, limit: c.anchor, appositions: false, prepositions: Cues.contentPrepositions) ?? anaphor(np, c.prefield),
               p.tokens.upperBound == c.anchor, !p.isPronoun {
                content = c.prefield
                rule = "active.objectFirst"
            } else if c.subjectAfterVerb, let fronted = frontedObject(np, c, body) {
                // "Den Völkermord an … während des Krieges leugnet X", "Den Vorwurf, dass …, wies X zurück": a fronted phrase
                // opened by an object determiner, with attachments or its own clause, is what was denied.
                content = fronted
                rule = "active.objectFirst"
            } else {
                var rest = c.rest(np).filter { $0 != t && !(np.lower[$0] == "weder") }
                if np.isEnglish(t), let i = rest.firstIndex(where: { $0 > t }) { rest = Array(rest[i...]) }
                content = np.trimmedContent(rest)
                if content == nil, c.end < body.upperBound, np.words[c.end] == "," {
                    content = c.end + 1 < body.upperBound ? c.end + 1..<body.upperBound : nil
                }
                rule = "active"
            }
        }
        if let r = content { content = withClaimClause(np, r, body) }
        return (deniers, content, rule)
    }

    /// The prefield of a clause whose subject follows the verb, or the start of the unit up to the comma before a
    /// verb-first clause ("Den Vorwurf, dass …, wies …"), when it opens with a determiner that cannot open a subject
    /// (`Cues.objectDeterminers`).
    private func frontedObject(_ np: NounPhraseChunker, _ c: NounPhraseClause, _ body: Range<Int>) -> Range<Int>? {
        if !c.prefield.isEmpty {
            guard Cues.objectDeterminers.contains(np.lower[c.prefield.lowerBound]) else { return nil }
            return np.trimmedContent(Array(c.prefield))
        }
        guard c.start == c.anchor, c.start - 1 > body.lowerBound, np.words[c.start - 1] == ",",
              Cues.objectDeterminers.contains(np.lower[body.lowerBound]) else { return nil }
        return np.trimmedContent(Array(body.lowerBound..<(c.start - 1)))
    }

    /// A content that ends in a claim noun followed by a comma and the claim ("den Vorwurf, er habe …", "die Behauptung,
    /// dass …"): the content with the claim's clause, up to the unit's end.
    private func withClaimClause(_ np: NounPhraseChunker, _ r: Range<Int>, _ body: Range<Int>) -> Range<Int> {
        guard r.upperBound + 1 < body.upperBound, Cues.claimNouns.contains(np.lower[r.upperBound - 1]),
              np.words[r.upperBound] == "," else { return r }
        return np.trimmedContent(Array(r.lowerBound..<body.upperBound)) ?? r
    }

    /// A demonstrative pronoun filling the prefield alone ("Dies wies er zurück").
    private func anaphor(_ np: NounPhraseChunker, _ prefield: Range<Int>) -> NounPhrase? {
        guard prefield.count == 1, Cues.anaphoricObjects.contains(np.lower[prefield.lowerBound]) else { return nil }
        return NounPhrase(tokens: prefield, name: nil, isPronoun: false, determiner: nil)
    }
}
