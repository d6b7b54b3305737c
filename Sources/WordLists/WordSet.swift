/// An immutable set of words built straight from the bytes of word-list files, without one `String` per entry:
/// an open-addressing table of (offset, length) entries into the file bytes, hashed with 64-bit FNV-1a.
///
/// Building it costs one pass over the bytes, so that lists of a hundred thousand entries load in a few
/// milliseconds; `contains` hashes the query's UTF-8 bytes and compares bytes. Matching is exact and
/// case-sensitive.
public struct WordSet: Sendable {
    private let bytes: [UInt8]
    /// Per entry: offset (upper 40 bits) and length (lower 24 bits) in `bytes`.
    private let entries: [UInt64]
    /// Slots holding entry index + 1 (0: empty); the count is a power of two.
    private let slots: [UInt32]
    /// Number of distinct entries.
    public let count: Int

    /// The entries of the word-list files `paths` (relative to `Data/`; see `WordLists`).
    public init(_ paths: String...) {
        var bytes: [UInt8] = []
        var ranges: [UInt64] = []
        for path in paths {
            let base = bytes.count
            let file = WordLists.contents(path)
            bytes.append(contentsOf: file)
            bytes.append(0x0A)
            ranges.reserveCapacity(ranges.count + file.count / 8)
            WordLists.forEachLineRange(file) { a, b in ranges.append(UInt64(base + a) << 24 | UInt64(b - a)) }
        }
        var size = 16
        while size < ranges.count * 2 { size <<= 1 }
        let mask = size - 1
        var slots = [UInt32](repeating: 0, count: size)
        var entries = [UInt64](repeating: 0, count: ranges.count)
        var n = 0
        bytes.withUnsafeBufferPointer { buf in
            slots.withUnsafeMutableBufferPointer { slots in
                entries.withUnsafeMutableBufferPointer { entries in
                    for r in ranges {
                        let start = Int(r >> 24), length = Int(r & 0xFF_FFFF)
                        let word = UnsafeBufferPointer(rebasing: buf[start..<(start + length)])
                        var slot = Int(truncatingIfNeeded: WordSet.hash(word)) & mask
                        var duplicate = false
                        while slots[slot] != 0 {
                            let e = entries[Int(slots[slot]) - 1]
                            if Int(e & 0xFF_FFFF) == length, WordSet.equal(buf, Int(e >> 24), word, 0, length) { duplicate = true; break }
                            slot = (slot + 1) & mask
                        }
                        if duplicate { continue }
                        entries[n] = r
                        n += 1
                        slots[slot] = UInt32(n)
                    }
                }
            }
        }
        entries.removeLast(entries.count - n)
        self.bytes = bytes
        self.entries = entries
        self.slots = slots
        self.count = n
    }

    /// Whether `word` is one of the entries.
    public func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains(utf8: $0) }
    }

    /// Whether `word` is one of the entries.
    public func contains(_ word: Substring) -> Bool {
        var word = word
        return word.withUTF8 { contains(utf8: $0) }
    }

    /// Whether the UTF-8 bytes `query` are one of the entries.
    public func contains(utf8 query: UnsafeBufferPointer<UInt8>) -> Bool {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: WordSet.hash(query)) & mask
        return bytes.withUnsafeBufferPointer { buf in
            while true {
                let s = slots[slot]
                if s == 0 { return false }
                let e = entries[Int(s) - 1]
                if Int(e & 0xFF_FFFF) == query.count, WordSet.equal(buf, Int(e >> 24), query, 0, query.count) { return true }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in b { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ i: Int, _ b: UnsafeBufferPointer<UInt8>, _ j: Int, _ n: Int) -> Bool {
        var k = 0
        while k < n { if a[i + k] != b[j + k] { return false }; k += 1 }
        return true
    }
}
