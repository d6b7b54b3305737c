import TextAnalysis
import Retrieval
import Facts

// "Womit wurde X abgedeckt?", "Wogegen protestieren die Bauern?", "Wofür wurde sie ausgezeichnet?": a pronominal adverb
// asks for the phrase its preposition opens in the best sentence.
extension Answerer {
    /// The preposition a pronominal question adverb stands for: "womit" → "mit", "worüber" → "über" (wo + r before a
    /// vowel + preposition); `nil` for other words.
    static func preposition(ofQuestionAdverb word: String) -> String? {
        let w = word.lowercased()
        guard w.hasPrefix("wo"), w.count > 3 else { return nil }
        var rest = w.dropFirst(2)
        if rest.first == "r", let second = rest.dropFirst().first, "aeiouäöü".contains(second) { rest = rest.dropFirst() }
        return String(rest)
    }

    /// Forms of a preposition fused with an article ("zum", "zur" for "zu"; "vom" for "von"; "im", "ins" for "in").
    static func fusedForms(of preposition: String) -> Set<String> {
        switch preposition {
        case "zu": return ["zu", "zum", "zur"]
        case "von": return ["von", "vom"]
        case "in": return ["in", "im", "ins"]
        case "an": return ["an", "am", "ans"]
        case "bei": return ["bei", "beim"]
        case "auf": return ["auf", "aufs"]
        case "um": return ["um", "ums"]
        case "für": return ["für", "fürs"]
        default: return [preposition]
        }
    }

    /// The phrase of the asked preposition in the best candidate sentences of the best story that hold the question's
    /// verb: the preposition and its noun phrase up to the noun (with a genitive after it: "mit einer Schürze aus Blei"
    /// stops at the noun, "gegen die Kürzung der Renten" keeps the genitive). A pronominal adverb in the sentence
    /// ("warnen davor, …") points to the next clause, which is the answer. Of several, the one nearest the verb.
    func answerPrepositionalObject(_ q: Question) -> Answer? {
        guard q.language == "de", let first = q.words.first,
              let preposition = q.row == "said.preposition-whom" ? first.lowercased() : Self.preposition(ofQuestionAdverb: first) else { return nil }
        let ev = evidence(q)
        let verbIDs = termIDs(q.predicate.flatMap { p in ev.groups.first { $0.word == p }?.terms } ?? [])
        let forms = Self.fusedForms(of: preposition)
        for cand in sameStory(Array(candidates(q, evidence: ev).prefix(3))) {
            let doc = knowledgeBase.documents[cand.ref.document]
            let toks = Array(doc.sentences[cand.ref.sentence].tokens)
            let verbs = toks.indices.filter { termIDs(ofToken: toks[$0], in: cand.ref.document).contains(where: verbIDs.contains) }
            guard verbIDs.isEmpty || !verbs.isEmpty else { continue }
            // "Wozu forderte X Y auf?": the zu-infinitive clause after the verb says it ("…, seine Pläne einzustellen").
            if preposition == "zu", let v = verbs.first, let clause = nextClause(after: v, in: toks, doc),
               let end = clause.firstIndex(where: { Self.isZuInfinitiveWord(doc.surface($0).lowercased()) && doc.surface($0).lowercased() != "zu" }),
               let first = clause.first {
                return Answer(question: q.text, kind: .said, text: doc.text(Int(doc.tokens[first].start)..<Int(doc.tokens[clause[end]].end)),
                              citations: [citation(cand.ref)], confidence: cand.coverage, explanation: "zu-infinitive after „\(doc.surface(toks[v]))“ in the best sentence")
            }
            let opens = toks.indices.filter { k in
                let w = doc.surface(toks[k]).lowercased()
                return forms.contains(w) || w == "da" + preposition || w == "dar" + preposition
            }
            // Without the preposition, a "dass" clause right after the verb says it ("warnte, dass …").
            if opens.isEmpty, let v = verbs.first(where: { $0 + 3 < toks.count && doc.surface(toks[$0 + 1]) == ","
                                                          && ["dass", "daß"].contains(doc.surface(toks[$0 + 2])) }),
               let last = toks[(v + 3)...].last(where: { doc.tokens[$0].kind != .punctuation }) {
                return Answer(question: q.text, kind: .said, text: doc.text(Int(doc.tokens[toks[v + 3]].start)..<Int(doc.tokens[last].end)),
                              citations: [citation(cand.ref)], confidence: cand.coverage, explanation: "what „\(doc.surface(toks[v]))“ says in the best sentence")
            }
            guard let k = opens.min(by: { distance($0, verbs) < distance($1, verbs) }),
                  let span = prepositionalPhrase(at: k, toks, doc) else { continue }
            return Answer(question: q.text, kind: .said, text: doc.text(span), citations: [citation(cand.ref)], confidence: cand.coverage,
                          explanation: "phrase of „\(preposition)“ in the best sentence")
        }
        return nil
    }

    private func distance(_ k: Int, _ verbs: [Int]) -> Int { verbs.map { abs($0 - k) }.min() ?? k }

    /// UTF-8 byte range of the phrase opened at position `k`: for a pronominal adverb, the clause after the comma that
    /// follows it; else the preposition, up to five words before a capitalized noun, the noun run and a genitive after it.
    func prepositionalPhrase(at k: Int, _ toks: [Int], _ doc: AnalyzedDocument) -> Range<Int>? {
        func surface(_ i: Int) -> String { doc.surface(toks[i]) }
        func isWord(_ i: Int) -> Bool { i < toks.count && doc.tokens[toks[i]].kind != .punctuation }
        func isCapital(_ i: Int) -> Bool { isWord(i) && (surface(i).first?.isUppercase == true || surface(i).first?.isNumber == true) }
        if surface(k).lowercased().hasPrefix("da") {
            // "warnen davor, exotische Fische zu halten": the next clause.
            guard k + 2 < toks.count, surface(k + 1) == "," else { return nil }
            var end = k + 2
            while end + 1 < toks.count, !(doc.tokens[toks[end + 1]].kind == .punctuation && Answerer.clauseMarks.union(["."]).contains(surface(end + 1))) { end += 1 }
            return Int(doc.tokens[toks[k + 2]].start)..<Int(doc.tokens[toks[end]].end)
        }
        // The noun phrase after position `from`: up to five words before a capitalized noun, and the noun run.
        func nounPhraseEnd(after from: Int) -> Int? {
            var i = from + 1
            while i < toks.count, i - from <= 5, isWord(i), !isCapital(i) { i += 1 }
            guard isCapital(i) else { return nil }
            while isCapital(i + 1) { i += 1 }
            return i
        }
        guard var end = nounPhraseEnd(after: k) else { return nil }
        // What continues the noun, twice at most: a genitive ("die Kürzung ihrer Renten"), a coordinated noun ("Burgen und
        // Weinberge") or a prepositional attribute ("Regeln für Kohle").
        for _ in 0..<2 {
            guard end + 2 < toks.count, Self.nounContinuations.contains(surface(end + 1)), let next = nounPhraseEnd(after: end + 1) else { break }
            end = next
        }
        // An apposition closed by a comma that names whom the phrase means ("für seine Frau, die Sängerin Ada Lowe,").
        if end + 3 < toks.count, surface(end + 1) == ",", DescriptorReader.articles.contains(surface(end + 2).lowercased()),
           let app = nounPhraseEnd(after: end + 2), app + 1 < toks.count, surface(app + 1) == ",", app > end + 3 {
            end = app
        }
        return Int(doc.tokens[toks[k]].start)..<Int(doc.tokens[toks[end]].end)
    }

    /// Words after a noun that continue its phrase: genitive articles and possessives, coordinators, prepositions of an attribute.
    static let nounContinuations: Set<String> = ["des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "dessen", "deren",
                                                 "und", "oder", "sowie", "für", "aus", "von", "vom", "mit", "zur", "zum", "über"]

    /// "Wo …?" when the best sentence names no place: the phrase of a place preposition ("in der Höhenkammer", "an der
    /// Konwiktorska-Straße"; "nach"/"in" for "Wohin", "aus" for "Woher") nearest the question's verb in the best sentence,
    /// when its noun is no word of the question and no time. German questions.
    func placePhrase(_ q: Question, evidence ev: QueryEvidence) -> Answer? {
        guard q.language == "de", let first = q.words.first?.lowercased(),
              let cand = candidates(q, evidence: ev).first, cand.ref == searchRanking(q).first?.ref else { return nil }
        let preps: Set<String> = first == "woher" ? ["aus"] : first == "wohin" ? ["nach", "in", "ins"] : ["in", "im", "an", "am", "auf", "bei", "beim", "vor", "hinter", "neben"]
        let doc = knowledgeBase.documents[cand.ref.document]
        let toks = Array(doc.sentences[cand.ref.sentence].tokens)
        let verbIDs = termIDs(q.predicate.flatMap { p in ev.groups.first { $0.word == p }?.terms } ?? [])
        let questionIDs = termIDs(ev.groups.flatMap(\.terms))
        let verbs = toks.indices.filter { termIDs(ofToken: toks[$0], in: cand.ref.document).contains(where: verbIDs.contains) }
        let times = facts(cand.ref.document).times.filter { $0.sentence == cand.ref.sentence }
        let options = toks.indices.compactMap { k -> (Int, Range<Int>)? in
            guard preps.contains(doc.surface(toks[k]).lowercased()), let span = prepositionalPhrase(at: k, toks, doc) else { return nil }
            // The phrase's own words: none of the question's, no time.
            let inside = toks.indices.filter { $0 > k && Int(doc.tokens[toks[$0]].end) <= span.upperBound }
            guard !inside.contains(where: { termIDs(ofToken: toks[$0], in: cand.ref.document).contains(where: questionIDs.contains) }),
                  !times.contains(where: { $0.text.span.range.overlaps(span) }) else { return nil }
            return (k, span)
        }
        guard let best = options.min(by: { distance($0.0, verbs) < distance($1.0, verbs) }) else { return nil }
        return Answer(question: q.text, kind: .where, text: doc.text(best.1), citations: [citation(cand.ref)], confidence: cand.coverage,
                      explanation: "place phrase after a preposition in the best sentence")
    }
}
