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
            } else if isAgeNumber(w), Self.multipliers.contains(word(k + 1).lowercased()),
                      isTimeUnit(word(k + 2)), word(k + 3).lowercased().hasPrefix("alt") || word(k + 3).lowercased() == "old" {
                // "259 Millionen Jahre alt": the age of a thing, with a scale word.
                out.append(AgeMention(text: w + " " + word(k + 1) + " " + word(k + 2), position: k))
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

// How many: the number the best sentences give for the counted noun, or after the question's preposition.
extension Answerer {
    /// "zweimal", "dreimal", "2.310-mal": a number word from two up, or digits, with "mal" ("einmal" is mostly
    /// the adverb: "noch einmal").
    static func isFrequencyWord(_ word: String) -> Bool {
        let w = word.lowercased()
        guard w.hasSuffix("mal"), w.count > 3 else { return false }
        let stem = w.dropLast(3).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return numberWords.contains(stem) || (stem.first?.isNumber == true && stem.allSatisfy { $0.isNumber || $0 == "." || $0 == "," })
    }

    static let multipliers: Set<String> = ["hundert", "tausend", "million", "millionen", "milliarde", "milliarden", "millions", "billion", "billions", "thousand", "hundred"]

    static let numberWords: Set<String> = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "hundert", "tausend",
                                           "million", "millionen", "milliarde", "milliarden",
                                           "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand"]

    func answerHowMany(_ q: Question) -> Answer? {
        // An age is only ever an age ("52 Jahre alt", "der 27-Jährige", "(52)"): no other number answers "Wie alt …?".
        if q.quantity == .age { return answerAge(q) }
        let ev = evidence(q)
        let qTerms = Set(ev.groups.flatMap(\.terms))
        // The counted noun: the first content word ("Wie viele Personen …" → Personen), with its translations; then, in a
        // second round over the candidates, its synonyms ("Menschen" ~ "Personen").
        let counted = (q.countedNoun ?? q.contentWords.first).flatMap { w in ev.groups.first { $0.word == w } }
        let focus = Set(counted?.terms ?? (q.countedNoun ?? q.contentWords.first).map { analyzer.terms(of: $0) } ?? [])
        let synonymFocus = counted?.synonyms ?? []
        // "Wie viele X …?" wants a number next to X: any other number of the sentence was wrong more often
        // than right on the public question sets. "Wie oft", "wie weit", "wie alt" name no counted noun.
        let countsNoun = q.countedNoun != nil || q.asksFrequency || !q.measureUnits.isEmpty
        // A number next to the counted noun is strong evidence in any article; a bare number only in the best story.
        let all = withContinuations(Array(candidates(q, evidence: ev).prefix(8)))
        let sameStory = self.sameStory(all)
        // "Auf wie viel wird X gekürzt?", "Um wie viel Prozent stieg X?": the number that the same preposition opens in the
        // best story's sentences ("von 1,40 Euro auf 60 Cent"), with the noun or unit after it.
        if let preposition = q.words.first?.lowercased(), q.words.count > 2, q.words[1].lowercased() == "wie",
           Concepts.prepositions.contains(preposition) {
            for cand in sameStory.prefix(3) {
                if let text = numberAfter(preposition: preposition, in: cand.ref, q) {
                    return Answer(question: q.text, kind: .howMany, text: text, citations: [citation(cand.ref)], confidence: cand.coverage,
                                  explanation: "number after „\(preposition)“ in the best sentence")
                }
            }
        }
        // (A part of a whole often stands without its noun: "Von den 198 N stammen 92 aus …".)
        var firstOutranked: Answer? = nil
        for pass in 0..<(countsNoun && !q.asksPart ? 1 : 2) {
            for nounForms in pass == 0 && !synonymFocus.isEmpty ? [focus, synonymFocus] : [focus] {
                for cand in pass == 0 ? all : sameStory {
                    if let (text, near) = numberIn(cand.ref, q, questionTerms: qTerms, focus: nounForms), pass == 1 || near {
                        let a = Answer(question: q.text, kind: .howMany, text: text, citations: [citation(cand.ref)],
                                       confidence: cand.coverage, explanation: near ? TypedEvidence.countedNumber : "number in the best sentence")
                        // A sentence that ranks well below the best one would be dropped (`outranked`): a later candidate may answer.
                        if outranked(a, q) == nil { return a }
                        firstOutranked = firstOutranked ?? a
                    }
                }
            }
        }
        if let a = firstOutranked { return a }
        // No candidate sentence covers the question in its words: the best-ranked sentence (which counts its
        // neighbours and related word forms, `rankingScore`) answers when it puts a number next to the counted noun.
        // Every name of the question must be in that sentence, and every capitalized word of the question (names
        // and nouns: what the question is about) in its article.
        // The counted noun itself ("Geld") need not be in the article; of two or more other nouns, one may be a paraphrase
        // ("Täter" for the article's "Angeklagten").
        let nouns = ev.groups.filter { $0.word.first?.isUppercase == true && !$0.isDating && $0.word != q.countedNoun }
        func nounsAgree(_ d: Int) -> Bool {
            let missing = nouns.filter { !inDocument($0, d) }.count
            return missing == 0 || (nouns.count >= 3 && missing == 1)
        }
        if countsNoun, let top = searchRanking(q).first, mentionsAllNames(top.ref, ev), documentAgrees(top.ref.document, q),
           nounsAgree(top.ref.document),
           let (text, near) = numberIn(top.ref, q, questionTerms: qTerms, focus: focus), near {
            return Answer(question: q.text, kind: .howMany, text: text, citations: [citation(top.ref)],
                          confidence: top.coverage, explanation: TypedEvidence.countedNumber + " in the best-ranked sentence")
        }
        return nil
    }

    /// The number right after `preposition` in a sentence, with up to two capitalized words or units after it ("auf 60
    /// Cent" → "60 Cent", "über 40 Milliarden Dollar"), when the question does not hold it. `nil` when the sentence has none.
    func numberAfter(preposition: String, in ref: SentenceRef, _ q: Question) -> String? {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        for k in toks.indices.dropLast() where doc.surface(toks[k]).lowercased() == preposition && doc.tokens[toks[k + 1]].kind == .number {
            let number = doc.surface(toks[k + 1])
            guard !q.words.contains(number) else { continue }
            var end = k + 1
            while end + 1 < toks.count, end < k + 3, doc.tokens[toks[end + 1]].kind == .word {
                let w = doc.surface(toks[end + 1])
                guard w.first?.isUppercase == true || MeasureUnits.isUnit(w.lowercased()) else { break }
                end += 1
            }
            return doc.text(Int(doc.tokens[toks[k + 1]].start)..<Int(doc.tokens[toks[end]].end))
        }
        return nil
    }

    /// Whether a document holds a term of the group, alone or as the head of a compound ("Meister" in "Fußballmeister").
    func inDocument(_ g: TermGroup, _ document: Int) -> Bool {
        let terms = documentTerms(document)
        return g.terms.contains { t in terms.contains(t) || (t.count >= 4 && terms.contains { $0.hasSuffix(t) }) }
    }

    /// Whether a token's terms are a compound whose head is one of `heads` ("waldorfschul" ends in "schul": a kind of
    /// Schüler); heads of four letters or more.
    func isCompoundOf(_ ids: ArraySlice<Int32>, _ heads: Set<String>) -> Bool {
        ids.contains { id in
            let term = knowledgeBase.index.terms[Int(id)]
            return heads.contains { h in h.count >= 4 && term.count > h.count + 2 && term.hasSuffix(h) }
        }
    }

    /// The best number of a sentence (not part of a date, not in the question), with its unit word;
    /// `near` tells whether it stands next to the counted noun.
    func numberIn(_ ref: SentenceRef, _ q: Question, questionTerms: Set<String>, focus: Set<String>) -> (String, Bool)? {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        let times = facts(ref.document).times.filter { $0.sentence == ref.sentence }
        var best: (score: Int, k: Int, near: Bool)? = nil
        let focusIDs = termIDs(focus), questionIDs = termIDs(questionTerms)
        // The question's names (not its common nouns): a value in parentheses after one of them is that name's.
        let nameIDs = termIDs(q.names.filter { !LexiconQueries.isCommonNoun($0) }.flatMap { analyzer.terms(of: $0) })
        for (k, t) in toks.enumerated() {
            let w = doc.surface(t)
            let frequency = Self.isFrequencyWord(w)
            let isNumber = doc.tokens[t].kind == .number || Self.numberWords.contains(w.lowercased()) || frequency
            guard isNumber, !q.nameKey.contains(NameKey.of(w)) else { continue }
            if times.contains(where: { $0.text.span.range.contains(Int(doc.tokens[t].start)) }) { continue }
            // "Wie viele der N …?": the whole ("von den 198 N") is not the part asked for.
            if q.asksPart, k > 0, ["den", "der"].contains(doc.surface(toks[k - 1]).lowercased()) { continue }
            var score = 1
            // A frequency word answers "wie oft" as a number next to the counted noun answers "wie viele".
            var near = frequency && q.asksFrequency
            if near { score += 6 }
            // The value the text gives a name of the question in parentheses ("Rewe (35 Prozent)").
            if inParenthesesAfterQuestionName(k, toks, in: ref.document, nameIDs: nameIDs) { near = true; score += 8 }
            // "Wie viel kostet X?", "Wie viel Geld …?": an amount of money, and no other number.
            if q.quantity == .money {
                guard isAmountOfMoney(k, toks, doc) else { continue }
                near = true; score += 6
            }
            if q.quantity == .rank, isRank(k, toks, doc) { near = true; score += 6 }
            // "Wie schwer/lang …?": a value in a unit of the asked dimension ("5.000 Kilogramm"), and no other.
            if !q.measureUnits.isEmpty {
                let unit = (k + 1..<min(k + 3, toks.count)).first { !Self.multipliers.contains(doc.surface(toks[$0]).lowercased()) }
                guard let u = unit, q.measureUnits.contains(doc.surface(toks[u]).lowercased()) else { continue }
                near = true; score += 6
            }
            for d in [1, 2, 3, -1, -2] where k + d >= 0 && k + d < toks.count {
                let ids = termIDs(ofToken: toks[k + d], in: ref.document)
                // An adjective the question repeats between number and noun keeps them adjacent ("vier erzwungene Fumbles").
                let bridged = d == 2 && termIDs(ofToken: toks[k + 1], in: ref.document).contains(where: questionIDs.contains)
                if ids.contains(where: focusIDs.contains) || isCompoundOf(ids, focus) { near = true; score += 6 - (bridged ? 1 : abs(d)) }
                if ids.contains(where: questionIDs.contains) { score += 3 - min(abs(d), 2) }
            }
            if best == nil || score > best!.score { best = (score, k, near) }
        }
        guard let b = best else { return nil }
        var first = b.k
        func isNumberToken(_ i: Int) -> Bool { doc.tokens[toks[i]].kind == .number || Self.numberWords.contains(doc.surface(toks[i]).lowercased()) }
        // A multiplier after a number belongs to it ("drei Millionen", "1,5 Milliarden").
        if first > 0, Self.multipliers.contains(doc.surface(toks[first]).lowercased()), isNumberToken(first - 1) {
            first -= 1
        }
        // A part of a whole ("7 der 12 Bäckereien", "3 von 5"): the part counts; the answer gives both as written.
        if first >= 2, ["der", "von", "of"].contains(doc.surface(toks[first - 1]).lowercased()), isNumberToken(first - 2) { first -= 2 }
        let t = toks[first]
        var last = b.k
        // Digit groups written with a space ("40 000", "1 250 000") are one number.
        while last + 1 < toks.count, doc.tokens[toks[last + 1]].kind == .number, doc.tokens[toks[last]].kind == .number,
              doc.surface(toks[last + 1]).count == 3, doc.tokens[toks[last + 1]].range.lowerBound == doc.tokens[toks[last]].range.upperBound + 1 {
            last += 1
        }
        var end = doc.tokens[toks[last]].range.upperBound
        if q.quantity == .rank, isRank(last, toks, doc), last + 1 < toks.count, doc.surface(toks[last + 1]) == "." {
            end = doc.tokens[toks[last + 1]].range.upperBound  // the ordinal's full stop: "38."
        } else if last + 1 < toks.count, doc.tokens[toks[last + 1]].kind == .word, !Self.isFrequencyWord(doc.surface(toks[last])) {
            let next = doc.surface(toks[last + 1])
            if next.first?.isUppercase == true || ["mal", "prozent", "millionen", "milliarden", "million", "millions", "percent"].contains(next.lowercased()) {
                end = doc.tokens[toks[last + 1]].range.upperBound
                // The currency after a multiplier: "40 Milliarden Dollar".
                if Self.multipliers.contains(next.lowercased()), last + 2 < toks.count, Self.currencies.contains(doc.surface(toks[last + 2]).lowercased()) {
                    end = doc.tokens[toks[last + 2]].range.upperBound
                }
            }
        } else if last + 1 < toks.count, ["€", "$", "£"].contains(doc.surface(toks[last + 1])) {
            end = doc.tokens[toks[last + 1]].range.upperBound
        }
        return (doc.text(doc.tokens[t].range.lowerBound..<end), b.near)
    }
}
