// German closed compounds for English noun phrases: "harbour plan" → Hafenplan, "minister for civil protection" →
// Bürgerschutzminister. The lexicon proposes candidates; the answerer keeps the ones its index holds.

extension BilingualLexicon {
    /// How many dictionary translations of each English word a compound combines.
    static let compoundTranslations = 6

    /// German closed compounds that may say what an English noun phrase says with its head last: `modifier` is the
    /// word or two-word phrase before the head ("justice" of "justice minister", "civil protection" of "civil
    /// protection minister"; "minister for justice" passes modifier ["justice"] and head "minister"). Each first part
    /// of the modifier (`compoundFirstParts`) is joined with each German noun the head translates to, lower-cased
    /// ("Justiz" + "Minister" → "Justizminister", "Verkehr" + "s" + "Minister" → "Verkehrsminister"). Most candidates are
    /// no German words: the caller keeps the ones its corpus uses. No duplicates, the best translations first.
    public func compoundCandidates(modifier: [String], head: String) -> [String] {
        let heads = nouns(for: head).filter { $0.count >= 3 }
        guard !heads.isEmpty, !modifier.isEmpty, modifier.count <= 2 else { return [] }
        var out: [String] = []
        var seen = Set<String>()
        for part in compoundFirstParts(modifier) {
            for h in heads {
                let compound = part + h.lowercased()
                if seen.insert(compound).inserted { out.append(compound) }
            }
        }
        return out
    }

    /// The German first parts of compounds for an English modifier, with the linking elements German puts between
    /// the parts. For one word: the dictionary's combining forms ("Bürger…" :: civil), its noun translations and their
    /// plurals, each as is, with a linking "s" (Verkehr-s-), with "n"/"en" (Straße-n-, Frau-en-) and, ending in "e",
    /// without it (Schule → Schul-), and its plain adjective translations (zivil → Zivil-; not derived ones). For two words: the
    /// nouns the phrase translates to, and the compounds of its two words (`compoundCandidates`), each with the
    /// same linking elements.
    func compoundFirstParts(_ modifier: [String]) -> [String] {
        var parts: [String] = []
        var seen = Set<String>()
        func add(_ p: String) { if p.count >= 3, seen.insert(p).inserted { parts.append(p) } }
        func addLinked(_ noun: String) { for p in Self.linkedForms(noun) { add(p) } }
        if modifier.count == 2 {
            for n in nouns(for: modifier.joined(separator: " "), withForms: true) { addLinked(n) }
            for c in compoundCandidates(modifier: [modifier[0]], head: modifier[1]) { addLinked(c) }
            return parts
        }
        guard let word = modifier.first else { return [] }
        for form in combiningForms(for: word) { add(form) }
        let ranking = ranking(for: word)
        for g in ranking.best(Self.compoundTranslations) where Self.isSingleWord(g) {
            if g.first?.isUppercase == true {
                addLinked(g)
                for f in ranking.forms(of: g) where Self.isSingleWord(f) { addLinked(f) }
            } else if ranking.isVerb(g) == false, !Self.derivedAdjectiveEndings.contains(where: g.hasSuffix) {
                // A plain adjective as a first part (zivil → Zivilschutz, neu → Neuwahl).
                add(g.prefix(1).uppercased() + g.dropFirst())
            }
        }
        return parts
    }

    /// Endings of derived German adjectives (polizeilich, staatlich, britisch): a compound takes the noun they derive
    /// from (Polizei-, Staats-), never the adjective.
    static let derivedAdjectiveEndings = ["lich", "isch", "ig", "bar", "sam", "haft", "los"]

    /// A German noun as a compound's first part: as is, with a linking "s", with "n" after "e" or "en" after another
    /// letter, and without a final "e". Forms no German word has are harmless: the caller keeps what its corpus holds.
    static func linkedForms(_ noun: String) -> [String] {
        var out = [noun]
        if !(noun.hasSuffix("s") || noun.hasSuffix("ß") || noun.hasSuffix("x") || noun.hasSuffix("z")) { out.append(noun + "s") }
        if noun.hasSuffix("e") {
            out.append(noun + "n")
            out.append(String(noun.dropLast()))
        } else {
            out.append(noun + "en")
        }
        return out
    }

    /// The German nouns (capitalized single words) among the best translations of an English word or phrase, with
    /// their plurals when `withForms`.
    func nouns(for english: String, withForms: Bool = false) -> [String] {
        let ranking = ranking(for: english)
        var out: [String] = []
        for g in ranking.best(Self.compoundTranslations) where g.first?.isUppercase == true && Self.isSingleWord(g) {
            if !out.contains(g) { out.append(g) }
            if withForms { for f in ranking.forms(of: g) where Self.isSingleWord(f) && !out.contains(f) { out.append(f) } }
        }
        return out
    }

    /// The dictionary's combining forms for an English word, the first part of compounds written with an ellipsis
    /// ("Bürger…" :: civil, "Regierungs…" :: governmental), head entries first; the lemma's too ("ministers").
    func combiningForms(for englishWord: String) -> [String] {
        let query = Self.cleanQuery(englishWord)
        guard !query.isEmpty, !EnglishQuestionWords.stopWords.contains(query) else { return [] }
        let idx = loadedIndex()
        var hits = idx.hits(for: query)
        if let lemma = lemma(of: query, in: idx) { hits += idx.hits(for: lemma) }
        var out: [String] = []
        for hit in hits.sorted(by: { ($0.group, $0.alternative) < ($1.group, $1.alternative) }) {
            for form in idx.combiningForms(hit) where !out.contains(form) { out.append(form) }
        }
        return out
    }

    static func isSingleWord(_ s: String) -> Bool { s.count >= 2 && s.allSatisfy(\.isLetter) }
}
