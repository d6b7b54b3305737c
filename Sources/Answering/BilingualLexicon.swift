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
    /// The exact form's own entries count (so "weapons" yields the plural "Waffen" and "denied" the
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
        let exactHits = idx.hits(for: query)
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
    /// ("Waffe" → "Waffen"). Forms are useful as extra query variants when the stemmer does not unify them
    /// (strong verbs: "bestritten" does not stem like "bestreiten"). Separable verbs give two-word forms
    /// ("tauschte aus").
    public func germanWithForms(for englishWord: String, limit: Int = 6) -> [(german: String, forms: [String])] {
        guard limit > 0 else { return [] }
        let ranking = ranking(for: englishWord)
        return ranking.best(limit).map { ($0, ranking.forms(of: $0)) }
    }

    /// Splits a sequence of English words into dictionary units, matching multi-word entries first
    /// (greedy, longest first, up to four words: "north korea", "foreign minister", "white house"), and
    /// translates each unit with `german(for:limit:)`. Every input word appears in exactly one unit, in
    /// order; function words come back as their own units with no translations.
    public func translatePhrase(_ words: [String]) -> [(english: String, german: [String])] {
        let lower = words.map { Self.cleanQuery($0) }
        let idx = loadedIndex()
        var result: [(english: String, german: [String])] = []
        var i = 0
        outer: while i < lower.count {
            var n = min(4, lower.count - i)
            while n >= 2 {
                let parts = Array(lower[i..<(i + n)])
                if isPhraseKey(parts, idx) {
                    let phrase = parts.joined(separator: " ")
                    result.append((phrase, german(for: phrase)))
                    i += n
                    continue outer
                }
                n -= 1
            }
            result.append((lower[i], german(for: lower[i])))
            i += 1
        }
        return result
    }

    // MARK: - Internals

    private func loadedIndex() -> DingIndex {
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
        if !idx.hits(for: phrase).isEmpty { return true }
        return lemma(of: phrase, in: idx) != nil
    }

    /// The first lemma candidate of the last word that the dictionary (or the hand tables) knows.
    private func lemma(of query: String, in idx: DingIndex) -> String? {
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

// MARK: - Ranking

/// Accumulates German candidates: best score per string, a small bonus for each further entry that agrees.
struct Ranking {
    private var best: [String: (score: Int, support: Int, order: Int, isVerb: Bool?)] = [:]
    private var forms: [String: [String]] = [:]

    /// `isVerb` nil for hand-table names (no part-of-speech balancing); `forms` are inflected forms.
    mutating func add(_ german: String, score: Int, isVerb: Bool? = nil, forms newForms: [String] = []) {
        if let old = best[german] {
            let better = score > old.score
            best[german] = (max(old.score, score), old.support + 1, old.order, better ? isVerb : old.isVerb)
        } else {
            best[german] = (score, 0, best.count, isVerb)
        }
        if !newForms.isEmpty {
            var list = forms[german, default: []]
            for f in newForms where !list.contains(f) { list.append(f) }
            forms[german] = list
        }
    }

    /// Inflected forms collected for a candidate.
    func forms(of german: String) -> [String] { forms[german] ?? [] }

    /// Best first; when the first half of the list has only verbs or only non-verbs although the other kind
    /// was found ("supply": Versorgung … and liefern), the best of the other kind moves up to second place.
    func best(_ limit: Int) -> [String] {
        var ranked = best.map {
            (text: $0.key, score: $0.value.score + min(18, 6 * $0.value.support), order: $0.value.order,
             isVerb: $0.value.isVerb)
        }
        .sorted { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
        let half = (limit + 1) / 2
        if ranked.count > half, ranked[0].isVerb != nil {
            let head = ranked.prefix(half)
            for kind in [true, false] where !head.contains(where: { $0.isVerb == kind }) {
                if let j = ranked.indices.first(where: { $0 >= half && ranked[$0].isVerb == kind }),
                   ranked[j].score >= ranked[0].score - 60 {
                    let moved = ranked.remove(at: j)
                    ranked.insert(moved, at: 1)
                }
            }
        }
        return ranked.prefix(limit).map(\.text)
    }

    /// All candidates with their final scores, best first (for tests and tuning).
    var scored: [(text: String, score: Int)] {
        best.map { ($0.key, $0.value.score + min(18, 6 * $0.value.support)) }.sorted { $0.1 > $1.1 }
    }
}

// MARK: - Index

/// One English alternative of one dictionary entry.
struct DingHit {
    /// Byte offset of the entry's line in the file.
    var line: Int
    /// Sub-entry (` | ` group) index; 0 is the head.
    var group: Int
    /// Position of the English alternative within its group; 0 is the first.
    var alternative: Int
    /// The English alternative was a `to …` verb.
    var isVerb: Bool
    /// The key is the part before a `sb.`/`sth.` placeholder ("to supply sb. with sth." → "supply").
    var isReduced: Bool
}

/// The file's bytes and a sorted array of (key hash, hit) pairs over its English sides.
struct DingIndex: Sendable {
    struct Entry: Sendable {
        var hash: UInt64
        /// Packed: line offset (bits 0–31), group (32–39), alternative (40–47), flags (48–55: 1 verb, 2 reduced).
        var posting: UInt64
    }

    let bytes: [UInt8]
    let entries: [Entry]
    /// How often each German word occurs on the German sides of the dictionary (a commonness proxy).
    let germanCounts: WordCounts

    static let maxKeyWords = 4

    init(path: String) {
        let bytes = Self.readFile(path)
        self.bytes = bytes
        var counts = WordCounts(capacityPowerOfTwo: 19)
        self.entries = Self.build(bytes, counts: &counts)
        self.germanCounts = counts
    }

    // MARK: Building

    /// The whole file, read straight into an array (empty when unreadable).
    static func readFile(_ path: String) -> [UInt8] {
        guard let file = fopen(path, "rb") else { return [] }
        defer { fclose(file) }
        guard fseek(file, 0, SEEK_END) == 0 else { return [] }
        let size = ftell(file)
        guard size > 0, fseek(file, 0, SEEK_SET) == 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = fread(buffer.baseAddress, 1, size, file)
        }
    }

    static func build(_ bytes: [UInt8], counts: inout WordCounts) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(bytes.count / 12)
        bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            var normalizer = KeyNormalizer()
            var lineStart = 0
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n && buf[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                if lineEnd == lineStart || buf[lineStart] == 0x23 /* # */ || lineStart > Int(UInt32.max) { continue }
                guard let sep = findSeparator(buf, lineStart, lineEnd) else { continue }
                counts.countWords(buf, lineStart, sep)
                var group = 0, alt = 0
                var depth = 0
                var altStart = sep + 4
                var i = altStart
                while i <= lineEnd {
                    let c: UInt8 = i < lineEnd ? buf[i] : 0x7C
                    let atEnd = i == lineEnd
                    switch c {
                    case 0x28, 0x5B, 0x7B, 0x3C: depth += 1   // ( [ { <
                    case 0x29, 0x5D, 0x7D, 0x3E: depth = max(0, depth - 1)
                    case 0x3B, 0x7C:                          // ; |
                        if depth == 0 || atEnd {
                            let isGroupEnd = c == 0x7C
                            if let keys = normalizer.keys(buf, altStart, i) {
                                let base = UInt64(lineStart) | UInt64(min(group, 255)) << 32 | UInt64(min(alt, 255)) << 40
                                let verb: UInt64 = keys.isVerb ? 1 : 0
                                if let h = keys.full { entries.append(Entry(hash: h, posting: base | verb << 48)) }
                                if let h = keys.reduced { entries.append(Entry(hash: h, posting: base | (verb | 2) << 48)) }
                            }
                            altStart = i + 1
                            if isGroupEnd { group += 1; alt = 0 } else { alt += 1 }
                        }
                    default: break
                    }
                    i += 1
                }
            }
        }
        entries.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.posting < $1.posting }
        return entries
    }

    /// Offset of " :: " in the line, if any.
    static func findSeparator(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = start
        while i + 3 < end {
            if buf[i + 1] == 0x3A && buf[i + 2] == 0x3A && buf[i] == 0x20 && buf[i + 3] == 0x20 { return i }
            i += 1
        }
        return nil
    }

    // MARK: Looking up

    /// All hits of a normalized English key ("north korea", "supply").
    func hits(for key: String) -> [DingHit] {
        var normalizer = KeyNormalizer()
        let utf8 = Array(key.utf8)
        guard let keys = utf8.withUnsafeBufferPointer({ normalizer.keys($0, 0, $0.count) }), let h = keys.full else {
            return []
        }
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].hash < h { lo = mid + 1 } else { hi = mid }
        }
        var out: [DingHit] = []
        var i = lo
        while i < entries.count && entries[i].hash == h {
            let p = entries[i].posting
            out.append(DingHit(line: Int(p & 0xFFFF_FFFF), group: Int((p >> 32) & 0xFF),
                               alternative: Int((p >> 40) & 0xFF), isVerb: (p >> 48) & 1 != 0,
                               isReduced: (p >> 48) & 2 != 0))
            i += 1
        }
        return out
    }

    /// Scores the German alternatives aligned with one hit and adds them to the ranking.
    func score(_ hit: DingHit, bonus: Int, into ranking: inout Ranking) {
        bytes.withUnsafeBufferPointer { buf in
            var lineEnd = hit.line
            while lineEnd < buf.count && buf[lineEnd] != 0x0A { lineEnd += 1 }
            guard let sep = Self.findSeparator(buf, hit.line, lineEnd) else { return }
            let german = DingLine.groups(buf, hit.line, sep)
            let english = DingLine.groups(buf, sep + 4, lineEnd)
            guard hit.group < german.count, hit.group < english.count,
                  hit.alternative < english[hit.group].count else { return }
            // Misaligned sub-entries: trust only the head.
            if german.count != english.count && hit.group != 0 { return }

            var base = 100 + bonus
            if hit.group == 0 { base += 30 }
            base += hit.alternative == 0 ? 15 : -min(12, 3 * hit.alternative)
            if hit.isReduced { base -= 8 }
            let engAlt = english[hit.group][hit.alternative]
            base -= DingLine.labelPenalty(buf, engAlt, english: true)
            base += min(10, Int((3 * log2(Double(german.count))).rounded()))

            let groupPOS = DingLine.partOfSpeech(buf, german[hit.group])
            let headPOS = DingLine.partOfSpeech(buf, german[0])
            let pos = groupPOS != .unknown ? groupPOS : (hit.group == 0 ? headPOS : .unknown)
            if pos != .unknown {
                if hit.isVerb && pos != .verb { base -= 30 }
                if !hit.isVerb && pos == .verb && hit.group == 0 { base -= 30 }
            }
            if DingLine.isTechnical(buf, german[0]) { base -= 8 }

            let formRows = hit.group == 0 ? DingLine.inflectionRows(buf, german, pos: pos) : []
            for (bi, alt) in german[hit.group].enumerated() {
                guard let text = DingLine.cleanGerman(buf, alt) else { continue }
                var forms: [String] = []
                let textWords = text.split(separator: " ").count
                for row in formRows {
                    if let form = DingLine.cleanGerman(buf, german[row][bi]), form != text,
                       form.split(separator: " ").count <= textWords + 1 {
                        forms.append(form)
                    }
                }
                var s = base - min(15, 3 * bi)
                let words = text.reduce(1) { $1 == " " ? $0 + 1 : $0 }
                s -= min(60, 30 * (words - 1))
                s -= DingLine.labelPenalty(buf, alt, english: false)
                s += germanCounts.commonnessBonus(text)
                ranking.add(text, score: s, isVerb: pos == .verb || (pos == .unknown && hit.isVerb), forms: forms)
            }
        }
    }
}

// MARK: - German word counts

/// Open-addressing hash table of German word counts: each 32-bit slot packs 20 bits of a word's FNV-1a
/// hash (the slot index uses other bits) with a 12-bit count (saturating at 4095). 2 MB, so probes stay in
/// cache; rare tag collisions only blur an approximate commonness measure.
struct WordCounts: Sendable {
    private var slots: [UInt32]
    private let mask: Int
    private static let countBits: UInt32 = 12
    private static let countMask: UInt32 = (1 << 12) - 1

    init(capacityPowerOfTwo p: Int) {
        slots = [UInt32](repeating: 0, count: 1 << p)
        mask = (1 << p) - 1
    }

    /// Whether a byte belongs to a word: ASCII letters and every byte of a multi-byte UTF-8 character.
    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        let l = c | 0x20
        return (l >= 0x61 && l <= 0x7A) || c >= 0x80
    }

    @inline(__always) private static func tag(_ hash: UInt64) -> UInt32 {
        let t = UInt32(truncatingIfNeeded: hash >> 44) << countBits
        return t == 0 ? 1 << countBits : t
    }

    @inline(__always) private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// Counts every word in `buf[start..<end]`.
    mutating func countWords(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        let mask = self.mask
        slots.withUnsafeMutableBufferPointer { table in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var inWord = false
            var i = start
            while i <= end {
                let c: UInt8 = i < end ? buf[i] : 0x20
                if Self.isWordByte(c) {
                    h = (h ^ UInt64(c)) &* 0x100_0000_01b3
                    inWord = true
                } else if inWord {
                    let t = Self.tag(h)
                    var s = Self.slot(h, mask)
                    var probes = 0
                    while probes <= mask {
                        let v = table[s]
                        if v == 0 { table[s] = t | 1; break }
                        if v & ~Self.countMask == t {
                            if v & Self.countMask < Self.countMask { table[s] = v + 1 }
                            break
                        }
                        s = (s + 1) & mask
                        probes += 1
                    }
                    h = 0xcbf2_9ce4_8422_2325
                    inWord = false
                }
                i += 1
            }
        }
    }

    /// Occurrences of one word (0 when unknown).
    func count(_ word: Substring.UTF8View) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in word { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        let t = Self.tag(h)
        var s = Self.slot(h, mask)
        var probes = 0
        while probes <= mask {
            let v = slots[s]
            if v == 0 { return 0 }
            if v & ~Self.countMask == t { return Int(v & Self.countMask) }
            s = (s + 1) & mask
            probes += 1
        }
        return 0
    }

    /// About 4·log2(1 + n) for the rarest word of a candidate, at most 30 points.
    func commonnessBonus(_ text: String) -> Int {
        var rarest = Int.max
        for word in text.split(separator: " ") {
            rarest = min(rarest, count(word.utf8))
        }
        guard rarest != Int.max else { return 0 }
        return min(30, Int((4 * log2(Double(1 + rarest))).rounded()))
    }
}

// MARK: - English key normalization

/// Turns one English alternative (bytes) into hashed look-up keys, reusing its token buffer.
struct KeyNormalizer {
    /// A token of the alternative: byte range in the buffer (trailing punctuation excluded) and kind.
    private struct Token {
        var start: Int
        var end: Int
        /// 0 word, 1 `sb.`/`sth.` placeholder, 2 `one's`/`oneself` (dropped), 3 skipped (`/ABBR/`).
        var kind: UInt8
    }
    private var tokens: [Token] = []

    init() { tokens.reserveCapacity(16) }

    struct Keys {
        var full: UInt64?
        var reduced: UInt64?
        var isVerb: Bool
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x100_0000_01b3
    /// Stop tokenizing after this many words: no key can be longer than `DingIndex.maxKeyWords` plus a
    /// leading `to` and an article.
    private static let maxTokens = DingIndex.maxKeyWords + 3

    @inline(__always) private static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    /// , . : ! ? "
    @inline(__always) private static func isTrailingPunctuation(_ c: UInt8) -> Bool {
        c == 0x2C || c == 0x2E || c == 0x3A || c == 0x21 || c == 0x3F || c == 0x22
    }

    private static func equals(_ buf: UnsafeBufferPointer<UInt8>, _ t: Token, _ word: StaticString) -> Bool {
        guard t.end - t.start == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<(t.end - t.start) where lower(buf[t.start + k]) != w[k] { return false }
        return true
    }

    private static func classify(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ rawEnd: Int) -> Token {
        let n = rawEnd - start
        if buf[start] == 0x2F { return Token(start: start, end: rawEnd, kind: 3) }   // "/USA/"
        let c0 = lower(buf[start])
        if c0 == 0x73 && n >= 3 {                                                     // sb. / sth.
            let c1 = lower(buf[start + 1]), c2 = buf[start + 2]
            if c1 == 0x62 && c2 == 0x2E { return Token(start: start, end: rawEnd, kind: 1) }
            if n >= 4 && c1 == 0x74 && lower(c2) == 0x68 && buf[start + 3] == 0x2E {
                return Token(start: start, end: rawEnd, kind: 1)
            }
        }
        var e = rawEnd
        while e > start && isTrailingPunctuation(buf[e - 1]) { e -= 1 }
        if e == start { return Token(start: start, end: e, kind: 3) }
        var t = Token(start: start, end: e, kind: 0)
        if c0 == 0x6F && (equals(buf, t, "oneself") || equals(buf, t, "one's") || equals(buf, t, "one’s")) {
            t.kind = 2
        }
        return t
    }

    /// Keys of the alternative in `buf[start..<end]`: words outside brackets, lowercased (ASCII), trailing
    /// punctuation removed, `/ABBR/` tokens skipped; a leading `to` (verb) and then a leading article are
    /// dropped; `sb.`/`sth.` placeholders and `one's`/`oneself` are dropped from the full key; the reduced key
    /// is the part before the first placeholder. Nil when nothing of 1–4 words remains.
    mutating func keys(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Keys? {
        tokens.removeAll(keepingCapacity: true)
        var depth = 0
        var tokenStart = -1
        var words = 0
        var i = start
        scan: while i <= end {
            let c: UInt8 = i < end ? buf[i] : 0x20
            let isOpen = c == 0x28 || c == 0x5B || c == 0x7B || c == 0x3C
            let isClose = c == 0x29 || c == 0x5D || c == 0x7D || c == 0x3E
            if isOpen || isClose || c == 0x20 || c == 0x09 {
                if tokenStart >= 0 {
                    let t = Self.classify(buf, tokenStart, i)
                    tokenStart = -1
                    if t.kind != 3 {
                        tokens.append(t)
                        if t.kind == 0 {
                            words += 1
                            if words > Self.maxTokens { break scan }
                        }
                    }
                }
                if isOpen { depth += 1 } else if isClose { depth = max(0, depth - 1) }
            } else if depth == 0 && tokenStart < 0 {
                tokenStart = i
            }
            i += 1
        }

        var first = 0
        var isVerb = false
        if tokens.count > 1 && Self.equals(buf, tokens[0], "to") { isVerb = true; first = 1 }
        if tokens.count > first + 1
            && (Self.equals(buf, tokens[first], "the") || Self.equals(buf, tokens[first], "a")
                || Self.equals(buf, tokens[first], "an")) {
            first += 1
        }
        var full = Self.fnvOffset
        var fullWords = 0
        var reduced: UInt64?
        var sawPlaceholder = false
        for t in first..<tokens.count {
            let tok = tokens[t]
            if tok.kind == 1 {
                if !sawPlaceholder && fullWords > 0 && fullWords <= DingIndex.maxKeyWords { reduced = full }
                sawPlaceholder = true
                continue
            }
            if tok.kind != 0 { continue }
            if fullWords > 0 { full = (full ^ 0x20) &* Self.fnvPrime }
            for k in tok.start..<tok.end { full = (full ^ UInt64(Self.lower(buf[k]))) &* Self.fnvPrime }
            fullWords += 1
        }
        guard fullWords > 0, fullWords <= DingIndex.maxKeyWords, words <= Self.maxTokens else {
            return reduced.map { Keys(full: nil, reduced: $0, isVerb: isVerb) }
        }
        if reduced == full { reduced = nil }
        return Keys(full: full, reduced: reduced, isVerb: isVerb)
    }
}

// MARK: - Parsing one line at query time

enum PartOfSpeech { case noun, verb, adjective, adverb, unknown }

enum DingLine {
    /// Sub-entries of one side, each a list of alternative byte ranges (split at depth-0 ` | ` and `; `).
    static func groups(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [[Range<Int>]] {
        var groups: [[Range<Int>]] = [[]]
        var depth = 0
        var altStart = start
        var i = start
        while i < end {
            switch buf[i] {
            case 0x28, 0x5B, 0x7B, 0x3C: depth += 1
            case 0x29, 0x5D, 0x7D, 0x3E: depth = max(0, depth - 1)
            case 0x3B where depth == 0:
                groups[groups.count - 1].append(altStart..<i); altStart = i + 1
            case 0x7C where depth == 0:
                groups[groups.count - 1].append(altStart..<i); altStart = i + 1
                groups.append([])
            default: break
            }
            i += 1
        }
        groups[groups.count - 1].append(altStart..<end)
        return groups
    }

    /// Indices of the sub-entries that inflect the head: for verbs the rows right after the head with as
    /// many alternatives (at most four: participles, 3rd person, past); for nouns row 1 when tagged `{pl}`.
    static func inflectionRows(_ buf: UnsafeBufferPointer<UInt8>, _ german: [[Range<Int>]], pos: PartOfSpeech) -> [Int] {
        guard german.count > 1 else { return [] }
        switch pos {
        case .verb:
            var rows: [Int] = []
            var g = 1
            while g < german.count && g <= 4 && german[g].count == german[0].count {
                rows.append(g)
                g += 1
            }
            return rows
        case .noun:
            let isPlural = german[1].contains { annotations(buf, $0, open: 0x7B, close: 0x7D).contains("pl") }
            return isPlural && german[1].count == german[0].count ? [1] : []
        default:
            return []
        }
    }

    /// Contents of the `open…close` annotations inside a range.
    static func annotations(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, open: UInt8, close: UInt8) -> [String] {
        var out: [String] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if buf[i] == open {
                var j = i + 1
                while j < r.upperBound && buf[j] != close { j += 1 }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: buf[(i + 1)..<j]), as: UTF8.self))
                i = j
            }
            i += 1
        }
        return out
    }

    static func partOfSpeech(_ buf: UnsafeBufferPointer<UInt8>, _ group: [Range<Int>]) -> PartOfSpeech {
        for r in group.reversed() {
            for tag in annotations(buf, r, open: 0x7B, close: 0x7D) {
                switch tag {
                case "vt", "vi", "vr", "v", "vt; vi", "vi; vt", "vt; vr", "vr; vt": return .verb
                case "m", "f", "n", "pl", "m; f", "f; m", "m; n", "n; m": return .noun
                case "adj", "adj; adv": return .adjective
                case "adv": return .adverb
                default: continue
                }
            }
        }
        return .unknown
    }

    private static let strongLabels: Set<String> = [
        "alt", "veraltet", "obs.", "selten", "poet.", "archaic", "rare", "dated", "Sc.", "Austr.", "Irish", "NZ",
        "Can.", "Ind.", "Schw.", "Ös.", "Süddt.", "Norddt.", "Mittelwestdt.", "Ostdt.", "Westdt.", "BW", "Bayr.",
        "Westös.", "Ostös.", "Lie.", "Sächs.", "DDR", "Sprw.", "Dialekt", "old use", "frühere Bezeichnung",
        "Kindersprache", "childish", "Lux.", "Südtirol", "Norddt.; Mittelwestdt.", "Schw.; Süddt.",
    ]
    private static let mildLabels: Set<String> = [
        "ugs.", "coll.", "slang", "vulg.", "pej.", "übtr.", "fig.", "geh.", "formal", "humor.", "iron.",
        "Jargon", "Jägersprache", "euphem.", "literary", "hunters’ parlance", "technical",
    ]
    private static let technicalDomains: Set<String> = [
        "chem.", "biochem.", "bot.", "zool.", "med.", "anat.", "geol.", "min.", "mach.", "electr.", "telco.",
        "comp.", "math.", "phys.", "astron.", "naut.", "aviat.", "textil.", "agr.", "print", "constr.", "biol.",
        "pharm.", "mus.", "ling.", "phil.", "techn.", "statist.", "photo.", "auto", "mining", "cook.", "envir.",
        "electronics", "archit.", "arch.", "chem.; techn.", "geogr."
    ]

    /// Penalty for usage labels (`[archaic]`, `[Ös.]`, `[coll.]` …) of one alternative.
    static func labelPenalty(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, english: Bool) -> Int {
        var penalty = 0
        for tag in annotations(buf, r, open: 0x5B, close: 0x5D) {
            if strongLabels.contains(tag) { penalty = max(penalty, 40) }
            else if mildLabels.contains(tag) { penalty = max(penalty, 12) }
        }
        return penalty
    }

    /// Whether the head sub-entry carries a technical domain label (`[chem.]`, `[med.]` …).
    static func isTechnical(_ buf: UnsafeBufferPointer<UInt8>, _ group: [Range<Int>]) -> Bool {
        for r in group {
            for tag in annotations(buf, r, open: 0x5B, close: 0x5D) where technicalDomains.contains(tag) {
                return tag != "geogr."
            }
        }
        return false
    }

    private static let placeholders: Set<String> = [
        "etw.", "jdm.", "jdn.", "jds.", "jd.", "jdm./etw.", "jdn./etw.", "etw./jdn.", "etw./jdm.",
        "jdm./jdn.", "jdn./jdm.", "jds./etw.", "…", "...",
    ]
    private static let prepositions: Set<String> = [
        "mit", "von", "zu", "für", "an", "auf", "um", "über", "bei", "aus", "gegen", "vor", "nach", "in", "unter",
        "durch", "zwischen", "hinter", "neben", "wegen", "vom", "zum", "zur", "am", "im", "ins", "ans",
    ]
    private static let articles: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    ]

    /// One German alternative as a clean citation form: annotations, `/ABBR/` tokens and placeholders
    /// (`etw.`, `jdm.`, `sich`, a preposition before a placeholder, "einer Sache") removed; a leading article
    /// dropped. Nil when nothing usable remains or the alternative is a sentence or elided phrase.
    static func cleanGerman(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String? {
        var words: [String] = []
        var depth = 0
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll() }
        }
        for i in r {
            let c = buf[i]
            switch c {
            case 0x28, 0x5B, 0x7B, 0x3C: flush(); depth += 1
            case 0x29, 0x5D, 0x7D, 0x3E: flush(); depth = max(0, depth - 1)
            case 0x20, 0x09: if depth == 0 { flush() }
            default: if depth == 0 { current.append(c) }
            }
        }
        flush()
        words.removeAll { $0.hasPrefix("/") }
        if words.isEmpty || words.count > 5 { return nil }
        if words.contains(where: { $0.contains("…") || $0.contains("...") || $0.hasSuffix("?") || $0.hasSuffix("!") }) {
            return nil
        }
        var kept: [String] = []
        var k = 0
        while k < words.count {
            let w = words[k]
            let next = k + 1 < words.count ? words[k + 1] : nil
            if placeholders.contains(w) || (w == "sich" && kept.isEmpty) { k += 1; continue }
            if (w == "einer" || w == "eine") && next == "Sache" { k += 2; continue }
            if prepositions.contains(w), let next, placeholders.contains(next) || next == "einer" {
                k += 1
                continue
            }
            kept.append(w)
            k += 1
        }
        if kept.count > 1, articles.contains(kept[0]) { kept.removeFirst() }
        while let last = kept.last, last.hasSuffix(",") || last.hasSuffix(":") {
            kept[kept.count - 1] = String(last.dropLast())
            if kept[kept.count - 1].isEmpty { kept.removeLast() }
        }
        guard !kept.isEmpty, kept.contains(where: { $0.first?.isLetter == true }) else { return nil }
        return kept.joined(separator: " ")
    }
}
