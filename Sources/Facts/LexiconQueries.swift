/// Public look-ups into the extractors' lexicons, for question analysis.
public enum LexiconQueries {
    /// Whether a capitalized word is usually a common noun (it follows articles), not a name.
    public static func isCommonNoun(_ word: String) -> Bool {
        Lexicons.commonNouns.contains(word) || Lexicons.calendarWords.contains(word) || Lexicons.functionWords.contains(word)
    }
}

extension LexiconQueries {
    /// Whether a lowercase written form is a speech or thought verb of the attribution lexicon (`sagte`, `erklärt`, `gesagt`).
    public static func isSpeechCue(_ lowercased: String) -> Bool { Cues.speechVerbs[lowercased] != nil }

    /// Whether a word is a role noun by its ending (`Sprecher`, `Ministerin`, `Vorsitzender`).
    public static func isRoleNoun(_ word: String) -> Bool { Cues.isRole(word) }
}
