/// The index terms by their first and by their last `width` characters, so that "the terms that begin or end with
/// `t`" looks in two buckets instead of scanning the vocabulary (the answerer asks it for question words the corpus
/// uses only inside compounds, `Diskus` → `diskuswurf`).
///
/// Buckets are keyed by `String`, which compares characters by canonical equivalence as `hasPrefix` and `hasSuffix`
/// do: a term that begins (ends) with `t`, `t` at least `width` characters long, shares `t`'s first (last) `width`
/// characters, so it is in the bucket `candidates` returns. The bucket is a superset; the caller checks the affix.
public struct TermAffixIndex: Sendable {
    /// Characters of the bucket keys; `candidates` answers only for terms at least this long.
    public static let width = 4
    private var heads: [String: [Int32]] = [:]
    private var tails: [String: [Int32]] = [:]

    /// Buckets for every term of `index` that is at least `width` characters long.
    public init(_ index: InvertedIndex) { self.init(terms: index.terms) }

    /// Buckets for every one of `terms` that is at least `width` characters long; ids are positions in `terms`.
    public init(terms: [String]) {
        for (id, term) in terms.enumerated() where term.count >= Self.width {
            heads[String(term.prefix(Self.width)), default: []].append(Int32(id))
            tails[String(term.suffix(Self.width)), default: []].append(Int32(id))
        }
    }

    /// The ids of the terms that may begin or end with `term` (every one that does, and others), ascending and each
    /// once; `nil` when `term` is shorter than `width` (then any term may).
    public func candidates(beginningOrEnding term: String) -> [Int32]? {
        guard term.count >= Self.width else { return nil }
        let head = heads[String(term.prefix(Self.width))] ?? [], tail = tails[String(term.suffix(Self.width))] ?? []
        // Both buckets are ascending (filled in id order): merge them.
        var out: [Int32] = []
        out.reserveCapacity(head.count + tail.count)
        var i = 0, j = 0
        while i < head.count || j < tail.count {
            if j == tail.count || (i < head.count && head[i] < tail[j]) { out.append(head[i]); i += 1 }
            else if i == head.count || tail[j] < head[i] { out.append(tail[j]); j += 1 }
            else { out.append(head[i]); i += 1; j += 1 }
        }
        return out
    }
}
