/// Public look-ups into the extractors' lexicons, for question analysis.
public enum LexiconQueries {
    /// Whether a capitalized word is usually a common noun or another ordinary word, not a name: a listed
    /// common noun, month, weekday or function word, or a word whose lower-case form is an ordinary German
    /// word ("Europäischen") and that is no listed given name, surname or place.
    public static func isCommonNoun(_ word: String) -> Bool {
        if Lexicons.isCommonNoun(word) || Lexicons.calendarWords.contains(word) || Lexicons.functionWords.contains(word) {
            return true
        }
        guard Lexicons.wordForms.contains(word.lowercased()) else { return false }
        return !Run.isListedGivenName(word) && !Lexicons.knownSurnames.contains(word)
            && !Lexicons.listedSurnames.contains(word) && !Run.isPlace(word)
    }
}
