/// Public look-ups into the extractors' lexicons, for question analysis.
public enum LexiconQueries {
    /// Whether a capitalized word is usually a common noun or another ordinary word, not a name: a listed
    /// common noun, month, weekday or function word, or a word whose lower-case form is an ordinary German
    /// word ("Europäischen") and that is no listed given name, surname or place.
    public static func isCommonNoun(_ word: String) -> Bool {
        if isListedCommonNoun(word) { return true }
        guard Lexicons.wordForms.contains(word.lowercased()) else { return false }
        return !Run.isListedGivenName(word) && !Lexicons.knownSurnames.contains(word)
            && !Lexicons.listedSurnames.contains(word) && !Run.isPlace(word)
    }
}

extension LexiconQueries {
    /// Whether a capitalized word reads as a German common noun even when it is not listed: a listed common noun, a
    /// compound whose head is one ("Abwehrchef" ← "Chef"), or an agent noun (`isAgentNoun`; the -er derivation of
    /// German word formation).
    public static func isNounLike(_ word: String) -> Bool {
        isListedCommonNoun(word) || Run.hasCommonNounHead(word) || isAgentNoun(word)
    }

    /// Whether a word is an agent noun in -er/-erin of a verb whose infinitive is a word form of the vocabulary
    /// ("Ausstatter" ← "ausstatten", "Gründerin" ← "gründen").
    public static func isAgentNoun(_ word: String) -> Bool {
        let lower = word.lowercased()
        for suffix in ["erin", "er"] where lower.hasSuffix(suffix) && lower.count >= suffix.count + 4 {
            let stem = lower.dropLast(suffix.count)
            if Lexicons.wordForms.contains(stem + "en") || Lexicons.wordForms.contains(stem + "n") { return true }
        }
        return false
    }

    /// Whether a lowercase written form is a speech or thought verb of the attribution lexicon (`sagte`, `erklärt`, `gesagt`).
    public static func isSpeechCue(_ lowercased: String) -> Bool { Cues.speechVerbs[lowercased] != nil }

    /// Whether a speech-cue form is one only with a separable particle at the end of its clause (`stellte` needs `fest`
    /// or `klar`): `following` are the lower-case words after it, and the form counts when no cue of it needs a final
    /// particle or one of the particles its cues need is among them. `false` for a form that is no speech cue.
    public static func isSpeechCue(_ lowercased: String, following: [String]) -> Bool {
        guard let cues = Cues.speechVerbs[lowercased] else { return false }
        return cues.contains { c in !c.particleFinal || c.particle.map { following.contains($0) } ?? true }
    }

    /// Whether a capitalized word is a listed German noun, calendar word or function word (`isCommonNoun` without the
    /// word forms of the Snowball vocabulary, which hold foreign words too: "new", "royal").
    public static func isListedCommonNoun(_ word: String) -> Bool {
        Lexicons.isCommonNoun(word) || Lexicons.calendarWords.contains(word) || Lexicons.functionWords.contains(word)
    }

    /// Whether a capitalized word reads as an ordinary German word rather than a name: a listed common noun, the
    /// capitalized form of an ordinary lower-case word form ("Bezug", "Angaben").
    public static func looksLikeCommonNoun(_ word: String) -> Bool {
        isCommonNoun(word) || Run.isOrdinaryWord(word)
    }

    /// Whether a lower-case word is an auxiliary or modal verb form ("hat", "habe", "wurde", "sei", "kann").
    public static func isAuxiliary(_ lowercased: String) -> Bool { Cues.auxiliaries.contains(lowercased) }

    /// Whether a lower-case word opens a subordinate clause ("dass", "weil", "ob", …).
    public static func isSubordinator(_ lowercased: String) -> Bool { Cues.subordinators.contains(lowercased) }

    /// Whether a lower-case word is a function word (article, pronoun, preposition, conjunction, particle).
    public static func isFunctionWord(_ lowercased: String) -> Bool { Lexicons.functionWords.contains(lowercased) }

    /// Whether a capitalized word is a listed given name ("Anna"; ambiguous ones such as "Frank" too).
    public static func isGivenName(_ word: String) -> Bool { Run.isListedGivenName(word) }

    /// The place a capitalized place adjective in -er names ("Bremer" → Bremen, "Wiener" → Wien, "Münchner" → München),
    /// or `nil`: the word without "-er", with "-en" for "-er", or with "-en" for "-ner" must be a known place.
    public static func place(ofAdjective word: String) -> String? {
        guard word.count > 4, word.first?.isUppercase == true, word.hasSuffix("er") else { return nil }
        let base = String(word.dropLast(2))
        return [base, base + "en", String(word.dropLast(3)) + "en"].first { Run.isPlace($0) }
    }

    /// Whether a word is a known place name (the extractors' place list: countries, capitals, regions).
    public static func isPlaceName(_ word: String) -> Bool { Run.isPlace(word) }

    /// Whether a lowercase word joins clauses or phrases (`und`, `sowie`, `and`, `&`).
    public static func isCoordinator(_ lowercased: String) -> Bool { Cues.coordinators.contains(lowercased) }

    /// Whether a word is a role noun by its ending (`Sprecher`, `Ministerin`, `Vorsitzender`).
    public static func isRoleNoun(_ word: String) -> Bool { Cues.isRole(word) }

    /// Whether a lower-cased word is a German first-person pronoun or possessive ("mir", "unser").
    public static func isFirstPersonWord(_ lowercased: String) -> Bool { Cues.firstPersonWords.contains(lowercased) }
}
