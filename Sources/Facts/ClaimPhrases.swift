import TextAnalysis

/// Phrase helpers for claims on top of `NounPhraseChunker`: entity-aware phrase boundaries
/// ("die Europäische Union" | "Ungarn" written together), object pronouns, relative antecedents and complement clauses.
struct ClaimPhrases {
    let np: NounPhraseChunker
    /// For each token inside an entity mention, the mention's token range.
    let mentionOfToken: [Range<Int>?]
    /// For each token inside a person mention, `true`.
    let inPerson: [Bool]

    init(_ np: NounPhraseChunker, entities: [EntityMention]) {
        self.np = np
        var mention = [Range<Int>?](repeating: nil, count: np.count)
        var person = [Bool](repeating: false, count: np.count)
        for m in entities {
            guard let first = np.token(atOrAfter: m.name.span.start), Int(np.doc.tokens[first].start) < m.name.span.end,
                  let last = np.token(endingAtOrBefore: m.name.span.end), last >= first else { continue }
            // The mention ends inside `last` or right after it.
            for t in first...last { mention[t] = first..<last + 1; person[t] = person[t] || m.kind == .person }
        }
        mentionOfToken = mention
        inPerson = person
    }

    /// A noun phrase (or an object pronoun) at `i`, ending at an entity boundary.
    func phrase(from i: Int, limit: Int) -> NounPhrase? {
        guard i < limit else { return nil }
        if Cues.objectPronouns.contains(np.lower[i]) || Cues.subjectPronouns.contains(np.lower[i]), np.isLowerWord(i) || np.isWord(i) && i == np.units[np.unitOfToken[i]].lowerBound {
            return NounPhrase(tokens: i..<i + 1, name: nil, isPronoun: true, determiner: nil)
        }
        guard let p = np.parse(from: i, limit: limit, appositions: false) else { return nil }
        return bounded(p)
    }

    /// The first capitalized token of a phrase and the end of its run of capitalized words.
    private func run(of p: NounPhrase) -> Range<Int>? {
        guard let h = p.tokens.first(where: { np.isCapitalized($0) && !Cues.determiners.contains(np.lower[$0]) }) else { return nil }
        var e = h + 1
        while e < p.tokens.upperBound, np.isCapitalized(e), !Cues.determiners.contains(np.lower[e]) { e += 1 }
        return h..<e
    }

    /// Whether two entities meet between tokens `k - 1` and `k` of a run: a new mention starts (not after a role
    /// word: "Regierungssprecher Hans Berger"), or a mention ends before a common noun.
    private func isEntityBoundary(_ k: Int) -> Bool {
        let prev = mentionOfToken[k - 1], cur = mentionOfToken[k]
        if let c = cur, c != prev, !np.isRoleWord[k - 1] { return true }
        if prev != nil, cur == nil, !np.isRoleWord[k] { return true }
        return false
    }

    /// The phrase cut at the first entity boundary inside its capitalized run (modifiers after the cut go too).
    func bounded(_ p: NounPhrase) -> NounPhrase {
        guard !p.isPronoun, let r = run(of: p), let k = (r.lowerBound + 1..<r.upperBound).first(where: isEntityBoundary) else { return p }
        return NounPhrase(tokens: p.tokens.lowerBound..<k, name: np.nameInRun(r.lowerBound..<k, hasDeterminer: p.determiner != nil),
                          isPronoun: false, determiner: p.determiner)
    }

    /// Two phrases written together ("die Staaten das Land" without the second article, "dem Minister Korruption"):
    /// the first, and the tokens of the second. Cut at the last entity boundary, else before the last capitalized word.
    func split(_ p: NounPhrase) -> (NounPhrase, Range<Int>)? {
        guard !p.isPronoun, let r = run(of: p), r.count >= 2 else { return nil }
        let boundaries = (r.lowerBound + 1..<r.upperBound).filter(isEntityBoundary)
        let k: Int
        if let b = boundaries.last { k = b }
        else if (r.lowerBound..<r.upperBound).allSatisfy({ mentionOfToken[$0] == nil }) { k = r.upperBound - 1 }
        else { return nil }
        let head = NounPhrase(tokens: p.tokens.lowerBound..<k, name: np.nameInRun(r.lowerBound..<k, hasDeterminer: p.determiner != nil),
                              isPronoun: false, determiner: p.determiner)
        return (head, k..<p.tokens.upperBound)
    }

    /// Words that open a subordinate clause or a prepositional phrase ("seit dem Überfall", "während des Besuchs").
    static let prepositionalSubordinators: Set<String> = ["seit", "seitdem", "während", "bis"]

    /// The main-clause reading of a clause the chunker took as subordinate because it opens with a preposition
    /// that can also be a conjunction ("Seit dem Überfall haben X Y beschuldigt"): the subject after the finite verb.
    func mainClauseReading(_ c: NounPhraseClause) -> NounPhraseClause {
        guard let sub = c.subordinator, Self.prepositionalSubordinators.contains(np.lower[sub]), sub + 1 < c.anchor,
              np.is(sub + 1, ["dem", "der", "des", "den", "einem", "einer", "eines", "diesem", "dieser", "ihrem", "seinem"]) || np.doc.tokens[sub + 1].kind == .number,
              c.anchor != c.verb || c.cue.finite, c.anchor > sub + 1 else { return c }
        var m = c
        m.subordinator = nil
        m.prefield = c.start..<min(c.anchor, c.verb)
        var i = c.anchor + 1
        while i < c.end, Cues.adverbs.contains(np.lower[i]) { i += 1 }
        let subjects = np.parseCoordinated(from: i, limit: c.end)
        if let first = subjects.first, !(first.determiner.map { Cues.objectDeterminers.contains($0) } ?? false), !subjects.contains(where: { $0.tokens.contains(c.verb) }) {
            m.subjects = subjects
            m.subject = first
            m.subjectAfterVerb = true
        } else {
            m.subjects = []
            m.subject = nil
        }
        return m
    }

    /// The antecedent of a relative pronoun at `sub` (after a comma): the phrase ending right before the comma.
    func antecedent(ofRelative sub: Int) -> NounPhrase? {
        let comma = sub - 1
        let u = np.units[np.unitOfToken[sub]]
        guard comma > u.lowerBound, np.words[comma] == "," else { return nil }
        var s = np.clauseStart(comma - 1)
        while s < comma {
            if let p = np.parse(from: s, limit: comma, appositions: false, allowPronoun: false), p.tokens.upperBound == comma {
                // A numeral before the noun belongs to it ("drei Unternehmen").
                if s > u.lowerBound, np.doc.tokens[s - 1].kind == .number || ["zwei", "drei", "vier", "fünf", "mehrere", "einige"].contains(np.lower[s - 1]) {
                    return NounPhrase(tokens: s - 1..<comma, name: p.name, isPronoun: false, determiner: p.determiner)
                }
                return p
            }
            s += 1
        }
        return nil
    }

    /// Subjunctive auxiliaries and modals that mark reported speech in a verb-second complement ("…, er habe …").
    static let subjunctives: Set<String> = [
        "habe", "hätte", "hätten", "sei", "seien", "wäre", "wären", "werde", "würde", "würden", "könne", "könnte", "könnten",
        "wolle", "wollte", "solle", "müsse", "dürfe", "gebe", "gäbe",
    ]

    /// Whether a complement is certainly governed by the cue: a dass-clause, a zu-infinitive
    /// ("Öl zu verkaufen", "vorzugehen") or a subjunctive clause ("er habe …"), rather than a new main clause.
    func isGovernedComplement(_ r: Range<Int>) -> Bool {
        if r.lowerBound > 0, ["dass", "daß", "that", "ob", "whether"].contains(np.lower[r.lowerBound - 1]) { return true }
        return r.contains { isZuInfinitive($0) || np.isLowerWord($0) && Self.subjunctives.contains(np.lower[$0]) }
    }

    /// An infinitive with "zu": after a separate "zu" ("zu liefern") or with "zu" inside ("vorzugehen", "einzuhalten").
    func isZuInfinitive(_ k: Int) -> Bool {
        guard np.isLowerWord(k) else { return false }
        let w = np.lower[k]
        if k > 0, np.lower[k - 1] == "zu", w.hasSuffix("en") || w.hasSuffix("rn") || w.hasSuffix("ln") || w == "sein" || w == "tun" { return true }
        guard w.count > 7, w.hasSuffix("en") || w.hasSuffix("rn") || w.hasSuffix("ln"), let z = w.range(of: "zu"), z.lowerBound != w.startIndex else { return false }
        return w.distance(from: z.upperBound, to: w.endIndex) >= 4
    }

    /// Tokens without leading prepositional phrases ("im Interview", "in diesem Text") and adverbs.
    func skippingPrepositionalPhrases(_ tokens: [Int]) -> [Int] {
        var rest = tokens[...]
        while let f = rest.first {
            let w = np.lower[f]
            if Cues.adverbs.contains(w) || np.words[f] == "," { rest.removeFirst(); continue }
            // ("zu große Nachgiebigkeit": "zu" is a degree word there, not a preposition.)
            guard Cues.nonNounWords.contains(w), w != "zu", !Cues.determiners.contains(w), !Cues.subjectPronouns.contains(w), np.isWord(f),
                  let limit = rest.last.map({ $0 + 1 }) else { break }
            var k = f + 1
            if k < limit, Cues.determiners.contains(np.lower[k]) { k += 1 }
            while k < limit, np.isAdjective(k) { k += 1 }
            guard k < limit, let r = np.capitalRun(from: k, limit: limit) else { break }
            // Keep one noun for the phrase; a following capitalized word starts the next phrase.
            let end = mentionOfToken[r.lowerBound]?.upperBound ?? r.lowerBound + 1
            rest = rest.drop { $0 < end }
        }
        return Array(rest)
    }

    /// A complement clause from `from`: a dass-clause (to the sentence end, before a "was"-relative),
    /// or a zu-infinitive or verb-second complement (to the next clause boundary).
    func complement(from: Int, body: Range<Int>) -> Range<Int>? {
        guard from < body.upperBound else { return nil }
        var start = from
        var end: Int
        if ["dass", "daß", "that", "ob", "whether"].contains(np.lower[from]) {
            start = from + 1
            end = body.upperBound
            if let k = (start..<body.upperBound).first(where: { np.words[$0] == "," && $0 + 1 < body.upperBound && ["was", "which"].contains(np.lower[$0 + 1]) }) {
                end = k
            }
        } else {
            end = np.clauseEnd(from)
            // A quotation inside the complement does not end it.
            while end < body.upperBound, NounPhraseChunker.quoteMarks.contains(np.words[end]) { end = np.clauseEnd(end) }
            // An infinitive clause with "zu" after a comma belongs to the verb before it ("er habe versucht, das
            // Interesse kleinzuhalten"): the complement runs on to its end.
            while end + 1 < body.upperBound, np.words[end] == "," {
                let next = np.clauseEnd(end + 1)
                guard next > end + 1, (end + 1..<next).contains(where: isZuInfinitive) else { break }
                end = next
            }
            // "… vorzubereiten und schloss … aus": the infinitive ends the complement before a coordinated main clause.
            if let k = (start..<end).first(where: isZuInfinitive), k + 2 < end, Cues.coordinators.contains(np.lower[k + 1]),
               !(k + 2..<end).contains(where: isZuInfinitive) {
                end = k + 1
            }
        }
        return np.trimmedContent(Array(start..<end))
    }

    /// The nearest subject-like phrase before pronoun `t` in its own sentence ("verhängten die Staaten Strafzölle
    /// gegen Firmen, die sie beschuldigten": `sie` → "die Staaten"), matching the pronoun's gender and number.
    func localAntecedent(of t: Int) -> NounPhrase? {
        let pronoun = np.lower[t]
        guard ["er", "sie", "he", "she", "they"].contains(pronoun) else { return nil }
        let u = np.units[np.unitOfToken[t]]
        var k = t - 1
        while k >= u.lowerBound {
            let prev = k - 1 >= u.lowerBound ? np.lower[k - 1] : ""
            let afterPreposition = Cues.nonNounWords.contains(prev) && !Cues.determiners.contains(prev) && !Cues.adverbs.contains(prev)
            if ["der", "die"].contains(np.lower[k]), np.isWord(k), !afterPreposition, k - 1 < u.lowerBound || np.words[k - 1] != ",",
               AttributionResolver.compatible(pronoun: pronoun, determiner: np.lower[k]),
               let p = np.parse(from: k, limit: t, appositions: false), p.name != nil {
                return bounded(p)
            }
            k -= 1
        }
        return nil
    }
}

extension AttributionResolver.Antecedent {
    /// Named speakers of attributions, usable as antecedents for later pronouns (in text order).
    static func from(_ attributions: [Attribution], _ np: NounPhraseChunker) -> [AttributionResolver.Antecedent] {
        let list: [AttributionResolver.Antecedent] = attributions.compactMap { a in
            guard let s = a.speaker, let n = a.resolvedSpeaker, let t = np.token(atOrAfter: s.span.start) else { return nil }
            let d = np.lower[t]
            return .init(token: t, name: n, determiner: Cues.determiners.contains(d) ? d : nil)
        }
        return list.sorted { $0.token < $1.token }
    }
}
