import WordLists

/// Cheap gate for the German rules: only tokens that can start a match are examined
/// (the performance budget is ~10k articles per second-ish; most tokens are ordinary words).
extension GermanRules {
    /// Words that can start a German pattern (besides numbers and the lexicon entries).
    static let triggerWords: Set<String> = {
        var s = WordLists.set("timex/trigger-words-de.txt")
        for d in [Lexicon.deMonths.keys.map { $0 }, Lexicon.deWeekdays.keys.map { $0 }, Lexicon.deDayParts.keys.map { $0 },
                  Lexicon.deNumbers.keys.map { $0 }, Lexicon.deOrdinals.keys.map { $0 }, Array(Lexicon.deVague),
                  Lexicon.deUnits.keys.map { $0 }, Lexicon.deSeasons.keys.map { $0 }, Lexicon.deMods.keys.map { $0 }] {
            s.formUnion(d)
        }
        return s
    }()

    static let triggerPrefixes: [String] = Concepts.weekdayNames("de").map { $0.lowercased() } + ["spät", "früh", "zwanziger", "dreißiger", "vierziger", "fünfziger",
                                            "sechziger", "siebziger", "achtziger", "neunziger"]

    /// Whether token `i` can start (or anchor) a German temporal pattern.
    func mayStart(_ i: Int) -> Bool {
        let t = v.t[i]
        switch t.kind {
        case .number: return true
        case .punct: return false
        case .word:
            let w = t.lower
            if GermanRules.triggerWords.contains(w) { return true }
            guard w.utf8.count >= 6 else { return false }
            // Byte-level tests first; the Character-level ones only confirm a byte match.
            for p in GermanRules.triggerPrefixes where w.utf8.starts(with: p.utf8) && w.hasPrefix(p) { return true }
            if Self.containsBytes(w, "lang") || Self.containsBytes(w, "ig"), w.contains("lang") || w.contains("ig") {
                return durationAdjective(w) != nil
            }
            return false
        }
    }

    /// Whether the UTF-8 bytes of `needle` occur in those of `w` (a necessary condition for `w.contains(needle)`).
    static func containsBytes(_ w: String, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { n in
            var w = w
            return w.withUTF8 { h in
                guard h.count >= n.count else { return false }
                for start in 0...(h.count - n.count) where h[start] == n[0] {
                    var k = 1
                    while k < n.count, h[start + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                return false
            }
        }
    }
}
