/// Text made safe for a terminal: corpus text may hold escape sequences (clear screen, window title, OSC 8 links,
/// OSC 52 clipboard writes) that must not reach the terminal raw.
public enum TerminalText {
    /// `text` with every C0 control character (U+0000–U+001F) except tab and newline, DEL (U+007F) and every C1
    /// control character (U+0080–U+009F) replaced by a visible escape: `\x1b` for C0 and DEL (two lowercase hex
    /// digits), `\u009b` for C1. Everything else, tab and newline included, is kept as it is. A pure function: JSON
    /// output does not go through it (JSON encoders escape C0 themselves, and C1 is valid JSON text).
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else { out.append(scalar); continue }
            let hex = String(scalar.value, radix: 16)
            let escape = scalar.value < 0x80 ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex : "\\u00" + hex
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }

    /// Whether `scalar` is a control character that `sanitized(_:)` escapes.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
