import Foundation
import TextAnalysis
import Retrieval
import Facts
import WordLists

// Quantities that are not a bare count: ages ("Wie alt ist X?"), amounts of money ("Wie viel Geld …?") and ranks
// ("Auf welchem Platz liegt X?"), and a value in parentheses after the name it belongs to ("X (35 Prozent)").
extension Answerer {
    /// Currency units written after an amount (`units/currencies.txt`), lower-case.
    static let currencies: Set<String> = WordLists.set("units/currencies.txt")

    /// An age a sentence gives: its text as written and the token it is read from (0-based position in the sentence).
    struct AgeMention {
        var text: String
        var position: Int
    }

    /// "Wie alt ist X?": the age written nearest to a name of the question in the best candidate sentences of the best
    /// story, as news writes ages: "52 Jahre alt(e)", "der 27-Jährige", "im Alter von 80 Jahren", "Anna Berg (52)",
    /// "a 34-year-old", "aged 34". When the best sentence names the person without an age, a sentence right after it that
    /// opens with the age as the person's description ("Der 29-Jährige …") gives it. `nil` when no sentence does.
    func answerAge(_ q: Question) -> Answer? {
        let ev = evidence(q)
        let all = sameStory(Array(candidates(q, evidence: ev).prefix(8)))
        let nameIDs = termIDs(ev.nameGroups.flatMap(\.terms) + q.names.filter { !LexiconQueries.isCommonNoun($0) }.flatMap { analyzer.terms(of: $0) })
        let wordIDs = termIDs(ev.groups.filter { !$0.isName }.flatMap(\.terms))
        for cand in all {
            let doc = knowledgeBase.documents[cand.ref.document]
            let toks = Array(doc.sentences[cand.ref.sentence].tokens)
            let named = toks.indices.filter { termIDs(ofToken: toks[$0], in: cand.ref.document).contains(where: nameIDs.contains) }
            var ages = ageMentions(cand.ref)
            // Without a name, the age must be in a clause with a word of the question ("Wie alt ist der Täter?" is not
            // answered with the victim's age in another clause).
            if nameIDs.isEmpty {
                let clause = clauseNumbers(toks, doc)
                let asked = Set(toks.indices.filter { termIDs(ofToken: toks[$0], in: cand.ref.document).contains(where: wordIDs.contains) }.map { clause[$0] })
                ages = ages.filter { asked.contains(clause[$0.position]) }
            }
            if let best = ages.min(by: { distance($0.position, named) < distance($1.position, named) }) {
                return Answer(question: q.text, kind: .howMany, text: best.text, citations: [citation(cand.ref)], confidence: cand.coverage,
                              explanation: "age in the best sentence")
            }
            // The person is named here; the next sentences may describe them by their age.
            guard !named.isEmpty || nameIDs.isEmpty else { continue }
            for next in (cand.ref.sentence + 1)..<min(doc.sentences.count, cand.ref.sentence + 3) {
                let ref = SentenceRef(document: cand.ref.document, sentence: next)
                if let opening = ageMentions(ref).first(where: { $0.position == 1 }), opensWithDeterminer(ref) {
                    return Answer(question: q.text, kind: .howMany, text: opening.text, citations: [citation(ref), citation(cand.ref)],
                                  confidence: cand.coverage * 0.8, explanation: "age describing the person in the next sentence")
                }
            }
        }
        return nil
    }

    /// The clause ordinal of every token of a sentence: clauses end at `Answerer.clauseMarks`.
    private func clauseNumbers(_ toks: [Int], _ doc: AnalyzedDocument) -> [Int] {
        var current = 0
        return toks.map { t in
            if doc.tokens[t].kind == .punctuation, Answerer.clauseMarks.contains(doc.surface(t)) { current += 1 }
            return current
        }
    }

    private func distance(_ position: Int, _ named: [Int]) -> Int {
        named.map { abs($0 - position) }.min() ?? position
    }

    private func opensWithDeterminer(_ ref: SentenceRef) -> Bool {
        let doc = knowledgeBase.documents[ref.document]
        guard let first = doc.sentences[ref.sentence].tokens.first else { return false }
        return ["der", "die", "the"].contains(doc.surface(first).lowercased())
    }

    /// The ages of a sentence, in order (see `answerAge` for the forms).
    func ageMentions(_ ref: SentenceRef) -> [AgeMention] {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        func word(_ k: Int) -> String { k >= 0 && k < toks.count ? doc.surface(toks[k]) : "" }
        func isAgeNumber(_ s: String) -> Bool { (1...3).contains(s.count) && s.allSatisfy(\.isNumber) }
        var out: [AgeMention] = []
        for k in toks.indices {
            let w = word(k), lower = w.lowercased()
            if let dash = lower.firstIndex(of: "-"), isAgeNumber(String(lower[..<dash])),
               lower[dash...].hasPrefix("-jährig") || lower[dash...].hasPrefix("-year-old") {
                out.append(AgeMention(text: w, position: k))
            } else if isAgeNumber(w), isTimeUnit(word(k + 1)),
                      word(k + 2).lowercased().hasPrefix("alt") || word(k + 2).lowercased() == "old" {
                // "52 Jahre alt", "45 Tage alte", "34 years old".
                out.append(AgeMention(text: w + " " + word(k + 1), position: k))
            } else if isAgeNumber(w), word(k - 1).lowercased() == "von", word(k - 2).lowercased() == "alter",
                      isTimeUnit(word(k + 1)) {
                // "im Alter von 80 Jahren".
                out.append(AgeMention(text: w + " " + word(k + 1), position: k))
            } else if isAgeNumber(w), ["aged", "age"].contains(word(k - 1).lowercased()) {
                out.append(AgeMention(text: w, position: k))
            } else if isAgeNumber(w), word(k - 1) == "(", word(k + 1) == ")", word(k - 2).first?.isUppercase == true,
                      let n = Int(w), (1...120).contains(n) {
                // "Anna Berg (52)": a bare number in parentheses right after a name.
                out.append(AgeMention(text: w, position: k))
            }
        }
        return out
    }

    /// Units of an age ("Jahre", "Monate", "Tage", "years"): the time units of `question-words.txt`.
    private func isTimeUnit(_ word: String) -> Bool { QuestionWords.shared.contains(NameKey.of(word.lowercased()), .timeUnit) }

    /// Whether the number at position `k` of the sentence stands in parentheses right after a name of the question
    /// ("Rewe (35 Prozent)", "Island (38.)"): the value the text gives that name. (After a unit, a parenthesis holds the
    /// same value in another unit: "7 Millionen Quadratkilometer (2,7 Millionen Quadratmeilen)".)
    func inParenthesesAfterQuestionName(_ k: Int, _ toks: [Int], in document: Int, nameIDs: Set<Int32>) -> Bool {
        let doc = knowledgeBase.documents[document]
        guard k >= 2, doc.surface(toks[k - 1]) == "(" else { return false }
        // A unit after a number is no name: the parenthesis converts the value ("7 Millionen Quadratkilometer (…)").
        if k >= 3, doc.tokens[toks[k - 3]].kind == .number || Self.multipliers.contains(doc.surface(toks[k - 3]).lowercased()) { return false }
        return termIDs(ofToken: toks[k - 2], in: document).contains(where: nameIDs.contains)
    }

    /// Whether the number at position `k` is an amount in a currency: a currency unit after it, or after its multiplier
    /// ("18.300 Euro", "40 Milliarden Dollar", "3 Mio. €"), or a currency symbol before it ("$ 500", "€ 20").
    func isAmountOfMoney(_ k: Int, _ toks: [Int], _ doc: AnalyzedDocument) -> Bool {
        func word(_ i: Int) -> String { i >= 0 && i < toks.count ? doc.surface(toks[i]).lowercased() : "" }
        var next = k + 1
        if Self.multipliers.contains(word(next)) || ["mio", "mrd", "mio.", "mrd."].contains(word(next)) { next += 1 }
        if word(next) == "." { next += 1 }
        return Self.currencies.contains(word(next)) || ["$", "€", "£"].contains(word(k - 1))
    }

    /// Whether the number at position `k` is a rank: an ordinal ("38.", written with its full stop right after it) or a
    /// number after a rank noun ("Platz 3", "Rang 12").
    func isRank(_ k: Int, _ toks: [Int], _ doc: AnalyzedDocument) -> Bool {
        if k + 1 < toks.count, doc.surface(toks[k + 1]) == ".", doc.tokens[toks[k + 1]].start == doc.tokens[toks[k]].end,
           k + 2 >= toks.count || doc.surface(toks[k + 2]) == ")" || doc.surface(toks[k + 2]).first?.isUppercase == true
            || doc.surface(toks[k + 2]) == "," {
            return true
        }
        return k > 0 && QuestionWords.shared.contains(NameKey.of(doc.surface(toks[k - 1]).lowercased()), .rankNoun)
    }
}

/// Units of measure by dimension (`units/measures.txt`: rows "dimension unit", lower case).
enum MeasureUnits {
    static let byDimension: [String: Set<String>] = WordLists.rows("units/measures.txt").reduce(into: [:]) { out, row in
        if row.count == 2 { out[row[0], default: []].insert(row[1]) }
    }

    /// The units of a dimension ("weight", "length"); empty for an unknown one.
    static func units(_ dimension: String) -> Set<String> { byDimension[dimension] ?? [] }

    /// Every unit of every dimension.
    static let all: Set<String> = byDimension.values.reduce(into: []) { $0.formUnion($1) }

    /// Whether a lower-case word is a unit of measure ("kg", "km", "prozent" is not one: it is capitalized in German).
    static func isUnit(_ word: String) -> Bool { all.contains(word) }
}
