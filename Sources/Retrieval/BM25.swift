import Foundation

/// Okapi BM25 (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009),
/// with the idf of Lucene and tantivy (`src/query/bm25.rs`), which is never negative:
///
///     idf(t)    = ln(1 + (N - n(t) + 0.5) / (n(t) + 0.5))
///     score(t)  = idf(t) · tf · (k1 + 1) / (tf + k1 · (1 - b + b · len / avglen))
///
/// N is the number of indexed units (sentences), n(t) the document frequency of t, tf the term
/// frequency in the unit, len its length in terms and avglen the mean length.
public struct BM25: Sendable, Hashable {
    public var k1: Double = 1.2
    public var b: Double = 0.75

    public init(k1: Double = 1.2, b: Double = 0.75) {
        self.k1 = k1
        self.b = b
    }

    /// Inverse document frequency of a term found in `documentFrequency` of `count` units.
    public func idf(documentFrequency n: Int, count N: Int) -> Double {
        log(1 + (Double(N) - Double(n) + 0.5) / (Double(n) + 0.5))
    }

    /// Term-frequency part, normalized by length.
    public func tfWeight(termFrequency tf: Int, length: Int, averageLength: Double) -> Double {
        let t = Double(tf)
        let norm = k1 * (1 - b + b * Double(length) / max(averageLength, 1))
        return t * (k1 + 1) / (t + norm)
    }
}
