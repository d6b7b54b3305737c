import Foundation
import Corpus
import TextAnalysis
import Retrieval
import Facts
import WordLists

// Evidence retrieval: question evidence, candidate sentences, neighbour terms, and the sentence ranking.
extension Answerer {

    /// Question evidence. Name words are the question's capitalized words that are part of a known
    /// entity name, or that the index has never seen and that are not common nouns (names the corpus lacks).
    func evidence(_ q: Question, words: [String]? = nil) -> QueryEvidence {
        let list = words ?? q.contentWords
        let started = retrievalStarted()
        defer { retrievalEnded(started) }
        let key = [q.language, q.names.joined(separator: "\u{1F}")] + q.contentWords + ["\u{1F}"] + list
        if let last = lastEvidence, last.key == key { return last.evidence }
        var nameWords = Set<String>()
        // Any content word that is part of a known entity name counts as a name, whatever its case.
        for word in q.contentWords where word.count > 1 && knowledgeBase.facts.nameParts[NameKey.of(word)] != nil && !LexiconQueries.isCommonNoun(word) {
            nameWords.insert(word)
        }
        for name in q.names {
            for part in name.split(separator: " ").map(String.init) where part.count > 1 {
                let key = NameKey.of(part)
                if knowledgeBase.facts.nameParts[key] != nil {
                    // A common noun that is also part of some name ("Anfang") is a name only next to a known name.
                    if !LexiconQueries.isCommonNoun(part) || knowledgeBase.facts.entitiesByKey[NameKey.of(name)] != nil { nameWords.insert(part) }
                } else if part.count >= 4, part.count <= 12, q.language == "de" ? part.count >= 5 && !LexiconQueries.isNounLike(part) : !LexiconQueries.isCommonNoun(part),
                          analyzer.terms(of: part).allSatisfy({ knowledgeBase.index.documentFrequency($0) == 0 }),
                          compounds(containing: analyzer.terms(of: part).first ?? "").isEmpty,
                          q.language != "de" || !QueryEvidence.synonymForms(of: part, in: SynonymSets.shared).contains(where: { s in
                              analyzer.terms(of: s).contains { knowledgeBase.index.documentFrequency($0) > 0 } }),
                          q.language != "en" || (lexicon?.german(for: part.lowercased(), limit: 1).isEmpty ?? true) {
                    // Never seen, not a common noun, not inside a compound of the corpus, without a synonym the corpus
                    // uses, not an English word the dictionary translates ("Chilean"): a name the corpus lacks.
                    nameWords.insert(part)
                }
            }
        }
        var (variants, compoundTerms) = q.language == "en" ? translations(list, names: nameWords, compounds: compoundPhrases(q)) : ([:], [:])
        // "Wer führte … an?": the question's verb also in the forms with its particle joined ("angeführt", "anführen").
        // The German question verb's action noun ("inszenierte" → "Inszenierung"): "die Inszenierung von X" tells who did it.
        if q.language == "de", let verb = q.predicate, let noun = QueryEvidence.actionNoun(ofVerb: verb) {
            variants[verb, default: []].append(noun)
        }
        if q.language == "de", let verb = q.predicate, let last = q.words.last?.lowercased(), last != verb.lowercased() {
            var joined = SeparableVerbForms.forms(finite: verb.lowercased(), particle: last)
            // A strong verb: the particle before the infinitive's stem the analyzer gives it ("nahm … ab" → "abnehm",
            // the term of "abgenommen").
            if !joined.isEmpty, let stem = analyzer.terms(of: verb).first { joined.append(last + stem) }
            if !joined.isEmpty { variants[verb, default: []].append(contentsOf: joined) }
        }
        // A participle or zu-infinitive with its particle ("aufgefordert") also finds the verb's finite forms, which main
        // clauses write apart from the particle ("fordern … auf"), and the joined ones ("auffordern").
        if q.language == "de" {
            for word in list where word.first?.isLowercase == true {
                guard let (particle, rest) = SeparableVerbForms.splitParticle(word.lowercased()) else { continue }
                let forms = QueryEvidence.weakVerbForms(of: rest) + [rest]
                variants[word, default: []].append(contentsOf: forms + forms.filter { !$0.hasPrefix("ge") }.map { particle + $0 })
            }
            // A place adjective also finds its place ("Münchner" → München).
            for word in list { if let place = LexiconQueries.place(ofAdjective: word) { variants[word, default: []].append(place) } }
        }
        // German question words with their synonyms ("untersagt" ~ "verboten"): verbs and other lower-case words, the
        // counted noun, and nouns the corpus never uses ("Leute" where it writes "Menschen"); another noun the corpus uses
        // keeps to itself (its other senses would find other sentences: "Haushalt" ~ "Budget"). Names, quoted words and
        // function words have none.
        var synonyms: [String: [String]] = [:]
        if q.language == "de" {
            for word in list where !nameWords.contains(word) && !q.quoted.contains(where: { $0.contains(word) })
                && !StopWords.all.contains(word.lowercased()) && !LexiconQueries.isFunctionWord(word.lowercased())
                && (word.first?.isLowercase == true || word == q.countedNoun
                    || analyzer.terms(of: word).allSatisfy({ knowledgeBase.index.documentFrequency($0) == 0 })) {
                let forms = QueryEvidence.synonymForms(of: word, in: SynonymSets.shared)
                if !forms.isEmpty { synonyms[word] = forms }
            }
        }
        var ev = QueryEvidence(words: list, names: nameWords, analyzer: analyzer, searcher: searcher,
                               translations: variants, synonyms: synonyms, compoundTerms: compoundTerms,
                               compounds: { self.compounds(containing: $0) })
        for k in ev.groups.indices {
            if q.years.contains(where: { String($0) == ev.groups[k].word }) { ev.groups[k].isDating = true }
            if q.settingWords.contains(ev.groups[k].word) { ev.groups[k].isSetting = true }
        }
        lastEvidence = (key, ev)
        return ev
    }

    /// German translations of English words, phrase by phrase ("south africa" → Südafrika): the first word of
    /// a phrase gets the translations, the others an empty list. Names and words the index knows as names stay as they are,
    /// except the institutions and places of the hand-written news table (`EnglishQuestionWords.newsWords`) and country names.
    /// A phrase German writes as a closed compound (`compoundPhrases`, each of its words translated alone by the
    /// dictionary and in `words`) is the compound's index terms (`compoundTerms`, keyed by its first word), its
    /// other words an empty list.
    func translations(_ words: [String], names: Set<String>, compounds: [CompoundPhrase] = [])
        -> (german: [String: [String]], compoundTerms: [String: [String]]) {
        guard let lexicon else { return ([:], [:]) }
        var out: [String: [String]] = [:]
        var single = Set<String>()
        var k = 0
        for (english, german) in lexicon.translatePhrase(words.map { $0.lowercased() }) {
            let count = english.split(separator: " ").count
            guard k < words.count else { break }
            let first = words[k]
            if count == 1 { single.insert(first) }
            // Names stay as they are, but for institutions German writes its own way ("UN" → Uno, `newsWords`).
            if count == 1 && names.contains(first) && EnglishQuestionWords.newsWords[english] == nil && CountryNames.lookup[english] == nil {
                k += 1
                continue
            }
            let forms = german.prefix(6).flatMap { g in [g] + (lexicon.germanWithForms(for: english, limit: 6).first { $0.german == g }?.forms ?? []) }
            // A word without translations keeps itself (a name or an acronym such as "CEO").
            if !forms.isEmpty { out[first] = Array(forms) }
            for j in 1..<max(count, 1) where k + j < words.count { out[words[k + j]] = [] }
            k += count
        }
        var compoundTerms: [String: [String]] = [:]
        for c in compounds where c.words.allSatisfy({ single.contains($0) && !names.contains($0) }) {
            guard let first = words.first(where: c.words.contains) else { continue }
            out[first] = nil
            compoundTerms[first] = c.indexTerms
            for w in c.words where w != first { out[w] = [] }
        }
        return (out, compoundTerms)
    }

    /// A sentence's index terms, from the forward index built at load (no analysis per question).
    func sentenceTerms(_ ref: SentenceRef) -> Set<String> {
        if let hit = sentenceTermCache[ref] { return hit }
        let terms = Set(knowledgeBase.index.sentenceTerms(ref).map(\.term))
        sentenceTermCache[ref] = terms
        return terms
    }

    func citation(_ ref: SentenceRef) -> Citation {
        let doc = knowledgeBase.documents[ref.document]
        let s = doc.sentences[ref.sentence]
        return Citation(doc: doc.document.id, sentence: s.index + 1, text: doc.text(s.range), start: s.range.lowerBound, end: s.range.upperBound)
    }

    /// A candidate sentence with its retrieval score and coverage.
    struct Candidate {
        var ref: SentenceRef
        var score: Double
        var coverage: Double
        /// The feature values behind `score`, by name, for `.explain`.
        var features: [(name: String, value: Double)] = []
    }

    /// Ranked sentences that cover the question well enough. A question name found nowhere in the
    /// index (German questions) rules every sentence out.
    func candidates(_ q: Question, evidence ev: QueryEvidence, limit: Int = 40, minimum: Double? = nil) -> [Candidate] {
        if q.language == "de", ev.nameGroups.contains(where: { $0.documentFrequency == 0 }) { return [] }
        if ev.nameGroups.count >= 1, ev.nameGroups.allSatisfy({ $0.documentFrequency == 0 }) { return [] }
        let floor = minimum ?? (q.language == "en" ? minimumCoverage - 0.15 : minimumCoverage)
        // The question's rarest topic noun must be in the sentence's document.
        // Keys are rare topic nouns ("Brexit", "iPhone": found in at most five sentences of the corpus) that are
        // known common nouns or mixed-case words; capitalized words that may be names the fact store missed are not.
        let key = ev.groups.filter { g in
            guard g.documentFrequency > 0, g.documentFrequency <= 5, !g.isName, let first = g.word.first else { return false }
            let mixedCase = first.isLowercase && g.word.contains { $0.isUppercase }
            return mixedCase || (first.isUppercase && LexiconQueries.isCommonNoun(g.word))
        }.max { $0.idf < $1.idf }
        let predicate = q.predicate.flatMap { p in ev.groups.first { $0.word == p } }
        var out: [Candidate] = []
        for hit in retrieve(ev, limit: limit) {
            let terms = sentenceTerms(hit.ref)
            let context = contextTerms(hit.ref, back: 3)
            // (Not when the question's names already pin the article: its rare noun is then a paraphrase, "Chef" for
            // "Direktor".)
            if let key, minimum == nil, !key.terms.contains(where: { documentHolds($0, in: hit.ref.document) }),
               q.language != "de" || !namesPin(hit.ref.document, ev) { continue }
            let c = ev.coverage(of: terms, context: context, contextWeight: 0.5, document: documentTerms(hit.ref.document))
            guard c.share >= floor else { continue }
            // A sentence that matches only names (and context) does not say what the question asks about.
            if ev.hasNonNameGroups, !c.nonNameMatched { continue }
            // Every name the corpus knows must be in the sentence (its entity mentioned there counts too),
            // or, at a discount, in the three sentences before it (the sentence then speaks of it as "er", "sie").
            var factor = 1.0
            if c.namesMatched < ev.nameGroups.filter({ $0.documentFrequency > 0 }).count, !mentionsAllNames(hit.ref, ev) {
                // The time of an event the sentence tells of another person ("… der im Mai ausgeschiedene Y" for "Wann
                // trat X zurück?"): not the asked person's event.
                if q.kind == .when, namesOtherPerson(hit.ref, q) { continue }
                if mentionsAllNames(hit.ref, ev, lookBack: 3) {
                    factor = 0.8
                } else {
                    // A name the sentence gives in another form ("indischen" for Indien) or that the article
                    // named earlier: the sentence still counts, at a larger discount, when its document names it.
                    let terms = documentTerms(hit.ref.document)
                    guard ev.nameGroups.allSatisfy({ g in g.documentFrequency == 0 || g.terms.contains { terms.contains($0) } }) else { continue }
                    factor = 0.6
                }
            }
            // A false premise: the sentence negates the question's main verb ("bestätigte … nicht") and the question
            // does not ("Wann bestätigte X …?"): it says the event did not happen.
            if let p = predicate, !q.negated, negates(hit.ref, p.terms) { continue }
            // A sentence with the question's main verb says what the question asks about.
            let verbBonus = predicate.map { p in p.terms.contains { terms.contains($0) } ? 1.6 : 1.0 } ?? 1.0
            // Ranked by coverage (which counts the context), BM25 breaking near-ties.
            out.append(Candidate(ref: hit.ref, score: verbBonus * factor * (c.share + 0.005 * hit.score), coverage: c.share,
                                 features: [("coverage", c.share), ("bm25", hit.score), ("names-nearby", factor), ("verb", verbBonus)]))
        }
        return out.sorted { $0.score != $1.score ? $0.score > $1.score : $0.ref < $1.ref }
    }

    /// Whether the question names something the corpus knows (`QueryEvidence.nameGroups`) and document `d` holds every
    /// such name.
    func namesPin(_ d: Int, _ ev: QueryEvidence) -> Bool {
        let names = ev.nameGroups.filter { $0.documentFrequency > 0 }
        return !names.isEmpty && names.allSatisfy { g in g.terms.contains { documentTerms(d).contains($0) } }
    }

    /// Whether document `d` holds index term `term`, alone or as a part of a compound whose other part is an index term
    /// too ("erd" in "erdbeb": Erde in Erdbeben; "bahn" in "autobahn").
    func documentHolds(_ term: String, in d: Int) -> Bool {
        let terms = documentTerms(d)
        if terms.contains(term) { return true }
        guard term.count >= 3 else { return false }
        let index = knowledgeBase.index
        return terms.contains { t in
            guard t.count >= term.count + 3 else { return false }
            if t.hasPrefix(term) { return index.termID(String(t.dropFirst(term.count))) != nil }
            if t.hasSuffix(term) { return index.termID(String(t.dropLast(term.count))) != nil }
            return false
        }
    }

    /// The index term ids of token `t` of document `d`, as the index built them at load (`InvertedIndex.tokenTerms`).
    func termIDs(ofToken t: Int, in d: Int) -> ArraySlice<Int32> { knowledgeBase.index.tokenTerms(document: d, token: t) }

    /// The ids of the index terms among `terms`; a term no sentence holds has none (and no token can match it).
    func termIDs<S: Sequence>(_ terms: S) -> Set<Int32> where S.Element == String {
        Set(terms.compactMap { knowledgeBase.index.termID($0) })
    }

    /// Whether the sentence holds one of `terms` with a negation ("nicht", "nie", "kein…", "not", "never") at most
    /// three words before it or after it in the same clause; "nicht nur" / "not only" is none.
    func negates(_ ref: SentenceRef, _ terms: [String]) -> Bool {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens).filter { doc.tokens[$0].kind != .punctuation }
        let words = QuestionWords.shared
        let all = Array(doc.sentences[ref.sentence].tokens)
        let ids = termIDs(terms)
        // "nicht nur … sondern auch", "not only": a focus particle, no negation.
        func negation(_ i: Int, in list: [Int]) -> Bool {
            guard words.contains(NameKey.of(doc.surface(list[i]).lowercased()), .negation) else { return false }
            return !(i + 1 < list.count && ["nur", "only"].contains(doc.surface(list[i + 1]).lowercased()))
        }
        func isClauseMark(_ i: Int) -> Bool { doc.tokens[all[i]].kind == .punctuation && [",", ";", ":", "."].contains(doc.surface(all[i])) }
        for t in toks where termIDs(ofToken: t, in: ref.document).contains(where: ids.contains) {
            guard var i = all.firstIndex(of: t) else { continue }
            // Up to three words before the verb in its clause ("nicht bestätigt"); a negation before the comma that closes
            // a fronted clause ("Weil … nicht reichten, beantragte …") negates that clause.
            var j = i - 1, words = 0
            while j >= 0, words < 3, !isClauseMark(j) {
                if doc.tokens[all[j]].kind != .punctuation { words += 1; if negation(j, in: all) { return true } }
                j -= 1
            }
            // After the verb up to the end of its clause ("bestätigte am Freitag den Briefwechsel nicht").
            i += 1
            while i < all.count, !isClauseMark(i) {
                if negation(i, in: all) { return true }
                i += 1
            }
        }
        return false
    }

    /// `QueryEvidence.compoundsContaining`, memoized.
    func compounds(containing term: String) -> [String] {
        if let hit = compoundCache[term] { return hit }
        let found = QueryEvidence.compoundsContaining(term, searcher: searcher, affixes: termAffixes)
        compoundCache[term] = found
        return found
    }

    /// All terms of a document (the keys of `documentTermCounts`), with the year and the month names of its date
    /// (a question dated "im Februar 2010" agrees with an article of 2010-02-24 that does not repeat the date).
    func documentTerms(_ document: Int) -> Set<String> {
        if let hit = documentTermCache[document] { return hit }
        var terms = Set(documentTermCounts(document).keys)
        if let date = knowledgeBase.documents[document].document.date {
            terms.insert(String(date.year))
            for m in Concepts.months where m.number == date.month && !m.isAbbreviation { terms.formUnion(analyzer.terms(of: m.form)) }
        }
        documentTermCache[document] = terms
        return terms
    }

    /// Terms of the `back` sentences before `ref` in its document.
    func contextTerms(_ ref: SentenceRef, back: Int) -> Set<String> {
        var terms = Set<String>()
        for k in stride(from: ref.sentence - 1, through: max(0, ref.sentence - back), by: -1) {
            terms.formUnion(sentenceTerms(SentenceRef(document: ref.document, sentence: k)))
        }
        return terms
    }

    /// BM25 hits over the corpus, then more hits from the five best documents (a sentence that says
    /// a sentence such as "Sie trat am Montag zurück" ranks low corpus-wide but belongs to the article the question is about).
    func retrieve(_ ev: QueryEvidence, limit: Int) -> [ScoredSentence] {
        let started = retrievalStarted()
        defer { retrievalEnded(started) }
        // Several strategies of one question retrieve for the same terms: the last hits per limit are kept.
        if let last = lastRetrieval[limit], last.query == ev.queryTerms { return last.hits }
        let hits = retrieveUncached(ev.queryTerms, limit: limit)
        lastRetrieval[limit] = (ev.queryTerms, hits)
        return hits
    }

    private func retrieveUncached(_ query: [QueryTerm], limit: Int) -> [ScoredSentence] {
        let first = searcher.search(query, limit: limit)
        var documents: [Int] = []
        for hit in first where !documents.contains(hit.ref.document) && documents.count < 5 { documents.append(hit.ref.document) }
        guard !documents.isEmpty else { return first }
        var seen = Set(first.map(\.ref))
        var out = first
        for hit in searcher.search(query, limit: limit, restrictTo: Set(documents)) where seen.insert(hit.ref).inserted {
            out.append(hit)
        }
        return out
    }

    /// Whether every known name of the question is in the sentence as a term or as a linked entity mention.
    func mentionsAllNames(_ ref: SentenceRef, _ ev: QueryEvidence, lookBack: Int = 0) -> Bool {
        var terms = sentenceTerms(ref)
        for k in stride(from: ref.sentence - 1, through: max(0, ref.sentence - lookBack), by: -1) where lookBack > 0 {
            terms.formUnion(sentenceTerms(SentenceRef(document: ref.document, sentence: k)))
        }
        let range = (ref.sentence - lookBack)...ref.sentence
        let mentioned = facts(ref.document).entities.filter { range.contains($0.sentence) }.flatMap { NameKey.parts($0.canonicalName) }
        for g in ev.nameGroups where g.documentFrequency > 0 {
            if g.terms.contains(where: { terms.contains($0) }) { continue }
            if mentioned.contains(NameKey.of(g.word)) { continue }
            // A place named by its adjective ("chilenischen" for Chile, "indischen" for Indien).
            if LexiconQueries.isPlaceName(g.word), g.terms.contains(where: { t in t.count >= 4 && terms.contains { $0.count > t.count && $0.hasPrefix(t) } }) { continue }
            return false
        }
        return true
    }

    /// Whether sentence `ref` mentions a person by full name whom the question does not name, while the question names a
    /// person.
    func namesOtherPerson(_ ref: SentenceRef, _ q: Question) -> Bool {
        let persons = facts(ref.document).entities.filter { $0.kind == .person }
        let namesPerson = persons.contains { inQuestion($0.canonicalName, q) }
            || q.names.contains { n in knowledgeBase.facts.entitiesByKey[NameKey.of(n)]?.contains { $0.kind == .person } == true }
        guard namesPerson else { return false }
        // A full name (given name and surname): a single capitalized word may be a group ("die Omanis").
        return persons.contains { $0.sentence == ref.sentence && $0.canonicalName.contains(" ") && !inQuestion($0.canonicalName, q) }
    }

    /// Whether `text` (a name or phrase from the corpus) is already part of the question.
    func inQuestion(_ text: String, _ q: Question) -> Bool {
        let qk = q.nameKey
        // Asked once per mention of the corpus by the holder and speaker scans: memoized per question.
        if inQuestionCache?.key != qk { inQuestionCache = (qk, [:]) }
        if let hit = inQuestionCache?.names[text] { return hit }
        if questionKeyWords?.key != qk { questionKeyWords = (qk, qk.split(whereSeparator: { !$0.isLetter && $0 != "-" })) }
        let keyWords = questionKeyWords?.words ?? []
        let parts = nameKeyParts(text)
        let named = parts.isEmpty ? qk.contains(NameKey.of(text))
            : parts.contains { part in keyWords.contains { w in w == part || (w.hasPrefix(part) && w.count <= part.count + 2) } }
        inQuestionCache?.names[text] = named
        return named
    }

    func facts(_ document: Int) -> DocumentFacts { knowledgeBase.facts.documents[document] }

    /// The name parts of at least three letters of a name of the corpus (`NameKey.parts`), memoized for all questions.
    func nameKeyParts(_ text: String) -> [String] {
        if let hit = namePartCache[text] { return hit }
        let parts = NameKey.parts(text).filter { $0.count >= 3 }
        namePartCache[text] = parts
        return parts
    }


    /// Sentences retrieved for a question, ranked by `rankingScore` (ties by document, then sentence).
    func searchRanking(_ q: Question) -> [Candidate] {
        let key = [q.text, q.kind.rawValue, q.answerType.rawValue, q.language, q.names.joined(separator: "\u{1F}"),
                   q.contentWords.joined(separator: "\u{1F}")].joined(separator: "\u{1E}")
        if let last = lastRanking, last.key == key { return last.ranking }
        let ranking = rankedCandidates(q)
        lastRanking = (key, ranking)
        return ranking
    }

    private func rankedCandidates(_ q: Question) -> [Candidate] {
        let ev = evidence(q)
        var cands: [Candidate] = []
        for hit in retrieve(ev, limit: 50) {
            guard let r = rankingScore(hit, ev, q) else { continue }
            cands.append(Candidate(ref: hit.ref, score: r.score, coverage: r.share,
                                   features: [("ranking-coverage", r.share), ("bm25", hit.score), ("asked-type", holdsAskedType(hit.ref, q) ? 1 : 0)]))
        }
        return cands.sorted { $0.score != $1.score ? $0.score > $1.score : $0.ref < $1.ref }
    }

    /// The search fallback: the best sentences by `rankingScore`, with no type-specific requirement
    /// beyond 15 % of the question's idf mass.
    func answerSearch(_ q: Question) -> Answer {
        let cands = searchRanking(q)
        guard !cands.isEmpty else { return .none(q.text, kind: .search, why: "no sentence matches the question well enough") }
        return Answer(question: q.text, kind: q.kind == .said ? .said : .search, text: nil, citations: cands.prefix(3).map { citation($0.ref) },
                      confidence: cands[0].coverage, explanation: "best-matching sentences (BM25); no structured answer")
    }

    /// A sentence's rank for a question: its coverage with neighbours and related word forms
    /// (`QueryEvidence.rankingCoverage`), plus a little BM25, plus 0.2 when it holds something of the asked
    /// type (a number for "wie viele", a date for "wann", a person for "wer", a place for "wo"); scaled by
    /// the square root of 0.5 + its document's evidence (`QueryEvidence.documentScore`).
    /// `nil` below 15 % coverage. Weights tuned on XQuAD-de with two-fold cross-validation by article.
    func rankingScore(_ hit: ScoredSentence, _ ev: QueryEvidence, _ q: Question) -> (score: Double, share: Double)? {
        let ref = hit.ref
        let doc = knowledgeBase.documents[ref.document]
        func terms(_ k: Int) -> Set<String> { doc.sentences.indices.contains(k) ? sentenceTerms(SentenceRef(document: ref.document, sentence: k)) : [] }
        let anaphoric = doc.sentences[ref.sentence].tokens.contains { Self.anaphors.contains(doc.surface($0).lowercased()) }
        let share = ev.rankingCoverage(sentence: terms(ref.sentence), previous: terms(ref.sentence - 1),
                                       secondPrevious: terms(ref.sentence - 2), next: terms(ref.sentence + 1), anaphoric: anaphoric)
        guard share >= 0.15 else { return nil }
        let inDocument = ev.documentScore(documentTermCounts(ref.document))
        let typed = holdsAskedType(ref, q) ? 0.2 : 0
        return ((share + 0.02 * hit.score + typed) * (0.5 + inDocument).squareRoot(), share)
    }

    /// Pronouns and pro-forms that refer back to the sentence before.
    static let anaphors: Set<String> = ["er", "sie", "es", "dies", "diese", "dieser", "dieses", "diesen", "diesem", "sein", "seine", "seiner",
                                        "seinen", "seinem", "seines", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres", "ihm", "ihn", "ihnen",
                                        "dort", "damals", "he", "she", "it", "they", "him", "them", "his", "her", "their", "this", "these", "there"]

    /// How often each term occurs in a document (analyzed tokens).
    func documentTermCounts(_ document: Int) -> [String: Int] {
        if let hit = documentCountCache[document] { return hit }
        var counts: [String: Int] = [:]
        for k in knowledgeBase.documents[document].sentences.indices {
            for (term, n) in knowledgeBase.index.sentenceTerms(SentenceRef(document: document, sentence: k)) { counts[term, default: 0] += n }
        }
        documentCountCache[document] = counts
        return counts
    }

    /// Whether a sentence holds something of the type the question asks for.
    /// - Parameter excludingQuestion: things the question itself names do not count.
    func holdsAskedType(_ ref: SentenceRef, _ q: Question, excludingQuestion: Bool = false) -> Bool {
        let f = facts(ref.document)
        func fresh(_ text: String) -> Bool { !excludingQuestion || !inQuestion(text, q) }
        switch q.kind {
        case .howMany:
            let doc = knowledgeBase.documents[ref.document]
            return doc.sentences[ref.sentence].tokens.contains { doc.tokens[$0].kind == .number && fresh(doc.surface($0)) }
        case .when: return f.times.contains { $0.sentence == ref.sentence && (!excludingQuestion || !inQuestionTime($0.text.text, q)) }
        case .who, .speaker, .holder, .denier, .accuser:
            // "Welche Länder …?": countries acting.
            let kind: EntityKind = q.answerType == .place ? .place : .person
            return f.entities.contains { $0.sentence == ref.sentence && $0.kind == kind && fresh($0.canonicalName) }
        case .where: return f.entities.contains { $0.sentence == ref.sentence && $0.kind == .place && fresh($0.name.text) }
        default: return false
        }
    }
}
