import TextAnalysis

/// Finds speech events (who said what) in German and English news text.
///
/// Attribution runs as ordered sieves; each attribution records the sieve (`rule`) that decided it:
///
/// 1. `quote.cueAfter` — „…“, sagte X / „…“, fügte er hinzu / „…“, so X (direct).
/// 2. `quote.cueBefore` — X sagte: „…“ (direct).
/// 3. `reported.zufolge`, `reported.laut`, `reported.nachAngaben`, `reported.nachPostposition`, `reported.so`,
///    `reported.accordingTo`, `reported.wie`, `reported.demnach`, `reported.hießEs`, `reported.wonach` —
///    X zufolge / laut X / nach Angaben des X / seiner Meinung nach / …, so X / according to X / wie X berichtet /
///    Demnach … / hieß es (aus X) / ein Bericht, wonach … (reported; the speaker may be unknown).
/// 4. `verb.dass`, `verb.complement`, `verb.cueAfterIndirect`, `verb.anaphoric`, `verb.object`,
///    `verb.coordinated` — a speech verb with its subject: X sagte, dass … / X sagte, er … / …, sagte X /
///    Das berichtete X / X nannte Y „…“ (an object alone counts only when it holds a quote).
/// 5. `quote.continuation` — a sentence-initial quote right after an attributed quote keeps its speaker,
///    also across a paragraph break.
///
/// Quotes are matched at document level, so a quote spanning sentences or paragraphs is one quote.
/// Speakers are resolved in text order: entity mentions first, then the phrase's own name (linked to a
/// fuller name in the document), and `er`/`sie` to the last named speaker before them.
/// Results are ordered by sentence, then by cue position.
public struct AttributionExtractor: Sendable {
    public init() {}

    /// An attribution before speaker resolution.
    struct Candidate {
        var cueToken: Int
        var speaker: NounPhrase?
        var cue: TextSpan
        var message: [TextSpan]
        var form: AttributionForm
        var rule: String
        /// For continuations: the candidate whose speaker is inherited.
        var inheritsFrom: Int?
    }

    /// Extracts attributions. `entities` (possibly empty) help resolve speakers to canonical names.
    public func extract(_ doc: AnalyzedDocument, entities: [EntityMention]) -> [Attribution] {
        guard !doc.tokens.isEmpty else { return [] }
        return extract(SpeechContext(doc, entities: entities))
    }

    /// Extracts attributions from a document's shared speech context.
    func extract(_ context: SpeechContext) -> [Attribution] {
        let np = context.np
        let quotes = context.quotes
        var inQuote = [Int?](repeating: nil, count: np.count)
        for (qi, q) in quotes.enumerated() { for t in q.openToken...q.closeToken { inQuote[t] = qi } }
        var candidates: [Candidate] = []
        var used = Set<Int>()
        var quoteAttributed = [Int?](repeating: nil, count: quotes.count)

        quotesWithCueAfter(np, quotes, candidates: &candidates, used: &used, quoteAttributed: &quoteAttributed)
        quotesWithCueBefore(np, quotes, inQuote, candidates: &candidates, used: &used, quoteAttributed: &quoteAttributed)
        // Sieve 3: reported speech markers.
        for t in 0..<np.count where inQuote[t] == nil && np.isWord(t) && !used.contains(t) {
            if let c = reported(np, t) {
                candidates.append(c)
                used.insert(c.cueToken)
                used.insert(t)
            }
        }
        speechVerbClauses(np, quotes, inQuote, candidates: &candidates, used: &used)
        quoteContinuations(np, quotes, candidates: &candidates, quoteAttributed: &quoteAttributed)
        return resolvedAttributions(candidates, context)
    }

    /// The quote's segments as message spans.
    private func messages(_ np: NounPhraseChunker, _ q: AttributionQuote) -> [TextSpan] { q.segments.map { np.textSpan($0) } }

    /// The speech cues of a lower-case speech verb at `t`.
    private func speechCues(_ np: NounPhraseChunker, _ t: Int) -> [VerbCue]? {
        guard np.isLowerWord(t), let c = Cues.speechVerbs[np.lower[t]] else { return nil }
        return c
    }

    /// Sieve 1: a quote followed by its cue („…“, sagte X / „…“, so X / “…,” he said).
    private func quotesWithCueAfter(_ np: NounPhraseChunker, _ quotes: [AttributionQuote], candidates: inout [Candidate], used: inout Set<Int>, quoteAttributed: inout [Int?]) {
        // Sieve 1: quote followed by its cue.
        for (qi, q) in quotes.enumerated() {
            var t = q.closeToken + 1
            guard t < np.count else { continue }
            if np.words[t] == "," { t += 1 }
            // The cue must follow in the same paragraph.
            guard t < np.count, np.unitParagraph[np.unitOfToken[t]] == np.unitParagraph[np.unitOfToken[q.closeToken]] else { continue }
            if let cues = speechCues(np, t), let c = np.clause(of: t, cues: cues), c.prefield.isEmpty, let s = c.subject, c.subjectAfterVerb, c.negation == nil {
                candidates.append(Candidate(cueToken: t, speaker: s, cue: np.cueSpan(t, c.particle), message: messages(np, q), form: .direct, rule: "quote.cueAfter"))
                used.insert(t); quoteAttributed[qi] = candidates.count - 1
            } else if np.lower[t] == "so", np.isLowerWord(t), let s = np.parse(from: t + 1, limit: np.unitBody(np.unitOfToken[t]).upperBound),
                      s.tokens.upperBound == np.unitBody(np.unitOfToken[t]).upperBound || np.isBoundary(s.tokens.upperBound) {
                candidates.append(Candidate(cueToken: t, speaker: s, cue: np.textSpan(t..<t + 1), message: messages(np, q), form: .direct, rule: "quote.so"))
                used.insert(t); quoteAttributed[qi] = candidates.count - 1
            } else if np.words[q.closeToken + 1] == ",", let s = np.parse(from: t, limit: np.clauseEnd(t)), s.tokens.upperBound < np.count,
                      np.isEnglish(s.tokens.upperBound), let cues = speechCues(np, s.tokens.upperBound),
                      let c = np.clause(of: s.tokens.upperBound, cues: cues), c.subject?.tokens == s.tokens {
                // English order: "…,” he said.
                let v = s.tokens.upperBound
                candidates.append(Candidate(cueToken: v, speaker: s, cue: np.cueSpan(v, c.particle), message: messages(np, q), form: .direct, rule: "quote.cueAfter"))
                used.insert(v); quoteAttributed[qi] = candidates.count - 1
            }
        }
    }

    /// Sieve 2: a cue clause ending in a colon before the quote (X sagte: „…“).
    private func quotesWithCueBefore(_ np: NounPhraseChunker, _ quotes: [AttributionQuote], _ inQuote: [Int?], candidates: inout [Candidate], used: inout Set<Int>, quoteAttributed: inout [Int?]) {
        // Sieve 2: cue clause ending in a colon before the quote.
        for (qi, q) in quotes.enumerated() where quoteAttributed[qi] == nil {
            let colon = q.openToken - 1
            guard colon > 0, np.words[colon] == ":" else { continue }
            let u = np.units[np.unitOfToken[colon]]
            var t = colon - 1
            var found = false
            while t >= u.lowerBound, !found, inQuote[t] == nil {
                if let cues = speechCues(np, t), !used.contains(t), let c = np.clause(of: t, cues: cues), c.end == colon || c.end > colon - 1,
                   let s = c.subject, c.subordinator == nil, c.negation == nil {
                    candidates.append(Candidate(cueToken: t, speaker: s, cue: np.cueSpan(t, c.particle), message: messages(np, q), form: .direct, rule: "quote.cueBefore"))
                    used.insert(t); quoteAttributed[qi] = candidates.count - 1
                    found = true
                }
                t -= 1
            }
        }
    }

    /// Sieve 4: speech verbs with their subjects (X sagte, dass … / …, sagte X / X nannte Y „…“).
    private func speechVerbClauses(_ np: NounPhraseChunker, _ quotes: [AttributionQuote], _ inQuote: [Int?], candidates: inout [Candidate], used: inout Set<Int>) {
        // Sieve 4: speech verbs with their subjects.
        for t in 0..<np.count where inQuote[t] == nil && !used.contains(t) {
            guard let cues = speechCues(np, t), let c = np.clause(of: t, cues: cues) else { continue }
            if c.subordinator != nil { continue }
            if c.negation != nil { continue }  // "äußerte sich nicht", "bestätigte … nicht"
            if !c.cue.finite, c.passive, c.cue.lemma != "zitieren" { continue }
            let unit = np.unitOfToken[t]
            let body = np.unitBody(unit)
            var speaker = c.subject
            var rule = ""
            // Coordinated verb sharing the previous verb's subject: "sagte er und bezeichnete …".
            if c.cue.lemma == "ausgehen", !(c.start..<c.end).contains(where: { np.lower[$0] == "davon" }) { continue }
            if c.anchor > body.lowerBound, Cues.coordinators.contains(np.lower[c.anchor - 1]) {
                if let prev = candidates.last(where: { np.unitOfToken[$0.cueToken] == unit && $0.cueToken < t }), prev.speaker != nil {
                    speaker = prev.speaker
                } else {
                    // "Podolski war ebenfalls anwesend und sagte …": the unit's opening subject.
                    var s = body.lowerBound
                    while s < t, Cues.adverbs.contains(np.lower[s]) { s += 1 }
                    let p = np.parse(from: s, limit: t)
                    speaker = (p?.determiner.map { Cues.objectDeterminers.contains($0) } ?? false) ? nil : p
                }
                rule = "verb.coordinated"
            }
            guard let s = speaker else { continue }
            let ce = c.end
            var message: TextSpan?
            var form: AttributionForm = .indirect
            let next = ce + 1 < body.upperBound ? ce + 1 : nil
            if c.prefield.isEmpty, c.subjectAfterVerb, c.start > body.lowerBound + 1, np.words[c.start - 1] == ",", inQuote[c.start - 2] == nil, rule.isEmpty {
                message = np.textSpan(body.lowerBound..<c.start - 1)
                rule = "verb.cueAfterIndirect"
            } else if ce < body.upperBound, np.words[ce] == ",", let n = next, ["dass", "daß", "that", "ob", "whether"].contains(np.lower[n]) {
                message = np.textSpan(n..<body.upperBound)
                if rule.isEmpty { rule = "verb.dass" }
            } else if ce < body.upperBound, np.words[ce] == ",", let n = next, isComplementStart(np, n) {
                message = np.textSpan(n..<body.upperBound)
                if rule.isEmpty { rule = "verb.complement" }
            } else if ce < body.upperBound, np.words[ce] == ":" {
                // A colon without a quote is too often a list or a heading, unless a whole clause follows, capitalized
                // and with a lower-case word among its first five ("sagte: Der Kreis streicht den Dörfern …"): speech
                // written without quotation marks (agencies, archives that drop them).
                guard let n = next, body.upperBound - n >= 4, np.words[n].first?.isUppercase == true,
                      (n + 1..<min(n + 6, body.upperBound)).contains(where: { np.isLowerWord($0) }) else { continue }
                message = np.textSpan(n..<body.upperBound)
                form = .direct
                if rule.isEmpty { rule = "verb.colon" }
            } else if c.subjectAfterVerb, c.prefield.count == 1, Cues.anaphoricObjects.contains(np.lower[c.prefield.lowerBound]), unit > 0 {
                message = np.textSpan(np.unitBody(unit - 1))
                form = .reported
                if rule.isEmpty { rule = "verb.anaphoric" }
            } else {
                var rest = c.rest(np)
                // Keep a quote that the clause runs into: "nannte den Plan „einen großen Fehler“".
                if ce < np.count, let qi = inQuote[ce], quotes[qi].openToken == ce {
                    rest += Array(ce...quotes[qi].closeToken)
                }
                if c.subjectAfterVerb, !c.prefield.isEmpty, np.parse(from: c.prefield.lowerBound, limit: c.anchor, prepositions: Cues.contentPrepositions)?.tokens.upperBound == c.anchor {
                    rest = Array(c.prefield) + rest
                }
                if np.isEnglish(t), !c.subjectAfterVerb, ce == body.upperBound || np.words[ce] == "." {
                    rest = Array(t + 1..<body.upperBound)
                }
                let hasQuote = rest.contains { inQuote[$0] != nil }
                if let r = np.trimmedContent(rest.filter { $0 != t }) { message = np.textSpan(r) }
                // Precision: a speech verb with only an object ("kritisierte die Entscheidung", "sprach von einem Erfolg")
                // counts only when the object quotes someone ("nannte sie „fahrlässig“") or the text is English.
                guard hasQuote || np.isEnglish(t) else { continue }
                if rule.isEmpty { rule = "verb.object" }
            }
            candidates.append(Candidate(cueToken: t, speaker: s, cue: np.cueSpan(t, c.particle), message: message.map { [$0] } ?? [], form: form, rule: rule))
            used.insert(t)
        }
    }

    /// Sieve 5: a sentence-initial quote right after an attributed quote keeps its speaker.
    private func quoteContinuations(_ np: NounPhraseChunker, _ quotes: [AttributionQuote], candidates: inout [Candidate], quoteAttributed: inout [Int?]) {
        // Sieve 5: quote continuation.
        for (qi, q) in quotes.enumerated() where quoteAttributed[qi] == nil {
            let unit = np.units[np.unitOfToken[q.openToken]]
            guard q.openToken == unit.lowerBound, qi > 0 else { continue }
            guard let pi = (0..<qi).last(where: { quoteAttributed[$0] != nil }), let ci = quoteAttributed[pi] else { continue }
            let prev = quotes[pi]
            let prevParagraph = np.unitParagraph[np.unitOfToken[prev.closeToken]]
            let paragraph = np.unitParagraph[np.unitOfToken[q.openToken]]
            guard paragraph - prevParagraph <= 1 else { continue }
            // No other attribution between the two quotes.
            let between = candidates.contains { $0.cueToken > prev.closeToken && $0.cueToken < q.openToken && $0.rule != candidates[ci].rule || ($0.cueToken > candidates[ci].cueToken && $0.cueToken < q.openToken) }
            guard !between else { continue }
            candidates.append(Candidate(cueToken: q.openToken, speaker: candidates[ci].speaker, cue: np.textSpan(q.openToken..<q.openToken + 1),
                                        message: messages(np, q), form: .direct, rule: "quote.continuation", inheritsFrom: ci))
            quoteAttributed[qi] = candidates.count - 1
        }
    }

    /// Resolves the candidates' speakers in text order and turns them into attributions, ordered by sentence and cue.
    private func resolvedAttributions(_ candidates: [Candidate], _ context: SpeechContext) -> [Attribution] {
        let np = context.np
        // Resolve speakers in text order.
        let resolver = context.resolver
        let order = candidates.indices.sorted { candidates[$0].cueToken < candidates[$1].cueToken }
        var resolved = [String?](repeating: nil, count: candidates.count)
        var antecedents: [AttributionResolver.Antecedent] = []
        for i in order where candidates[i].inheritsFrom == nil {
            guard let s = candidates[i].speaker else { continue }
            let name = resolver.resolve(s, antecedents: antecedents)
            resolved[i] = name
            if let n = name, s.isPronoun || s.name != nil || resolver.name(of: s) != nil {
                antecedents.append(.init(token: s.tokens.lowerBound, name: n, determiner: s.determiner))
            }
        }
        for i in order where candidates[i].inheritsFrom != nil { resolved[i] = resolved[candidates[i].inheritsFrom!] }

        var result: [Attribution] = []
        for i in order {
            let c = candidates[i]
            let sentence = np.sentenceOfToken[c.cueToken]
            let speaker = c.speaker.map { np.textSpan($0.tokens) }
            if c.message.isEmpty {
                result.append(Attribution(sentence: sentence, speaker: speaker, resolvedSpeaker: resolved[i], cue: c.cue, message: nil, form: c.form, rule: c.rule))
            }
            for (k, m) in c.message.enumerated() {
                result.append(Attribution(sentence: sentence, speaker: speaker, resolvedSpeaker: resolved[i], cue: c.cue, message: m, form: c.form,
                                          rule: k == 0 ? c.rule : c.rule + "+paragraph"))
            }
        }
        result.sort { ($0.sentence, $0.cue.span.start, $0.message?.span.start ?? 0) < ($1.sentence, $1.cue.span.start, $1.message?.span.start ?? 0) }
        return result
    }

    /// Whether token `n`, after a comma following a speech verb, opens a reported clause rather than a new clause.
    private func isComplementStart(_ np: NounPhraseChunker, _ n: Int) -> Bool {
        let w = np.lower[n]
        let excluded: Set<String> = ["und", "aber", "oder", "sondern", "denn", "doch", "wie", "als", "weil", "nachdem", "obwohl", "während",
                                     "bevor", "um", "ohne", "wenn", "wo", "falls", "sodass", "was", "welche", "welcher", "welches", "dessen",
                                     "deren", "so", "nämlich", "and", "but", "which", "who", "while", "after", "before", "when"]
        if excluded.contains(w) || !np.isWord(n) { return false }
        if Cues.relativePronouns.contains(w) { return np.isCapitalized(n + 1) || np.isAdjective(n + 1) }
        return true
    }

    /// Sieve 3: `X zufolge`, `laut X`, `nach Angaben des X`, `…, so X`, `according to X`, `wie X berichtet`.
    private func reported(_ np: NounPhraseChunker, _ t: Int) -> Candidate? {
        let unit = np.unitOfToken[t]
        let body = np.unitBody(unit)
        let w = np.lower[t]
        switch w {
        case "zufolge":
            let cs = np.clauseStart(t)
            for s in cs..<t {
                if let p = np.parse(from: s, limit: t, appositions: false, allowPronoun: false), p.tokens.upperBound == t {
                    let speaker = reportedSource(np, in: p)
                    return Candidate(cueToken: t, speaker: speaker, cue: np.textSpan(t..<t + 1), message: reportedMessage(np, body, without: s..<t + 1).map { [$0] } ?? [],
                                     form: .reported, rule: "reported.zufolge")
                }
            }
        case "demnach":
            // "Demnach …": the source is the previous sentence's speaker, when there is one.
            guard t == body.lowerBound || np.words[t - 1] == "," else { return nil }
            return Candidate(cueToken: t, speaker: nil, cue: np.textSpan(t..<t + 1), message: reportedMessage(np, body, without: t..<t + 1).map { [$0] } ?? [],
                             form: .reported, rule: "reported.demnach")
        case "hieß", "heißt", "geheißen":
            // "hieß es", "heißt es in dem Bericht", "hatte es geheißen"; the source from "aus/bei/von X" when given.
            let cs = np.clauseStart(t), ce = np.clauseEnd(t)
            guard (t + 1 < ce && np.lower[t + 1] == "es") || (t - 1 >= cs && np.lower[t - 1] == "es") || (t - 2 >= cs && np.lower[t - 2] == "es") else { return nil }
            var speaker: NounPhrase?
            if let prep = (cs..<ce).first(where: { ["aus", "bei", "von", "vom", "beim", "in", "im"].contains(np.lower[$0]) }) {
                let from = ["vom", "beim", "im"].contains(np.lower[prep]) ? prep + 1 : prep + 1
                if let p = np.parse(from: from, limit: ce, allowPronoun: false) ?? (["vom", "beim", "im"].contains(np.lower[prep]) ? nil : nil) { speaker = p }
            }
            var msg: TextSpan?
            if ce < body.upperBound, [",", ":"].contains(np.words[ce]), ce + 1 < body.upperBound { msg = np.textSpan(ce + 1..<body.upperBound) }
            else if cs > body.lowerBound + 1, np.words[cs - 1] == "," { msg = np.textSpan(body.lowerBound..<cs - 1) }
            return Candidate(cueToken: t, speaker: speaker, cue: np.textSpan(t..<t + 1), message: msg.map { [$0] } ?? [], form: .reported, rule: "reported.hießEs")
        case "wonach":
            // "ein Bericht, wonach …": the source is the phrase before the comma.
            guard t > body.lowerBound + 1, np.words[t - 1] == "," else { return nil }
            let comma = t - 1
            var speaker: NounPhrase?
            var s = np.clauseStart(comma - 1)
            while s < comma {
                if let p = np.parse(from: s, limit: comma, allowPronoun: false), p.tokens.upperBound == comma { speaker = p; break }
                s += 1
            }
            guard t + 1 < body.upperBound else { return nil }
            return Candidate(cueToken: t, speaker: speaker.map { reportedSource(np, in: $0) }, cue: np.textSpan(t..<t + 1), message: [np.textSpan(t + 1..<body.upperBound)],
                             form: .reported, rule: "reported.wonach")
        case "laut":
            guard let p = np.parse(from: t + 1, limit: np.clauseEnd(t), allowPronoun: false) ?? (t == body.lowerBound ? bareSource(np, after: t) : nil) else { return nil }
            return Candidate(cueToken: t, speaker: reportedSource(np, in: p), cue: np.textSpan(t..<t + 1),
                             message: reportedMessage(np, body, without: t..<p.tokens.upperBound).map { [$0] } ?? [], form: .reported, rule: "reported.laut")
        default:
            return reportedAfterSource(np, t, w, body)
        }
        return nil
    }

    /// A source phrase the chunker does not parse, after a sentence-initial "Laut": determiners and adjectives, then a noun (capitalized,
    /// or a compound with a lower-case first part such as "dpa-Meldung") and the capitalized words after it
    /// ("laut israelischen Medien", "laut einer dpa-Meldung").
    private func bareSource(_ np: NounPhraseChunker, after t: Int) -> NounPhrase? {
        let end = np.clauseEnd(t)
        var e = t + 1
        while e < end, np.isLowerWord(e), Cues.determiners.contains(np.lower[e]) || np.isAdjective(e) { e += 1 }
        guard e < end, np.isWord(e), np.isCapitalized(e) || np.words[e].contains("-") else { return nil }
        e += 1
        while e < end, np.isWord(e), np.isCapitalized(e) { e += 1 }
        return NounPhrase(tokens: t + 1..<e, name: nil, isPronoun: false, determiner: Cues.determiners.contains(np.lower[t + 1]) ? np.lower[t + 1] : nil)
    }

    /// The rest of sieve 3: `nach Angaben des X`, `seiner Meinung nach`, `…, so X`, `according to X`, `wie X berichtet`.
    private func reportedAfterSource(_ np: NounPhraseChunker, _ t: Int, _ w: String, _ body: Range<Int>) -> Candidate? {
        switch w {
        case "nach" where t > body.lowerBound && np.isCapitalized(t - 1) && Cues.isSourceNoun(np.lower[t - 1]) && (t + 1 >= body.upperBound || !np.isCapitalized(t + 1) || np.isWord(t + 1)):
            // Postposition: "Seiner Meinung nach", "Dem Vernehmen nach", "Grupps Meinung nach".
            var s = t - 1
            if s - 1 >= body.lowerBound, Cues.determiners.contains(np.lower[s - 1]) || np.isCapitalized(s - 1) { s -= 1 }
            var speaker: NounPhrase?
            if s < t - 1, np.isCapitalized(s), !Cues.determiners.contains(np.lower[s]) {
                speaker = NounPhrase(tokens: s..<s + 1, name: s..<s + 1, isPronoun: false, determiner: nil)
            }
            return Candidate(cueToken: t, speaker: speaker, cue: np.textSpan(t - 1..<t + 1), message: reportedMessage(np, body, without: s..<t + 1).map { [$0] } ?? [],
                             form: .reported, rule: "reported.nachPostposition")
        case "nach":
            var k = t + 1
            if k < body.upperBound, Cues.determiners.contains(np.lower[k]) { k += 1 }
            while k < body.upperBound, np.isAdjective(k) || np.lower[k] == "eigenen" { k += 1 }
            guard k < body.upperBound, np.isCapitalized(k), Cues.isSourceNoun(np.lower[k]) else { return nil }
            var speaker: NounPhrase?
            var end = k + 1
            if end < body.upperBound, ["des", "der"].contains(np.lower[end]), let p = np.parse(from: end, limit: np.clauseEnd(end)) {
                speaker = p; end = p.tokens.upperBound
            } else if end < body.upperBound, np.lower[end] == "von", let p = np.parse(from: end + 1, limit: np.clauseEnd(end), allowPronoun: false) {
                speaker = p; end = p.tokens.upperBound
            }
            return Candidate(cueToken: t, speaker: speaker, cue: np.textSpan(t..<k + 1), message: reportedMessage(np, body, without: t..<end).map { [$0] } ?? [],
                             form: .reported, rule: "reported.nachAngaben")
        case "so":
            guard np.isLowerWord(t), t > body.lowerBound, np.words[t - 1] == ",",
                  let p = np.parse(from: t + 1, limit: body.upperBound), !p.isPronoun || np.lower[p.tokens.lowerBound] != "sie" else { return nil }
            // The phrase ends the clause, or only a short modifier follows ("so Nasrallah im libanesischen Fernsehen").
            let ce = np.clauseEnd(p.tokens.upperBound - 1)
            let tail = p.tokens.upperBound..<max(ce, p.tokens.upperBound)
            guard tail.count <= 6, !tail.contains(where: { Cues.auxiliaries.contains(np.lower[$0]) || Cues.speechVerbs[np.lower[$0]] != nil || Cues.subordinators.contains(np.lower[$0]) }) else { return nil }
            return Candidate(cueToken: t, speaker: p, cue: np.textSpan(t..<t + 1), message: reportedMessage(np, body, without: t - 1..<tail.upperBound).map { [$0] } ?? [],
                             form: .reported, rule: "reported.so")
        case "according":
            guard t + 2 < body.upperBound, np.lower[t + 1] == "to", let p = np.parse(from: t + 2, limit: np.clauseEnd(t + 2), allowPronoun: false) else { return nil }
            return Candidate(cueToken: t, speaker: p, cue: np.textSpan(t..<t + 2), message: reportedMessage(np, body, without: t..<p.tokens.upperBound).map { [$0] } ?? [],
                             form: .reported, rule: "reported.accordingTo")
        case "wie", "as":
            guard t == np.clauseStart(t) else { return nil }
            let ce = np.clauseEnd(t)
            var k = t + 1
            while k < ce, Cues.adverbs.contains(np.lower[k]) { k += 1 }
            guard let p = np.parse(from: k, limit: ce, allowPronoun: false) else { return nil }
            // The verb ends the clause (possibly followed by an auxiliary).
            var v = ce - 1
            if v > p.tokens.upperBound, Cues.auxiliaries.contains(np.lower[v]) { v -= 1 }
            guard v >= p.tokens.upperBound, np.isLowerWord(v), let cues = Cues.speechVerbs[np.lower[v]],
                  cues.contains(where: { $0.particle == nil || !$0.particleFinal }) else { return nil }
            var cueStart = v
            if v - 1 >= p.tokens.upperBound, ["bekannt", "an", "mit", "hin"].contains(np.lower[v - 1]) { cueStart = v - 1 }
            var msg: TextSpan?
            if t == body.lowerBound {
                var lo = ce
                while lo < body.upperBound, np.words[lo] == "," { lo += 1 }
                if lo < body.upperBound { msg = np.textSpan(lo..<body.upperBound) }
            } else if t - 1 > body.lowerBound {
                msg = np.textSpan(body.lowerBound..<(np.words[t - 1] == "," ? t - 1 : t))
            }
            return Candidate(cueToken: v, speaker: p, cue: np.textSpan(cueStart..<v + 1), message: msg.map { [$0] } ?? [], form: .reported, rule: "reported.wie")
        default:
            break
        }
        return nil
    }

    /// The message of a reported cue: the unit `body` without the source phrase `phrase` when it stands at either edge.
    private func reportedMessage(_ np: NounPhraseChunker, _ body: Range<Int>, without phrase: Range<Int>) -> TextSpan? {
        var lo = body.lowerBound, hi = body.upperBound
        if phrase.lowerBound <= body.lowerBound { lo = phrase.upperBound }
        else if phrase.upperBound >= body.upperBound { hi = phrase.lowerBound }
        while lo < hi, np.words[lo] == "," { lo += 1 }
        while hi > lo, np.words[hi - 1] == "," { hi -= 1 }
        return lo < hi ? np.textSpan(lo..<hi) : nil
    }

    /// "Angaben der Polizei" → "der Polizei": the source inside a source noun phrase.
    private func reportedSource(_ np: NounPhraseChunker, in phrase: NounPhrase) -> NounPhrase {
        let head = phrase.tokens.lowerBound + (phrase.determiner == nil ? 0 : 1)
        var k = head
        while k < phrase.tokens.upperBound, np.isAdjective(k) { k += 1 }
        guard k < phrase.tokens.upperBound, Cues.isSourceNoun(np.lower[k]) else { return phrase }
        let after = k + 1
        if after < phrase.tokens.upperBound, let inner = np.parse(from: np.lower[after] == "von" ? after + 1 : after, limit: phrase.tokens.upperBound) {
            return inner
        }
        return phrase
    }
}

extension NounPhraseChunker {
    /// Whether token `t` is an English speech or denial verb (English clauses are subject–verb–object).
    func isEnglish(_ t: Int) -> Bool {
        let english: Set<String> = ["say", "says", "said", "tell", "tells", "told", "states", "stated", "adds", "added", "explains", "explained",
                                    "announces", "announced", "claims", "claimed", "warns", "warned", "insists", "insisted", "argues", "argued",
                                    "writes", "wrote", "asks", "asked", "reports", "reported", "confirms", "confirmed", "confirm",
                                    "deny", "denies", "denied", "reject", "rejects", "rejected", "dispute", "disputes", "disputed"]
        return english.contains(lower[t])
    }
}
