import WordLists
import TextAnalysis
import Retrieval
import Facts

/// A question term group: the term as analyzed plus looser variants, counted once for coverage.
struct TermGroup {
    var word: String
    var terms: [String]
    var isName: Bool
    /// A year that dates the question's event ("2010" in "Wer empfahl im Februar 2010 …?"): found anywhere in the
    /// document (or its date), it counts in full (`QueryEvidence.coverage`).
    var isDating = false
    /// A word of a phrase that sets the scene of the question's event ("Unfall" in "… nach dem Unfall …?",
    /// `Question.settingWords`): like a dating year, found anywhere in the document it counts in full.
    var isSetting = false
    /// Parts of a compound question word (`Quantenmechanik` → `mechan`): a sentence that holds only such a part
    /// says less than one that holds the word (`QueryEvidence.partWeight`).
    var parts: Set<String> = []
    /// Index terms of the word's synonyms (`QueryEvidence.synonymForms`): a sentence that holds only a synonym counts at
    /// `QueryEvidence.synonymShare` in coverage and as a related form in the ranking.
    var synonyms: Set<String> = []
    /// BM25 idf of the best-known term of the group; unknown terms get the idf of a term found nowhere.
    var idf: Double
    var documentFrequency: Int
}

/// Question terms, weighted for BM25, and coverage of a sentence by them.
struct QueryEvidence {
    var groups: [TermGroup]
    var queryTerms: [QueryTerm]

    /// Builds term groups for `words`. Variants: a past-tense or participle `-t` dropped
    /// (`besucht` → `besuch`), `ge-…-t` participles reduced (`gewählt` → `wahl`), and compounds split
    /// into two parts that both occur in the index (`Preisabsprachen` → `preis` + `absprachen`).
    /// - Parameter translations: German translations of (English) question words; their terms join the
    ///   word's group as variants. A word mapped to an empty list is dropped (the rest of a phrase).
    /// - Parameter compounds: index terms that contain a term (see `compoundsContaining`); callers pass a memoized look-up.
    /// - Parameter synonyms: German synonyms of question words (`synonymForms`): their index terms are the group's
    ///   `synonyms` (a partial match in coverage and ranking); they are no BM25 query terms and leave its idf alone.
    /// - Parameter compoundTerms: index terms of the German closed compound that says the (English) phrase a word begins
    ///   (`CompoundPhrase.indexTerms`): they are the word's group, in place of its own terms and variants.
    init(words: [String], names: Set<String>, analyzer: Analyzer, searcher: Searcher, translations: [String: [String]] = [:],
         synonyms: [String: [String]] = [:], compoundTerms: [String: [String]] = [:], compounds: (String) -> [String]) {
        var groups: [TermGroup] = []
        var queryTerms: [QueryTerm] = []
        let maxIdf = searcher.bm25.idf(documentFrequency: 0, count: max(searcher.index.sentenceCount, 1))
        var unknown: [Int] = []
        for word in words {
            let isName = names.contains(word)
            if let t = translations[word], t.isEmpty { continue }
            if let compound = compoundTerms[word], !compound.isEmpty {
                let df = compound.map { searcher.index.documentFrequency($0) }.max() ?? 0
                for t in compound { queryTerms.append(QueryTerm(t, weight: 1.0)) }
                groups.append(TermGroup(word: word, terms: compound, isName: false,
                                        idf: searcher.bm25.idf(documentFrequency: df, count: searcher.index.sentenceCount), documentFrequency: df))
                continue
            }
            var terms = analyzer.terms(of: word)
            var variants: [String] = []
            for german in translations[word] ?? [] {
                for t in analyzer.terms(of: german) where !terms.contains(t) && !variants.contains(t) { variants.append(t) }
            }
            if terms.isEmpty, !variants.isEmpty { terms = [variants.removeFirst()] }
            guard !terms.isEmpty else { continue }
            // A weak verb typed in one form matches its others ("liefern" → "liefert", "lieferte", "geliefert").
            if word.first?.isLowercase == true {
                for form in Self.weakVerbForms(of: word) {
                    for t in analyzer.terms(of: form) where !terms.contains(t) && !variants.contains(t) { variants.append(t) }
                }
            }
            for t in terms where t.count >= 5 {
                if t.hasSuffix("t") { variants.append(String(t.dropLast())) }
                if t.hasPrefix("ge") && t.hasSuffix("t") && t.count >= 6 { variants.append(String(t.dropFirst(2).dropLast())) }
            }
            var parts: [String] = []
            if !isName, word.count >= 9, word.count <= Self.longestCompound, searcher.index.documentFrequency(terms[0]) < 3 {
                parts = Self.splitCompound(word, analyzer: analyzer, searcher: searcher).filter { !terms.contains($0) }
                variants.append(contentsOf: parts)
            }
            if !isName, searcher.index.documentFrequency(terms[0]) == 0 {
                variants.append(contentsOf: compounds(terms[0]))
            }
            variants = variants.filter { !terms.contains($0) && searcher.index.documentFrequency($0) > 0 }
            var synonymTerms: [String] = []
            for form in synonyms[word] ?? [] {
                for t in analyzer.terms(of: form) where !terms.contains(t) && !variants.contains(t) && !synonymTerms.contains(t)
                    && searcher.index.documentFrequency(t) > 0 {
                    synonymTerms.append(t)
                }
            }
            let weight = isName ? 1.6 : 1.0
            for t in terms { queryTerms.append(QueryTerm(t, weight: weight)) }
            for v in variants { queryTerms.append(QueryTerm(v, weight: weight * 0.7)) }
            // (No BM25 query terms for synonyms: retrieval by them drifted to other sentences on the public sets.)
            terms.append(contentsOf: variants)
            let known = terms.map { searcher.index.documentFrequency($0) }.filter { $0 > 0 }
            let df = known.max() ?? 0
            let idf = df == 0 ? maxIdf : searcher.bm25.idf(documentFrequency: df, count: searcher.index.sentenceCount)
            if df == 0 { unknown.append(groups.count) }
            var group = TermGroup(word: word, terms: terms, isName: isName, idf: idf, documentFrequency: known.isEmpty ? 0 : df)
            group.parts = Set(parts)
            group.synonyms = Set(synonymTerms)
            groups.append(group)
        }
        // A word the corpus never uses weighs as much as the rarest word it does use (or, with none, the idf of an unseen term).
        let rarestKnown = groups.filter { $0.documentFrequency > 0 }.map(\.idf).max()
        for k in unknown { groups[k].idf = rarestKnown ?? maxIdf }
        self.groups = groups
        self.queryTerms = queryTerms
    }

    /// How much a question word counts in `coverage` when a sentence holds only one of its synonyms.
    static let synonymShare = 0.6

    /// Written forms of the synonyms of a German question word (`SynonymSets`): the word's base form is looked up as
    /// typed, as the infinitive of a weak verb form ("verwehrte" → "verwehren") or as a noun without a plural ending
    /// ("Regeln" → "Regel"); each synonym comes with its weak verb forms. Empty for words of fewer than four letters.
    static func synonymForms(of word: String, in sets: SynonymSets, limit: Int = 8) -> [String] {
        guard word.count >= 4 else { return [] }
        let lower = word.lowercased()
        var keys = [lower]
        if word.first?.isLowercase == true, let stem = weakVerbStem(of: word) {
            keys += [stem + "en", stem + "n"]
        } else if word.first?.isUppercase == true {
            keys += ["en", "n", "e", "s", "er", "nen"].filter { lower.hasSuffix($0) && lower.count > $0.count + 3 }.map { String(lower.dropLast($0.count)) }
        }
        // A compound noun also with the synonyms of its head ("Briefwechsel" → "Briefaustausch").
        var out: [String] = word.first?.isUppercase == true ? compoundSynonyms(of: word, in: sets, limit: limit) : []
        guard let key = keys.first(where: { sets.contains($0) }) else { return out }
        for synonym in sets.synonyms(of: key, limit: limit) {
            out.append(synonym)
            if synonym.first?.isLowercase == true { out += weakVerbForms(of: synonym) }
        }
        return out
    }

    /// A compound noun with the synonyms of its head ("Briefwechsel" → "Briefaustausch"): the longest head
    /// of four or more letters that has synonyms, each synonym noun joined to the modifier. Callers keep the forms the
    /// index holds.
    static func compoundSynonyms(of word: String, in sets: SynonymSets, limit: Int) -> [String] {
        let chars = Array(word)
        guard chars.count >= 8 else { return [] }
        for cut in 3...(chars.count - 4) {
            let modifier = String(chars[..<cut]), head = String(chars[cut...]).capitalized
            guard sets.contains(head) else { continue }
            return sets.synonyms(of: head, limit: limit).filter { $0.first?.isUppercase == true && !$0.contains("-") }
                .map { modifier + $0.lowercased() }
        }
        return []
    }

    /// The forms of a German weak verb written in one of them (lower case): from the stem ("liefer" of "liefern",
    /// "lieferte", "geliefert"), the third person and past ("liefert", "lieferte", "lieferten") and the participle with
    /// and without "ge-" ("geliefert"; "verhindert" has none). Forms no sentence holds are dropped by the caller.
    static func weakVerbForms(of word: String) -> [String] {
        guard let s = weakVerbStem(of: word) else { return [] }
        let infinitive = s.hasSuffix("er") || s.hasSuffix("el") ? s + "n" : s + "en"
        return [infinitive, s + "t", s + "te", s + "ten", "ge" + s + "t"].filter { $0 != word.lowercased() }
    }

    /// The stem of a German weak verb form (lower case; "liefer" of "liefern", "lieferte", "geliefert"), or `nil`.
    static func weakVerbStem(of word: String) -> String? {
        let w = word.lowercased()
        guard w.count >= 5, w.allSatisfy(\.isLetter) else { return nil }
        var stem: Substring
        if w.hasSuffix("ern") || w.hasSuffix("eln") { stem = w.dropLast() }
        else if w.hasSuffix("en") { stem = w.dropLast(2) }
        else if w.hasSuffix("ten") || w.hasSuffix("te") { stem = w.dropLast(w.hasSuffix("ten") ? 3 : 2) }
        else if w.hasSuffix("t") { stem = w.dropLast() }
        else { return nil }
        if stem.hasPrefix("ge"), w.hasSuffix("t"), stem.count >= 5 { stem = stem.dropFirst(2) }
        return stem.count >= 3 ? String(stem) : nil
    }

    /// The action noun of a German weak verb written in one of its forms: its stem and "-ung" ("inszenierte" →
    /// "inszenierung", "liefern" → "lieferung"); `nil` for a stem under five letters.
    static func actionNoun(ofVerb word: String) -> String? {
        guard let stem = weakVerbStem(of: word), stem.count >= 5 else { return nil }
        return stem + "ung"
    }

    /// Longer words are not split into compound parts (splitting costs time quadratic in the length; German
    /// compounds in news stay far below this).
    static let longestCompound = 40

    /// Up to three of the most frequent index terms that begin or end with `term` (at least five letters):
    /// a word the corpus uses only inside compounds (`Diskus` → `diskuswurf`). Looks only at the terms `affixes`
    /// gives for `term` (the vocabulary, when it gives none).
    static func compoundsContaining(_ term: String, searcher: Searcher, affixes: TermAffixIndex) -> [String] {
        guard term.count >= 5, term.count <= longestCompound else { return [] }
        let index = searcher.index
        var found: [(String, Int)] = []
        for id in affixes.candidates(beginningOrEnding: term) ?? Array(0..<Int32(index.termCount)) {
            let candidate = index.terms[Int(id)]
            guard candidate.count > term.count + 2 && !candidate.contains("-") else { continue }
            if candidate.hasPrefix(term) || candidate.hasSuffix(term) {
                found.append((candidate, index.postings[Int(id)].documentFrequency))
            }
        }
        return found.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0)
    }

    /// The longest known head and the longest known tail (each at least four letters) of a compound,
    /// as index terms (`Preisabsprachen` → `preis`, and `absprach` if the index knows it). A linking `s`
    /// after the head is dropped (`Verteidigungsministerium` → `verteidigung`).
    static func splitCompound(_ word: String, analyzer: Analyzer, searcher: Searcher) -> [String] {
        let chars = Array(word)
        func known(_ part: String) -> String? {
            guard let t = analyzer.terms(of: part).first, searcher.index.documentFrequency(t) > 0 else { return nil }
            return t
        }
        var out: [String] = []
        for cut in stride(from: chars.count - 4, through: 4, by: -1) {
            let head = String(chars[..<cut])
            if let t = known(head) ?? (head.hasSuffix("s") ? known(String(head.dropLast())) : nil) { out.append(t); break }
        }
        for cut in stride(from: 3, through: chars.count - 4, by: 1) {
            let tail = String(chars[cut...]).capitalized
            if let t = known(tail) { if !out.contains(t) { out.append(t) }; break }
        }
        return out
    }

    /// - Parameter context: terms of the sentences before; a name found only there counts at 0.8 of its weight
    ///   (the sentence then speaks of it as "er" or "sie").
    /// - Parameter contextWeight: when given, any word (not only a name) found only in the context counts at this weight.
    /// - Parameter document: terms of the whole document; a word found only there counts at a quarter of its weight.
    func coverage(of terms: Set<String>, context: Set<String> = [], contextWeight: Double? = nil,
                  document: Set<String> = []) -> (share: Double, nonNameMatched: Bool, namesMatched: Int) {
        var total = 0.0, found = 0.0
        var nonName = false
        var names = 0
        for g in groups {
            total += g.idf
            if g.terms.contains(where: { terms.contains($0) }) {
                let whole = g.parts.isEmpty || g.terms.contains { terms.contains($0) && !g.parts.contains($0) }
                found += (whole ? 1 : Self.partWeight) * g.idf
                if g.isName { names += 1 } else { nonName = true }
            } else if !g.synonyms.isEmpty, g.synonyms.contains(where: { terms.contains($0) }) {
                found += Self.synonymShare * g.idf
                if !g.isName { nonName = true }
            } else if g.isName || contextWeight != nil, g.terms.contains(where: { context.contains($0) }) {
                found += (g.isName ? 0.8 : contextWeight!) * g.idf
            } else if g.terms.contains(where: { document.contains($0) }) {
                found += (g.isDating || g.isSetting ? 1 : 0.25) * g.idf
            }
        }
        return (total > 0 ? found / total : 0, nonName, names)
    }

    /// How much a question word counts when a sentence holds only a part of it (`TermGroup.parts`).
    static let partWeight = 0.7

    /// Weights of `rankingCoverage`: how much a question word counts when found only in a neighbouring
    /// sentence or only as a related word form. Tuned on the public XQuAD-de questions (two-fold
    /// cross-validation by article: both folds gained on held-out articles).
    struct NeighbourWeights {
        var related = 0.7
        var previous = 0.5
        /// Weight of the sentence before when the sentence refers back with a pronoun ("er", "sie", "dies").
        var previousAnaphoric = 0.8
        var secondPrevious = 0.2
        var next = 0.2
    }

    /// Whether `term` and a term of `terms` are related word forms: one stem begins or ends with the other,
    /// both at least `minimumLength` letters (`verteidig` ~ `verteidigungsministerium`, `primzahl` ~
    /// `zwillingsprimzahl`; `zahl` is too short). Catches derivations and compounds that the Snowball stemmer leaves apart.
    static func related(_ term: String, in terms: Set<String>, minimumLength: Int = 5) -> Bool {
        guard term.count >= minimumLength else { return false }
        for t in terms where t.count >= minimumLength && t != term {
            if t.hasPrefix(term) || term.hasPrefix(t) || t.hasSuffix(term) || term.hasSuffix(t) { return true }
        }
        return false
    }

    /// Share of the question's idf mass found for a sentence, looking also at its neighbours: a word counts
    /// fully in the sentence, at `related` as a related word form there, and at the neighbour weights when
    /// found only in the sentence before, the one before that, or the one after (the answer sentence often
    /// refers back with "er", "sie", "dies"). Each word counts once, at its best weight.
    /// - Parameter anaphoric: the sentence holds a pronoun that may refer back; the sentence before then counts more.
    func rankingCoverage(sentence: Set<String>, previous: Set<String>, secondPrevious: Set<String>, next: Set<String>,
                         anaphoric: Bool, weights w: NeighbourWeights = NeighbourWeights()) -> Double {
        var total = 0.0, found = 0.0
        let back = anaphoric ? w.previousAnaphoric : w.previous
        for g in groups {
            total += g.idf
            func exact(_ s: Set<String>) -> Bool { g.terms.contains { s.contains($0) } }
            func loose(_ s: Set<String>) -> Bool { g.terms.contains { Self.related($0, in: s) } }
            var best = 0.0
            if exact(sentence) { best = 1 }
            else {
                if loose(sentence) || g.synonyms.contains(where: { sentence.contains($0) }) { best = w.related }
                if exact(previous) { best = max(best, back) } else if loose(previous) { best = max(best, back * w.related) }
                if exact(secondPrevious) { best = max(best, w.secondPrevious) }
                if exact(next) { best = max(best, w.next) }
            }
            found += best * g.idf
        }
        return total > 0 ? found / total : 0
    }

    /// Document evidence: each question word weighs its idf times n / (n + 0.6), n its occurrences in
    /// the document (a saturating term frequency, as in BM25), as a share of the question's idf mass.
    func documentScore(_ counts: [String: Int]) -> Double {
        var total = 0.0, found = 0.0
        for g in groups {
            total += g.idf
            let n = Double(g.terms.reduce(0) { $0 + (counts[$1] ?? 0) })
            found += g.idf * n / (n + 0.6)
        }
        return total > 0 ? found / total : 0
    }

    var hasNonNameGroups: Bool { groups.contains { !$0.isName } }
    var nameGroups: [TermGroup] { groups.filter(\.isName) }
}
