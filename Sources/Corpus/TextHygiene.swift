import Foundation

/// Text hygiene applied to every article before analysis.
///
/// Order: byte-order mark removed, CRLF and CR turned into LF, Unicode NFC
/// (Unicode Standard Annex #15), soft hyphens (U+00AD) removed, no-break spaces
/// (U+00A0, U+202F, U+2007) turned into plain spaces.
public enum TextHygiene {
    public static func normalize(_ raw: String) -> String {
        var s = raw
        if s.unicodeScalars.first == "\u{FEFF}" { s.unicodeScalars.removeFirst() }
        var needsCleanup = false
        var needsNFC = false
        for c in s.unicodeScalars {
            if c == "\r" || c == "\u{AD}" || c == "\u{A0}" || c == "\u{202F}" || c == "\u{2007}" || c == "\u{FEFF}" { needsCleanup = true }
            if !isNFCStable(c) { needsNFC = true; break }
        }
        guard needsCleanup || needsNFC else { return s }
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for c in s.unicodeScalars {
            switch c {
            case "\r": scalars.append("\n"); previousCR = true; continue
            case "\n": if !previousCR { scalars.append(c) }
            case "\u{AD}", "\u{FEFF}": break
            case "\u{A0}", "\u{202F}", "\u{2007}": scalars.append(" ")
            default: scalars.append(c)
            }
            previousCR = false
        }
        return needsNFC ? String(scalars).precomposedStringWithCanonicalMapping : String(scalars)
    }

    /// CRLF and CR turned into LF, nothing else changed.
    public static func normalizeLineEnds(_ raw: String) -> String {
        guard raw.utf8.contains(UInt8(ascii: "\r")) else { return raw }
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for c in raw.unicodeScalars {
            if c == "\r" { scalars.append("\n"); previousCR = true; continue }
            if c != "\n" || !previousCR { scalars.append(c) }
            previousCR = false
        }
        return String(scalars)
    }

    /// Scalars that NFC leaves alone wherever they stand (quick-check "yes", combining class 0, no
    /// decomposition): everything below U+0300 and the general punctuation of U+2010–U+205F („“ – …).
    /// Text made only of these is already NFC.
    static func isNFCStable(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x300 || (0x2010...0x205F).contains(c.value)
    }
}
