// Ranking: accumulates and orders the German candidates of one English look-up.

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

    /// Whether a candidate was read as a verb (`nil` for hand-table names and strings never added).
    func isVerb(_ german: String) -> Bool? { best[german]?.isVerb ?? nil }

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
