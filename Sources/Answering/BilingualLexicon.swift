// English → German look-ups over the Ding dictionary: loading, the public queries, phrase units and English lemmas.
import Foundation
import Synchronization

/// English → German word translations from the Ding dictionary (Debian package `trans-de-en`,
/// Frank Richter, TU Chemnitz, GPL-2+; installed as `/usr/share/trans/de-en`).
///
/// The file has one entry a line: `German side :: English side`. Each side is split by ` | ` into parallel
/// sub-entries (the first is the head word, the others its inflected forms, compounds and examples); each
/// sub-entry lists synonyms separated by `; `; annotations sit in `{}` (part of speech, gender), `[]` (usage,
/// domain), `()` (glosses) and `<>` (spelling variants).
///
/// Loading is lazy: `init` only checks that the file exists; the first look-up reads the whole file (about
/// 25 MB) and indexes the English side of every entry (one hashed key per English alternative of at most
/// four words, with `to`, `sb.`, `sth.` and a leading article removed). German sides are parsed only for
/// the entries a look-up hits. A hand-written table of news names (`EnglishQuestionWords`) and the ISO 3166-1
/// country names (`CountryNames`, from Debian `iso-codes`) rank before dictionary translations.
///
/// Thread-safe: the index is built once under a lock and immutable afterwards.
public final class BilingualLexicon: Sendable {
    /// Where Debian's `trans-de-en` installs the Ding dictionary.
    public static let defaultPath: String = "/usr/share/trans/de-en"

    /// The dictionary file this lexicon reads.
    public let path: String

    private let index = Mutex<DingIndex?>(nil)

    /// Loads the dictionary file lazily; nil when the file is missing (then English questions work only on
    /// English text). Cheap: the file is read on the first look-up (or by `preload()`).
    public init?(path: String = BilingualLexicon.defaultPath) {
        guard FileManager.default.isReadableFile(atPath: path) else { return nil }
        self.path = path
    }

    /// Reads and indexes the dictionary now instead of on the first look-up (idempotent).
    public func preload() {
        _ = loadedIndex()
    }

    /// Whether the dictionary has been read and indexed.
    public var isLoaded: Bool {
        index.withLock { $0 != nil }
    }

    /// Number of English keys in the index (one per English alternative of each sub-entry); loads if needed.
    public var keyCount: Int {
        loadedIndex().entries.count
    }

    /// German translations of one English word or multi-word name (lowercase input; surrounding spaces and a
    /// possessive `'s` are ignored). Inflected English forms are handled: supplies→supply, denied→deny,
    /// weapons→weapon, letters→letter, spokesmen→spokesman. Best first, at most `limit`, no duplicates.
    ///
    /// The exact form's own entries count (so "prices" yields the plural "Preise" and "denied" the
    /// participles, e.g. "bestritten"), and so do the lemma's (the infinitive "bestreiten"). German results
    /// are dictionary citation forms with placeholders (`etw.`, `jdm.`, `sich`) and annotations removed; a
    /// few are several words ("in Abrede stellen", "Weißes Haus"). English function words
    /// ("who", "the", "of", …) have no translations: the result is empty.
    ///
    /// Ranking: hand-written news names, then ISO country names, then dictionary entries scored by where the
    /// English word stands (head sub-entry, first synonym), the German candidate's position and length
    /// (single words first), usage labels (archaic, regional, colloquial rank lower), technical domains,
    /// agreement of part of speech (English `to …` verbs with German verbs, others with nouns/adjectives),
    /// and entry size as a proxy for commonness (common words have long entries).
    public func german(for englishWord: String, limit: Int = 6) -> [String] {
        guard limit > 0 else { return [] }
        return ranking(for: englishWord).best(limit)
    }

    func ranking(for englishWord: String) -> Ranking {
        let query = Self.cleanQuery(englishWord)
        guard !query.isEmpty, !EnglishQuestionWords.stopWords.contains(query) else { return Ranking() }
        var ranking = Ranking()
        if let news = EnglishQuestionWords.newsWords[query] {
            for (i, g) in news.enumerated() { ranking.add(g, score: 2000 - i) }
        }
        if let countries = CountryNames.lookup[query] {
            for (i, g) in countries.enumerated() { ranking.add(g, score: 1500 - i) }
        }
        let idx = loadedIndex()
        let exactHits = Self.hitsAllowingHyphen(query, in: idx)
        let hasHeadHit = exactHits.contains { $0.group == 0 }
        for hit in exactHits { idx.score(hit, bonus: hit.group == 0 ? 0 : 15, into: &ranking) }
        if let lemma = lemma(of: query, in: idx) {
            let penalty = hasHeadHit ? -20 : -5
            for hit in idx.hits(for: lemma) { idx.score(hit, bonus: penalty, into: &ranking) }
        }
        return ranking
    }

    /// Like `german(for:limit:)`, with the inflected forms the dictionary lists for each translation:
    /// for verbs the rows after the head (present participle, past participle, 3rd person present, past:
    /// "bestreiten" → "bestreitend", "bestritten", "bestreitet", "bestritt"), for nouns the plural
    /// ("Preis" → "Preise"). Forms are useful as extra query variants when the stemmer does not unify them
    /// (strong verbs: "bestritten" does not stem like "bestreiten"). Separable verbs give two-word forms
    /// ("tauschte aus").
    public func germanWithForms(for englishWord: String, limit: Int = 6) -> [(german: String, forms: [String])] {
        guard limit > 0 else { return [] }
        let ranking = ranking(for: englishWord)
        return ranking.best(limit).map { ($0, ranking.forms(of: $0)) }
    }

    /// Splits a sequence of English words into dictionary units, matching multi-word entries first
    /// (greedy, longest first, up to four words: "south africa", "foreign minister", "prime minister"), and
    /// translates each unit with `german(for:limit:)`. Every input word appears in exactly one unit, in
    /// order; function words come back as their own units with no translations.
    public func translatePhrase(_ words: [String]) -> [(english: String, german: [String])] {
        let lower = words.map { Self.cleanQuery($0) }
        var result: [(english: String, german: [String])] = []
        var i = 0
        for n in phraseUnits(words) {
            let phrase = lower[i..<(i + n)].joined(separator: " ")
            result.append((phrase, german(for: phrase)))
            i += n
        }
        return result
    }

    /// The lengths of the dictionary units `translatePhrase` splits `words` into (greedy, longest first, up to four
    /// words), without translating them: [1, 2, 1] for "the foreign minister said".
    func phraseUnits(_ words: [String]) -> [Int] {
        let lower = words.map { Self.cleanQuery($0) }
        let idx = loadedIndex()
        var units: [Int] = []
        var i = 0
        outer: while i < lower.count {
            var n = min(4, lower.count - i)
            while n >= 2 {
                if isPhraseKey(Array(lower[i..<(i + n)]), idx) {
                    units.append(n)
                    i += n
                    continue outer
                }
                n -= 1
            }
            units.append(1)
            i += 1
        }
        return units
    }

    // MARK: - Internals

    func loadedIndex() -> DingIndex {
        index.withLock { state in
            if let built = state { return built }
            let built = DingIndex(path: path)
            state = built
            return built
        }
    }

    private func isPhraseKey(_ parts: [String], _ idx: DingIndex) -> Bool {
        var parts = parts
        if parts.first == "the" { parts.removeFirst() }
        guard parts.count >= 2, let first = parts.first, let last = parts.last,
              !first.isEmpty, !last.isEmpty,
              !EnglishQuestionWords.stopWords.contains(first),
              !EnglishQuestionWords.stopWords.contains(last) else { return false }
        let phrase = parts.joined(separator: " ")
        if EnglishQuestionWords.newsWords[phrase] != nil || CountryNames.lookup[phrase] != nil { return true }
        if !Self.hitsAllowingHyphen(phrase, in: idx).isEmpty { return true }
        return lemma(of: phrase, in: idx) != nil
    }

    /// The dictionary entries for an English phrase, or, when it has none, for the phrase with hyphens between its
    /// words: English writes postpositive compounds both ways ("director general" and "director-general",
    /// "secretary general"), the dictionary mostly with the hyphen.
    static func hitsAllowingHyphen(_ phrase: String, in idx: DingIndex) -> [DingHit] {
        let hits = idx.hits(for: phrase)
        guard hits.isEmpty, phrase.contains(" ") else { return hits }
        return idx.hits(for: phrase.replacingOccurrences(of: " ", with: "-"))
    }

    /// The first lemma candidate of the last word that the dictionary (or the hand tables) knows.
    func lemma(of query: String, in idx: DingIndex) -> String? {
        let words = query.split(separator: " ", omittingEmptySubsequences: true)
        guard let last = words.last else { return nil }
        let prefix = words.dropLast().joined(separator: " ")
        for candidate in Self.lemmaCandidates(String(last)) {
            let full = prefix.isEmpty ? candidate : prefix + " " + candidate
            if full == query { continue }
            if !idx.hits(for: full).isEmpty { return full }
        }
        return nil
    }

    /// Lowercases, trims, collapses spaces, drops a possessive `'s` / `’s` and a leading "the" of a phrase.
    static func cleanQuery(_ s: String) -> String {
        var words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        if var last = words.last {
            for suffix in ["'s", "’s"] where last.hasSuffix(suffix) && last.count > suffix.count {
                last.removeLast(suffix.count)
            }
            if last.hasSuffix("'") || last.hasSuffix("’") { last.removeLast() }
            words[words.count - 1] = last
        }
        if words.count > 1 && words[0] == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Candidate lemmas of an English word form, most plausible first (irregular table, then suffix rules:
    /// -ies/-ied → -y, -men → -man, -s/-es, -ed/-d with undoubling, -ing with -e and undoubling).
    static func lemmaCandidates(_ w: String) -> [String] {
        var out: [String] = []
        if let irregular = EnglishQuestionWords.irregularLemmas[w] { out.append(irregular) }
        guard w.count > 3, w.allSatisfy({ $0.isLetter || $0 == "-" }) else { return out }
        func drop(_ n: Int) -> String { String(w.dropLast(n)) }
        func undoubled(_ stem: String) -> String? {
            let cs = Array(stem)
            guard cs.count >= 3, cs[cs.count - 1] == cs[cs.count - 2],
                  !"aeiouslz".contains(cs[cs.count - 1]) else { return nil }
            return String(cs.dropLast())
        }
        if w.hasSuffix("ies") || w.hasSuffix("ied") { out.append(drop(3) + "y") }
        if w.hasSuffix("men") { out.append(drop(3) + "man") }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            out.append(drop(1))
            if w.hasSuffix("es") { out.append(drop(2)) }
        }
        if w.hasSuffix("ed") {
            out.append(drop(1))
            out.append(drop(2))
            if let u = undoubled(drop(2)) { out.append(u) }
        }
        if w.hasSuffix("ing"), w.count > 5 {
            out.append(drop(3))
            out.append(drop(3) + "e")
            if let u = undoubled(drop(3)) { out.append(u) }
        }
        var seen: Set<String> = [w]
        return out.filter { seen.insert($0).inserted }
    }
}
