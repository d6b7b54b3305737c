import TextAnalysis
import Retrieval

// Which of several mentions in one sentence the question is about.
extension Answerer {
    /// How close the mention at `span` (UTF-8 byte range in the document) lies to the question's words in sentence
    /// `ref`: the sum over question term groups found in the sentence outside the mention of `idf / (1 + d)`, where
    /// `d` is the number of word tokens between the mention and the group's nearest occurrence (0 when adjacent).
    /// Groups that only date the question (`TermGroup.isDating`) do not count: they name the answer's neighbours.
    ///
    /// A sentence that holds two dates, places or numbers usually ties each to its own verb and nouns ("verließen das
    /// Rheinland 1930 und besetzten es 1936"); the mention nearest to the words the question repeats is the one
    /// asked about — the term-proximity idea of Büttcher, Clarke and Lushman (SIGIR 2006), applied within a sentence.
    func anchorProximity(_ ref: SentenceRef, span: Range<Int>, evidence ev: QueryEvidence) -> Double {
        let doc = knowledgeBase.documents[ref.document]
        let words = doc.sentences[ref.sentence].tokens.filter { doc.tokens[$0].kind != .punctuation }
        guard let first = words.firstIndex(where: { doc.tokens[$0].range.overlaps(span) }),
              let last = words.lastIndex(where: { doc.tokens[$0].range.overlaps(span) }) else { return 0 }
        var nearest = [Int](repeating: Int.max, count: ev.groups.count)
        for (k, t) in words.enumerated() where k < first || k > last {
            let terms = analyzer.terms(surface: doc.bytes[doc.tokens[t].range])
            guard !terms.isEmpty else { continue }
            let d = k < first ? first - k - 1 : k - last - 1
            for (g, group) in ev.groups.enumerated() where !group.isDating && d < nearest[g] && terms.contains(where: group.terms.contains) {
                nearest[g] = d
            }
        }
        return zip(ev.groups, nearest).reduce(0) { sum, pair in
            pair.1 == Int.max ? sum : sum + pair.0.idf / Double(1 + pair.1)
        }
    }

    /// The mention of `pool` (not empty) nearest the question's words (`anchorProximity`); mentions within
    /// `MentionChoice.proximityTie` of the nearest are ordered by `fallback` (an ascending "less than"), whose last wins.
    func closestMention<M>(_ pool: [M], in ref: SentenceRef, evidence ev: QueryEvidence, span: (M) -> Range<Int>,
                           fallback: (M, M) -> Bool) -> M {
        let scored = pool.map { (mention: $0, proximity: anchorProximity(ref, span: span($0), evidence: ev)) }
        let best = scored.map(\.proximity).max() ?? 0
        let near = scored.filter { $0.proximity >= best * (1 - MentionChoice.proximityTie) }.map(\.mention)
        return near.max(by: fallback)!
    }
}

/// How `closestMention` chooses among mentions of one sentence.
enum MentionChoice {
    /// Mentions whose proximity is within this fraction of the best count as equally near (fit on the training split
    /// of the development questions).
    static let proximityTie = 0.1
}
