import Retrieval

/// An English noun phrase of a question that German writes as one closed compound ("justice minister", "minister for
/// civil protection" → Justizminister, Bürgerschutzminister), with the index terms that say it.
struct CompoundPhrase: Equatable {
    /// The phrase's content words in question order ("justice", "minister"; "minister", "civil", "protection").
    var words: [String]
    /// The word the compound ends with ("minister").
    var head: String
    /// The terms of the German candidates (`BilingualLexicon.compoundCandidates`) that the index holds, whole or at
    /// the end of a longer compound ("justizminist", also found in "bundesjustizminist").
    var terms: [String]
    /// The index terms that say the phrase: those terms when indexed, and the longer terms that end with them or add a
    /// feminine ending (`Answerer.compoundExtensions`).
    var indexTerms: [String]
}

extension Answerer {
    /// Prepositions of an English "HEAD of/for MODIFIER" phrase ("minister of justice", "minister for civil protection").
    static let compoundPrepositions: Set<String> = ["of", "for"]

    /// The question's English noun phrases that the corpus writes as German closed compounds, read left to right, each
    /// word in at most one: "HEAD of/for (the) M1 (M2)" with the modifier of two words, else of one, and runs of two or
    /// three adjacent content words ("civil protection minister", "justice minister"), longest first. Names, and
    /// phrases that split a unit the dictionary translates whole ("foreign minister", "data protection"; a modifier
    /// may be one), are left to the word-by-word translation. Memoized for the last question.
    func compoundPhrases(_ q: Question) -> [CompoundPhrase] {
        guard q.language == "en", let lexicon else { return [] }
        let key = q.words + ["\u{1F}"] + q.contentWords + ["\u{1F}"] + q.names
        if let hit = compoundPhraseCache, hit.key == key { return hit.phrases }
        let words = q.contentWords
        // Each content word's position among the question's words.
        var positions: [Int] = []
        var next = 0
        for w in words {
            let p = q.words[min(next, q.words.count)...].firstIndex(of: w) ?? -1
            positions.append(p)
            if p >= 0 { next = p + 1 }
        }
        let nameParts = Set(q.names.flatMap { $0.split(separator: " ").map(String.init) })
        func eligible(_ k: Int) -> Bool {
            k < words.count && positions[k] >= 0 && !nameParts.contains(words[k]) && words[k].count >= 3 && words[k].allSatisfy(\.isLetter)
        }
        func adjacent(_ k: Int, _ n: Int) -> Bool {
            (k..<(k + n)).allSatisfy(eligible) && (1..<n).allSatisfy { positions[k + $0] == positions[k] + $0 }
        }
        func phrase(_ indices: [Int], modifier: [Int], head: Int) -> CompoundPhrase? {
            guard headEndsCompounds(words[head].lowercased()) else { return nil }
            let candidates = lexicon.compoundCandidates(modifier: modifier.map { words[$0].lowercased() }, head: words[head].lowercased())
            var terms: [String] = [], indexTerms: [String] = []
            for c in candidates {
                let analyzed = analyzer.terms(of: c)
                guard analyzed.count == 1, let t = analyzed.first, t.count >= 6, !terms.contains(t) else { continue }
                var found = compoundExtensions(t)
                if knowledgeBase.index.documentFrequency(t) > 0 { found.insert(t, at: 0) }
                guard !found.isEmpty else { continue }
                terms.append(t)
                for f in found where !indexTerms.contains(f) { indexTerms.append(f) }
            }
            guard !terms.isEmpty else { return nil }
            return CompoundPhrase(words: indices.map { words[$0] }, head: words[head], terms: terms, indexTerms: indexTerms)
        }
        // The dictionary units of the content words, as `translations` reads them: each word's unit start and length.
        var unitOf: [(start: Int, length: Int)] = []
        for n in lexicon.phraseUnits(words.map { $0.lowercased() }) {
            let start = unitOf.count
            for _ in 0..<n { unitOf.append((start, n)) }
        }
        // A head is a word of its own; the modifier is words of their own or one dictionary unit ("data protection").
        func isUnit(_ range: Range<Int>) -> Bool { unitOf[range.lowerBound] == (range.lowerBound, range.count) }
        func splitsNoUnit(modifier: Range<Int>, head: Int) -> Bool {
            isUnit(head..<(head + 1)) && (isUnit(modifier) || modifier.allSatisfy { isUnit($0..<($0 + 1)) })
        }
        var out: [CompoundPhrase] = []
        var k = 0
        scan: while k < words.count {
            guard eligible(k) else { k += 1; continue }
            let p = positions[k]
            if p + 2 < q.words.count, Self.compoundPrepositions.contains(q.words[p + 1].lowercased()) {
                let start = q.words[p + 2].lowercased() == "the" ? p + 3 : p + 2
                if eligible(k + 1), positions[k + 1] == start {
                    for n in [2, 1] where adjacent(k + 1, n) && splitsNoUnit(modifier: (k + 1)..<(k + 1 + n), head: k) {
                        let modifier = Array((k + 1)..<(k + 1 + n))
                        if let c = phrase([k] + modifier, modifier: modifier, head: k) {
                            out.append(c)
                            k += 1 + n
                            continue scan
                        }
                    }
                }
            }
            for n in [3, 2] where adjacent(k, n) && splitsNoUnit(modifier: k..<(k + n - 1), head: k + n - 1) {
                let run = Array(k..<(k + n))
                if let c = phrase(run, modifier: Array(run.dropLast()), head: k + n - 1) {
                    out.append(c)
                    k += n
                    continue scan
                }
            }
            k += 1
        }
        compoundPhraseCache = (key, out)
        return out
    }

    /// Whether the index may hold a compound with a German translation of an English head noun: some term longer than
    /// the noun's term ends with it ("justizminist" for "minister" → Minister), or the term is too short to tell
    /// (`TermAffixIndex.width`). A cheap test before the candidates are built (none on a corpus in English).
    func headEndsCompounds(_ head: String) -> Bool {
        guard let lexicon else { return false }
        if let hit = compoundHeadCache[head] { return hit }
        var found = false
        for noun in lexicon.nouns(for: head) where !found {
            guard let t = analyzer.terms(of: noun).first else { continue }
            guard let ids = termAffixes.candidates(beginningOrEnding: t) else { found = true; break }
            found = ids.contains { id in let c = knowledgeBase.index.terms[Int(id)]; return c.count > t.count && c.hasSuffix(t) }
        }
        compoundHeadCache[head] = found
        return found
    }

    /// The index terms that extend a compound's term: longer compounds that end with it ("bundesjustizminist" for
    /// "justizminist") and its feminine forms ("justizministerin", "justizministerinn"), at most five, the most
    /// frequent first. Memoized for all questions.
    func compoundExtensions(_ term: String) -> [String] {
        if let hit = compoundExtensionCache[term] { return hit }
        let index = knowledgeBase.index
        var found: [(String, Int)] = []
        for id in termAffixes.candidates(beginningOrEnding: term) ?? [] {
            let candidate = index.terms[Int(id)]
            guard candidate.count > term.count, !candidate.contains("-") else { continue }
            let feminine = candidate.hasPrefix(term) && candidate.dropFirst(term.count).hasPrefix("in") && candidate.count <= term.count + 5
            if candidate.hasSuffix(term) || feminine { found.append((candidate, index.postings[Int(id)].documentFrequency)) }
        }
        let out = found.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(5).map(\.0)
        compoundExtensionCache[term] = out
        return out
    }
}
