// Chars: byte-level character classes of the sentence splitter (white space, end marks, closers, Roman numerals).

/// Character classes at a byte position.
enum Chars {
    /// Width of the white-space scalar at `i`, or 0.
    @inline(__always)
    static func space(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return (c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0B || c == 0x0C) ? 1 : 0 }
        if c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xE1 && c != 0xEF { return 0 }
        let (s, w) = UTF8Scan.scalar(b, i)
        // Zero-width space, word joiner and BOM count as white space here.
        return s.properties.isWhitespace || s == "\u{200B}" || s == "\u{2060}" || s == "\u{FEFF}" ? w : 0
    }

    /// Width of the sentence-end mark at `i` (`.`, `!`, `?`, `…`), or 0.
    @inline(__always)
    static func endMark(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if c == 0x2E || c == 0x21 || c == 0x3F { return 1 }
        if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0xA6 { return 3 }
        return 0
    }

    /// Width of a closing quote or bracket at `i` (as found right after an end mark), or 0.
    @inline(__always)
    static func closer(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D || c == 0x7D { return 1 }
        if c == 0xC2, i + 1 < end, b[i + 1] == 0xBB || b[i + 1] == 0xAB { return 2 }  // » «
        if c == 0xE2, i + 2 < end, b[i + 1] == 0x80 {
            switch b[i + 2] {
            case 0x9C, 0x9D, 0x98, 0x99, 0xBA, 0xB9: return 3  // “ ” ‘ ’ › ‹
            default: return 0
            }
        }
        return 0
    }

    /// Whether `s` is a dash that may separate clauses.
    @inline(__always)
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2013}" || s == "\u{2014}"
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x61 && s.value <= 0x7A }
        return s.properties.isLowercase
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    static func isAlnum(_ s: Unicode.Scalar) -> Bool { UTF8Scan.isLetter(s) || UTF8Scan.isDigit(s) }

    @inline(__always)
    static func isASCIIDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Whether `r` is a well-formed Roman numeral from 1 to 39 (`I` … `XXXIX`), as used for
    /// rulers, popes and ordinals.
    static func isSmallRoman(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        var tens = 0
        while i < r.upperBound, b[i] == 0x58, tens < 3 { tens += 1; i += 1 }  // X{0,3}
        let rest = r.upperBound - i
        func at(_ k: Int) -> UInt8 { b[i + k] }
        switch rest {
        case 0: return tens > 0
        case 1: return at(0) == 0x49 || at(0) == 0x56  // I V
        case 2: return (at(0) == 0x49 && (at(1) == 0x49 || at(1) == 0x56 || at(1) == 0x58))  // II IV IX
            || (at(0) == 0x56 && at(1) == 0x49)  // VI
        case 3: return (at(0) == 0x49 && at(1) == 0x49 && at(2) == 0x49)  // III
            || (at(0) == 0x56 && at(1) == 0x49 && at(2) == 0x49)  // VII
        case 4: return at(0) == 0x56 && at(1) == 0x49 && at(2) == 0x49 && at(3) == 0x49  // VIII
        default: return false
        }
    }

    /// Whether every byte of `r` is an uppercase Roman numeral letter.
    static func isRoman(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        for i in r {
            switch b[i] {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: continue  // I V X L C D M
            default: return false
            }
        }
        return true
    }
}
