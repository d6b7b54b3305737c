// KeyNormalizer: turns one English alternative of a Ding entry into hashed look-up keys.

/// Turns one English alternative (bytes) into hashed look-up keys, reusing its token buffer.
struct KeyNormalizer {
    /// A token of the alternative: byte range in the buffer (trailing punctuation excluded) and kind.
    private struct Token {
        var start: Int
        var end: Int
        /// 0 word, 1 `sb.`/`sth.` placeholder, 2 `one's`/`oneself` (dropped), 3 skipped (`/ABBR/`).
        var kind: UInt8
    }
    private var tokens: [Token] = []

    init() { tokens.reserveCapacity(16) }

    struct Keys {
        var full: UInt64?
        var reduced: UInt64?
        var isVerb: Bool
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x100_0000_01b3
    /// Stop tokenizing after this many words: no key can be longer than `DingIndex.maxKeyWords` plus a
    /// leading `to` and an article.
    private static let maxTokens = DingIndex.maxKeyWords + 3

    @inline(__always) private static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    /// , . : ! ? "
    @inline(__always) private static func isTrailingPunctuation(_ c: UInt8) -> Bool {
        c == 0x2C || c == 0x2E || c == 0x3A || c == 0x21 || c == 0x3F || c == 0x22
    }

    private static func equals(_ buf: UnsafeBufferPointer<UInt8>, _ t: Token, _ word: StaticString) -> Bool {
        guard t.end - t.start == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<(t.end - t.start) where lower(buf[t.start + k]) != w[k] { return false }
        return true
    }

    private static func classify(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ rawEnd: Int) -> Token {
        let n = rawEnd - start
        if buf[start] == 0x2F { return Token(start: start, end: rawEnd, kind: 3) }   // "/USA/"
        let c0 = lower(buf[start])
        if c0 == 0x73 && n >= 3 {                                                     // sb. / sth.
            let c1 = lower(buf[start + 1]), c2 = buf[start + 2]
            if c1 == 0x62 && c2 == 0x2E { return Token(start: start, end: rawEnd, kind: 1) }
            if n >= 4 && c1 == 0x74 && lower(c2) == 0x68 && buf[start + 3] == 0x2E {
                return Token(start: start, end: rawEnd, kind: 1)
            }
        }
        var e = rawEnd
        while e > start && isTrailingPunctuation(buf[e - 1]) { e -= 1 }
        if e == start { return Token(start: start, end: e, kind: 3) }
        var t = Token(start: start, end: e, kind: 0)
        if c0 == 0x6F && (equals(buf, t, "oneself") || equals(buf, t, "one's") || equals(buf, t, "one’s")) {
            t.kind = 2
        }
        return t
    }

    /// Keys of the alternative in `buf[start..<end]`: words outside brackets, lowercased (ASCII), trailing
    /// punctuation removed, `/ABBR/` tokens skipped; a leading `to` (verb) and then a leading article are
    /// dropped; `sb.`/`sth.` placeholders and `one's`/`oneself` are dropped from the full key; the reduced key
    /// is the part before the first placeholder. Nil when nothing of 1–4 words remains.
    mutating func keys(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Keys? {
        tokens.removeAll(keepingCapacity: true)
        var depth = 0
        var tokenStart = -1
        var words = 0
        var i = start
        scan: while i <= end {
            let c: UInt8 = i < end ? buf[i] : 0x20
            let isOpen = c == 0x28 || c == 0x5B || c == 0x7B || c == 0x3C
            let isClose = c == 0x29 || c == 0x5D || c == 0x7D || c == 0x3E
            if isOpen || isClose || c == 0x20 || c == 0x09 {
                if tokenStart >= 0 {
                    let t = Self.classify(buf, tokenStart, i)
                    tokenStart = -1
                    if t.kind != 3 {
                        tokens.append(t)
                        if t.kind == 0 {
                            words += 1
                            if words > Self.maxTokens { break scan }
                        }
                    }
                }
                if isOpen { depth += 1 } else if isClose { depth = max(0, depth - 1) }
            } else if depth == 0 && tokenStart < 0 {
                tokenStart = i
            }
            i += 1
        }

        var first = 0
        var isVerb = false
        if tokens.count > 1 && Self.equals(buf, tokens[0], "to") { isVerb = true; first = 1 }
        if tokens.count > first + 1
            && (Self.equals(buf, tokens[first], "the") || Self.equals(buf, tokens[first], "a")
                || Self.equals(buf, tokens[first], "an")) {
            first += 1
        }
        var full = Self.fnvOffset
        var fullWords = 0
        var reduced: UInt64?
        var sawPlaceholder = false
        for t in first..<tokens.count {
            let tok = tokens[t]
            if tok.kind == 1 {
                if !sawPlaceholder && fullWords > 0 && fullWords <= DingIndex.maxKeyWords { reduced = full }
                sawPlaceholder = true
                continue
            }
            if tok.kind != 0 { continue }
            if fullWords > 0 { full = (full ^ 0x20) &* Self.fnvPrime }
            for k in tok.start..<tok.end { full = (full ^ UInt64(Self.lower(buf[k]))) &* Self.fnvPrime }
            fullWords += 1
        }
        guard fullWords > 0, fullWords <= DingIndex.maxKeyWords, words <= Self.maxTokens else {
            return reduced.map { Keys(full: nil, reduced: $0, isVerb: isVerb) }
        }
        if reduced == full { reduced = nil }
        return Keys(full: full, reduced: reduced, isVerb: isVerb)
    }
}
