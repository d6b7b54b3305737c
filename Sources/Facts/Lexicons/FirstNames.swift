import WordLists

// Given names. Sources: first tokens of multi-token PER spans in GermEval 2014 NER dev (CC BY 4.0), plus common German and international given names.
// Generated once; edit by hand freely (one word per blank-separated item).

extension Lexicons {
    /// Given names (German and international): GermEval 2014 dev multi-token PER first tokens plus common names.
    static let firstNames: Set<String> = WordLists.set("names/first-names.txt")
}
