/// Strings by their first character and their length, for the one-typo searches of anchor resolution
/// (`NameSpellings.corpusSpelling`, `Answerer.indexSpelling`): those look only at strings that start with the
/// word's first character and whose length is within one of the word's, which here are three buckets instead of a
/// scan of every name or term. `first` compares characters as `Character ==` does; `length` is the caller's measure.
struct SpellingBuckets {
    private struct Key: Hashable {
        var first: Character
        var length: Int
    }
    private var buckets: [Key: [Int32]] = [:]

    /// Buckets the positions of `strings` (empty strings, which have no first character, in none).
    init(_ strings: [String], length: (String) -> Int) {
        for (i, s) in strings.enumerated() {
            guard let first = s.first else { continue }
            buckets[Key(first: first, length: length(s)), default: []].append(Int32(i))
        }
    }

    /// The positions of the strings that start with `first` and whose length is `length` - 1, `length` or `length` + 1.
    func candidates(first: Character, length: Int) -> [Int32] {
        (length - 1...length + 1).flatMap { buckets[Key(first: first, length: $0)] ?? [] }
    }
}
