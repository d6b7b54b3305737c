import Foundation
import Corpus
import TextAnalysis
import Retrieval
import Facts
import WordLists

// Times, places and numbers from the best sentences.
extension Answerer {
    /// Candidate sentences for a mention answer (when, where, how many): the best `limit` of `candidates`, keeping
    /// another article's sentence only when it covers the question at least as well as the best one. When the best
    /// article does not say it, a weaker match elsewhere was an answer to another story more often than not.
    func mentionCandidates(_ q: Question, evidence ev: QueryEvidence, limit: Int) -> [Candidate] {
        sameStory(withContinuations(Array(candidates(q, evidence: ev).prefix(limit))))
    }

    /// The candidates (best first) of the best one's article, and others that cover the question at least as well.
    func sameStory(_ all: [Candidate]) -> [Candidate] {
        guard let top = all.first else { return [] }
        return all.filter { $0.ref.document == top.ref.document || $0.coverage >= top.coverage }
    }

    /// The date of the best candidate sentence that gives the part of a date asked for; when none does and the question
    /// asks for a year, the decade or century a sentence gives instead ("In welchem Jahr …?" — "in den 1970er Jahren":
    /// the text says no more).
    func answerWhen(_ q: Question) -> Answer? {
        if let exact = answerWhen(q, coarser: false) { return exact }
        return q.timeGranularity == .year ? answerWhen(q, coarser: true) : nil
    }

    private func answerWhen(_ q: Question, coarser: Bool) -> Answer? {
        let ev = evidence(q)
        let cands = mentionCandidates(q, evidence: ev, limit: 10)
        // "Seit wann …?", "Bis wann …?": a time the text bounds with the same word ("der seit 1570 bestehende Markt") before
        // a better-ranked time that it does not bound.
        if let first = q.words.first?.lowercased(), QuestionWords.shared.contains(NameKey.of(first), .sinceUntil), q.words.count > 1,
           QuestionWords.shared.contains(NameKey.of(q.words[1].lowercased()), .whenWord) {
            for cand in cands {
                // (Not from a sentence that ranks well below the best one: then the best one's time answers.)
                if let a = timeAnswer(in: cand, q, ev, coarser: coarser), a.text?.lowercased().hasPrefix(first + " ") == true,
                   outranked(a, q) == nil { return a }
            }
        }
        for cand in cands {
            if let a = timeAnswer(in: cand, q, ev, coarser: coarser) { return a }
        }
        // A sentence that names every one of two or more names of the question, but says the event with another verb
        // ("Die Tournee führt X am 20. August nach Y" for "Wann tritt X in Y auf?"), among the three best-ranked.
        // Two or more distinct names, and a date with a calendar value ("bislang" is none).
        guard !coarser, q.language == "de", q.names.count >= 2, ev.nameGroups.allSatisfy({ $0.documentFrequency > 0 }) else { return nil }
        // Every word of every name must be in the sentence itself.
        let nameWords = q.names.flatMap { $0.split(separator: " ").map { analyzer.terms(of: String($0)) } }
        for cand in searchRanking(q).prefix(3) where mentionsAllNames(cand.ref, ev) && documentAgrees(cand.ref.document, q) {
            let terms = sentenceTerms(cand.ref)
            guard nameWords.allSatisfy({ w in w.contains { terms.contains($0) } }) else { continue }
            // A false premise stays one: the sentence must not negate the question's verb.
            if !q.negated, let p = q.predicate.flatMap({ p in ev.groups.first { $0.word == p } }), negates(cand.ref, p.terms) { continue }
            if let a = timeAnswer(in: cand, q, ev, coarser: false), a.value?.first?.isNumber == true { return a }
        }
        return nil
    }

    /// The time a candidate sentence gives for the question (see `answerWhen`), or `nil`.
    private func timeAnswer(in cand: Candidate, _ q: Question, _ ev: QueryEvidence, coarser: Bool) -> Answer? {
        // Durations answer "how long" (and only they do); dates and clock times answer "when".
        let wanted: Set<String> = q.answerType == .duration ? ["DURATION"] : q.answerType == .time ? ["TIME"] : ["DATE", "TIME"]
        let times = facts(cand.ref.document).times.filter {
            $0.sentence == cand.ref.sentence && !inQuestionTime($0.text.text, q) && (wanted.contains($0.type) || q.answerType == .duration && Self.isElapsedTime($0))
                && (coarser ? isDecadeOrCentury($0) : hasGranularity($0, q.timeGranularity))
                && (q.answerType != .time || Self.isClockTime($0))
        }
        guard !times.isEmpty else { return nil }
        // A date answers "when" better than a clock time; then the expression nearest the question's words, then the
        // more specific value, then the earlier expression.
        let dates = times.filter { $0.type == "DATE" }
        var pool = dates.isEmpty ? times : dates
        // A time that dates a noun ("ein Gesetz aus dem Jahre 1885") is not the event's, when the sentence gives another.
        let events = pool.filter { !datesANoun($0, in: cand.ref) }
        if !events.isEmpty { pool = events }
        let chosen = closestMention(pool, in: cand.ref, evidence: ev, span: \.text.span.range) { a, b in
            specificity(a) < specificity(b) || (specificity(a) == specificity(b) && a.text.span > b.text.span)
        }
        // A range ("12. bis 18. August") is given as an ISO 8601 interval.
        var value = chosen.value
        if let a = chosen.intervalStart, let b = chosen.intervalEnd { value = "\(a)/\(b)" }
        var text = boundedTimeText(chosen, in: cand.ref)
        // Dates joined by "und"/"oder"/"sowie" ("in den Jahren 2019 und 2021") answer together, as written.
        if let next = coordinatedTime(after: chosen, among: pool, in: cand.ref) {
            text += knowledgeBase.documents[cand.ref.document].text(chosen.text.span.end..<next.text.span.end)
        }
        return Answer(question: q.text, kind: .when, text: text, value: value, citations: [citation(cand.ref)],
                      confidence: cand.coverage, explanation: "temporal expression (\(chosen.type)\(chosen.mod.map { ", \($0)" } ?? "")) in the best sentence")
    }

    /// Whether a date expression says how much time had passed ("nach drei Tagen", "after two weeks"): "nach"/"after" and
    /// a time unit (`time-unit` of the question words). It answers "Wie lange …?" as a duration does.
    static func isElapsedTime(_ t: TemporalFact) -> Bool {
        let words = t.text.text.lowercased().split(separator: " ").map { NameKey.of(String($0)) }
        guard let first = words.first, first == "nach" || first == "after", words.count >= 2 else { return false }
        return words.dropFirst().contains { QuestionWords.shared.contains($0, .timeUnit) }
    }

    /// Whether a TIMEX value gives a clock time ("T14:30", "T09"): "Um wie viel Uhr …?" is answered by nothing else (not by
    /// a day, nor by a part of the day such as "TMO").
    static func isClockTime(_ t: TemporalFact) -> Bool {
        guard let v = t.value, let tee = v.firstIndex(of: "T") else { return false }
        return v[v.index(after: tee)...].first?.isNumber == true
    }

    /// Whether a temporal expression is an attribute of the noun before it: "aus dem Jahr(e) X", "aus den 1970er Jahren"
    /// right after a capitalized noun ("ein Gesetz aus dem Jahre 1885").
    func datesANoun(_ t: TemporalFact, in ref: SentenceRef) -> Bool {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        guard let first = toks.firstIndex(where: { Int(doc.tokens[$0].start) >= t.text.span.start }) else { return false }
        // The expression may open with its article ("dem Jahre 1885") or after it.
        var k = first - 1
        if k >= 0, ["dem", "den", "der"].contains(doc.surface(toks[k]).lowercased()) { k -= 1 }
        guard k >= 1, doc.surface(toks[k]).lowercased() == "aus" else { return false }
        return doc.tokens[toks[k - 1]].kind == .word && doc.surface(toks[k - 1]).first?.isUppercase == true
    }

    /// The temporal expression as the answer gives it: from a bounding preposition written right before it, or before
    /// one article in between (`Bounding.signals`: "nach 1870", "seit den 80er Jahren"), to its end; a decade or
    /// century with the article and preposition it is written with ("in den 1970er Jahren"); else as tagged.
    /// The preposition changes what the answer says ("nach 1870" is not "1870").
    func boundedTimeText(_ t: TemporalFact, in ref: SentenceRef) -> String {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        guard let first = toks.firstIndex(where: { Int(doc.tokens[$0].start) >= t.text.span.start }) else { return t.text.text }
        func word(_ k: Int) -> String? { k >= 0 && doc.tokens[toks[k]].kind == .word ? doc.surface(toks[k]).lowercased() : nil }
        var start = first
        var k = first - 1
        // At most one article or fused preposition between ("seit den", "nach dem").
        if let w = word(k), QuestionWords.shared.contains(NameKey.of(w), .determiner) {
            if isDecadeOrCentury(t) {
                start = k
                if let p = word(k - 1), QuestionWords.shared.contains(NameKey.of(p), .wherePreposition) { start = k - 1 }
            }
            k -= 1
        }
        if let w = word(k), Bounding.signals.contains(w) { start = k }
        return start == first ? t.text.text : doc.text(Int(doc.tokens[toks[start]].start)..<t.text.span.end)
    }

    /// The temporal expression of `pool` joined to `t` by a coordinator alone ("2019 und 2021", "Mai oder Juni"), if any.
    func coordinatedTime(after t: TemporalFact, among pool: [TemporalFact], in ref: SentenceRef) -> TemporalFact? {
        let doc = knowledgeBase.documents[ref.document]
        return pool.first { o in
            o.text.span.start > t.text.span.end && o.text.span.start - t.text.span.end <= 8
                && LexiconQueries.isCoordinator(doc.text(t.text.span.end..<o.text.span.start).trimmingCharacters(in: .whitespaces).lowercased())
        }
    }

    /// Whether a date names a decade ("199": the 1990s) or a century ("19").
    func isDecadeOrCentury(_ t: TemporalFact) -> Bool {
        guard t.type == "DATE", let v = t.value else { return false }
        return (v.count == 2 || v.count == 3) && v.allSatisfy(\.isNumber)
    }

    /// Whether a temporal expression gives the part of a date the question asks for: a year ("2007", "2007-05"), a
    /// month ("Mai", "2007-05"), or a day ("24. Dezember", "Montag", "2007-05-14"); a clock time alone gives none.
    func hasGranularity(_ t: TemporalFact, _ g: TimeGranularity?) -> Bool {
        guard let g else { return true }
        guard t.type == "DATE", let v = t.value else { return false }
        let parts = v.split(separator: "-")
        switch g {
        case .century: return v.count == 2 && v.allSatisfy(\.isNumber)
        case .year: return parts.first.map { $0.count == 4 && $0.allSatisfy(\.isNumber) } ?? false
        case .month: return parts.count >= 2 && parts[1].count == 2 && parts[1].allSatisfy(\.isNumber)
        case .day: return parts.count >= 3 || v.contains("W")
        }
    }

    /// Whether a temporal expression is already named in the question: as written, or every word of it
    /// in another inflection ("Siebenjähriger" for "im Siebenjährigen Krieg").
    func inQuestionTime(_ text: String, _ q: Question) -> Bool {
        if q.nameKey.contains(NameKey.of(text)) { return true }
        let terms = analyzer.terms(of: text)
        let questionTerms = Set(q.words.flatMap { analyzer.terms(of: $0) })
        return !terms.isEmpty && terms.allSatisfy { questionTerms.contains($0) }
    }

    func specificity(_ t: TemporalFact) -> Int {
        guard let v = t.value else { return 0 }
        if v.hasSuffix("_REF") { return 1 }
        if t.type == "DURATION" || t.type == "SET" { return 0 }
        return min(v.count, 10) + (t.text.text.first?.isNumber == true ? 1 : 0)
    }

    func answerWhere(_ q: Question) -> Answer? {
        let ev = evidence(q)
        for cand in mentionCandidates(q, evidence: ev, limit: 8) {
            let doc = knowledgeBase.documents[cand.ref.document]
            let times = facts(cand.ref.document).times.filter { $0.sentence == cand.ref.sentence }
            func isTime(_ start: Int) -> Bool { times.contains { $0.text.span.range.contains(start) } }
            let places = facts(cand.ref.document).entities.filter {
                $0.sentence == cand.ref.sentence && $0.kind == .place && !inQuestion($0.name.text, q) && !isTime($0.name.span.start)
            }
            // "in der Stadt Prüm", "der chilenischen Hafenstadt Valparaíso": the name a settlement noun introduces is
            // the most specific place the sentence gives.
            if let named = settlementPlace(cand.ref, q) {
                return Answer(question: q.text, kind: .where, text: named, citations: [citation(cand.ref)],
                              confidence: cand.coverage, explanation: "place named after a settlement noun in the best sentence")
            }
            // A sentence that opens with "Dort"/"Hier" says where by referring back: the place the sentence before gives
            // after a place preposition ("Am Montag fand ein Treffen in X statt. Dort berieten …").
            if cand.ref.sentence > 0, ["dort", "hier"].contains(doc.sentences[cand.ref.sentence].tokens.first.map { doc.surface($0).lowercased() } ?? ""),
               let place = prepositionalPlaces(SentenceRef(document: cand.ref.document, sentence: cand.ref.sentence - 1), q).first {
                return Answer(question: q.text, kind: .where, text: place.text,
                              citations: [citation(cand.ref), citation(SentenceRef(document: cand.ref.document, sentence: cand.ref.sentence - 1))],
                              confidence: cand.coverage, explanation: "place of the sentence before, which „\(doc.surface(doc.sentences[cand.ref.sentence].tokens.first!))“ refers to")
            }
            // A place after a place preposition: of several, the one nearest the question's words (`closestMention`),
            // then the earliest ("ein Werk in Linz in Österreich" → Linz); else the first place.
            let prepositional = prepositionalPlaces(cand.ref, q)
            var options: [(text: String, start: Int)] = places.filter { p in
                let before = doc.text(max(doc.sentences[cand.ref.sentence].range.lowerBound, p.name.span.start - 12)..<p.name.span.start)
                return before.split(separator: " ").last.map { ["in", "im", "bei", "nahe", "aus", "nach"].contains($0.lowercased()) } ?? false
            }.map { ($0.name.text, $0.name.span.start) }
            for p in prepositional where !isTime(p.start) && !options.contains(where: { $0.start == p.start }) { options.append(p) }
            // "Wohin …?", "Bis wohin …?" ask for a goal: a place after a preposition of direction, when the sentence gives one.
            if q.words.contains(where: { ["wohin", "whither"].contains($0.lowercased()) }) {
                let goals = options.filter { o in
                    let before = doc.text(max(doc.sentences[cand.ref.sentence].range.lowerBound, o.start - 8)..<o.start)
                    return before.split(separator: " ").last.map { ["nach", "bis", "zu", "zum", "zur", "ins"].contains($0.lowercased()) } ?? false
                }
                if !goals.isEmpty { options = goals }
            }
            var choice: (text: String, start: Int)? = options.isEmpty ? nil
                : closestMention(options, in: cand.ref, evidence: ev, span: { $0.start..<($0.start + $0.text.utf8.count) }) { a, b in a.start > b.start }
            // "in X in Y", "in X bei Y": the place before is the more specific one; the one after contains it.
            if let c = choice, let inner = options.first(where: { o in
                let end = o.start + o.text.utf8.count
                guard end < c.start else { return false }
                let between = doc.text(end..<c.start).trimmingCharacters(in: .whitespaces).lowercased()
                return ["in", "im", "bei", "nahe"].contains(between)
            }) { choice = inner }
            // A place without a preposition, unless it is a genitive attribute ("das Oberhaupt Griechenlands").
            if choice == nil, let p = places.first(where: { p in
                !(p.name.text.hasSuffix("s") && facts(cand.ref.document).entities.contains { $0.kind == .place && $0.name.text == String(p.name.text.dropLast()) })
                    && !(p.name.text.hasSuffix("s") && LexiconQueries.isPlaceName(String(p.name.text.dropLast())))
            }) { choice = (p.name.text, p.name.span.start) }
            if let c = choice {
                return Answer(question: q.text, kind: .where, text: c.text, citations: [citation(cand.ref)],
                              confidence: cand.coverage, explanation: "place after a place preposition in the best sentence")
            }
        }
        if q.row == "where.in-which-country" { return countryOfAdjective(q, evidence: ev) }
        return q.row == "where.wo" ? placePhrase(q, evidence: ev) : nil
    }

    /// "Aus welchem Land stammt X?" where the best sentence names no place: the country of a nationality adjective in it
    /// ("des finnischen Unternehmens X" → Finnland), the adjective nearest the question's words.
    func countryOfAdjective(_ q: Question, evidence ev: QueryEvidence) -> Answer? {
        guard let cand = mentionCandidates(q, evidence: ev, limit: 1).first else { return nil }
        let doc = knowledgeBase.documents[cand.ref.document]
        let options = doc.sentences[cand.ref.sentence].tokens.compactMap { t -> (text: String, span: Range<Int>)? in
            let w = doc.surface(t)
            guard w.first?.isLowercase == true, let country = CountryNames.country(ofAdjective: w) else { return nil }
            return (country, Int(doc.tokens[t].start)..<Int(doc.tokens[t].end))
        }
        guard !options.isEmpty else { return nil }
        let choice = closestMention(options, in: cand.ref, evidence: ev, span: { $0.span }) { a, b in a.span.lowerBound > b.span.lowerBound }
        return Answer(question: q.text, kind: .where, text: choice.text, citations: [citation(cand.ref)], confidence: cand.coverage,
                      explanation: "country of a nationality adjective in the best sentence")
    }

    /// The capitalized name right after a settlement noun ("Stadt", "Hafenstadt", "Gemeinde", "Dorf", "Provinz"; the
    /// `place-noun` words of `question-words.txt`, also as the head of a compound), if it is no ordinary word.
    func settlementPlace(_ ref: SentenceRef, _ q: Question) -> String? {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        let words = QuestionWords.shared
        let asksForTown = q.words.prefix(4).contains { w in
            let f = NameKey.of(w.lowercased())
            return words.contains(f, .placeNoun) && !words.contains(f, .regionNoun)
        }
        for k in toks.indices.dropLast() {
            let w = doc.surface(toks[k])
            guard w.first?.isUppercase == true, doc.tokens[toks[k]].kind == .word else { continue }
            let folded = NameKey.of(w.lowercased())
            let isSettlement = words.contains(folded, .placeNoun)
                || ["stadt", "dorf", "gemeinde", "ortschaft", "metropole", "provinz", "region"].contains { folded.count > $0.count + 2 && folded.hasSuffix($0) }
            guard isSettlement else { continue }
            // A question for a town is not answered with a region ("Provinz X") the sentence names around it.
            if asksForTown, words.contains(folded, .regionNoun) || folded.hasSuffix("provinz") || folded.hasSuffix("region") { continue }
            let next = toks[k + 1]
            let name = doc.surface(next)
            // Right after the noun, a capitalized word that is no listed noun is a name, even when a verb form is spelled
            // the same ("im Stadtteil Walle"; `looksLikeCommonNoun` would take it for "walle").
            guard doc.tokens[next].kind == .word, name.first?.isUppercase == true, name.count > 2, !LexiconQueries.isListedCommonNoun(name),
                  !StopWords.all.contains(name.lowercased()), !inQuestion(name, q) else { continue }
            var end = k + 1
            while end + 1 < toks.count, end < k + 3, doc.tokens[toks[end + 1]].kind == .word, doc.surface(toks[end + 1]).first?.isUppercase == true,
                  !LexiconQueries.looksLikeCommonNoun(doc.surface(toks[end + 1])) { end += 1 }
            return doc.text(Int(doc.tokens[next].start)..<Int(doc.tokens[toks[end]].end))
        }
        return nil
    }

    /// "in Linz", "bei Bad Ischl", "im Norden des Landes", "im Hainberger Tunnel": the capitalized word(s) after each place
    /// preposition of the sentence, in order; a place adjective in -er keeps the noun it names ("in der Lindauer Markthalle").
    func prepositionalPlaces(_ ref: SentenceRef, _ q: Question) -> [(text: String, start: Int)] {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        let preps: Set<String> = ["in", "bei", "nahe", "nach", "aus", "im", "am", "at", "near"]
        var out: [(text: String, start: Int)] = []
        for (k, t) in toks.enumerated() where preps.contains(doc.surface(t).lowercased()) {
            var j = k + 1
            if j < toks.count, ["Süden", "Norden", "Osten", "Westen", "Zentrum"].contains(doc.surface(toks[j])), j + 1 < toks.count, ["der", "des", "von"].contains(doc.surface(toks[j + 1])) { j += 2 }
            // Skip lowercase adjectives ("im rumänischen Niţchidorf").
            while j < toks.count, doc.tokens[toks[j]].kind == .word, doc.surface(toks[j]).first?.isLowercase == true, j < k + 3 { j += 1 }
            guard j < toks.count else { continue }
            let w = doc.surface(toks[j])
            // A place adjective ("Wiener" of Wien) is no common noun here.
            let placeAdjective = LexiconQueries.place(ofAdjective: w) != nil
            guard w.first?.isUppercase == true, doc.tokens[toks[j]].kind == .word, !inQuestion(w, q), w.count > 2,
                  !StopWords.all.contains(w.lowercased()), !Self.monthsAndDays.contains(w), placeAdjective || !LexiconQueries.looksLikeCommonNoun(w) else { continue }
            // Not a person ("bei Lefevre").
            let start = Int(doc.tokens[toks[j]].start)
            if facts(ref.document).entities.contains(where: { $0.kind == .person && $0.name.span.range.contains(start) }) { continue }
            // The whole name: following capitalized words ("Kara Kitai", "Longwood Medical Area").
            var end = j
            while end + 1 < toks.count, end < j + 3, doc.tokens[toks[end + 1]].kind == .word,
                  doc.surface(toks[end + 1]).first?.isUppercase == true, !LexiconQueries.isCommonNoun(doc.surface(toks[end + 1])) { end += 1 }
            // "Lindauer Markthalle": a place adjective names the noun after it.
            if end == j, w.hasSuffix("er"), w.count > 4, end + 1 < toks.count, doc.tokens[toks[end + 1]].kind == .word,
               doc.surface(toks[end + 1]).first?.isUppercase == true, LexiconQueries.isCommonNoun(doc.surface(toks[end + 1])) { end += 1 }
            out.append((doc.text(start..<Int(doc.tokens[toks[end]].end)), start))
        }
        return out
    }

    /// German month and weekday names (the shared calendar lists) and "Jahr": capitalized words that are no place
    /// or name.
    static let monthsAndDays: Set<String> = Set(Concepts.monthNames("de") + Concepts.weekdayNames("de") + ["Jahr", "Jahre"])

}

/// Words that bound a time from one side when written before it (`timex/bounding-signals.txt`).
enum Bounding {
    static let signals: Set<String> = WordLists.set("timex/bounding-signals.txt")
}
