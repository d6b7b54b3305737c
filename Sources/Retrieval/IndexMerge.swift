/// Restoring and appending whole indexes: the on-disk cache (`CorpusCache`) stores the index of each corpus file
/// built alone and appends it here, so that a cached load never re-analyzes text.

extension PostingList {
    /// A posting list from its arrays, as `InvertedIndex.postings` holds them (`positionStarts` has one entry more
    /// than `sentences`, starting at 0). The caller checks the shapes (`CorpusCache` does before restoring).
    public init(_ sentences: [Int32], termFrequencies: [Int32], positionStarts: [Int32], positions: [Int32]) {
        self.sentences = sentences
        self.termFrequencies = termFrequencies
        self.positionStarts = positionStarts
        self.positions = positions
    }
}

extension InvertedIndex {
    /// An index from its arrays, as an `IndexBuilder` left them (see the properties for their shapes); `termIDs` is
    /// rebuilt from `terms`. The caller checks the shapes (`CorpusCache` does before restoring).
    public init(terms: [String], postings: [PostingList], forwardStarts: [Int32], forwardTermIDs: [Int32],
                forwardFrequencies: [Int32], sentenceRefs: [SentenceRef], sentenceLengths: [Int32], documentStarts: [Int32],
                totalLength: Int, documentTokenStarts: [Int32], tokenTermStarts: [Int32], tokenTermIDs: [Int32]) {
        self.init()
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(terms.count)
        for (i, term) in terms.enumerated() { ids[term] = Int32(i) }
        self.termIDs = ids
        self.terms = terms
        self.postings = postings
        self.forwardStarts = forwardStarts
        self.forwardTermIDs = forwardTermIDs
        self.forwardFrequencies = forwardFrequencies
        self.sentenceRefs = sentenceRefs
        self.sentenceLengths = sentenceLengths
        self.documentStarts = documentStarts
        self.totalLength = totalLength
        self.documentTokenStarts = documentTokenStarts
        self.tokenTermStarts = tokenTermStarts
        self.tokenTermIDs = tokenTermIDs
    }
}

extension IndexBuilder {
    /// Appends `other`, an index built alone (by a fresh `IndexBuilder`) over the documents that follow those already
    /// added. The result is the index that adding those documents one by one would have built: the terms new here
    /// get the next ids in the order `other` met them, posting lists are concatenated (sentences shifted), and each
    /// sentence's forward entries are re-sorted by the new ids when the id mapping is not increasing.
    public mutating func append(_ other: consuming InvertedIndex) {
        if index.documentStarts.isEmpty {
            index = other
            return
        }
        let (map, increasing) = mergeTerms(other.terms)
        let sentenceBase = Int32(index.sentenceRefs.count)
        for local in other.postings.indices {
            var source = PostingList()
            swap(&source, &other.postings[local])   // the only reference: shifted in place when the term is new
            appendPostings(source, to: Int(map[local]), sentenceBase: sentenceBase)
        }
        appendForward(other, map: map, increasing: increasing)
        let documentBase = index.documentStarts.count
        index.sentenceRefs.append(contentsOf: other.sentenceRefs.lazy.map { SentenceRef(document: $0.document + documentBase, sentence: $0.sentence) })
        index.sentenceLengths.append(contentsOf: other.sentenceLengths)
        Self.append(other.documentStarts[...], to: &index.documentStarts) { $0 + sentenceBase }
        index.totalLength += other.totalLength
        let tokenBase = Int32(index.tokenTermStarts.count - 1), tokenTermBase = Int32(index.tokenTermIDs.count)
        Self.append(other.documentTokenStarts[...], to: &index.documentTokenStarts) { $0 + tokenBase }
        Self.append(other.tokenTermStarts.dropFirst(), to: &index.tokenTermStarts) { $0 + tokenTermBase }
        map.withUnsafeBufferPointer { m in Self.append(other.tokenTermIDs[...], to: &index.tokenTermIDs) { m[Int($0)] } }
    }

    /// `destination + source.map(transform)` in one allocation and one pass (the arrays of a large corpus are long).
    private static func append(_ source: ArraySlice<Int32>, to destination: inout [Int32], _ transform: (Int32) -> Int32) {
        let old = destination.count, n = source.count
        guard n > 0 else { return }
        destination = [Int32](unsafeUninitializedCapacity: old + n) { out, initialized in
            destination.withUnsafeBufferPointer { d in
                if old > 0 { out.baseAddress!.initialize(from: d.baseAddress!, count: old) }
            }
            source.withUnsafeBufferPointer { s in
                for i in 0..<n { out[old + i] = transform(s[i]) }
            }
            initialized = old + n
        }
    }

    /// The global id of each of `terms` (new ones appended in order), and whether that mapping is increasing.
    private mutating func mergeTerms(_ terms: [String]) -> (map: [Int32], increasing: Bool) {
        var map = [Int32](repeating: 0, count: terms.count)
        var increasing = true
        for (local, term) in terms.enumerated() {
            let id = index.intern(term)
            if local > 0 && id <= map[local - 1] { increasing = false }
            map[local] = id
        }
        return (map, increasing)
    }

    private mutating func appendPostings(_ source: consuming PostingList, to id: Int, sentenceBase: Int32) {
        var list = index.postings[id]
        index.postings[id] = PostingList()   // keep the list uniquely referenced while appending
        if list.sentences.isEmpty {
            list = source
            for k in list.sentences.indices { list.sentences[k] += sentenceBase }
        } else {
            let positionBase = Int32(list.positions.count)
            list.sentences.append(contentsOf: source.sentences.lazy.map { $0 + sentenceBase })
            list.termFrequencies.append(contentsOf: source.termFrequencies)
            list.positionStarts.append(contentsOf: source.positionStarts.dropFirst().lazy.map { $0 + positionBase })
            list.positions.append(contentsOf: source.positions)
        }
        index.postings[id] = list
    }

    /// The forward index of `other` with global term ids, each sentence's entries in ascending id order.
    private mutating func appendForward(_ other: InvertedIndex, map: [Int32], increasing: Bool) {
        let forwardBase = Int32(index.forwardTermIDs.count)
        Self.append(other.forwardStarts.dropFirst(), to: &index.forwardStarts) { $0 + forwardBase }
        let start = index.forwardTermIDs.count
        map.withUnsafeBufferPointer { m in Self.append(other.forwardTermIDs[...], to: &index.forwardTermIDs) { m[Int($0)] } }
        index.forwardFrequencies.append(contentsOf: other.forwardFrequencies)
        guard !increasing else { return }
        index.forwardTermIDs.withUnsafeMutableBufferPointer { ids in
            index.forwardFrequencies.withUnsafeMutableBufferPointer { frequencies in
                for s in 0..<(other.forwardStarts.count - 1) {
                    Self.sortByID(ids, frequencies, start + Int(other.forwardStarts[s]), start + Int(other.forwardStarts[s + 1]))
                }
            }
        }
    }

    /// Sorts `ids[lo..<hi]` (distinct) carrying `frequencies` along: insertion sort for the few dozen of a sentence.
    private static func sortByID(_ ids: UnsafeMutableBufferPointer<Int32>, _ frequencies: UnsafeMutableBufferPointer<Int32>, _ lo: Int, _ hi: Int) {
        guard hi - lo > 1 else { return }
        if hi - lo > 64 {
            let pairs = (lo..<hi).map { (ids[$0], frequencies[$0]) }.sorted { $0.0 < $1.0 }
            for (k, pair) in pairs.enumerated() { (ids[lo + k], frequencies[lo + k]) = pair }
            return
        }
        for i in (lo + 1)..<hi {
            let id = ids[i], f = frequencies[i]
            var j = i
            while j > lo && ids[j - 1] > id {
                ids[j] = ids[j - 1]
                frequencies[j] = frequencies[j - 1]
                j -= 1
            }
            ids[j] = id
            frequencies[j] = f
        }
    }
}
