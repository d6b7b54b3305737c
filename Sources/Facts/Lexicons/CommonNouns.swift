import WordLists

extension Lexicons {
    /// Capitalized common nouns (not names), with their inflected forms: `nouns/common-nouns.txt`.
    static let commonNouns = WordSet("nouns/common-nouns.txt")

    /// Whether a capitalized word is a common noun: listed, or a hyphenated compound whose last part of four or
    /// more letters is listed ("EU-Gipfel", "LED-Technik").
    static func isCommonNoun(_ w: String) -> Bool {
        if commonNouns.contains(w) { return true }
        guard w.utf8.contains(UInt8(ascii: "-")), let last = w.split(separator: "-").last, last.utf8.count >= 4,
              last.first?.isUppercase == true else { return false }
        return commonNouns.contains(String(last))
    }
}
