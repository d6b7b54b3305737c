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
///
/// A sentence's score is the sum, in query order, of `idf × weight × tfWeight` over the query's distinct terms it
/// holds. `search` finds the best `limit` with MaxScore (Turtle & Flood, "Query evaluation: strategies and
/// optimizations", 1995): terms are read rarest first, each sentence met is scored whole from the forward index,
/// and reading stops when the terms left could not lift a sentence that holds none of the terms read to the
/// `limit`-th score. The result is the exhaustive ranking's first `limit` (`exhaustiveSearch`, which the tests compare).
public struct Searcher: Sendable {
    public let index: InvertedIndex
    public var bm25: BM25

    public init(index: InvertedIndex, bm25: BM25 = BM25()) {
        self.index = index
        self.bm25 = bm25
    }

    /// A distinct query term the index knows: its id, the factor `idf × weight` of its contributions, and a bound
    /// on any one contribution (`factor × (k1 + 1)`, since `tfWeight` < k1 + 1; infinite when that does not hold).
    struct ScoringTerm {
        var term: String
        var id: Int32
        var factor: Double
        var bound: Double
    }

    /// The distinct known terms of `query`, in query order (a repeated term keeps its first weight).
    func scoringTerms(_ query: [QueryTerm]) -> [ScoringTerm] {
        var seen = Set<String>()
        var out: [ScoringTerm] = []
        let n = index.sentenceCount
        let boundHolds = bm25.k1 >= 0 && bm25.b >= 0 && bm25.b <= 1
        for q in query where seen.insert(q.term).inserted {
            guard let id = index.termID(q.term) else { continue }
            let factor = bm25.idf(documentFrequency: index.postings[Int(id)].documentFrequency, count: n) * q.weight
            let bound = boundHolds && factor >= 0 ? factor * (bm25.k1 + 1) : .infinity
            out.append(ScoringTerm(term: q.term, id: id, factor: factor, bound: bound))
        }
        return out
    }

    /// The `limit` best sentences; ties break by document, then sentence (load order).
    /// Terms not in the index are ignored; with no known term the result is empty.
    /// - Parameter restrictTo: when given, only sentences of these document ordinals are scored.
    public func search(_ query: [QueryTerm], limit: Int, restrictTo documents: Set<Int>? = nil) -> [ScoredSentence] {
        let terms = scoringTerms(query)
        guard !terms.isEmpty, limit > 0 else { return [] }
        let top = documents.map { topInDocuments(terms, limit: limit, $0) } ?? maxScore(terms, limit: limit)
        return top.map { hit in
            ScoredSentence(ref: index.sentenceRefs[Int(hit.sentence)], score: hit.score,
                           matchedTerms: terms.filter { frequency(of: $0.id, in: hit.sentence) > 0 }.map(\.term))
        }
    }

    /// MaxScore over the posting lists, rarest (highest bound) first; see the type's comment.
    func maxScore(_ terms: [ScoringTerm], limit: Int) -> [SentenceScore] {
        var terms = terms
        // A long posting list gets the bound of its best posting (read sequentially, far cheaper than scoring it).
        for k in terms.indices where terms[k].bound.isFinite && index.postings[Int(terms[k].id)].documentFrequency > 4 * limit {
            terms[k].bound = terms[k].factor * bestWeight(index.postings[Int(terms[k].id)])
        }
        let order = terms.indices.sorted { terms[$0].bound != terms[$1].bound ? terms[$0].bound > terms[$1].bound : $0 < $1 }
        var rank = [Int](repeating: 0, count: terms.count)
        for (r, t) in order.enumerated() { rank[t] = r }
        // Bounds of the terms from each rank on; a sentence none of the earlier terms holds scores at most this.
        var left = [Double](repeating: 0, count: order.count + 1)
        for r in stride(from: order.count - 1, through: 0, by: -1) { left[r] = left[r + 1] + terms[order[r]].bound }
        var top = TopK(limit: limit)
        let avg = index.averageLength
        for (r, t) in order.enumerated() {
            // (A margin for rounding: the score is summed in query order, the bound in rank order.)
            if top.isFull, left[r] * (1 + 1e-9) < top.threshold { break }
            let list = index.postings[Int(terms[t].id)], rest = left[r + 1] * (1 + 1e-9)
            for (k, s) in list.sentences.enumerated() {
                // This term's contribution and the bounds of the terms after it: too little, and the sentence is either
                // scored already (it holds a term read before) or cannot be kept.
                if top.isFull, terms[t].bound.isFinite {
                    let own = terms[t].factor * bm25.tfWeight(termFrequency: Int(list.termFrequencies[k]),
                                                              length: Int(index.sentenceLengths[Int(s)]), averageLength: avg)
                    if own * (1 + 1e-9) + rest < top.threshold { continue }
                }
                // A sentence holding a term read before was scored then.
                guard let score = score(s, terms, unlessHolding: { rank[$0] < r }) else { continue }
                top.offer(SentenceScore(sentence: s, score: score))
            }
        }
        return top.ranked()
    }

    /// The largest `tfWeight` of a posting of `list`: `factor` times it bounds every contribution of the term.
    func bestWeight(_ list: PostingList) -> Double {
        let avg = index.averageLength
        var best = 0.0
        for k in list.sentences.indices {
            let w = bm25.tfWeight(termFrequency: Int(list.termFrequencies[k]), length: Int(index.sentenceLengths[Int(list.sentences[k])]),
                                  averageLength: avg)
            if w > best { best = w }
        }
        return best
    }

    /// Every sentence of `documents` that holds a query term, scored, best `limit` first.
    func topInDocuments(_ terms: [ScoringTerm], limit: Int, _ documents: Set<Int>) -> [SentenceScore] {
        var candidates: [Int32] = []
        for d in documents where d >= 0 && d < index.documentStarts.count {
            let lo = index.documentStarts[d]
            let hi = d + 1 < index.documentStarts.count ? index.documentStarts[d + 1] : Int32(index.sentenceCount)
            for t in terms {
                let sentences = index.postings[Int(t.id)].sentences
                var k = Self.lowerBound(sentences, lo)
                while k < sentences.count && sentences[k] < hi { candidates.append(sentences[k]); k += 1 }
            }
        }
        var top = TopK(limit: limit)
        for s in Set(candidates) {
            if let score = score(s, terms, unlessHolding: { _ in false }) { top.offer(SentenceScore(sentence: s, score: score)) }
        }
        return top.ranked()
    }

    /// The BM25 score of sentence `s` (global number), summed in query order; `nil` when it holds a term for whose
    /// position in `terms` `skip` is true.
    func score(_ s: Int32, _ terms: [ScoringTerm], unlessHolding skip: (Int) -> Bool) -> Double? {
        let length = Int(index.sentenceLengths[Int(s)])
        let avg = index.averageLength
        var score = 0.0
        for (k, t) in terms.enumerated() {
            let tf = frequency(of: t.id, in: s)
            guard tf > 0 else { continue }
            if skip(k) { return nil }
            score += t.factor * bm25.tfWeight(termFrequency: tf, length: length, averageLength: avg)
        }
        return score
    }

    /// The frequency of term `id` in sentence `s` (global number), from the forward index (0 when absent).
    func frequency(of id: Int32, in s: Int32) -> Int {
        let lo = Int(index.forwardStarts[Int(s)]), hi = Int(index.forwardStarts[Int(s) + 1])
        let ids = index.forwardTermIDs[lo..<hi]
        let k = Self.lowerBound(ids, id)
        return k < hi && ids[k] == id ? Int(index.forwardFrequencies[k]) : 0
    }

    /// The first position in ascending `values` whose value is not below `value`.
    static func lowerBound<C: RandomAccessCollection>(_ values: C, _ value: Int32) -> C.Index where C.Element == Int32 {
        var lo = values.startIndex, n = values.count
        while n > 0 {
            let half = n / 2, mid = values.index(lo, offsetBy: half)
            if values[mid] < value { lo = values.index(after: mid); n -= half + 1 } else { n = half }
        }
        return lo
    }

    /// BM25 idf of a term in this index (0 when absent).
    public func idf(_ term: String) -> Double {
        let df = index.documentFrequency(term)
        return df == 0 ? 0 : bm25.idf(documentFrequency: df, count: index.sentenceCount)
    }
}
