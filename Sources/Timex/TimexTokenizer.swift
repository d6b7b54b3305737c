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

    static func utf8Length(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0..<0x80: return 1
        case 0x80..<0x800: return 2
        case 0x800..<0x10000: return 3
        default: return 4
        }
    }

    static func tokenize(_ text: String) -> [TToken] {
        var tokens: [TToken] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        var offset = 0
        var space = true
        var sentence = 0
        var newlines = 0
        var word = String.UnicodeScalarView()
        var wordStart = 0
        var wordCap = false
        var num = 0
        var numDigits = 0
        var numStart = 0
        var wordSpace = false

        func flushWord() {
            guard !word.isEmpty else { return }
            let s = String(word)
            tokens.append(TToken(kind: .word, start: wordStart, end: offset, lower: s.lowercased(),
                                 capitalized: wordCap, number: 0, digits: 0, spaceBefore: wordSpace,
                                 sentence: sentence))
            word = String.UnicodeScalarView()
        }
        func flushNumber() {
            guard numDigits > 0 else { return }
            tokens.append(TToken(kind: .number, start: numStart, end: offset,
                                 lower: "", capitalized: false, number: num, digits: numDigits,
                                 spaceBefore: wordSpace, sentence: sentence))
            numDigits = 0
            num = 0
        }

        for s in text.unicodeScalars {
            let len = utf8Length(s)
            if s.value >= 0x30 && s.value <= 0x39 {
                flushWord()
                if numDigits == 0 { numStart = offset; wordSpace = space }
                if numDigits < 9 { num = num * 10 + Int(s.value - 0x30) }
                numDigits += 1
                space = false
                newlines = 0
            } else if isLetter(s) {
                flushNumber()
                if word.isEmpty {
                    wordStart = offset
                    wordSpace = space
                    wordCap = s.properties.isUppercase
                    // A capitalised word after a sentence-final mark starts a new sentence.
                    if wordCap, let last = tokens.last, last.kind == .punct, space,
                       last.lower == "." || last.lower == "!" || last.lower == "?" {
                        if tokens.count >= 2 {
                            let prev = tokens[tokens.count - 2]
                            // "18. August" / "v. Chr." do not end a sentence.
                            if prev.kind == .word && prev.lower.count > 2 || last.lower != "." {
                                sentence += 1
                            }
                        }
                    }
                }
                word.append(s)
                space = false
                newlines = 0
            } else {
                flushWord()
                flushNumber()
                if s.properties.isWhitespace {
                    if s == "\n" {
                        newlines += 1
                        if newlines >= 2 { sentence += 1 }
                    }
                    space = true
                } else {
                    tokens.append(TToken(kind: .punct, start: offset, end: offset + len,
                                         lower: String(Character(s)), capitalized: false, number: 0,
                                         digits: 0, spaceBefore: space, sentence: sentence))
                    space = false
                    newlines = 0
                }
            }
            offset += len
        }
        flushWord()
        flushNumber()
        // Re-number sentences for numbers and words that followed a paragraph break.
        return tokens
    }
}
