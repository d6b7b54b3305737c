import TextAnalysis

/// A sentence of the corpus: document ordinal (load order) and 0-based sentence index.
/// Ordered by document, then sentence — the tie-break order of every ranking.
public struct SentenceRef: Sendable, Hashable, Comparable {
    public var document: Int
    public var sentence: Int
    public init(document: Int, sentence: Int) {
        self.document = document
        self.sentence = sentence
    }
    public static func < (a: SentenceRef, b: SentenceRef) -> Bool {
        (a.document, a.sentence) < (b.document, b.sentence)
    }
}

/// The postings of one term: the sentences that contain it, in ascending order, each with its
/// term frequency and 0-based token positions (flattened: positions of posting k are
/// `positions[positionStarts[k]..<positionStarts[k+1]]`).
public struct PostingList: Sendable {
    public internal(set) var sentences: [Int32] = []
    public internal(set) var termFrequencies: [Int32] = []
    public internal(set) var positionStarts: [Int32] = [0]
    public internal(set) var positions: [Int32] = []

    public var documentFrequency: Int { sentences.count }

    public func positions(ofPosting k: Int) -> ArraySlice<Int32> {
        positions[Int(positionStarts[k])..<Int(positionStarts[k + 1])]
    }
}

/// An immutable inverted index over sentences (the unit of retrieval is the sentence).
/// Built by `IndexBuilder`; `Sendable`, so it can be shared freely.
public struct InvertedIndex: Sendable {
    public internal(set) var termIDs: [String: Int32] = [:]
    /// Term id → term (the inverse of `termIDs`).
    public internal(set) var terms: [String] = []
    public internal(set) var postings: [PostingList] = []
    /// The forward index: for global sentence `g`, its distinct term ids (ascending) are
    /// `forwardTermIDs[forwardStarts[g]..<forwardStarts[g + 1]]`, each with its term frequency in
    /// `forwardFrequencies` at the same position. Built at load, so nothing is re-analysed per question.
    public internal(set) var forwardStarts: [Int32] = [0]
    public internal(set) var forwardTermIDs: [Int32] = []
    public internal(set) var forwardFrequencies: [Int32] = []
    /// Global sentence number → reference; global numbers follow load order (document, then sentence).
    public internal(set) var sentenceRefs: [SentenceRef] = []
    /// Length of each sentence in index terms.
    public internal(set) var sentenceLengths: [Int32] = []
    /// First global sentence number of each document.
    public internal(set) var documentStarts: [Int32] = []
    public internal(set) var totalLength: Int = 0

    /// An empty index.
    public init() {}

    /// The id of `term`, interned with an empty posting list if the index does not hold it yet (ids follow first use).
    mutating func intern(_ term: String) -> Int32 {
        if let existing = termIDs[term] { return existing }
        let id = Int32(postings.count)
        termIDs[term] = id
        terms.append(term)
        postings.append(PostingList())
        return id
    }

    public var sentenceCount: Int { sentenceRefs.count }
    public var termCount: Int { postings.count }
    public var averageLength: Double { sentenceRefs.isEmpty ? 0 : Double(totalLength) / Double(sentenceRefs.count) }

    /// Per document: the ordinal of its first token among all tokens of the index (tokens of earlier documents first).
    public internal(set) var documentTokenStarts: [Int32] = []
    /// Token term table (compressed rows): the index term ids of global token `g` are
    /// `tokenTermIDs[tokenTermStarts[g]..<tokenTermStarts[g + 1]]` (none for punctuation and stop words; a
    /// hyphenated compound has the whole word and its parts). Built once at load, so that answering never re-analyzes text.
    public internal(set) var tokenTermStarts: [Int32] = [0]
    public internal(set) var tokenTermIDs: [Int32] = []

    /// The index term ids of token `token` (0-based, `AnalyzedDocument.tokens`) of document `document` (load ordinal).
    public func tokenTerms(document: Int, token: Int) -> ArraySlice<Int32> {
        let g = Int(documentTokenStarts[document]) + token
        return tokenTermIDs[Int(tokenTermStarts[g])..<Int(tokenTermStarts[g + 1])]
    }

    /// The id of an index term, or `nil` when no sentence holds it.
    public func termID(_ term: String) -> Int32? { termIDs[term] }

    public func postingList(_ term: String) -> PostingList? {
        termIDs[term].map { postings[Int($0)] }
    }

    public func documentFrequency(_ term: String) -> Int { postingList(term)?.documentFrequency ?? 0 }

    /// Global sentence number of a reference.
    public func globalSentence(_ ref: SentenceRef) -> Int { Int(documentStarts[ref.document]) + ref.sentence }

    /// The distinct terms of a sentence with their frequencies (from the forward index).
    public func sentenceTerms(_ ref: SentenceRef) -> [(term: String, frequency: Int)] {
        let g = globalSentence(ref)
        let range = Int(forwardStarts[g])..<Int(forwardStarts[g + 1])
        return range.map { (terms[Int(forwardTermIDs[$0])], Int(forwardFrequencies[$0])) }
    }
}

/// The writer side: adds analyzed documents and hands out immutable snapshots.
public struct IndexBuilder {
    public internal(set) var index = InvertedIndex()
    private let analyzer: Analyzer

    public init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// Indexes every sentence of `doc`. Documents must be added in load order (ordinal 0, 1, …).
    public mutating func add(_ doc: AnalyzedDocument) {
        let docOrdinal = index.documentStarts.count
        index.documentStarts.append(Int32(index.sentenceRefs.count))
        index.documentTokenStarts.append(Int32(index.tokenTermStarts.count - 1))
        var filled = 0
        func closeTokens(through t: Int) {
            while filled <= t { index.tokenTermStarts.append(Int32(index.tokenTermIDs.count)); filled += 1 }
        }
        for sentence in doc.sentences {
            let global = Int32(index.sentenceRefs.count)
            index.sentenceRefs.append(SentenceRef(document: docOrdinal, sentence: sentence.index))
            var length = 0
            var termPositions: [(Int32, Int32)] = []
            for t in sentence.tokens {
                let token = doc.tokens[t]
                if token.kind == .punctuation { continue }
                closeTokens(through: t - 1)
                defer { closeTokens(through: t) }
                for term in analyzer.terms(surface: doc.bytes[token.range]) {
                    let id = index.intern(term)
                    termPositions.append((id, token.position))
                    index.tokenTermIDs.append(id)
                    length += 1
                }
            }
            // Group by term, keeping positions in order (stable sort by term id).
            termPositions.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            var k = 0
            while k < termPositions.count {
                let id = termPositions[k].0
                var list = index.postings[Int(id)]
                index.postings[Int(id)] = PostingList()   // keep the list uniquely referenced while appending
                list.sentences.append(global)
                var tf: Int32 = 0
                while k < termPositions.count && termPositions[k].0 == id {
                    list.positions.append(termPositions[k].1)
                    tf += 1
                    k += 1
                }
                list.termFrequencies.append(tf)
                list.positionStarts.append(Int32(list.positions.count))
                index.postings[Int(id)] = list
                index.forwardTermIDs.append(id)
                index.forwardFrequencies.append(tf)
            }
            index.forwardStarts.append(Int32(index.forwardTermIDs.count))
            index.sentenceLengths.append(Int32(length))
            index.totalLength += length
        }
        closeTokens(through: doc.tokens.count - 1)
    }
}
