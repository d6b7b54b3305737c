/// A minimal tokenizer for the tagger: words (letters), numbers (ASCII digits) and single
/// punctuation characters, each with UTF-8 byte offsets into the input.
struct TToken: Sendable {
    enum Kind: Sendable { case word, number, punct }
    var kind: Kind
    /// UTF-8 byte offset of the first byte.
    var start: Int
    /// UTF-8 byte offset one past the last byte.
    var end: Int
    /// Lower-cased text (words), the digits (numbers) or the character (punctuation).
    var lower: String
    /// First letter is upper case (words only).
    var capitalized: Bool
    /// Numeric value (numbers only; 0 otherwise). Numbers longer than 9 digits saturate.
    var number: Int
    /// Digit count (numbers only).
    var digits: Int
    /// Whitespace (or start of text) precedes the token.
    var spaceBefore: Bool
    /// Index of the sentence the token belongs to (heuristic split on . ! ? and blank lines).
    var sentence: Int
}

enum TimexTokenizer {
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            return (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
        }
        return s.properties.isAlphabetic
    }

    /// Tokenizes UTF-8 `bytes` (valid UTF-8, e.g. `Array(string.utf8)`).
    static func tokenize(_ bytes: [UInt8]) -> [TToken] {
        var tokens: [TToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        var space = true
        var sentence = 0
        var newlines = 0
        while i < n {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                let start = i
                var value = 0
                var digits = 0
                while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                    if digits < 9 { value = value * 10 + Int(bytes[i] - 0x30) }
                    digits += 1
                    i += 1
                }
                tokens.append(TToken(kind: .number, start: start, end: i, lower: "", capitalized: false, number: value,
                                     digits: digits, spaceBefore: space, sentence: sentence))
                space = false
                newlines = 0
                continue
            }
            let (scalar, len) = decode(bytes, i)
            if isLetter(scalar) {
                let start = i
                let cap = scalar.properties.isUppercase
                var ascii = true
                while i < n {
                    let c = bytes[i]
                    if c < 0x80 {
                        if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) { i += 1; continue }
                        break
                    }
                    let (s2, l2) = decode(bytes, i)
                    guard isLetter(s2) else { break }
                    ascii = false
                    i += l2
                }
                // A capitalised word after a sentence-final mark starts a new sentence
                // ("18. August" and "v. Chr." do not end one).
                if cap, space, let last = tokens.last, last.kind == .punct,
                   last.lower == "." || last.lower == "!" || last.lower == "?", tokens.count >= 2 {
                    let prev = tokens[tokens.count - 2]
                    if (prev.kind == .word && prev.lower.utf8.count > 2) || last.lower != "." { sentence += 1 }
                }
                let lower: String
                if ascii {
                    lower = String(decoding: bytes[start..<i].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
                } else {
                    lower = String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
                }
                tokens.append(TToken(kind: .word, start: start, end: i, lower: lower, capitalized: cap, number: 0, digits: 0,
                                     spaceBefore: space, sentence: sentence))
                space = false
                newlines = 0
                continue
            }
            if scalar.properties.isWhitespace {
                if scalar == "\n" {
                    newlines += 1
                    if newlines >= 2 { sentence += 1 }
                }
                space = true
            } else {
                tokens.append(TToken(kind: .punct, start: i, end: i + len, lower: String(Character(scalar)), capitalized: false,
                                     number: 0, digits: 0, spaceBefore: space, sentence: sentence))
                space = false
                newlines = 0
            }
            i += len
        }
        return tokens
    }

    /// Decodes the scalar starting at byte `i` (invalid sequences decode as U+FFFD, length 1).
    @inline(__always)
    static func decode(_ bytes: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let n = bytes.count
        var len = 0
        var v: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { len = 2; v = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { len = 3; v = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { len = 4; v = UInt32(b0 & 0x07) }
        else { return ("\u{FFFD}", 1) }
        guard i + len <= n else { return ("\u{FFFD}", 1) }
        for k in 1..<len {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            v = (v << 6) | UInt32(c & 0x3F)
        }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", len)
    }
}
