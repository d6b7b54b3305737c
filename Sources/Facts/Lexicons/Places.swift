import WordLists

// Places: single-word country names from iso-codes (ISO 3166-1, English and German via iso_3166-1.mo), plus regions, states and major cities.
// Generated once; edit by hand freely (one word per blank-separated item).

extension Lexicons {
    /// Countries, regions and cities (German and English names, nominative).
    static let places: Set<String> = WordLists.set("places/places.txt")
}
