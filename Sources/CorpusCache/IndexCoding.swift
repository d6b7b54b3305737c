import Retrieval

/// The inverted index of one corpus file in the cache's encoding: every array of `InvertedIndex` (ascending ones as
/// differences), `termIDs` rebuilt from `terms`. Reading checks every id and offset against the sizes it indexes, so a
/// restored index can never subscript out of range.
extension ByteWriter {
    mutating func index(_ index: InvertedIndex) {
        varint(index.terms.count)
        for term in index.terms { string(term) }
        for list in index.postings {
            ascending(list.sentences)
            ints(list.termFrequencies)
            ascending(list.positionStarts)
            ints(list.positions)
        }
        ascending(index.forwardStarts)
        ints(index.forwardTermIDs)
        ints(index.forwardFrequencies)
        ints(index.sentenceRefs.map(\.document))
        ints(index.sentenceRefs.map(\.sentence))
        ints(index.sentenceLengths)
        ascending(index.documentStarts)
        varint(index.totalLength)
        ascending(index.documentTokenStarts)
        ascending(index.tokenTermStarts)
        ints(index.tokenTermIDs)
    }
}

extension ByteReader {
    /// - Parameters:
    ///   - documents: how many documents the index covers.
    ///   - tokens: their tokens, all documents together.
    mutating func index(documents: Int, tokens: Int) throws -> InvertedIndex {
        let termCount = try count()
        var terms: [String] = []
        terms.reserveCapacity(termCount)
        for _ in 0..<termCount { terms.append(try string()) }
        var postings: [PostingList] = []
        postings.reserveCapacity(termCount)
        var sentenceBound: Int32 = 0   // largest sentence number + 1 of any posting, checked below
        for _ in 0..<termCount {
            let sentences = try ascending(), frequencies = try ints(), starts = try ascending(), positions = try ints()
            try check(frequencies.count == sentences.count && starts.count == sentences.count + 1 && starts.first == 0
                      && starts.last.map(Int.init) == positions.count && isAscending(starts), "posting list")
            if let last = sentences.last { sentenceBound = max(sentenceBound, last &+ 1) }
            try check(isAscending(sentences) && (sentences.first ?? 0) >= 0, "posting sentences")
            postings.append(PostingList(sentences, termFrequencies: frequencies, positionStarts: starts, positions: positions))
        }
        let forwardStarts = try ascending(), forwardTermIDs = try ints(), forwardFrequencies = try ints()
        let refDocuments = try ints(), refSentences = try ints(), sentenceLengths = try ints()
        let documentStarts = try ascending(), totalLength = try varint()
        let documentTokenStarts = try ascending(), tokenTermStarts = try ascending(), tokenTermIDs = try ints()
        let sentenceCount = refDocuments.count
        try check(Int(sentenceBound) <= sentenceCount && refSentences.count == sentenceCount && sentenceLengths.count == sentenceCount, "sentence count")
        try check(forwardStarts.count == sentenceCount + 1 && forwardStarts.first == 0 && isAscending(forwardStarts)
                  && forwardStarts.last.map(Int.init) == forwardTermIDs.count && forwardFrequencies.count == forwardTermIDs.count, "forward index")
        try check(inRange(forwardTermIDs, termCount) && inRange(tokenTermIDs, termCount), "term ids")
        try check(inRange(refDocuments, documents), "sentence documents")
        try check(documentStarts.count == documents && documentTokenStarts.count == documents && isAscending(documentStarts)
                  && isAscending(documentTokenStarts) && inRange(documentStarts, sentenceCount + 1) && inRange(documentTokenStarts, tokens + 1), "document starts")
        try check(tokenTermStarts.count == tokens + 1 && tokenTermStarts.first == 0 && isAscending(tokenTermStarts)
                  && tokenTermStarts.last.map(Int.init) == tokenTermIDs.count, "token terms")
        let refs = (0..<sentenceCount).map { SentenceRef(document: Int(refDocuments[$0]), sentence: Int(refSentences[$0])) }
        return InvertedIndex(terms: terms, postings: postings, forwardStarts: forwardStarts, forwardTermIDs: forwardTermIDs,
                             forwardFrequencies: forwardFrequencies, sentenceRefs: refs, sentenceLengths: sentenceLengths,
                             documentStarts: documentStarts, totalLength: totalLength, documentTokenStarts: documentTokenStarts,
                             tokenTermStarts: tokenTermStarts, tokenTermIDs: tokenTermIDs)
    }
}

func check(_ condition: Bool, _ what: String) throws {
    guard condition else { throw CacheFormatError("inconsistent \(what)") }
}

/// Whether every value lies in `0..<bound`.
func inRange(_ values: [Int32], _ bound: Int) -> Bool {
    var lowest: Int32 = 0, highest: Int32 = -1
    for v in values {
        lowest = min(lowest, v)
        highest = max(highest, v)
    }
    return lowest >= 0 && Int(highest) < bound
}

func isAscending(_ values: [Int32]) -> Bool {
    guard values.count > 1 else { return true }
    var ok = true
    for i in 1..<values.count { ok = ok && values[i - 1] <= values[i] }
    return ok
}
