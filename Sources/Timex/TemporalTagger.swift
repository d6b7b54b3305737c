/// Rule-based temporal tagger for German and English text producing TIMEX3-style annotations.
///
/// Design (after HeidelTime, Strötgen & Gertz 2013): a cheap tokenizer, hand-written token
/// patterns per language (`GermanRules`, `EnglishRules`) tried at every token (longest match wins,
/// left to right, no overlaps), then normalisation (`Resolver`) against the reference date and the
/// most recently mentioned date. The tagger is a value type without mutable state; it never reads
/// the clock and never prints.
public struct TemporalTagger: Sendable {
    /// Anchoring strategy for underspecified expressions.
    public var documentKind: DocumentKind

    /// A tagger for news text (`DocumentKind.news`).
    public init() { self.documentKind = .news }

    /// A tagger with an explicit anchoring strategy.
    public init(documentKind: DocumentKind) { self.documentKind = documentKind }

    /// Tags every temporal expression in `text` (one sentence or a whole document).
    ///
    /// - Parameters:
    ///   - text: Input text.
    ///   - referenceDate: The document creation time; relative expressions are resolved against
    ///     it. `nil` yields partial values ("XXXX-08-18") or `nil` values for relative ones.
    ///   - language: "de" (default) or "en"; anything else is treated as German.
    /// - Returns: Non-overlapping matches in text order. `range` is in UTF-8 byte offsets
    ///   (end exclusive) into `text`.
    public func tag(_ text: String, referenceDate: ReferenceDate?, language: String = "de") -> [TimexMatch] {
        guard TemporalTagger.mayContainTimex(text) else { return [] }
        let utf8 = Array(text.utf8)
        let tokens = TimexTokenizer.tokenize(utf8)
        let view = TokenView(t: tokens)
        let english = language.lowercased().hasPrefix("en")
        let de = GermanRules(v: view)
        let en = EnglishRules(v: view)

        // 1. Candidates, longest-first, left to right.
        var chosen: [Candidate] = []
        var i = 0
        var lastEnd = 0
        while i < tokens.count {
            let options = english ? en.candidates(at: i) : de.candidates(at: i)
            var best: [Candidate]?
            var bestEnd = i
            for o in options {
                guard let last = o.last, let first = o.first, first.start >= lastEnd else { continue }
                // Candidates may start one token early ("in Zukunft"); never before the cursor.
                if last.end > bestEnd { best = o; bestEnd = last.end }
            }
            if let best {
                chosen.append(contentsOf: best)
                i = bestEnd
                lastEnd = bestEnd
            } else {
                i += 1
            }
        }

        // Candidates reaching back one token (e.g. "vor drei Jahren", "diesem Zeitpunkt") are
        // produced by rules anchored on a later token; they may overlap an earlier choice.
        chosen.sort { $0.start < $1.start }
        var cleaned: [Candidate] = []
        for c in chosen {
            if let last = cleaned.last, c.start < last.end { continue }
            cleaned.append(c)
        }

        // 2. Resolution in text order.
        var resolver = Resolver(reference: referenceDate, kind: documentKind)
        let futureSentences = TemporalTagger.futureSentences(tokens, english: english)
        var result: [TimexMatch] = []
        result.reserveCapacity(cleaned.count)
        for c in cleaned {
            let future = futureSentences.contains(tokens[c.start].sentence)
            var value: String?
            if documentKind == .narrative, case .shift(.day, 0, .dct, nil) = c.sem {
                value = "PRESENT_REF" // "heute" in narratives = nowadays
            } else if TemporalTagger.isWeakYearMention(c, tokens: view, resolver: resolver) {
                // Boundary/aside years ("bis 1881", "(1912/13)", "ab 1941") do not move the
                // narrative anchor.
                let saved = resolver
                value = resolver.resolve(c.sem, future: future)
                resolver = saved
            } else {
                value = resolver.resolve(c.sem, future: future)
            }
            var intervalStart: String?
            var intervalEnd: String?
            if let endSem = c.rangeEnd {
                intervalStart = value
                intervalEnd = resolver.resolve(endSem, future: future)
                if let s = intervalStart, let e = intervalEnd, s.hasPrefix("XXXX"), !e.hasPrefix("XXXX"), e.count == 10 {
                    intervalStart = String(e.prefix(4)) + s.dropFirst(4)
                    value = intervalStart
                }
            }
            let start = tokens[c.start].start
            let end = tokens[c.end - 1].end
            let surface = String(decoding: utf8[start..<end], as: UTF8.self)
            result.append(TimexMatch(range: start..<end, text: surface, type: c.type, value: value, mod: c.mod,
                                     intervalStart: intervalStart, intervalEnd: intervalEnd))
        }
        return result
    }

    /// A bare year that should not become the anchor for later underspecified dates
    /// (only relevant once a day-level anchor exists).
    static func isWeakYearMention(_ c: Candidate, tokens v: TokenView, resolver: Resolver) -> Bool {
        guard case let .date(y?, nil, nil, _) = c.sem,
              let anchorYear = resolver.lastDay?.year ?? resolver.lastMonth?.year ?? resolver.lastYear else { return false }
        if v.punct(c.start - 1, "(") || v.isWord(c.start - 1, ["bis", "ab", "seit", "nach", "vor", "von", "zwischen", "um", "und", "oder", "als"]) {
            return true
        }
        // Flashbacks mid-sentence ("im Krieg 1870/71" while narrating 1914).
        let sentenceInitial = v.sentenceInitial(c.start)
        return !sentenceInitial && y < anchorYear - 1 && c.end < v.count && v.t[c.end].sentence == v.t[c.start].sentence
    }

    /// Cheap prefilter: a temporal expression needs a digit or a letter sequence; texts of only
    /// punctuation/whitespace are skipped.
    static func mayContainTimex(_ text: String) -> Bool {
        for b in text.utf8 where (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x7A) || b >= 0xC0 { return true }
        return false
    }

    /// Sentences containing a future-tense cue ("wird", "soll", "will", "plant"; English "will").
    static func futureSentences(_ tokens: [TToken], english: Bool) -> Set<Int> {
        let cues: Set<String> = english
            ? ["will", "shall", "'ll", "upcoming", "scheduled", "plans", "planned"]
            : ["wird", "werden", "soll", "sollen", "will", "wollen", "plant", "planen", "geplant", "künftig", "voraussichtlich"]
        var s = Set<Int>()
        for t in tokens where t.kind == .word && cues.contains(t.lower) { s.insert(t.sentence) }
        return s
    }
}
