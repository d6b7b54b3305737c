/// Word lists that several stages read, each kept once (one concept, one list): every user takes the
/// entries or classes it needs from the same file.
public enum Concepts {
    /// Prepositions and fused preposition-article forms, German and English, lower case (`words/prepositions.txt`).
    public static let prepositions: Set<String> = WordLists.set("words/prepositions.txt")

    /// A month name: number (1–12), language (`de`, `en`), written form, whether it is an abbreviation.
    public struct Month: Sendable {
        public let number: Int
        public let language: String
        public let form: String
        public let isAbbreviation: Bool
    }

    /// A weekday name: ISO number (Monday 1), language, written form.
    public struct Weekday: Sendable {
        public let number: Int
        public let language: String
        public let form: String
    }

    /// `calendar/months.txt`.
    public static let months: [Month] = WordLists.rows("calendar/months.txt").compactMap { f in
        guard f.count >= 3, let n = Int(f[0]) else { return nil }
        return Month(number: n, language: f[1], form: f[2], isAbbreviation: f.count > 3 && f[3] == "abbr")
    }

    /// `calendar/weekdays.txt`.
    public static let weekdays: [Weekday] = WordLists.rows("calendar/weekdays.txt").compactMap { f in
        guard f.count >= 3, let n = Int(f[0]) else { return nil }
        return Weekday(number: n, language: f[1], form: f[2])
    }

    /// Month names of `language` (full names, abbreviations or both), as written.
    public static func monthNames(_ language: String, full: Bool = true, abbreviations: Bool = false) -> [String] {
        months.filter { $0.language == language && ($0.isAbbreviation ? abbreviations : full) }.map(\.form)
    }

    /// Weekday names of `language`, as written.
    public static func weekdayNames(_ language: String) -> [String] {
        weekdays.filter { $0.language == language }.map(\.form)
    }

    /// `words/determiners.txt`: the determiners of the given classes (lower case).
    public static func determiners(_ classes: Set<String>) -> [String] {
        classified("words/determiners.txt", classes)
    }

    /// `names/name-particles.txt`: the name particles of the given classes (lower case).
    public static func nameParticles(_ classes: Set<String>) -> [String] {
        classified("names/name-particles.txt", classes)
    }

    /// The name particles of class `particle` (lower case), read once.
    static let joinableParticles: Set<String> = Set(nameParticles(["particle"]))

    /// Whether `word` is a name particle joined to a capitalized name part by a hyphen ("al-Faki", "el-Sayed").
    public static func isHyphenJoinedParticleName<S: StringProtocol>(_ word: S) -> Bool {
        guard let dash = word.firstIndex(of: "-"), joinableParticles.contains(String(word[..<dash])) else { return false }
        return word[word.index(after: dash)...].first?.isUppercase == true
    }

    /// Rows `word class` of `path` whose class is in `classes`.
    static func classified(_ path: String, _ classes: Set<String>) -> [String] {
        WordLists.rows(path).compactMap { f in f.count >= 2 && classes.contains(f[1]) ? f[0] : nil }
    }
}
