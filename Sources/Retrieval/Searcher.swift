/// One weighted query term.
public struct QueryTerm: Sendable, Hashable {
    public var term: String
    /// Multiplies the term's BM25 contribution (1 for ordinary terms).
    public var weight: Double
    public init(_ term: String, weight: Double = 1) {
        self.term = term
        self.weight = weight
    }
}

/// A ranked sentence with its score and the terms that matched.
public struct ScoredSentence: Sendable, Hashable {
    public var ref: SentenceRef
    public var score: Double
    /// Query terms found in the sentence, in query order.
    public var matchedTerms: [String]
}

/// Ranks sentences for a bag of query terms with BM25.
public struct Searcher: Sendable {
    public let index: InvertedIndex
    public var bm25: BM25

    public init(index: InvertedIndex, bm25: BM25 = BM25()) {
        self.index = index
        self.bm25 = bm25
    }

    /// The `limit` best sentences; ties break by document, then sentence (load order).
    /// Terms not in the index are ignored; with no known term the result is empty.
    /// - Parameter restrictTo: when given, only sentences of these document ordinals are scored.
    public func search(_ query: [QueryTerm], limit: Int, restrictTo documents: Set<Int>? = nil) -> [ScoredSentence] {
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

    /// BM25 idf of a term in this index (0 when absent).
    public func idf(_ term: String) -> Double {
        let df = index.documentFrequency(term)
        return df == 0 ? 0 : bm25.idf(documentFrequency: df, count: index.sentenceCount)
    }
}
