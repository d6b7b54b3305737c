/// The clause around a cue verb: where its finite verb, subject, middle field and complement are.
///
/// German main clauses put the finite verb second (`Berger sagte …`, `Am Montag sagte Berger …`,
/// `Den Bericht wies er zurück`); subordinate clauses put it last (`wie die Agentur berichtet`,
/// `was von Berlin bestritten wird`). All indices are token indices into `AnalyzedDocument.tokens`.
struct NounPhraseClause: Sendable {
    /// The cue verb token and the lexicon entry that matched.
    var verb: Int
    var cue: VerbCue
    /// The separable particle or governed preposition token, if the cue has one.
    var particle: Int?
    /// The finite verb: `verb` itself, or the auxiliary/modal carrying a participle or infinitive cue.
    var anchor: Int
    /// First token of the clause (after the preceding boundary).
    var start: Int
    /// End of the clause (exclusive): the next boundary token or the unit end.
    var end: Int
    /// Tokens before the finite verb (the German prefield), empty for verb-first clauses.
    var prefield: Range<Int>
    /// The subject phrase, if found.
    var subject: NounPhrase?
    /// The subject phrases when coordinated ("Berlin und Paris").
    var subjects: [NounPhrase]
    /// Whether the subject follows the finite verb (inversion).
    var subjectAfterVerb: Bool
    /// The clause is subordinate (verb last), opened by token `subordinator`.
    var subordinator: Int?
    /// A passive auxiliary (`wird`, `wurde`, `worden`) carries the cue.
    var passive: Bool
    /// A negation ("nicht", "nie") stands in the clause outside the subject.
    var negation: Int?

    /// Tokens after the finite verb and the subject, up to the clause end, without the cue verb and its particle.
    func rest(_ np: NounPhraseChunker) -> [Int] {
        var from = anchor + 1
        if let s = subject, subjectAfterVerb, s.tokens.lowerBound >= from { from = max(from, subjects.last?.tokens.upperBound ?? s.tokens.upperBound) }
        if let sub = subordinator { from = max(from, (subjects.last?.tokens.upperBound ?? sub + 1)) }
        var result: [Int] = []
        var i = from
        while i < end {
            if i != verb && i != particle && i != anchor { result.append(i) }
            i += 1
        }
        return result
    }
}

extension NounPhraseChunker {
    /// Analyzes the clause of cue verb `v` against the candidate lexicon entries; `nil` when no entry fits.
    /// When the clause ends at an opening quotation mark: the particle `p` after the quotation (or after several),
    /// in the clause that continues there, and that clause's end.
    func particleAfterQuotation(_ p: String, from end: Int) -> (Int, Int)? {
        let unit = units[unitOfToken[min(end, count - 1)]]
        var open = end
        while open < unit.upperBound, ["„", "\"", "»", "«"].contains(words[open]) {
            guard let close = (open + 1..<unit.upperBound).first(where: { NounPhraseChunker.quoteMarks.contains(words[$0]) }),
                  close + 1 < unit.upperBound else { return nil }
            let next = clauseEnd(close)
            if let k = (close + 1..<next).first(where: { lower[$0] == p }) { return (k, next) }
            open = next
        }
        return nil
    }

    /// - Parameter quotationsInside: a quotation inside the clause does not end it when the cue's particle follows it
    ///   ("wies einen Artikel als „Unsinn“ zurück"); denials ask for this, speech cues keep quotations as boundaries.
    func clause(of v: Int, cues: [VerbCue], quotationsInside: Bool = false) -> NounPhraseClause? {
        let cs = clauseStart(v)
        var ce = clauseEnd(v)
        let subordinator = subordinatorOpening(cs, before: v)
        // A participle or infinitive reading comes first when an auxiliary governs the verb
        // ("bestritten wird", "wurden … bestritten", "konnte … nicht bestätigen").
        let auxAfter = v + 1 < ce && Cues.auxiliaries.contains(lower[v + 1])
        let auxBefore = v == ce - 1 && (cs..<v).contains { Cues.auxiliaries.contains(lower[$0]) && isLowerWord($0) }
        let ordered = (auxAfter || auxBefore) ? cues.filter { !$0.finite } + cues.filter(\.finite) : cues
        for cue in ordered {
            var particle: Int?
            var anchor = v
            var passive = false
            if cue.finite {
                if let p = cue.particle {
                    if cue.particleFinal {
                        if subordinator == nil, ce - 1 > v, lower[ce - 1] == p {
                            particle = ce - 1
                        } else if subordinator == nil, let k = (v + 1..<ce).first(where: { lower[$0] == p && $0 + 1 < ce && Cues.coordinators.contains(lower[$0 + 1]) }) {
                            // "werfen X Untreue vor und wollen …": a coordinated main clause follows the particle.
                            particle = k
                            ce = k + 1
                        } else if quotationsInside, subordinator == nil, let (k, end) = particleAfterQuotation(p, from: ce), k == end - 1 {
                            // "wies einen Artikel als „Unsinn“ zurück": a quotation inside the clause does not end it.
                            particle = k
                            ce = end
                        } else { continue }
                    } else if let k = (v + 1..<ce).first(where: { lower[$0] == p }) {
                        particle = k
                    } else if quotationsInside, let (k, end) = particleAfterQuotation(p, from: ce) {
                        // "wies einen Artikel als „Unsinn“ zurück": a quotation inside the clause does not end it.
                        particle = k
                        ce = end
                    } else { continue }
                }
            } else {
                // Participle or infinitive: needs an auxiliary before it in the clause, or right after it (verb-final).
                if v + 1 < ce, Cues.auxiliaries.contains(lower[v + 1]), subordinator != nil {
                    anchor = v + 1
                    passive = Cues.passiveAuxiliaries.contains(lower[v + 1])
                } else if let a = (cs..<v).last(where: { Cues.auxiliaries.contains(lower[$0]) && isLowerWord($0) }) {
                    anchor = a
                    passive = Cues.passiveAuxiliaries.contains(lower[a]) || (v + 1 < ce && lower[v + 1] == "worden")
                } else { continue }
                if v + 1 < ce, lower[v + 1] == "worden" || lower[v + 1] == "werden" { passive = true }
            }
            var c = NounPhraseClause(verb: v, cue: cue, particle: particle, anchor: anchor, start: cs, end: ce,
                                     prefield: cs..<min(anchor, v), subject: nil, subjects: [], subjectAfterVerb: false,
                                     subordinator: subordinator, passive: passive, negation: nil)
            if let sub = subordinator {
                // Verb-final: the subject follows the subordinator ("wie die Agentur berichtet", "dass Russland bestreitet").
                if Cues.relativePronouns.contains(lower[sub]) && !Cues.subordinators.contains(lower[sub]) || lower[sub] == "was" {
                    c.subjects = []
                } else {
                    c.subjects = parseCoordinated(from: sub + 1, limit: min(v, anchor))
                    if let f = c.subjects.first, let d = f.determiner, Cues.objectDeterminers.contains(d) { c.subjects = [] }
                }
                c.subject = c.subjects.first
            } else {
                findSubject(&c)
            }
            c.negation = negation(in: cs..<ce, outside: c.subjects)
            return c
        }
        return nil
    }

    /// The subordinator (or relative pronoun after a comma) that opens the clause at `cs`, for the verb at `v`; `nil` for a
    /// main clause.
    private func subordinatorOpening(_ cs: Int, before v: Int) -> Int? {
        guard cs < v, isWord(cs) else { return nil }
        let w = lower[cs]
        let afterComma = cs > units[unitOfToken[cs]].lowerBound && words[cs - 1] == ","
        if Cues.subordinators.contains(w) && (w != "als" && w != "da" || afterComma) && !(w == "wie" && cs + 1 < count && isAdjective(cs + 1)) {
            return cs
        }
        if afterComma && Cues.relativePronouns.contains(w) && !(cs + 1 < v && isNounLike(cs + 1)) { return cs }
        return nil
    }

    /// The first negation of the clause outside its subjects. It does not negate the verb when it opens the predicative
    /// after "als" ("wies die Vorwürfe als nicht fundiert zurück") or reads "nicht nur" ("not only").
    private func negation(in clause: Range<Int>, outside subjects: [NounPhrase]) -> Int? {
        let subjectTokens = subjects.reduce(into: Set<Int>()) { set, np in set.formUnion(np.tokens) }
        return clause.first { k in
            Cues.negations.contains(lower[k]) && !subjectTokens.contains(k) && isWord(k)
                && !opensPredicative(k, from: clause.lowerBound) && !(k + 1 < clause.upperBound && lower[k + 1] == "nur")
        }
    }

    /// Whether the negation at `k` stands in a predicative after "als", at most two lower-case words after it ("als
    /// nicht fundiert", "als fachlich nicht haltbar").
    private func opensPredicative(_ k: Int, from start: Int) -> Bool {
        for j in stride(from: k - 1, through: max(start, k - 3), by: -1) {
            if lower[j] == "als" { return true }
            guard isLowerWord(j) else { return false }
        }
        return false
    }

    /// A named phrase from the unit's start up to the comma before `np` makes `np` its apposition without an article
    /// ("Karl Berg, Leiter des Amtes, sagte"): the subject is both, named by the head's name.
    private func namedPhrase(before np: NounPhrase, unitStart: Int) -> NounPhrase? {
        let s = np.tokens.lowerBound
        guard s > unitStart + 1, words[s - 1] == ",", let head = parse(from: unitStart, limit: s - 1),
              head.tokens.upperBound == s - 1, head.name != nil, !head.isPronoun,
              !(head.determiner.map { Cues.objectDeterminers.contains($0) } ?? false) else { return nil }
        return NounPhrase(tokens: head.tokens.lowerBound..<np.tokens.upperBound, name: head.name, isPronoun: false, determiner: head.determiner)
    }

    private func findSubject(_ c: inout NounPhraseClause) {
        let a = c.anchor
        var prefield = c.prefield
        // Apposition before the verb: "Jonas Berg, ein Sprecher der Stadtwerke, sagte".
        if prefield.isEmpty, c.start > units[unitOfToken[a]].lowerBound, words[c.start - 1] == "," {
            let u = units[unitOfToken[a]]
            var s = u.lowerBound
            while s < c.start - 1 {
                if s == u.lowerBound || isBoundary(s - 1), let np = parse(from: s, limit: a),
                   np.tokens.upperBound == a || (np.tokens.upperBound == a - 1 && words[a - 1] == ","), !np.isPronoun {
                    if let whole = namedPhrase(before: np, unitStart: u.lowerBound) {
                        c.subject = whole
                        c.subjects = [whole]
                        return
                    }
                    prefield = s..<a
                    c.prefield = prefield
                    c.start = s
                    break
                }
                s += 1
            }
            // Subject, inserted clause, verb: "Deiss, der sich … entschlossen hatte, sagte zur Begründung".
            if prefield.isEmpty {
                var s = u.lowerBound
                while s < a, Cues.adverbs.contains(lower[s]) { s += 1 }
                if let np = parse(from: s, limit: a), !np.isPronoun, np.tokens.upperBound < a - 1, words[np.tokens.upperBound] == ",",
                   !(np.determiner.map { Cues.objectDeterminers.contains($0) } ?? false),
                   np.tokens.upperBound + 1 < a, Cues.relativePronouns.contains(lower[np.tokens.upperBound + 1]) || Cues.determiners.contains(lower[np.tokens.upperBound + 1]) {
                    c.subject = np
                    c.subjects = [np]
                    return
                }
            }
        }
        // An unambiguous nominative pronoun right after the finite verb is the subject ("wies er zurück").
        if a + 1 < c.end, Cues.nominativePronouns.contains(lower[a + 1]), isWord(a + 1), !prefield.isEmpty {
            c.subject = NounPhrase(tokens: a + 1..<a + 2, name: nil, isPronoun: true, determiner: nil)
            c.subjects = [c.subject!]
            c.subjectAfterVerb = true
            return
        }
        if !prefield.isEmpty {
            var list = parseCoordinated(from: prefield.lowerBound, limit: a)
            // The prefield is one constituent: a subject phrase with trailing modifiers ("Ein Regierungssprecher in Berlin").
            if let last = list.last, last.tokens.upperBound < a, !last.isPronoun, list.count == 1,
               !(lowerBoundIsPreposition(prefield.lowerBound)), !(last.tokens.lowerBound..<a).contains(where: { Cues.speechVerbs[lower[$0]] != nil || Cues.auxiliaries.contains(lower[$0]) || isBoundary($0) }) {
                list = [NounPhrase(tokens: last.tokens.lowerBound..<a, name: last.name, isPronoun: false, determiner: last.determiner)]
            }
            if let first = list.first, list.last!.tokens.upperBound == a || (list.last!.tokens.upperBound == a - 1 && words[a - 1] == ","),
               !(first.determiner.map { Cues.objectDeterminers.contains($0) } ?? false) {
                c.subjects = list
                c.subject = first
                return
            }
        }
        // Inversion: subject after the finite verb, possibly after a few adverbs.
        var i = a + 1
        var skipped = 0
        while i < c.end, skipped < 3, Cues.adverbs.contains(lower[i]) { i += 1; skipped += 1 }
        guard i < c.end, i != c.verb else { return }
        let body = unitBody(unitOfToken[a])
        let list = parseCoordinated(from: i, limit: body.upperBound)
        if let first = list.first, !(first.determiner.map { Cues.objectDeterminers.contains($0) } ?? false) {
            // An apposition may run past the clause boundary: "sagte der Sprecher des Ministeriums, Hans Berger, dass".
            let last = list.last!.tokens.upperBound
            if last > c.end {
                c.end = last < body.upperBound && isBoundary(last) ? last : clauseEnd(last - 1)
            }
            // "sie" right after the verb with an object prefield is the subject; a bare "sie" elsewhere may be an object.
            c.subjects = list
            c.subject = first
            c.subjectAfterVerb = true
        }
    }

    /// Whether a subject phrase (not an object) starts at `i` before `limit`.
    func startsSubject(_ i: Int, _ limit: Int) -> Bool {
        var j = i
        while j < limit, Cues.adverbs.contains(lower[j]) { j += 1 }
        guard let np = parse(from: j, limit: max(limit, j)) else { return false }
        return !(np.determiner.map { Cues.objectDeterminers.contains($0) } ?? false)
    }

    func lowerBoundIsPreposition(_ i: Int) -> Bool { Cues.nonNounWords.contains(lower[i]) && !Cues.determiners.contains(lower[i]) }

    /// Trims adverbs, negations and temporal phrases ("am Donnerstag") from the edges of a token list.
    func trimmedContent(_ tokens: [Int]) -> Range<Int>? {
        var t = tokens
        while let f = t.first {
            if Cues.adverbs.contains(lower[f]) || Cues.negations.contains(lower[f]) || words[f] == "," { t.removeFirst(); continue }
            // "am Donnerstag", "im Juli", "am 18. August" before the content.
            if ["am", "im"].contains(lower[f]) {
                var k = 1
                while k < t.count, doc.tokens[t[k]].kind == .number || words[t[k]] == "." { k += 1 }
                if k < t.count - 1, Cues.nonNounWords.contains(lower[t[k]]), isCapitalized(t[k]) { t.removeFirst(k + 1); continue }
            }
            break
        }
        while let l = t.last, Cues.adverbs.contains(lower[l]) || Cues.negations.contains(lower[l]) || isBoundary(l) { t.removeLast() }
        guard let f = t.first, let l = t.last, f <= l else { return nil }
        return f..<l + 1
    }
}
