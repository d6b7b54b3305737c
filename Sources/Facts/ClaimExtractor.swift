import TextAnalysis

/// Finds claims: accusations and assertions, with who claims what of whom, and links them to denials.
///
/// Cues (lexicon in `Lexicons/ClaimCues.swift`): beschuldigen, bezichtigen, anklagen (`klagte … an`, `angeklagt`),
/// vorwerfen (`wirft … vor`), unterstellen, behaupten, English accuse, allege, claim; reported allegations
/// `soll … haben` / `sollen … sein`; allegation markers `angeblich`, `mutmaßlich`, `alleged`; claim nouns
/// with a complement (`der Vorwurf, …`, `Vorwürfe gegen X`). A negated cue ("behauptete nicht") is no claim.
///
/// Rules, recorded in `Claim.rule`:
/// - `verb.active` — "X beschuldigte Y, … zu …" / "X wirft Y Z vor" / "X behauptete, dass …".
/// - `verb.passive` — "Y wird (von X) beschuldigt, …", "Y wird Z vorgeworfen".
/// - `verb.relative` — "…, die sie beschuldigten, …" (relative clause: the antecedent is target or claimant).
/// - `verb.subordinate` — "dass X Y beschuldigt, …".
/// - `verb.anaphoric` — "Das behauptete X": content the previous sentence.
/// - `reported.soll` — "X soll … haben": no claimant, X the target.
/// - `marker.adjective` — "der angebliche Briefwechsel": content the noun phrase; `marker.adverb` — "Angeblich hat …".
/// - `noun` — "der Vorwurf, …", "Vorwürfe gegen X wegen Y".
///
/// Status (`ClaimLinker`): denied or not confirmed when a denial near the claim concerns the same content.
public struct ClaimExtractor: Sendable {
    public init() {}

    /// Extracts claims. `entities` (possibly empty) help find phrase boundaries and resolve claimants;
    /// `denials` (as extracted from the same document) give the claims their status.
    public func extract(_ doc: AnalyzedDocument, entities: [EntityMention], denials: [Denial]) -> [Claim] {
        guard !doc.tokens.isEmpty else { return [] }
        return extract(SpeechContext(doc, entities: entities), entities: entities, attributions: [], denials: denials)
    }

    /// A claim before claimant resolution and linking.
    struct Candidate {
        var cueToken: Int
        var claimants: [NounPhrase]
        var target: Range<Int>?
        var cue: TextSpan
        var content: TextSpan?
        var rule: String
    }

    /// Extracts claims from a document's shared speech context.
    func extract(_ context: SpeechContext, entities: [EntityMention], attributions: [Attribution], denials: [Denial]) -> [Claim] {
        let np = context.np
        let phrases = ClaimPhrases(np, entities: entities)
        var inQuote = [Bool](repeating: false, count: np.count)
        for q in context.quotes { for t in q.openToken...q.closeToken { inQuote[t] = true } }
        var candidates: [Candidate] = []

        for t in 0..<np.count where np.isWord(t) {
            if !inQuote[t], np.isLowerWord(t), let cues = Cues.claimVerbs[np.lower[t]], let c = verbClaim(phrases, t, cues) {
                candidates.append(c)
            } else if !inQuote[t], np.isLowerWord(t), Cues.reportingModals.contains(np.lower[t]), let c = reportedClaim(phrases, t) {
                candidates.append(c)
            } else if Cues.allegationMarkers.contains(np.lower[t]), let c = markerClaim(phrases, t) {
                candidates.append(c)
            }
        }
        // Claim nouns: a claim of their own unless they refer back to a claim already found (the content of a denial).
        for t in 0..<np.count where np.isWord(t) && Cues.claimNouns.contains(np.lower[t]) && (np.isCapitalized(t) || np.lower[t].hasPrefix("a")) {
            let s = np.sentenceOfToken[t]
            let offset = Int(np.doc.tokens[t].start)
            let inDenial = denials.contains { d in d.content.map { $0.span.start <= offset && offset < $0.span.end } ?? false }
            if inDenial, candidates.contains(where: { np.sentenceOfToken[$0.cueToken] <= s && np.sentenceOfToken[$0.cueToken] >= s - 2 }) { continue }
            if candidates.contains(where: { $0.content.map { $0.span.start <= offset && offset < $0.span.end } ?? false }) { continue }
            if let c = nounClaim(phrases, t) { candidates.append(c) }
        }
        // One claim per clause for "soll … angeblich …": the modal reading wins.
        candidates = candidates.filter { c in
            guard c.rule == "marker.adverb" else { return true }
            return !candidates.contains { $0.rule == "reported.soll" && np.clauseStart($0.cueToken) == np.clauseStart(c.cueToken) }
        }
        candidates.sort { $0.cueToken < $1.cueToken }

        // Resolve claimants in text order.
        var antecedents = AttributionResolver.Antecedent.from(attributions, np)
        var claims: [Claim] = []
        for c in candidates {
            var resolved: [String] = []
            for p in c.claimants {
                let local = p.isPronoun ? phrases.localAntecedent(of: p.tokens.lowerBound) : nil
                let name = local.map { context.resolver.name(of: $0) ?? np.textSpan($0.tokens).text }
                    ?? context.resolver.resolve(p, antecedents: antecedents) ?? np.textSpan(p.tokens).text
                resolved.append(name)
                if !p.isPronoun, p.name != nil {
                    antecedents.append(.init(token: p.tokens.lowerBound, name: name, determiner: p.determiner))
                    antecedents.sort { $0.token < $1.token }
                }
            }
            claims.append(Claim(sentence: np.sentenceOfToken[c.cueToken], claimants: c.claimants.map { np.textSpan($0.tokens) },
                                resolvedClaimants: resolved, target: c.target.map { np.textSpan($0) }, cue: c.cue,
                                content: c.content, rule: c.rule))
        }
        ClaimLinker.link(&claims, denials: denials, phrases: phrases, tokenTerms: context.tokenTerms)
        return claims
    }

    // MARK: - Verb cues

    private func verbClaim(_ ph: ClaimPhrases, _ t: Int, _ cues: [VerbCue]) -> Candidate? {
        let np = ph.np
        guard let clause = np.clause(of: t, cues: cues), clause.negation == nil, let kind = Cues.claimVerbKinds[clause.cue.lemma] else { return nil }
        let c = ph.mainClauseReading(clause)
        // An attributive participle ("der angeklagte Manager", "die beschuldigten Firmen") is no claim verb.
        if !c.cue.finite || np.lower[t].hasSuffix("ten") || np.lower[t].hasSuffix("te"), t + 1 < c.end, np.isNounLike(t + 1) || np.isAdjective(t + 1) { return nil }
        // "ist dem Ministerium unterstellt": a state, not a claim.
        if c.cue.lemma == "unterstellen", !c.cue.finite, ["ist", "sind", "war", "waren", "sei"].contains(np.lower[c.anchor]) { return nil }
        let body = np.unitBody(np.unitOfToken[t])
        let cue = np.cueSpan(t, c.particle)
        let excluded: Set<Int> = [t, c.anchor, c.particle ?? t]
        let englishPassive = np.isEnglish(t) && t > 0 && ["was", "were", "is", "are", "been", "be", "being"].contains(np.lower[t - 1])
        var claimants: [NounPhrase] = []
        var target: Range<Int>?
        var mid: [Int] = []
        var rule = "verb.active"

        if c.passive || englishPassive {
            rule = "verb.passive"
            let reading = passiveReading(ph, c, t, englishPassive: englishPassive, excluded: excluded)
            claimants = reading.claimants
            target = reading.target
            mid = reading.mid
        } else if let sub = c.subordinator {
            if np.lower[sub] == "was" || np.lower[sub] == "wie" || np.lower[sub] == "which" { return nil }
            if Cues.relativePronouns.contains(np.lower[sub]) && !Cues.subordinators.contains(np.lower[sub]) {
                rule = "verb.relative"
                guard let antecedent = ph.antecedent(ofRelative: sub) else { return nil }
                let after = ph.phrase(from: sub + 1, limit: t)
                let objectRelative = ["den", "dem", "denen", "dessen", "deren"].contains(np.lower[sub])
                    || (after.map { $0.isPronoun && Cues.subjectPronouns.contains(np.lower[$0.tokens.lowerBound]) } ?? false)
                if objectRelative, let a = after {
                    claimants = [a]; target = antecedent.tokens
                    mid = (a.tokens.upperBound..<c.end).filter { !excluded.contains($0) }
                } else {
                    claimants = [antecedent]; target = after?.tokens
                    mid = ((after?.tokens.upperBound ?? sub + 1)..<c.end).filter { !excluded.contains($0) }
                }
            } else {
                rule = "verb.subordinate"
                claimants = c.subjects.map { ph.bounded($0) }
                mid = ((claimants.last?.tokens.upperBound ?? sub + 1)..<c.end).filter { !excluded.contains($0) }
            }
        } else {
            claimants = c.subjects
            // "X, zugleich Chef der Partei, warf der Regierung vor, …": the inverted phrase is the object, the subject opens the sentence.
            if kind != .assert, c.subjectAfterVerb, c.prefield.isEmpty, c.start > body.lowerBound, np.words[c.start - 1] == ",",
               let first = claimants.first, claimants.count == 1, first.determiner == "der" || first.determiner == nil,
               let s = np.parse(from: body.lowerBound, limit: c.start, appositions: false, allowPronoun: false),
               s.tokens.upperBound < c.start, np.words[s.tokens.upperBound] == "," {
                target = ph.bounded(first).tokens
                claimants = [s]
            }
            guard !claimants.isEmpty else { return nil }
            if c.subjectAfterVerb, !c.prefield.isEmpty {
                let pre = np.parse(from: c.prefield.lowerBound, limit: c.anchor, appositions: false)
                if c.prefield.count == 1, Cues.anaphoricObjects.contains(np.lower[c.prefield.lowerBound]), kind == .assert, np.unitOfToken[t] > 0 {
                    // "Das behauptete X": the previous sentence.
                    let claimant = claimants.map { ph.bounded($0) }
                    return Candidate(cueToken: t, claimants: claimant, target: nil, cue: cue,
                                     content: np.textSpan(np.unitBody(np.unitOfToken[t] - 1)), rule: "verb.anaphoric")
                } else if let p = pre, p.tokens.upperBound == c.anchor, kind != .assert,
                          p.determiner.map({ Cues.objectDeterminers.contains($0) }) ?? false || Cues.objectPronouns.contains(np.lower[p.tokens.lowerBound]) {
                    target = ph.bounded(p).tokens
                }
            }
            claimants = claimants.map { ph.bounded($0) }
            let from = c.subjectAfterVerb ? max(claimants.last!.tokens.upperBound, target?.upperBound ?? 0) : c.anchor + 1
            mid = (from..<c.end).filter { k in !excluded.contains(k) && !claimants.contains { p in p.tokens.contains(k) } }
        }
        return verbClaimContent(ph, t, c, kind, body: body, cue: cue, claimants: claimants, target: target, mid: mid, rule: rule)
    }

    /// The passive reading: claimants from the "von"/"by" agent, the target from the subject or the prefield.
    private func passiveReading(_ ph: ClaimPhrases, _ c: NounPhraseClause, _ t: Int, englishPassive: Bool, excluded: Set<Int>)
        -> (claimants: [NounPhrase], target: Range<Int>?, mid: [Int]) {
        let np = ph.np
        var claimants: [NounPhrase] = []
        var target: Range<Int>?
        var mid: [Int] = []
        let agentRange = englishPassive ? (t + 1..<c.end) : (c.start..<t)
        var agentEnd = c.start
        if let von = agentRange.first(where: { np.lower[$0] == "von" || np.lower[$0] == "by" }) {
            claimants = np.parseCoordinated(from: von + 1, limit: englishPassive ? c.end : t).map { ph.bounded($0) }
            agentEnd = claimants.last?.tokens.upperBound ?? von + 1
        }
        if let s = c.subjects.first, !englishPassive || s.tokens.upperBound <= t {
            target = ph.bounded(s).tokens
        } else if !c.prefield.isEmpty, let p = ph.phrase(from: c.prefield.lowerBound, limit: c.anchor) {
            target = p.tokens
        }
        let from = max(englishPassive ? t + 1 : c.anchor + 1, agentEnd, target?.upperBound ?? 0)
        mid = (from..<c.end).filter { !excluded.contains($0) }
        if englishPassive, let first = claimants.first {
            let agent = first.tokens.lowerBound - 1..<(claimants.last?.tokens.upperBound ?? first.tokens.upperBound)
            mid = mid.filter { !agent.contains($0) }
        }
        return (claimants, target, mid)
    }

    /// The rest of `verbClaim`: the target and content from the middle field and a complement clause after the cue clause.
    private func verbClaimContent(_ ph: ClaimPhrases, _ t: Int, _ c: NounPhraseClause, _ kind: ClaimVerbKind, body: Range<Int>, cue: TextSpan,
                                  claimants: [NounPhrase], target: Range<Int>?, mid: [Int], rule: String) -> Candidate? {
        let np = ph.np
        var claimants = claimants, target = target, mid = mid
        guard !claimants.isEmpty || rule == "verb.passive" else { return nil }
        // "behauptete sich gegen …": prevailed, not asserted.
        if kind == .assert, let f = mid.first, np.lower[f] == "sich" { return nil }
        mid = ph.skippingPrepositionalPhrases(mid)

        // Target: the first phrase of the middle field (accusative for accuse, dative for reproach).
        if target == nil, kind != .assert, let f = mid.first, let p = ph.phrase(from: f, limit: (mid.last ?? f) + 1), p.tokens.lowerBound == f {
            target = p.tokens
            mid = ph.skippingPrepositionalPhrases(mid.filter { !p.tokens.contains($0) })
        }
        if let f = mid.first, np.lower[f] == "of" { mid.removeFirst() }
        var content = np.trimmedContent(mid)
        // A complement clause after the cue clause: "…, dem Nachbarland Öl zu verkaufen", "…, dass …".
        var clauseContent: Range<Int>?
        if c.end < body.upperBound, np.words[c.end] == "," || np.words[c.end] == ":" {
            clauseContent = ph.complement(from: c.end + 1, body: body)
        }
        // Claimant and target written together ("haben die Staaten das Land beschuldigt"); the verb needs both.
        if kind != .assert, target == nil, rule == "verb.active", c.subjectAfterVerb, let last = claimants.last,
           let (head, rest) = ph.split(last) {
            claimants[claimants.count - 1] = head
            target = rest
        }
        // The target absorbed the content ("wirft dem Minister Korruption vor").
        if kind == .reproach, content == nil, clauseContent == nil, let tr = target,
           let p = np.parse(from: tr.lowerBound, limit: tr.upperBound, appositions: false), let (head, rest) = ph.split(p) {
            target = head.tokens
            content = rest
        }
        // A genitive after the accused is the charge ("bezichtigte den Unternehmer des Betrugs").
        if kind == .accuse, content == nil, clauseContent == nil, let tr = target,
           let g = (tr.lowerBound + 1..<tr.upperBound).first(where: { ["des", "der"].contains(np.lower[$0]) && np.isCapitalized($0 + 1) || np.isAdjective($0 + 1) && ["des", "der"].contains(np.lower[$0]) }),
           g > tr.lowerBound + 1 {
            target = tr.lowerBound..<g
            content = g..<tr.upperBound
        }
        // A governed complement clause is the content; another clause only when the middle field has none.
        if let cc = clauseContent, ph.isGovernedComplement(cc) || content == nil { content = cc }
        let contentSpan = content.map { np.textSpan($0) }
        guard contentSpan != nil || target != nil else { return nil }
        return Candidate(cueToken: t, claimants: claimants, target: target, cue: cue, content: contentSpan, rule: rule)
    }

    // MARK: - Reported allegations

    /// "X soll … hinterzogen haben", "…, dass X … gezahlt haben soll".
    private func reportedClaim(_ ph: ClaimPhrases, _ t: Int) -> Candidate? {
        let np = ph.np
        let cue = VerbCue(lemma: "sollen", particle: nil, particleFinal: false, finite: true)
        guard let clause = np.clause(of: t, cues: [cue]), clause.negation == nil else { return nil }
        let c = ph.mainClauseReading(clause)
        let aux: Int
        let contentEnd: Int
        if c.subordinator == nil, c.end - 1 > t, Cues.perfectAuxiliaries.contains(np.lower[c.end - 1]) {
            aux = c.end - 1
            contentEnd = np.lower[aux - 1] == "worden" ? aux - 1 : aux
        } else if c.subordinator != nil, t == c.end - 1, t > c.start, Cues.perfectAuxiliaries.contains(np.lower[t - 1]) {
            aux = t - 1
            contentEnd = np.lower[aux - 1] == "worden" ? aux - 1 : aux
        } else { return nil }
        // The word before the auxiliary is a participle ("hinterzogen", "gezahlt", "gewesen"); with "sein" a strong
        // participle or "worden" ("gestorben sein", "gebracht worden sein"), not a state ("erledigt sein", "bereit sein").
        let participle = contentEnd - 1
        guard participle > c.start, np.isLowerWord(participle), np.lower[participle] != "zu", !np.is(c.end, ["?"]) else { return nil }
        let p = np.lower[participle]
        if np.lower[aux] == "sein" {
            guard contentEnd < aux || p.hasSuffix("en") && !Cues.adverbs.contains(p) else { return nil }
        } else {
            guard p.hasPrefix("ge") || p.hasSuffix("t") || p.hasSuffix("en"), !Cues.adverbs.contains(p), !["etwas", "nichts"].contains(p) else { return nil }
        }
        let subjects = c.subjects.map { ph.bounded($0) }
        let from: Int
        if let sub = c.subordinator { from = subjects.last?.tokens.upperBound ?? sub + 1 }
        else { from = c.subjectAfterVerb ? (subjects.last?.tokens.upperBound ?? t + 1) : t + 1 }
        let tokens = (from..<contentEnd).filter { k in k != t && !subjects.contains { s in s.tokens.contains(k) } }
        guard let content = np.trimmedContent(tokens) else { return nil }
        // Not a subject: a source ("Berichten zufolge") or a sentence adverb ("Überraschenderweise").
        let target = subjects.first.map(\.tokens).flatMap { r -> Range<Int>? in
            if r.upperBound < np.count, ["zufolge", "nach"].contains(np.lower[r.upperBound]) { return nil }
            if r.count == 1, np.lower[r.lowerBound].hasSuffix("weise") { return nil }
            return r
        }
        let cueSpan = aux > t ? TextSpan(text: np.words[t] + " … " + np.words[aux], span: np.span(t..<aux + 1)) : np.textSpan(aux..<t + 1)
        return Candidate(cueToken: t, claimants: [], target: target, cue: cueSpan, content: np.textSpan(content), rule: "reported.soll")
    }

    // MARK: - Allegation markers

    /// "der angebliche Briefwechsel zwischen …" (the noun phrase is alleged), "Angeblich hat X …" (the clause is).
    private func markerClaim(_ ph: ClaimPhrases, _ t: Int) -> Candidate? {
        let np = ph.np
        let end = np.clauseEnd(t)
        var k = t + 1
        while k < end, np.isAdjective(k) { k += 1 }
        let cue = np.textSpan(t..<t + 1)
        let english = np.isEnglish(t) || ["alleged", "purported"].contains(np.lower[t])
        if k < end, np.isCapitalized(k) || english && np.isLowerWord(k) && !["to", "that", "by"].contains(np.lower[k]),
           !(np.lower[t].hasSuffix("ly")) {
            // Adjective use: the phrase from the noun on.
            guard let p = np.parse(from: k, limit: end, appositions: false, prepositions: Cues.contentPrepositions, allowPronoun: false)
                    ?? (english ? NounPhrase(tokens: k..<k + 1, name: nil, isPronoun: false, determiner: nil) : nil) else { return nil }
            return Candidate(cueToken: t, claimants: [], target: nil, cue: cue, content: np.textSpan(p.tokens), rule: "marker.adjective")
        }
        // Adverb use: the clause without the marker.
        let start = np.clauseStart(t)
        let tokens = (start..<end).filter { $0 != t }
        guard let content = np.trimmedContent(tokens), content.count >= 2 else { return nil }
        return Candidate(cueToken: t, claimants: [], target: nil, cue: cue, content: np.textSpan(content), rule: "marker.adverb")
    }

    // MARK: - Claim nouns

    /// "der Vorwurf, er habe …", "Vorwürfe gegen den Minister wegen Korruption", "der Vorwurf der Untreue".
    private func nounClaim(_ ph: ClaimPhrases, _ t: Int) -> Candidate? {
        let np = ph.np
        let body = np.unitBody(np.unitOfToken[t])
        var k = t + 1
        var target: Range<Int>?
        var content: Range<Int>?
        if k + 1 < body.upperBound, ["gegen", "against"].contains(np.lower[k]), let p = ph.phrase(from: k + 1, limit: np.clauseEnd(k)) {
            target = p.tokens
            k = p.tokens.upperBound
        }
        if k + 1 < body.upperBound, ["wegen", "der", "des", "of"].contains(np.lower[k]),
           let p = np.parse(from: np.lower[k] == "wegen" || np.lower[k] == "of" ? k + 1 : k, limit: np.clauseEnd(k), appositions: false,
                            prepositions: Cues.contentPrepositions, allowPronoun: false) {
            content = p.tokens
        } else if k + 1 < body.upperBound, np.words[k] == "," || np.words[k] == ":" {
            content = ph.complement(from: k + 1, body: body)
        } else if k + 1 < body.upperBound, ["that"].contains(np.lower[k]) {
            content = ph.complement(from: k, body: body)
        }
        if let r = content, np.lower[k] == "," || np.lower[k] == ":" || np.lower[k] == "that", !ph.isGovernedComplement(r) { content = nil }
        guard content != nil || target != nil else { return nil }
        return Candidate(cueToken: t, claimants: [], target: target, cue: np.textSpan(t..<t + 1), content: content.map { np.textSpan($0) }, rule: "noun")
    }
}
