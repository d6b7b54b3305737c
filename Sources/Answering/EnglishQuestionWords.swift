import WordLists

/// Closed-class English words, and the news names the Ding dictionary handles badly (read from a word list).
///
/// Used by `BilingualLexicon`. English keys are lowercase; German values are ordered best first.
/// Country names come from the generated `CountryNames` table (ISO 3166-1, Debian `iso-codes`) instead.
enum EnglishQuestionWords {
    /// English function words (articles, pronouns, auxiliaries, prepositions, conjunctions, question words):
    /// `BilingualLexicon.german(for:)` returns no translations for these, since the dictionary's many
    /// idiomatic entries for them would only add noise to a German query.
    static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else",
        "ever", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "may", "me", "might", "more", "most", "must", "my", "myself", "neither", "no",
        "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
        "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what",
        "whatever", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
        "with", "within", "without", "would", "you", "your", "yours", "yourself", "yourselves",
        "'s", "s", "according",
    ]

    /// English names and news words → German, ranked before any dictionary translation: institutions,
    /// demonyms, capitals and a few speech verbs, read from `places/english-news-words.txt` (keys lower case,
    /// may be several words).
    static let newsWords: [String: [String]] = {
        var table: [String: [String]] = [:]
        for row in WordLists.rows("places/english-news-words.txt", separator: UInt8(ascii: "|")) where row.count >= 2 {
            table[row[0].lowercased()] = Array(row.dropFirst())
        }
        return table
    }()

    /// Irregular English forms → lemma, for the forms the regular suffix rules miss.
    static let irregularLemmas: [String: String] = [
        "said": "say", "told": "tell", "made": "make", "took": "take", "taken": "take", "gave": "give",
        "given": "give", "went": "go", "gone": "go", "met": "meet", "held": "hold", "sold": "sell",
        "paid": "pay", "left": "leave", "sent": "send", "spoke": "speak", "spoken": "speak",
        "wrote": "write", "written": "write", "knew": "know", "known": "know", "thought": "think",
        "brought": "bring", "bought": "buy", "fought": "fight", "led": "lead", "won": "win", "lost": "lose",
        "began": "begin", "begun": "begin", "became": "become", "came": "come", "saw": "see", "seen": "see",
        "found": "find", "kept": "keep", "ran": "run", "stood": "stand", "sought": "seek", "struck": "strike",
        "shot": "shoot", "fled": "flee", "drew": "draw", "drawn": "draw", "flew": "fly", "flown": "fly",
        "grew": "grow", "grown": "grow", "threw": "throw", "thrown": "throw", "broke": "break",
        "broken": "break", "chose": "choose", "chosen": "choose", "rose": "rise", "risen": "rise",
        "fell": "fall", "fallen": "fall", "felt": "feel", "meant": "mean", "heard": "hear", "built": "build",
        "spent": "spend", "lent": "lend", "caught": "catch", "taught": "teach", "withdrew": "withdraw",
        "withdrawn": "withdraw", "forbade": "forbid", "forbidden": "forbid", "got": "get", "gotten": "get",
        "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
        "mice": "mouse", "crises": "crisis", "analyses": "analysis", "theses": "thesis", "data": "datum",
        "spokesmen": "spokesman", "spokeswomen": "spokeswoman", "chairmen": "chairman",
        "lay": "lie", "hid": "hide", "hidden": "hide", "bore": "bear", "borne": "bear", "swore": "swear",
        "sworn": "swear", "understood": "understand", "fed": "feed", "slid": "slide",
    ]
}
