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
        let needsWork = s.unicodeScalars.contains { c in
            c == "\r" || c == "\u{AD}" || c == "\u{A0}" || c == "\u{202F}" || c == "\u{2007}" || c == "\u{FEFF}" || c.value >= 0x300
        }
        guard needsWork else { return s }
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
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}
