extension Searcher {
    /// The ranking `search` must return, by scoring every posting of every query term (term at a time) and sorting
    /// all scored sentences: the reference the tests compare MaxScore with.
    func exhaustiveSearch(_ query: [QueryTerm], limit: Int, restrictTo documents: Set<Int>? = nil) -> [ScoredSentence] {
        var scores: [Int32: (Double, [String])] = [:]
        let n = index.sentenceCount
        let avg = index.averageLength
        var seen = Set<String>()
        for q in query where !seen.contains(q.term) {
            seen.insert(q.term)
            guard let list = index.postingList(q.term) else { continue }
            let idf = bm25.idf(documentFrequency: list.documentFrequency, count: n)
            for k in 0..<list.sentences.count {
                let s = list.sentences[k]
                if let documents, !documents.contains(index.sentenceRefs[Int(s)].document) { continue }
                let w = idf * q.weight * bm25.tfWeight(termFrequency: Int(list.termFrequencies[k]),
                                                        length: Int(index.sentenceLengths[Int(s)]), averageLength: avg)
                scores[s, default: (0, [])].0 += w
                scores[s, default: (0, [])].1.append(q.term)
            }
        }
        let ranked = scores.map { ScoredSentence(ref: index.sentenceRefs[Int($0.key)], score: $0.value.0, matchedTerms: $0.value.1) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.ref < $1.ref }
        return Array(ranked.prefix(limit))
    }
}
