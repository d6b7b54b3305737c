/// Helpers to walk UTF-8 bytes scalar by scalar without building `String`s.
enum UTF8Scan {
    /// Decodes the scalar that starts at `i`; returns it and its width in bytes.
    /// Invalid sequences decode as U+FFFD of width 1 (documents are valid UTF-8, so this is a guard only).
    @inline(__always)
    static func scalar(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var value: UInt32
        var width: Int
        if b0 & 0xE0 == 0xC0 { value = UInt32(b0 & 0x1F); width = 2 }
        else if b0 & 0xF0 == 0xE0 { value = UInt32(b0 & 0x0F); width = 3 }
        else if b0 & 0xF8 == 0xF0 { value = UInt32(b0 & 0x07); width = 4 }
        else { return ("\u{FFFD}", 1) }
        guard i + width <= b.count else { return ("\u{FFFD}", 1) }
        for k in 1..<width { value = (value << 6) | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// The scalar that ends just before `i`, and its width.
    @inline(__always)
    static func scalar(before i: Int, in b: [UInt8]) -> (Unicode.Scalar, Int)? {
        guard i > 0 else { return nil }
        var j = i - 1
        while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
        return scalar(b, j)
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x30 && s.value <= 0x39 }
        return s.properties.numericType != nil
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || (s.value >= 0x80 && s.properties.isWhitespace)
    }

    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
}
