import WordLists

extension Lexicons {
    /// Heads of role compounds: a capitalized word ending in one of these (or equal to it) names a role
    /// ("Vatikansprecher", "Fraktionschef", "Chefkorrespondentin", "Menschenrechtsbeauftragter").
    /// Inflected forms (`-s`, `-n`, `-en`, `-in`, `-innen`) are derived in `roleHeadForms`.
    static let roleHeads: [String] = WordLists.entries("roles/role-heads.txt")

    /// Role words matched only as whole words (after an optional hyphenated prefix: "Ex-Papst").
    static let roleWords: Set<String> = WordLists.set("roles/role-words.txt")

    /// Compound words that end like a role head but are things, not people ("Lautsprecher", "Halbleiter").
    static let roleExceptions: Set<String> = WordLists.set("roles/role-exceptions.txt")
    /// Heads of institution nouns ("amt", "ministerium", "universität"): affiliations stated after a name.
    static let institutionHeads: [String] = WordLists.entries("roles/institution-heads.txt")

    /// English role nouns, also accepted in lower case ("spokesman Tom Miller").
    static let englishRoles: Set<String> = words("""
        spokesman spokeswoman spokesperson president minister secretary senator governor mayor chairman chairwoman
        chair director chief leader ambassador adviser advisor coach manager ceo lawyer attorney judge general
        commander congressman congresswoman representative premier chancellor king queen prince princess pope
        """)

    /// All inflected forms of `roleHeads`.
    static let roleHeadForms: [String] = {
        var forms: Set<String> = []
        for h in roleHeads {
            forms.insert(h)
            forms.insert(h + "s")
            forms.insert(h + "n")
            if !h.hasSuffix("e") && !h.hasSuffix("er") && !h.hasSuffix("in") { forms.insert(h + "en") }
            if !h.hasSuffix("e") && !h.hasSuffix("in") { forms.insert(h + "in"); forms.insert(h + "innen") }
            if h.hasSuffix("e") { forms.insert(String(h.dropLast()) + "in") }
        }
        // Longest first, so the longest matching head wins.
        return forms.sorted { ($0.count, $0) > ($1.count, $1) }
    }()

    /// `roleHeadForms` as a set, for suffix look-ups.
    static let roleHeadFormSet: Set<Substring> = Set(roleHeadForms.map { Substring($0) })
    /// A fast rejection test for `roleHeadFormSet` suffix look-ups.
    static let roleHeadFormMatcher = SuffixMatcher(roleHeadForms)
    /// A fast rejection test for `nounEndings` suffix tests.
    static let nounEndingMatcher = SuffixMatcher(nounEndings)
    /// A fast rejection test for `organisationSuffixes` suffix tests.
    static let organisationSuffixMatcher = SuffixMatcher(organisationSuffixes)

    /// Link words that open a role complement ("Beauftragte *für* Menschenrechte *der* Landesregierung").
    static let complementLinks: Set<String> = words("""
        des der für von vom in im aus bei beim zur zum am an auf gegen über
        """)

    /// Determiners that may open the noun phrase of a role complement or an apposition.
    static let determiners: Set<String> = Set(Concepts.determiners(["definite", "indefinite", "possessive", "relative"]))

    /// Copula verbs for "X ist ROLE" ("Bisher ist X Menschenrechtsbeauftragter der Bundesregierung").
    static let copulas: Set<String> = words("ist war wird wurde bleibt blieb is was")

    /// Word endings of common nouns that are never surnames ("Regierung", "Freiheit", "Nation").
    static let nounEndings: [String] = [
        "ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "sion", "ität", "ismus", "nisse", "tum",
        "ierung", "lich", "isch", "ische", "ischen", "weise", "mals", "falls", "wärts", "dings", "erweise",
        "end", "chen", "ment", "ments", "ive", "iven",
    ]
}
