import WordLists

extension Lexicons {
    /// Surnames of widely known public figures (heads of state and government, historical figures, artists,
    /// athletes) that name a person even without a given name or cue. Chosen to be unambiguous in German text.
    static let knownSurnames: Set<String> = WordLists.set("names/known-surnames.txt")
}
