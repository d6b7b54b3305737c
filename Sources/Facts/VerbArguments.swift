import TextAnalysis

/// The subject, object or passive agent of one verb in its clause, read with the noun-phrase chunker that the
/// attribution and denial extractors use. It answers "Wer V-te …?" and "Wen V-te X?" from the sentence that holds V.
///
/// Rules (German main clauses put the finite verb second, subordinate clauses put it last; a passive names its
/// agent with "von" or "durch"):
/// - `passive-agent`: "*von*/*vom*/*durch* NP" before the verb in a clause with a passive auxiliary
///   ("… wurden von Maria Ernst gebaut"), or right after the participle ("gezeichnet von Peter Sand");
/// - `prefield-subject`: the noun phrase that fills the clause up to its finite verb ("Bergheim unterstützte …");
/// - `subject-after-verb`: when the prefield is no noun phrase (an adverbial: "Im Hafen prüfen Zöllner …"),
///   the noun phrase right after the finite verb;
/// - `object-after-verb`: the next noun phrase after the verb that is not the subject;
/// - `subordinate-subject`: in a verb-final clause, the noun phrase after the relative pronoun or subordinator.
/// Pronouns are never returned. Positions are token indices into `AnalyzedDocument.tokens` (0-based).
public struct VerbArguments {
    let chunker: NounPhraseChunker

    public init(_ doc: AnalyzedDocument) { chunker = NounPhraseChunker(doc) }

    /// Which argument is asked for.
    public enum Slot: Sendable { case agent, object }

    /// One argument: its text and UTF-8 byte span as written (determiner included), its tokens, and the rule that found it.
    public struct Argument: Sendable, Hashable {
        public var text: TextSpan
        public var tokens: Range<Int>
        public var rule: String
        public init(text: TextSpan, tokens: Range<Int>, rule: String) { self.text = text; self.tokens = tokens; self.rule = rule }
    }

    /// The arguments filling `slot` of the verb at token `v`, most likely first (at most one per rule).
    public func arguments(ofVerbAt v: Int, slot: Slot) -> [Argument] {
        guard let f = frame(ofVerbAt: v) else { return [] }
        var out: [Argument] = []
        if slot == .agent, let a = f.passiveAgent { out.append(a) }
        // In a passive clause the subject is the patient: without "von …" there is no agent.
        if slot == .agent, let s = f.subject, !f.isPassive { out.append(s) }
        if slot == .object, !f.isPassive, let o = f.object { out.append(o) }
        // …and the patient, what an active clause has as its object ("X ist vom DFB beauftragt worden" → X).
        if slot == .object, f.isPassive, let s = f.subject { out.append(s) }
        return out
    }

    /// The arguments of one verb in its clause.
    public struct Frame: Sendable {
        public var subject: Argument?
        public var object: Argument?
        public var passiveAgent: Argument?
        public var isPassive: Bool
    }

    /// The subject, object and passive agent of the verb at token `v`, or `nil` when `v` is no word.
    public func frame(ofVerbAt v: Int) -> Frame? {
        guard chunker.isWord(v) else { return nil }
        let clause = clauseAround(v)
        let finite = finiteVerb(v, clause)
        let subject = subjectOf(finite, clause)
        return Frame(subject: subject, object: objectAfter(finite: finite, verb: v, subject: subject, clause),
                     passiveAgent: passiveAgent(v, clause), isPassive: passive(v, clause))
    }

    /// The finite verb of a verb-second main clause that opens the sentence holding token `t`: the word right after
    /// the first constituent (a noun phrase, or a preposition with its noun phrase), when it is a lower-case word
    /// that is no function word (auxiliaries and modals excepted) and no clause adverb. `nil` when none is found.
    public func secondPositionVerb(inSentenceOf t: Int) -> Int? {
        let unit = chunker.units[chunker.unitOfToken[t]]
        var k = unit.lowerBound
        guard k < unit.upperBound else { return nil }
        if isPreposition(k) || chunker.isCapitalized(k) && Lexicons.functionWords.contains(chunker.lower[k]) && !Cues.determiners.contains(chunker.lower[k]) {
            guard let np = chunker.parse(from: k + 1, limit: unit.upperBound, appositions: false, allowPronoun: false) else { return nil }
            k = np.tokens.upperBound
        } else if let np = chunker.parse(from: k, limit: unit.upperBound, appositions: false, allowPronoun: false) {
            k = np.tokens.upperBound
        } else {
            return nil
        }
        guard k < unit.upperBound, chunker.isLowerWord(k), !Lexicons.functionWords.contains(chunker.lower[k]) || Cues.auxiliaries.contains(chunker.lower[k]),
              !Cues.adverbs.contains(chunker.lower[k]) else { return nil }
        return k
    }

    /// Tokens of the clause that holds `v`: between the nearest clause boundaries (comma, colon, dash, quote, sentence end).
    func clauseAround(_ v: Int) -> Range<Int> {
        let unit = chunker.units[chunker.unitOfToken[v]]
        var s = v
        while s > unit.lowerBound {
            // A short quoted name inside the clause ("von der „Werkstatt X“ organisiert") does not end it.
            if s - 1 > unit.lowerBound, let open = quotedNameOpening(closingAt: s - 1, from: unit.lowerBound) { s = open; continue }
            if chunker.isBoundary(s - 1) { break }
            s -= 1
        }
        var e = v + 1
        while e < unit.upperBound, !chunker.isBoundary(e) { e += 1 }
        return s..<e
    }

    /// The opening mark of a quotation of one to five words, the first capitalized, after a determiner, whose closing mark
    /// is at `close` ("der „Werkstatt der Künste“"); `nil` otherwise.
    func quotedNameOpening(closingAt close: Int, from start: Int) -> Int? {
        guard ["“", "«", "”"].contains(chunker.words[close]) else { return nil }
        for open in stride(from: close - 2, through: max(start, close - 6), by: -1) where ["„", "»", "“"].contains(chunker.words[open]) {
            guard open > start, chunker.is(open - 1, Cues.determiners), chunker.quotedName(at: open, limit: close + 1) == open + 1..<close else { return nil }
            return open - 1
        }
        return nil
    }

    /// A passive auxiliary before `v` in its sentence ("wurde für den Erfinder, X, von Y entwickelt") or after it in
    /// its clause ("gestrichen worden"), or "von"/"by" right after it.
    func passive(_ v: Int, _ clause: Range<Int>) -> Bool {
        (chunker.units[chunker.unitOfToken[v]].lowerBound..<v).contains { chunker.is($0, Cues.passiveAuxiliaries) }
            || (v + 1..<clause.upperBound).contains { chunker.is($0, Cues.passiveAuxiliaries) }
            || (v + 1 < clause.upperBound && chunker.is(v + 1, Self.agentPrepositions))
    }

    static let agentPrepositions: Set<String> = ["von", "vom", "durch", "by"]
    /// Dative personal pronouns, which stand before the accusative object in the middle field.
    static let dativePronouns: Set<String> = ["ihm", "ihnen", "mir", "dir", "uns", "euch"]

    func passiveAgent(_ v: Int, _ clause: Range<Int>) -> Argument? {
        if v + 2 < clause.upperBound, chunker.is(v + 1, Self.agentPrepositions),
           let np = chunker.parse(from: v + 2, limit: clause.upperBound, appositions: false, prepositions: [], allowPronoun: false, bareAdjectives: true) {
            return argument(np, "passive-agent")
        }
        guard passive(v, clause) else { return nil }
        for p in (clause.lowerBound..<v).reversed() where chunker.is(p, Self.agentPrepositions) {
            guard let np = chunker.parse(from: p + 1, limit: v, appositions: false, prepositions: [], allowPronoun: false, bareAdjectives: true) else { continue }
            return argument(np, "passive-agent")
        }
        // A participle that opens its clause has the agent after it ("Geliefert werden die Teile von X").
        if v == clause.lowerBound {
            for p in (v + 1)..<clause.upperBound where chunker.is(p, Self.agentPrepositions) {
                guard let np = chunker.parse(from: p + 1, limit: clause.upperBound, appositions: false, prepositions: [], allowPronoun: false, bareAdjectives: true) else { continue }
                return argument(np, "passive-agent")
            }
        }
        return nil
    }

    /// The finite verb of the clause: the first auxiliary or modal before `v`, else `v` itself.
    func finiteVerb(_ v: Int, _ clause: Range<Int>) -> Int {
        (clause.lowerBound..<v).first { chunker.is($0, Cues.auxiliaries) } ?? v
    }

    func subjectOf(_ finite: Int, _ clause: Range<Int>) -> Argument? {
        if let s = subordinateSubject(finite, clause) { return s }
        // A verb right after a coordinator shares the subject of the verb before it ("hielt an und alarmierte die
        // Feuerwehr"): the phrase after it is its object, not a subject.
        if finite > clause.lowerBound, chunker.is(finite - 1, Cues.coordinators) { return nil }
        // A clause that opens with its finite verb follows a fronted subordinate clause ("Da …, entschied sich X"):
        // the subject comes right after the verb.
        if finite == clause.lowerBound, finite > chunker.units[chunker.unitOfToken[finite]].lowerBound {
            // Unless the unit opens with a noun phrase and its apposition right up to the verb ("Der neue Besitzer, eine
            // Bank, will …"): that phrase is the subject.
            let unitStart = chunker.units[chunker.unitOfToken[finite]].lowerBound
            if !chunker.is(unitStart, Cues.subordinators), let np = chunker.parse(from: unitStart, limit: finite),
               np.tokens.upperBound == finite - 1, chunker.words[finite - 1] == ",", np.tokens.count > 3,
               let subject = argument(np, "prefield-subject") {
                return subject
            }
            // A subject with a relative clause between it and the verb ("X, der …, gewann …").
            if let np = chunker.parse(from: unitStart, limit: finite, appositions: false), np.tokens.upperBound + 1 < finite - 1,
               chunker.words[np.tokens.upperBound] == ",", chunker.is(np.tokens.upperBound + 1, Cues.relativePronouns),
               chunker.words[finite - 1] == ",", !(np.determiner.map { Cues.objectDeterminers.contains($0) } ?? false),
               let subject = argument(np, "subject-before-relative") {
                return subject
            }
            // Right after a main clause that opens the unit ("X nahm …, gründete Y"), a verb-first clause is the second
            // verb of a coordination: it shares the main clause's subject, and the phrase after it is its object.
            if !chunker.is(unitStart, Cues.subordinators),
               let v2 = secondPositionVerb(inSentenceOf: unitStart), v2 < finite - 1, clauseAround(v2) == unitStart..<(finite - 1) {
                return subjectOf(v2, clauseAround(v2)).map { Argument(text: $0.text, tokens: $0.tokens, rule: "shared-subject") }
            }
            return phraseAfter(finite, clause).flatMap { argument($0, "subject-after-verb") }
        }
        if finite > clause.lowerBound {
            // A prefield opened by a preposition or another function word ("Im Labor", "Dann") is an adverbial, and so is
            // a phrase of time in the accusative ("Vergangenes Jahr hatte X …", "Diese Woche", not "Der Sommer war …").
            let opener = chunker.lower[clause.lowerBound]
            let adverbial = Lexicons.functionWords.contains(opener) && !Cues.determiners.contains(opener)
                || (Cues.temporalNouns.contains(chunker.lower[finite - 1]) || Lexicons.calendarWords.contains(chunker.words[finite - 1]))
                    && !["der", "die", "das", "ein", "eine"].contains(opener)
            guard !adverbial, let np = chunker.parse(from: clause.lowerBound, limit: finite, appositions: false),
                  let subject = argument(np, "prefield-subject"), subject.tokens.upperBound == finite else {
                return phraseAfter(finite, clause).flatMap { argument($0, "subject-after-verb") }
            }
            return subject
        }
        return nil
    }

    /// In a verb-final clause after a comma opened by a relative pronoun or subordinator ("…, das Schüler auf dem Hof
    /// verbreitet hatten"), a noun phrase right after the opener is the subject (`subordinate-subject`); the relative
    /// pronoun is then the object.
    func subordinateSubject(_ v: Int, _ clause: Range<Int>) -> Argument? {
        let opener = clause.lowerBound
        let unit = chunker.units[chunker.unitOfToken[v]]
        guard opener > unit.lowerBound, opener + 1 < v, chunker.words[opener - 1] == ",",
              chunker.is(opener, Cues.relativePronouns) || chunker.is(opener, Cues.subordinators),
              (v + 1..<clause.upperBound).allSatisfy({ chunker.is($0, Cues.auxiliaries) }),
              let np = chunker.parse(from: opener + 1, limit: v, appositions: false, allowPronoun: false) else { return nil }
        return argument(np, "subordinate-subject")
    }

    /// The object: the noun phrase after the finite verb, or after the subject when the subject follows the verb.
    func objectAfter(finite: Int, verb: Int, subject: Argument?, _ clause: Range<Int>) -> Argument? {
        let from = subject.flatMap { $0.rule == "subject-after-verb" ? $0.tokens.upperBound - 1 : nil } ?? finite
        guard let np = phraseAfter(from, clause), np.tokens.upperBound <= max(verb, from + 1) || verb == finite else { return nil }
        return argument(np, "object-after-verb")
    }

    /// A lower-case function word that is no determiner or coordinator: a preposition, conjunction or adverb.
    func isPreposition(_ i: Int) -> Bool {
        chunker.isLowerWord(i) && Lexicons.functionWords.contains(chunker.lower[i]) && !Cues.determiners.contains(chunker.lower[i])
            && !Cues.coordinators.contains(chunker.lower[i])
    }

    /// The noun phrase that starts after token `i`, skipping clause adverbs ("weiter", "dort"), the reflexive "sich" and a
    /// dative pronoun before the object ("hatten ihm ein Buch geschenkt").
    func phraseAfter(_ i: Int, _ clause: Range<Int>) -> NounPhrase? {
        var k = i + 1
        while k < clause.upperBound, chunker.is(k, Cues.adverbs) || chunker.lower[k] == "sich" || chunker.is(k, Self.dativePronouns) { k += 1 }
        return chunker.parse(from: k, limit: clause.upperBound, appositions: false, allowPronoun: false, bareAdjectives: true)
    }

    /// `np` with the noun phrases coordinated after it ("China und Russland", "A, B und C"), up to the clause end.
    func argument(_ np: NounPhrase, _ rule: String) -> Argument? {
        guard !np.isPronoun, !np.tokens.isEmpty else { return nil }
        let limit = chunker.units[chunker.unitOfToken[np.tokens.lowerBound]].upperBound
        var end = np.tokens.upperBound
        var k = end
        // A comma list counts only when a coordinator closes it.
        while k + 1 < limit, chunker.is(k, Cues.coordinators) || chunker.words[k] == "," {
            guard let next = chunker.parse(from: k + 1, limit: limit, appositions: false, allowPronoun: false) else { break }
            k = next.tokens.upperBound
            if chunker.is(next.tokens.lowerBound - 1, Cues.coordinators) { end = k; break }
        }
        let tokens = np.tokens.lowerBound..<end
        return Argument(text: chunker.textSpan(tokens), tokens: tokens, rule: rule)
    }
}
