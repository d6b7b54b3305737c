import TextAnalysis
import Retrieval
import Facts

// Which of several persons listed in one sentence the question describes.
extension Answerer {
    /// Of `DescribedMention.listLength` or more person mentions of one sentence (in sentence order), the one whose own description holds the
    /// most of the question's words; `nil` when none or several hold the most, or when the chosen one is coordinated
    /// with a neighbour ("A und B": both answer).
    ///
    /// A list of persons gives each its own description, written before the name up to the previous comma, semicolon,
    /// colon or bracket ("…, der Gründer der Firma X Anna Berg, …", "dänischer Konsul Otto Lind;") or as an
    /// apposition right after it that ends at the next comma or bracket before the next person ("Eva Roth, die erste
    /// Frau im Amt, …"). The first person's description before the name is at most `DescribedMention.frameWords` words
    /// ("die Bankchefin"):
    /// the words before them frame the whole list ("Zu den Alumni zählen …") and describe no one person.
    /// Each question term group found in a description adds its idf; groups found in the person's own name do not count.
    func describedMention(_ persons: [EntityMention], in ref: SentenceRef, evidence ev: QueryEvidence) -> EntityMention? {
        guard persons.count >= DescribedMention.listLength else { return nil }
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        let spans: [(first: Int, last: Int)] = persons.compactMap { m in
            guard let a = toks.firstIndex(where: { doc.tokens[$0].range.overlaps(m.name.span.range) }),
                  let b = toks.lastIndex(where: { doc.tokens[$0].range.overlaps(m.name.span.range) }) else { return nil }
            return (a, b)
        }
        guard spans.count == persons.count else { return nil }
        func isMark(_ k: Int) -> Bool {
            doc.tokens[toks[k]].kind == .punctuation && DescribedMention.listMarks.contains(doc.surface(toks[k]))
        }
        let groupIDs = ev.groups.map { termIDs($0.terms) }
        func groups(in positions: [Int]) -> Set<Int> {
            var found = Set<Int>()
            for k in positions {
                let ids = termIDs(ofToken: toks[k], in: ref.document)
                for (g, set) in groupIDs.enumerated() where ids.contains(where: set.contains) { found.insert(g) }
            }
            return found
        }
        var scores: [Double] = []
        for (i, span) in spans.enumerated() {
            var stretch: [Int] = []
            let previous = i > 0 ? spans[i - 1].last : -1
            var k = span.first - 1
            while k > previous, !isMark(k), i > 0 || stretch.count < DescribedMention.frameWords { stretch.append(k); k -= 1 }
            let next = i + 1 < spans.count ? spans[i + 1].first : toks.count
            if span.last + 1 < next, isMark(span.last + 1), [",", "("].contains(doc.surface(toks[span.last + 1])) {
                var j = span.last + 2, apposition: [Int] = []
                while j < next, !isMark(j), doc.tokens[toks[j]].kind != .punctuation || j + 1 < toks.count { apposition.append(j); j += 1 }
                // It ends at a mark or at the end of the sentence, not at the next person.
                if j < next || next == toks.count { stretch += apposition }
            }
            let own = groups(in: Array(span.first...span.last))
            scores.append(groups(in: stretch).subtracting(own).reduce(0) { $0 + ev.groups[$1].idf })
        }
        guard let best = scores.max(), best > 0, scores.filter({ $0 == best }).count == 1,
              let i = scores.firstIndex(of: best) else { return nil }
        // Coordinated persons ("Anna Berg und Otto Lind") share what the sentence says of them.
        func coordinated(_ a: Int, _ b: Int) -> Bool {
            let between = doc.text(persons[a].name.span.end..<persons[b].name.span.start).trimmingCharacters(in: .whitespaces)
            return ["und", "sowie", "and", ",", "oder", "or"].contains(between)
        }
        if i > 0, coordinated(i - 1, i) { return nil }
        if i + 1 < persons.count, coordinated(i, i + 1) { return nil }
        return persons[i]
    }
}

/// How `describedMention` reads a list of persons.
enum DescribedMention {
    /// Punctuation that ends one person's description in a list.
    static let listMarks: Set<String> = [",", ";", ":", "(", ")"]
    /// Words before the first person of a list that may describe that person alone.
    static let frameWords = 3
    /// Persons a sentence must name to read as a list: with two, the words between them are mostly the clause that
    /// joins them ("X wurde … zum Nachfolger von Y gewählt"), not a description of one.
    static let listLength = 3
}
