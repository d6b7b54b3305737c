// WordCounts: a compact hash table of German word counts, the commonness measure of the ranking.
import Foundation

/// Open-addressing hash table of German word counts: each 32-bit slot packs 20 bits of a word's FNV-1a
/// hash (the slot index uses other bits) with a 12-bit count (saturating at 4095). 2 MB, so probes stay in
/// cache; rare tag collisions only blur an approximate commonness measure.
struct WordCounts: Sendable {
    private var slots: [UInt32]
    private let mask: Int
    private static let countBits: UInt32 = 12
    private static let countMask: UInt32 = (1 << 12) - 1

    init(capacityPowerOfTwo p: Int) {
        slots = [UInt32](repeating: 0, count: 1 << p)
        mask = (1 << p) - 1
    }

    /// Whether a byte belongs to a word: ASCII letters and every byte of a multi-byte UTF-8 character.
    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        let l = c | 0x20
        return (l >= 0x61 && l <= 0x7A) || c >= 0x80
    }

    @inline(__always) private static func tag(_ hash: UInt64) -> UInt32 {
        let t = UInt32(truncatingIfNeeded: hash >> 44) << countBits
        return t == 0 ? 1 << countBits : t
    }

    @inline(__always) private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// Counts every word in `buf[start..<end]`.
    mutating func countWords(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        let mask = self.mask
        slots.withUnsafeMutableBufferPointer { table in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var inWord = false
            var i = start
            while i <= end {
                let c: UInt8 = i < end ? buf[i] : 0x20
                if Self.isWordByte(c) {
                    h = (h ^ UInt64(c)) &* 0x100_0000_01b3
                    inWord = true
                } else if inWord {
                    let t = Self.tag(h)
                    var s = Self.slot(h, mask)
                    var probes = 0
                    while probes <= mask {
                        let v = table[s]
                        if v == 0 { table[s] = t | 1; break }
                        if v & ~Self.countMask == t {
                            if v & Self.countMask < Self.countMask { table[s] = v + 1 }
                            break
                        }
                        s = (s + 1) & mask
                        probes += 1
                    }
                    h = 0xcbf2_9ce4_8422_2325
                    inWord = false
                }
                i += 1
            }
        }
    }

    /// Occurrences of one word (0 when unknown).
    func count(_ word: Substring.UTF8View) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in word { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        let t = Self.tag(h)
        var s = Self.slot(h, mask)
        var probes = 0
        while probes <= mask {
            let v = slots[s]
            if v == 0 { return 0 }
            if v & ~Self.countMask == t { return Int(v & Self.countMask) }
            s = (s + 1) & mask
            probes += 1
        }
        return 0
    }

    /// About 4·log2(1 + n) for the rarest word of a candidate, at most 30 points.
    func commonnessBonus(_ text: String) -> Int {
        var rarest = Int.max
        for word in text.split(separator: " ") {
            rarest = min(rarest, count(word.utf8))
        }
        guard rarest != Int.max else { return 0 }
        return min(30, Int((4 * log2(Double(1 + rarest))).rounded()))
    }
}
