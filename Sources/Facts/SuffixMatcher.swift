/// A trie of word endings, stored reversed by UTF-8 byte, that tells in one backward pass over a word's
/// bytes whether any of its byte suffixes is an ending.
///
/// It is a fast and exact "no" for the Character-level suffix look-ups of the extractors: text and
/// lexicons are NFC, so every Character-level suffix match is also a byte-level one. A "yes" is confirmed
/// by the Character-level rule itself.
struct SuffixMatcher: Sendable {
    /// Per node: its outgoing edges (byte, child node), and whether an ending ends here.
    private var edges: [[(byte: UInt8, node: Int32)]] = [[]]
    private var terminal: [Bool] = [false]

    init(_ endings: some Sequence<String>) {
        for ending in endings {
            var node = 0
            for byte in ending.utf8.reversed() {
                if let next = edges[node].first(where: { $0.byte == byte }) {
                    node = Int(next.node)
                } else {
                    edges.append([])
                    terminal.append(false)
                    edges[node].append((byte, Int32(edges.count - 1)))
                    node = edges.count - 1
                }
            }
            terminal[node] = true
        }
    }

    /// Whether some byte suffix of `word` (after dropping `ignoringTrailing` bytes at its end) is an ending.
    func matchesSomeSuffix(of word: String, ignoringTrailing ignored: UInt8? = nil) -> Bool {
        var end = word.utf8.endIndex
        let start = word.utf8.startIndex
        if let ignored {
            while end > start, word.utf8[word.utf8.index(before: end)] == ignored { end = word.utf8.index(before: end) }
        }
        var node = 0
        var i = end
        while i > start {
            i = word.utf8.index(before: i)
            let byte = word.utf8[i]
            guard let next = edges[node].first(where: { $0.byte == byte }) else { return false }
            node = Int(next.node)
            if terminal[node] { return true }
        }
        return false
    }
}
