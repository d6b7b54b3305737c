import WordLists

/// Word lists used by the fact extractors. Every list is an immutable `static let` set.
enum Lexicons {
    /// Splits a blank-separated word list into a set.
    /// The blank-separated words of `list`. Splits on UTF-8 bytes (not Characters): the large generated
    /// lexicons are built at start-up, and grapheme-cluster splitting would cost tens of milliseconds.
    static func words(_ list: String) -> Set<String> {
        var set = Set<String>(minimumCapacity: list.utf8.count / 8)
        var list = list
        list.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count {
                if i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x0A {
                    if i > start { set.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                    start = i + 1
                }
            }
        }
        return set
    }

    /// Lower-case closed-class words (articles, pronouns, prepositions, conjunctions, frequent adverbs),
    /// German and English. A capitalized token whose lower-case form is listed here is never a name.
    static let functionWords: Set<String> = WordLists.set("words/function-words.txt")

    /// Month and weekday names (German, Austrian and English; `calendar/*.txt`), adverbial weekdays ("Montags")
    /// and holidays: never names of people.
    static let calendarWords: Set<String> = {
        var s = Set(Concepts.monthNames("de") + Concepts.monthNames("en") + Concepts.weekdayNames("en"))
        for day in Concepts.weekdayNames("de") { s.insert(day); s.insert(day + "s") }   // "Montags"
        return s.union(["Wochenende", "Ostern", "Pfingsten", "Weihnachten", "Silvester"])
    }()

    /// Lower-case name particles that may stand inside a person name ("Franz von Papen", "Ana de Sousa").
    static let nameParticles: Set<String> = Set(Concepts.nameParticles(["particle", "article"]))

    /// Academic and courtesy titles that precede names ("Dr.", "Prof.", "Herr", "Frau", "Mr.").
    static let titles: Set<String> = words("""
        Dr Prof Professor Herr Herrn Frau Mr Mrs Ms Sir Dame Lord Lady Madame Monsieur Senhor Señor Sr
        """)

    /// Given names that are also common words or places; they form a name only with a following surname.
    static let ambiguousFirstNames: Set<String> = WordLists.set("names/ambiguous-first-names.txt")

    /// Surnames that are also common nouns; accepted after a given name ("Jonas Berg", "Hans Richter").
    static let nounSurnames: Set<String> = WordLists.set("names/noun-surnames.txt")

    /// Heads of organisation, place and work names formed from a person's name ("Jones House", "Hudson River").
    static let nameBasedHeads: Set<String> = WordLists.set("organisations/name-based-heads.txt")

    /// Party abbreviations that follow a politician's name in parentheses ("Müller (SPD)").
    static let parties: Set<String> = words("""
        CDU CSU SPD FDP AfD Grüne Grünen Linke PDS NPD ÖVP SPÖ FPÖ BZÖ NEOS SVP FDP.Die CVP BDP EVP GLP KPÖ
        """)

    /// Roman numerals used as regnal numbers ("Elisabeth II.").
    static let regnalNumbers: Set<String> = words("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI")

    /// Speech and denial verb forms that mark a following or preceding bare surname as a speaker ("sagte Müller",
    /// "Müller sagte"): the third-person finite forms of `cues/verbs.txt`.
    static let speechVerbs: Set<String> = Cues.thirdPersonForms

    /// Capitalized words that open an organisation name or are organisations on their own.
    static let organisations: Set<String> = WordLists.set("organisations/organisations.txt")

    /// Multi-word organisation names, as token sequences (inflected forms listed separately).
    static let organisationPhrases: [[String]] = WordLists.rows("organisations/organisation-phrases.txt")

    /// Multi-word place names, as token sequences.
    static let placePhrases: [[String]] = WordLists.rows("places/place-phrases.txt")

    /// Well-known acronyms that name places rather than organisations.
    static let placeAcronyms: Set<String> = words("USA US UK GB BRD DDR UdSSR VAE NRW")

    /// All-caps tokens that are not organisation acronyms (Roman numerals, units, abbreviations).
    static let nonOrganisationAcronyms: Set<String> = WordLists.set("organisations/non-organisation-acronyms.txt")

    /// Word endings of organisation nouns ("Verteidigungsministerium", "Nachrichtenagentur").
    static let organisationSuffixes: [String] = [
        "ministerium", "ministeriums", "partei", "agentur", "verband", "verbandes", "verbands", "konzern", "konzerns",
        "gewerkschaft", "institut", "instituts", "universität", "behörde", "kommission", "gericht", "gerichts",
        "gerichtshof", "gerichtshofes", "stiftung", "akademie", "zentrale", "verein", "vereins", "bundesamt",
        "landesamt", "regierung",
    ]

    /// Legal-form words that end a company name ("Siemens AG").
    static let companyForms: Set<String> = words("AG GmbH SE KG OHG Inc Ltd LLC Corp Co plc SA NV")
}
