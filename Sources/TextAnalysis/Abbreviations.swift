import WordLists

/// A set of words looked up by a byte range, without building `String`s.
///
/// Keys are hashed with 64-bit FNV-1a; a hit is confirmed byte by byte, so lookups are exact.
/// Matching is case-sensitive.
struct ByteLexicon: Sendable {
    private let table: [UInt64: [[UInt8]]]
    /// Length in bytes of the longest word; longer ranges are rejected without hashing.
    private let maxLength: Int

    init(_ words: [String]) {
        var table: [UInt64: [[UInt8]]] = [:]
        var maxLength = 0
        for word in words {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty else { continue }
            let h = ByteLexicon.hash(bytes, 0..<bytes.count)
            if !(table[h]?.contains(bytes) ?? false) { table[h, default: []].append(bytes) }
            maxLength = max(maxLength, bytes.count)
        }
        self.table = table
        self.maxLength = maxLength
    }

    /// Whitespace-separated words.
    init(words: String) {
        self.init(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    @inline(__always)
    static func hash(_ b: [UInt8], _ r: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in r { h = (h ^ UInt64(b[i])) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Whether `b[r]` is one of the words.
    func contains(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= maxLength else { return false }
        guard let candidates = table[ByteLexicon.hash(b, r)] else { return false }
        for c in candidates where c.count == r.count {
            var same = true
            var k = 0
            for i in r { if b[i] != c[k] { same = false; break }; k += 1 }
            if same { return true }
        }
        return false
    }
}

/// Word lists the sentence splitter consults around a full stop (German and English news).
///
/// All lists are case-sensitive and hold the word without its final `.`.
/// Single letters (`z`, `B`, `F`) are not listed: the splitter treats them as
/// abbreviations or initials by rule.
enum Abbreviations {
    /// Abbreviations that are (almost) never the last word of a sentence: titles before names,
    /// abbreviations before a noun or number, and lowercase abbreviations used mid-sentence.
    /// A full stop after them does not end a sentence.
    static let neverFinal = ByteLexicon(WordLists.entries("text/abbreviations-never-final.txt"))

    /// Abbreviations that often end a sentence: a full stop after them ends the sentence when
    /// a likely sentence start follows.
    static let mayEnd = ByteLexicon(words: """
        etc usw Chr Jh Jhd Jhdt Jhs Inc Ltd Corp Bros Hbf Std Sek Min Jg Jgg ff Jr Sr Hrsg
        """)

    /// Abbreviations that are not final only when a number follows (`Art. 5`, `Abs. 2`, `S. 12`,
    /// `Jan. 2020`); some of them are also ordinary words (`Art`, `Jan`).
    static let beforeNumber = ByteLexicon(words: """
        Art Abs Bd Bde Kap Abb Tab Ziff Anm Aufl Vol Nos Nov Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Dez
        Mar Oct Dec Z Sp Rn Rz Anl Ausg Lfg Hft
        """)

    /// Month names and their abbreviations: a number with a full stop before them is an ordinal
    /// day (`am 18. August`, `5. Jan.`).
    static let months = ByteLexicon(Concepts.monthNames("de", full: true, abbreviations: true))

    /// Nouns (and some adjectives) that typically follow an ordinal number: `18. Jahrhundert`,
    /// `3. Liga`, `2. Weltkrieg`, `1. FC`.
    static let ordinalNouns = ByteLexicon(WordLists.entries("text/ordinal-nouns.txt"))

    /// Words before an ordinal number: articles, possessives, and prepositions merged with an
    /// article (`am 3. Oktober`, `der 2. Platz`, `seinem 80. Geburtstag`).
    static let ordinalDeterminers = ByteLexicon(
        Concepts.determiners(["definite", "indefinite", "demonstrative", "distributive", "possessive", "relative", "contraction"])
            .flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst()] })

    /// Frequent first words of sentences. After a single capital letter with a full stop,
    /// which is usually an initial (`John F. Kennedy`), one of these words marks a sentence end
    /// (`Vitamin C. Die Studie …`).
    static let sentenceStarters = ByteLexicon(WordLists.entries("text/sentence-starters.txt"))

    /// Lowercase function words that do not end a heading: a line ending with one of them
    /// continues on the next line.
    static let continuationWords = ByteLexicon(WordLists.entries("text/continuation-words.txt"))
}
