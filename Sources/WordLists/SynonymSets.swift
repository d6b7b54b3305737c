/// German synonym sets (`words/synonyms-openthesaurus.txt`, from OpenThesaurus; LGPL-2.1 data read at run time): which
/// one-word terms share a meaning ("untersagen" ~ "verbieten", "Aufmarsch" ~ "Demonstration").
///
/// Look-ups are by the term as OpenThesaurus writes its base form (an infinitive, a noun's nominative singular), in any
/// case. A term in several sets has the synonyms of each, in file order. The sets stay the file's bytes: at load only
/// the line ranges and an open-addressing table of term hashes are built (no `String` per term), so that loading costs little.
public struct SynonymSets: Sendable {
    /// UTF-8 bytes of the sets, one set a line, terms separated by blanks.
    private let bytes: [UInt8]
    /// Byte range of each set's line.
    private let lines: [Range<Int>]
    /// Open-addressing hash table of the terms: each used slot holds the term's case-folded hash in its high 48 bits and
    /// its set index + 1 in its low 16 bits (0: empty). A term in several sets fills several slots.
    private let slots: [UInt64]

    /// The shipped sets, read on first use.
    public static let shared: SynonymSets = {
        var lines: [Range<Int>] = []
        let bytes = WordLists.contents("words/synonyms-openthesaurus.txt")
        WordLists.forEachLineRange(bytes) { a, b in lines.append(a..<b) }
        return SynonymSets(bytes: bytes, lines: lines)
    }()

    /// Sets from rows of blank-separated terms.
    public init(rows: [[String]]) {
        var bytes: [UInt8] = []
        var lines: [Range<Int>] = []
        for row in rows {
            let start = bytes.count
            bytes += Array(row.joined(separator: " ").utf8)
            lines.append(start..<bytes.count)
            bytes.append(0x0A)
        }
        self.init(bytes: bytes, lines: lines)
    }

    private init(bytes: [UInt8], lines: [Range<Int>]) {
        self.bytes = bytes
        self.lines = lines
        precondition(lines.count < 0xFFFF, "SynonymSets holds at most 65,534 sets")
        var terms = 0
        for line in lines { Self.forEachTerm(bytes, line) { _ in terms += 1 } }
        var capacity = 16
        while capacity < terms * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (k, line) in lines.enumerated() {
            Self.forEachTerm(bytes, line) { term in
                let h = Self.hash(bytes[term]) & ~0xFFFF
                var i = Int(truncatingIfNeeded: h >> 16) & mask
                while slots[i] != 0 { i = (i + 1) & mask }
                slots[i] = h | UInt64(k + 1)
            }
        }
        self.slots = slots
    }

    /// Whether `term` (any case) is in some set.
    public func contains(_ term: String) -> Bool { !sets(of: term).isEmpty }

    /// The synonyms of `term` (any case), as written, without `term` itself and without repeats; at most `limit`.
    public func synonyms(of term: String, limit: Int = 12) -> [String] {
        let key = Array(term.utf8)
        var out: [String] = []
        for k in sets(of: term) {
            var done = false
            Self.forEachTerm(bytes, lines[Int(k)]) { range in
                guard !done, !Self.equalFolded(bytes[range], key[...]) else { return }
                let s = String(decoding: bytes[range], as: UTF8.self)
                if !out.contains(s) { out.append(s) }
                if out.count == limit { done = true }
            }
            if done { break }
        }
        return out
    }

    /// Indices of the sets that hold `term`, in file order.
    private func sets(of term: String) -> [Int32] {
        let key = Array(term.utf8)
        let h = Self.hash(key[...]) & ~0xFFFF
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h >> 16) & mask
        var out: [Int32] = []
        while slots[i] != 0 {
            if slots[i] & ~0xFFFF == h {
                let k = Int32(slots[i] & 0xFFFF) - 1
                var holds = false
                Self.forEachTerm(bytes, lines[Int(k)]) { range in if Self.equalFolded(bytes[range], key[...]) { holds = true } }
                if holds, !out.contains(k) { out.append(k) }
            }
            i = (i + 1) & mask
        }
        return out.sorted()
    }

    /// Calls `body` with the byte range of each blank-separated term of `line`.
    private static func forEachTerm(_ bytes: [UInt8], _ line: Range<Int>, _ body: (Range<Int>) -> Void) {
        var start = line.lowerBound
        for i in line where bytes[i] == 0x20 {
            if i > start { body(start..<i) }
            start = i + 1
        }
        if line.upperBound > start { body(start..<line.upperBound) }
    }

    /// The byte lower-cased for comparison: ASCII letters, and the second byte of Ä, Ö, Ü (UTF-8 C3 84/96/9C).
    private static func folded(_ b: UInt8, after previous: UInt8) -> UInt8 {
        if b >= 0x41 && b <= 0x5A { return b + 0x20 }
        if previous == 0xC3, b == 0x84 || b == 0x96 || b == 0x9C { return b + 0x20 }
        return b
    }

    /// FNV-1a over the case-folded bytes.
    private static func hash(_ s: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        var previous: UInt8 = 0
        for b in s {
            h = (h ^ UInt64(folded(b, after: previous))) &* 0x100000001b3
            previous = b
        }
        return h
    }

    private static func equalFolded(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var pa: UInt8 = 0, pb: UInt8 = 0
        for (x, y) in zip(a, b) {
            if folded(x, after: pa) != folded(y, after: pb) { return false }
            pa = x; pb = y
        }
        return true
    }
}
