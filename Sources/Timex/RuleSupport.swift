/// Token-level helpers shared by the German and English rules.
struct TokenView {
    let t: [TToken]

    var count: Int { t.count }

    /// Lower-cased word at `i`, or nil if `i` is out of range or not a word.
    func word(_ i: Int) -> String? {
        i >= 0 && i < t.count && t[i].kind == .word ? t[i].lower : nil
    }

    /// Word at `i` is one of `options` (a linear scan: option lists are short literals).
    func isWord(_ i: Int, _ options: [String]) -> Bool {
        guard let w = word(i) else { return false }
        return options.contains(w)
    }

    func isWord(_ i: Int, _ w: String) -> Bool { word(i) == w }

    func punct(_ i: Int, _ c: String) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .punct && t[i].lower == c
    }

    func isDash(_ i: Int) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .punct && (t[i].lower == "-" || t[i].lower == "–" || t[i].lower == "—")
    }

    /// Number token value at `i`.
    func number(_ i: Int) -> Int? {
        i >= 0 && i < t.count && t[i].kind == .number ? t[i].number : nil
    }

    func digits(_ i: Int) -> Int { i >= 0 && i < t.count && t[i].kind == .number ? t[i].digits : 0 }

    /// Token `i` directly touches the previous token (no whitespace in between).
    func attached(_ i: Int) -> Bool { i < t.count && !t[i].spaceBefore }

    func capitalized(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].kind == .word && t[i].capitalized }

    /// A day-of-month ordinal "18." (number ≤ 31 immediately followed by a period).
    func dayOrdinal(_ i: Int) -> Int? {
        guard let n = number(i), digits(i) <= 2, n >= 1, n <= 31, punct(i + 1, "."), attached(i + 1) else { return nil }
        return n
    }

    /// A quantity word or number directly precedes `i` ("drei Jahre").
    func quantityBefore(_ i: Int) -> Bool {
        if number(i - 1) != nil { return true }
        guard let w = word(i - 1) else { return false }
        return Lexicon.deNumbers[w] != nil || Lexicon.deVague.contains(w) || w == "paar" || w == "halbe" || w == "halben"
    }

    /// Sentence-initial token (first token or first of a new sentence).
    func sentenceInitial(_ i: Int) -> Bool {
        i == 0 || t[i - 1].sentence != t[i].sentence || (t[i - 1].kind == .punct && [".", "!", "?", ":", "\""].contains(t[i - 1].lower))
    }
}

/// Formats a duration "P3Y", "PT48H", "PXD", "P1Y6M".
enum DurationFormat {
    static func make(_ amount: Double?, unit: String, time: Bool) -> String {
        let prefix = time ? "PT" : "P"
        guard let a = amount else { return prefix + "X" + unit }
        if a == a.rounded() { return prefix + String(Int(a)) + unit }
        // Fractions: convert to the next smaller unit where that is exact.
        switch unit {
        case "Y":
            let months = Int((a * 12).rounded())
            return months % 12 == 0 ? "P\(months / 12)Y" : (months >= 12 ? "P\(months / 12)Y\(months % 12)M" : "P\(months)M")
        case "H" where time:
            let m = Int((a * 60).rounded())
            return m >= 60 ? "PT\(m / 60)H\(m % 60)M" : "PT\(m)M"
        case "DE": return "P" + String(Int((a * 10).rounded())) + "Y"
        case "CE": return "P" + String(Int((a * 10).rounded())) + "DE"
        case "D": return "PT" + String(Int((a * 24).rounded())) + "H"
        case "W": return "P" + String(Int((a * 7).rounded())) + "D"
        case "M": return "P" + String(Int((a * 30).rounded())) + "D"
        default: return prefix + String(a) + unit
        }
    }
}
