/// Turns text into index terms: tokenizer, then the token filters
/// lowercase → stop words → strong verb forms (lower-case words only) → German normalization → weak verb forms → Snowball German.
///
/// The same analyzer serves articles and questions. A hyphenated compound yields the whole
/// word and each part (`Öl-Embargo` → `öl-embargo`, `öl`, `embargo`).
/// Not thread-safe (it owns a stemmer and a cache): one analyzer per index builder or question parser.
public final class Analyzer {
    private let stemmer: SnowballStemmer
    private var cache: [[UInt8]: [String]] = [:]
    private var buffer: [UInt8] = []
    private let stopBytes: Set<[UInt8]>

    /// - Throws: never in practice; returns `nil` only when libstemmer lacks the German algorithm.
    public init?() {
        guard let s = SnowballStemmer(algorithm: "german") else { return nil }
        stemmer = s
        stopBytes = Set(StopWords.all.map { Array($0.utf8) })
    }

    /// Terms of one token's surface bytes (empty for stop words and punctuation).
    public func terms(surface: ArraySlice<UInt8>) -> [String] {
        let key = Array(surface)
        if let hit = cache[key] { return hit }
        var result: [String] = []
        var lower = key
        LowercaseFilter.apply(&lower)
        // German writes verbs in lower case: a capitalized word is a noun or a name ("Schnitten", "Griff"), never
        // a strong verb form to fold onto its infinitive (a sentence-initial verb is rare outside questions).
        let verbForms = !Self.startsUppercase(key)
        if !stopBytes.contains(lower) {
            if let whole = term(lower, verbForms: verbForms) { result.append(whole) }
            if lower.contains(0x2D) || lower.contains(0xE2) {
                for part in Self.hyphenParts(lower) where !stopBytes.contains(part) {
                    if let t = term(part, verbForms: verbForms), !result.contains(t) { result.append(t) }
                }
            }
        }
        if cache.count < 200_000 { cache[key] = result }
        return result
    }

    /// Terms of every token of `text`, in order (used for questions).
    public func terms(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        Tokenizer().tokenize(bytes, 0..<bytes.count, into: &tokens)
        return tokens.filter { $0.kind != .punctuation }.flatMap { terms(surface: bytes[$0.range]) }
    }

    /// Whether the lowercase word is a stop word.
    public func isStopWord(_ word: String) -> Bool { StopWords.all.contains(word.lowercased()) }

    /// Whether UTF-8 `bytes` start with an uppercase letter (ASCII, or a two-byte Latin letter such as Ä, Ö, Ü).
    static func startsUppercase(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        guard let scalar = String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isUppercase
    }

    private func term(_ lower: [UInt8], verbForms: Bool = true) -> String? {
        var t = lower
        if verbForms { StrongVerbFilter.apply(&t) }
        GermanNormalizationFilter.apply(&t)
        WeakVerbFormFilter.apply(&t)
        stemmer.stem(t, into: &buffer)
        return buffer.isEmpty ? nil : String(decoding: buffer, as: UTF8.self)
    }

    static func hyphenParts(_ word: [UInt8]) -> [[UInt8]] {
        // Split on '-' and on U+2010/U+2011 (E2 80 90 / E2 80 91).
        var parts: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < word.count {
            if word[i] == 0x2D { parts.append(current); current = []; i += 1; continue }
            if word[i] == 0xE2, i + 2 < word.count, word[i + 1] == 0x80, word[i + 2] == 0x90 || word[i + 2] == 0x91 {
                parts.append(current); current = []; i += 3; continue
            }
            current.append(word[i]); i += 1
        }
        parts.append(current)
        return parts.count > 1 ? parts.filter { !$0.isEmpty } : []
    }
}
