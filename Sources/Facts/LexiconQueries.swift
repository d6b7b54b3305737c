/// Public look-ups into the extractors' lexicons, for question analysis.
public enum LexiconQueries {
    /// Whether a capitalized word is usually a common noun (it follows articles), not a name.
    public static func isCommonNoun(_ word: String) -> Bool {
        Lexicons.commonNouns.contains(word) || Lexicons.calendarWords.contains(word) || Lexicons.functionWords.contains(word)
    }
}
