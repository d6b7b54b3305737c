import Foundation
import Corpus
import TextAnalysis
import Retrieval
import Facts

/// Answers questions from the fact store first, with the sentence index as support.
///
/// Every answer cites real sentences. When neither facts nor the index support an answer
/// well enough (see `minimumCoverage`), the answer is `nil`: a wrong answer is worse than none.
/// Not thread-safe (owns an analyzer); one answerer per session.
public final class Answerer {
    public let knowledgeBase: KnowledgeBase
    let analyzer: Analyzer
    let searcher: Searcher
    let parser = QuestionParser()  // internal: used by explain()
    private var sentenceTermCache: [SentenceRef: Set<String>] = [:]
    private var documentTermCache: [Int: Set<String>] = [:]
    private var documentCountCache: [Int: [String: Int]] = [:]
    private var compoundCache: [String: [String]] = [:]
    /// The last question evidence built, keyed by what it depends on: a typed answer and the ranking that
    /// checks it ask for the same evidence.
    private var lastEvidence: (key: [String], evidence: QueryEvidence)?

    /// Share of the question's idf mass a sentence must contain to support an answer.
    public var minimumCoverage = 0.5

    /// English → German translations for English questions over German text, when available.
    let lexicon: BilingualLexicon?

    public init?(knowledgeBase: KnowledgeBase, lexicon: BilingualLexicon? = nil) {
        guard let analyzer = Analyzer() else { return nil }
        self.knowledgeBase = knowledgeBase
        self.lexicon = lexicon
        self.analyzer = analyzer
        self.searcher = Searcher(index: knowledgeBase.index)
    }

    /// Parses and answers one question.
    public func answer(_ text: String) -> Answer {
        let question = parser.parse(text)
        return answer(question)
    }

    public func answer(_ q: Question) -> Answer {
        let a = typedAnswer(q)
        if let outranked = outranked(a, q) { return outranked }
        guard a.text == nil, a.citations.isEmpty, q.kind != .search, q.kind != .said else { return a }
        // No answer of the asked type: offer the best-matching sentences, still without an answer.
        let s = answerSearch(q)
        guard !s.citations.isEmpty else { return a }
        return Answer(question: q.text, kind: q.kind, text: nil, citations: s.citations, confidence: 0,
                      explanation: "\(a.explanation); best-matching sentences (BM25)")
    }

    func typedAnswer(_ q: Question) -> Answer {
        let words = q.contentWords
        if words.isEmpty && q.subject == nil {
            // "Was wurde dementiert?", "Wer hat etwas bestritten?": every denial of the corpus, in corpus order.
            if q.kind == .denied || q.kind == .denier, let listed = listDenials(q) { return listed }
            return .none(q.text, kind: q.kind, why: "the question has no content words")
        }
        switch q.kind {
        case .role: return answerRole(q) ?? (knowledgeBase.facts.matchingKeys(q.subject ?? "").isEmpty && q.text.lowercased().hasPrefix("wer") ? answerHolder(q) : nil) ?? .none(q.text, kind: q.kind, why: "no role of \(q.subject ?? "?") in the corpus")
        case .holder:
            // "wer ist sergej schoigu" typed in lower case: the subject is a known name after all.
            if let subject = q.subject, knowledgeBase.facts.entitiesByKey[NameKey.of(subject)] != nil {
                return answerRole(q) ?? .none(q.text, kind: .role, why: "no role of \(subject) in the corpus")
            }
            return answerHolder(q) ?? answerWho(q, requireRoleNoun: true) ?? .none(q.text, kind: q.kind, why: "no person with that role in the corpus")
        case .denier: return answerDenier(q) ?? denialCueFallback(q) ?? .none(q.text, kind: q.kind, why: "no matching denial in the corpus")
        case .denied: return answerDenied(q) ?? denialCueFallback(q) ?? .none(q.text, kind: q.kind, why: "no matching denial in the corpus")
        case .speaker: return answerSpeaker(q) ?? answerWho(q) ?? .none(q.text, kind: q.kind, why: "no matching statement in the corpus")
        case .who: return answerWho(q) ?? .none(q.text, kind: q.kind, why: "no supported answer in the corpus")
        case .when: return answerWhen(q) ?? .none(q.text, kind: q.kind, why: "no date found for this in the corpus")
        case .where: return answerWhere(q) ?? .none(q.text, kind: q.kind, why: "no place found for this in the corpus")
        case .howMany: return answerHowMany(q) ?? .none(q.text, kind: q.kind, why: "no number found for this in the corpus")
        case .said: return answerSaid(q) ?? answerSearch(q)
        case .accuser, .accusation: return answerClaim(q) ?? .none(q.text, kind: q.kind, why: "no matching accusation in the corpus")
        case .search: return answerSearch(q)
        }
    }

    // MARK: - Shared evidence

    /// Question evidence. Name words are the question's capitalized words that are part of a known
    /// entity name, or that the index has never seen and that are not common nouns (names the corpus lacks).
    func evidence(_ q: Question, words: [String]? = nil) -> QueryEvidence {
        let list = words ?? q.contentWords
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
                } else if part.count >= 4, part.count <= 12, !LexiconQueries.isCommonNoun(part) || (q.language == "de" && part.count >= 5),
                          analyzer.terms(of: part).allSatisfy({ knowledgeBase.index.documentFrequency($0) == 0 }),
                          compounds(containing: analyzer.terms(of: part).first ?? "").isEmpty {
                    // Never seen, not a common noun, not inside a compound of the corpus: a name the corpus lacks.
                    nameWords.insert(part)
                }
            }
        }
        let ev = QueryEvidence(words: list, names: nameWords, analyzer: analyzer, searcher: searcher,
                               translations: q.language == "en" ? translations(list, names: nameWords) : [:],
                               compounds: { self.compounds(containing: $0) })
        lastEvidence = (key, ev)
        return ev
    }

    /// German translations of English words, phrase by phrase ("north korea" → Nordkorea): the first word of
    /// a phrase gets the translations, the others an empty list. Names and words the index knows as names stay as they are.
    func translations(_ words: [String], names: Set<String>) -> [String: [String]] {
        guard let lexicon else { return [:] }
        var out: [String: [String]] = [:]
        var k = 0
        for (english, german) in lexicon.translatePhrase(words.map { $0.lowercased() }) {
            let count = english.split(separator: " ").count
            guard k < words.count else { break }
            let first = words[k]
            if count == 1 && names.contains(first) { k += 1; continue }
            let forms = german.prefix(6).flatMap { g in [g] + (lexicon.germanWithForms(for: english, limit: 6).first { $0.german == g }?.forms ?? []) }
            // A word without translations keeps itself (a name or an acronym such as "CEO").
            if !forms.isEmpty { out[first] = Array(forms) }
            for j in 1..<max(count, 1) where k + j < words.count { out[words[k + j]] = [] }
            k += count
        }
        return out
    }

    func sentenceTerms(_ ref: SentenceRef) -> Set<String> {
        if let hit = sentenceTermCache[ref] { return hit }
        let doc = knowledgeBase.documents[ref.document]
        var terms = Set<String>()
        for t in doc.sentences[ref.sentence].tokens where doc.tokens[t].kind != .punctuation {
            for term in analyzer.terms(surface: doc.bytes[doc.tokens[t].range]) { terms.insert(term) }
        }
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
            if let key, minimum == nil, !key.terms.contains(where: { documentTerms(hit.ref.document).contains($0) }) { continue }
            let c = ev.coverage(of: terms, context: context, contextWeight: 0.5, document: documentTerms(hit.ref.document))
            guard c.share >= floor else { continue }
            // A sentence that matches only names (and context) does not say what the question asks about.
            if ev.hasNonNameGroups, !c.nonNameMatched { continue }
            // Every name the corpus knows must be in the sentence (its entity mentioned there counts too),
            // or, at a discount, in the three sentences before it (the sentence then speaks of it as "er", "sie").
            var factor = 1.0
            if c.namesMatched < ev.nameGroups.filter({ $0.documentFrequency > 0 }).count, !mentionsAllNames(hit.ref, ev) {
                guard mentionsAllNames(hit.ref, ev, lookBack: 3) else { continue }
                factor = 0.8
            }
            // A sentence with the question's main verb says what the question asks about.
            let verbBonus = predicate.map { p in p.terms.contains { terms.contains($0) } ? 1.6 : 1.0 } ?? 1.0
            // Ranked by coverage (which counts the context), BM25 breaking near-ties.
            out.append(Candidate(ref: hit.ref, score: verbBonus * factor * (c.share + 0.005 * hit.score), coverage: c.share))
        }
        return out.sorted { $0.score != $1.score ? $0.score > $1.score : $0.ref < $1.ref }
    }

    /// `QueryEvidence.compoundsContaining`, memoized: it scans the whole vocabulary.
    func compounds(containing term: String) -> [String] {
        if let hit = compoundCache[term] { return hit }
        let found = QueryEvidence.compoundsContaining(term, searcher: searcher)
        compoundCache[term] = found
        return found
    }

    /// All terms of a document (the keys of `documentTermCounts`).
    func documentTerms(_ document: Int) -> Set<String> {
        if let hit = documentTermCache[document] { return hit }
        let terms = Set(documentTermCounts(document).keys)
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
    /// "Er starb am Samstag" ranks low corpus-wide but belongs to the article the question is about).
    func retrieve(_ ev: QueryEvidence, limit: Int) -> [ScoredSentence] {
        let first = searcher.search(ev.queryTerms, limit: limit)
        var documents: [Int] = []
        for hit in first where !documents.contains(hit.ref.document) && documents.count < 5 { documents.append(hit.ref.document) }
        guard !documents.isEmpty else { return first }
        var seen = Set(first.map(\.ref))
        var out = first
        for hit in searcher.search(ev.queryTerms, limit: limit, restrictTo: Set(documents)) where seen.insert(hit.ref).inserted {
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
            return false
        }
        return true
    }

    /// Whether `text` (a name or phrase from the corpus) is already part of the question.
    func inQuestion(_ text: String, _ q: Question) -> Bool {
        let qk = NameKey.of(q.text)
        let parts = NameKey.parts(text).filter { $0.count >= 3 }
        if parts.isEmpty { return qk.contains(NameKey.of(text)) }
        return parts.contains { part in
            qk.split(whereSeparator: { !$0.isLetter && $0 != "-" }).contains { w in w == part || (w.hasPrefix(part) && w.count <= part.count + 2) }
        }
    }

    func facts(_ document: Int) -> DocumentFacts { knowledgeBase.facts.documents[document] }

    // MARK: - Roles

    func answerRole(_ q: Question) -> Answer? {
        let known = ([q.subject].compactMap { $0 } + q.names).first { !knowledgeBase.facts.matchingKeys($0).isEmpty }
        guard let subject = known ?? q.subject ?? q.names.first else { return nil }
        var mentions = knowledgeBase.facts.mentions(ofEntityNamed: subject).filter { $0.mention.role != nil && $0.mention.kind == .person }
        if mentions.isEmpty, let last = subject.split(separator: " ").last.map(String.init), last != subject {
            mentions = knowledgeBase.facts.mentions(ofEntityNamed: last).filter { $0.mention.role != nil && $0.mention.kind == .person }
        }
        guard !mentions.isEmpty else { return nil }
        // Prefer roles that share words with the rest of the question and that the question does not name itself.
        // "…, bevor er X wurde": words after bevor/before describe a later role, not the one asked for.
        let beforeIndex = q.text.range(of: "bevor ", options: .caseInsensitive) ?? q.text.range(of: "before ", options: .caseInsensitive)
        let laterClause = beforeIndex.map { String(q.text[$0.upperBound...]) } ?? ""
        let laterTerms = Set(analyzer.terms(of: laterClause))
        let restWords = q.contentWords.filter { w in !subject.contains(w) && !laterClause.contains(w) }
        let ev = evidence(q, words: restWords)
        var best: (score: Double, index: Int)? = nil
        for (k, m) in mentions.enumerated() {
            guard let role = m.mention.role else { continue }
            if inQuestionPhrase(role.text, q) { continue }
            let roleTerms = Set(analyzer.terms(of: role.text))
            let sentence = sentenceTerms(SentenceRef(document: m.document, sentence: m.mention.sentence))
            let c = ev.groups.isEmpty ? 0 : ev.coverage(of: roleTerms).share + 0.3 * ev.coverage(of: sentence).share
            let later = roleTerms.intersection(laterTerms).isEmpty ? 0.0 : 1.0
            let score = c - later + Double(role.text.count) / 1000
            if best == nil || score > best!.score { best = (score, k) }
        }
        guard let chosen = best.map({ mentions[$0.index] }), let role = chosen.mention.role else { return nil }
        var cites = [citation(SentenceRef(document: chosen.document, sentence: chosen.mention.sentence))]
        var seenRoles: Set<String> = [NameKey.of(role.text)]
        var others: [String] = []
        for m in mentions where cites.count < 4 {
            guard let r = m.mention.role, seenRoles.insert(NameKey.of(r.text)).inserted, !inQuestionPhrase(r.text, q) else { continue }
            others.append(r.text)
            cites.append(citation(SentenceRef(document: m.document, sentence: m.mention.sentence)))
        }
        return Answer(question: q.text, kind: .role, text: role.text, speaker: chosen.mention.canonicalName, citations: cites,
                      confidence: 0.9, explanation: "role of \(chosen.mention.canonicalName) (\(chosen.mention.roleRule ?? "role"))" + (others.isEmpty ? "" : "; other roles: \(others.joined(separator: "; "))"))
    }

    /// Whether a role phrase is named in the question itself (e.g. "bevor er Geschäftsführer wurde").
    func inQuestionPhrase(_ phrase: String, _ q: Question) -> Bool {
        let qTerms = Set(analyzer.terms(of: q.text))
        let pTerms = analyzer.terms(of: phrase)
        guard let head = pTerms.last else { return false }
        return qTerms.contains(head) && !(q.subject.map { analyzer.terms(of: $0).contains(head) } ?? false)
    }

    func answerHolder(_ q: Question) -> Answer? {
        guard let subject = q.subject else { return nil }
        let roleTerms = Set(analyzer.terms(of: subject))
        guard !roleTerms.isEmpty else { return nil }
        var best: (score: Double, document: Int, mention: EntityMention)? = nil
        for (d, f) in knowledgeBase.facts.documents.enumerated() {
            for m in f.entities where m.kind == .person {
                guard let role = m.role else { continue }
                var terms = Set(analyzer.terms(of: role.text))
                for t in Array(terms) where t.contains("-") { terms.formUnion(t.split(separator: "-").map(String.init)) }
                // Each term of the asked role must be in the stated role (whole, or as a compound part).
                let shared = roleTerms.filter { rt in terms.contains(rt) || terms.contains { $0.count > rt.count && ($0.hasSuffix(rt) || $0.hasPrefix(rt)) } }.count
                let score = Double(shared) / Double(roleTerms.count)
                guard score >= 0.99 else { continue }
                if best == nil || score > best!.score { best = (score, d, m) }
            }
        }
        guard let b = best, let role = b.mention.role else { return nil }
        return Answer(question: q.text, kind: .holder, text: b.mention.canonicalName, speaker: b.mention.canonicalName,
                      citations: [citation(SentenceRef(document: b.document, sentence: b.mention.sentence))],
                      confidence: 0.85, explanation: "person with role \"\(role.text)\"")
    }

    // MARK: - Denials

    func denialContentTerms(_ d: Denial, document: Int) -> Set<String> {
        var terms = sentenceTerms(SentenceRef(document: document, sentence: d.sentence))
        if let c = d.content { terms.formUnion(analyzer.terms(of: c.text)) }
        return terms
    }

    /// Coverage of the question by a denial: its sentence, deniers and content, with the three sentences
    /// before as context (a denial often refers back: "wies dies zurück", "bestritt er").
    func denialCoverage(_ ev: QueryEvidence, _ d: Denial, document: Int) -> Double {
        let ref = SentenceRef(document: document, sentence: d.sentence)
        var terms = sentenceTerms(ref)
        if let c = d.content { terms.formUnion(analyzer.terms(of: c.text)) }
        for name in d.resolvedDeniers { terms.formUnion(analyzer.terms(of: name)) }
        return ev.coverage(of: terms, context: contextTerms(ref, back: 3), contextWeight: 0.7).share
    }

    /// Whether a question name is one of the denial's deniers.
    func denierNamed(_ ev: QueryEvidence, _ d: Denial) -> Bool {
        let denierTerms = Set((d.resolvedDeniers + d.deniers.map(\.text)).flatMap { analyzer.terms(of: $0) })
        return ev.nameGroups.contains { g in g.terms.contains { denierTerms.contains($0) } }
    }

    /// The deniers' names: a person mentioned inside a denier phrase wins over the resolver's pick
    /// ("Berlins früherer Bürgermeister Eberhard Diepgen" → Eberhard Diepgen, not Berlin).
    func denierNames(_ d: Denial, document: Int) -> [String] {
        let resolved = d.resolvedDeniers.isEmpty ? d.deniers.map(\.text) : d.resolvedDeniers
        let mentions = facts(document).entities.filter { $0.sentence == d.sentence && $0.kind == .person }
        return d.deniers.enumerated().map { k, span in
            if let p = mentions.first(where: { $0.name.span.start >= span.span.start && $0.name.span.end <= span.span.end }) {
                return p.canonicalName == p.name.text ? extendedName(p, in: SentenceRef(document: document, sentence: d.sentence)) : p.canonicalName
            }
            return k < resolved.count ? resolved[k] : span.text
        }
    }

    /// All denials (or only not-confirmed ones), the first as the answer, each cited.
    func listDenials(_ q: Question) -> Answer? {
        var found: [(Int, Denial)] = []
        for (d, f) in knowledgeBase.facts.documents.enumerated() {
            for denial in f.denials where !q.asksNotConfirmed || denial.notConfirmed { found.append((d, denial)) }
        }
        guard let (d, first) = found.first else { return nil }
        let text = q.kind == .denier ? denierNames(first, document: d).joined(separator: " und ") : first.content?.text
        guard let text else { return nil }
        return Answer(question: q.text, kind: q.kind, text: text, speaker: denierNames(first, document: d).joined(separator: ", "),
                      citations: found.prefix(5).map { citation(SentenceRef(document: $0.0, sentence: $0.1.sentence)) },
                      confidence: 0.6, explanation: "\(found.count) denial\(found.count == 1 ? "" : "s") in the corpus; the first one answers")
    }

    func answerDenier(_ q: Question) -> Answer? {
        let ev = evidence(q)
        var best: (score: Double, document: Int, denial: Denial)? = nil
        for (d, f) in knowledgeBase.facts.documents.enumerated() {
            for denial in f.denials where !denial.deniers.isEmpty {
                if q.asksNotConfirmed && !denial.notConfirmed { continue }
                let share = denialCoverage(ev, denial, document: d)
                guard share >= (q.language == "en" ? 0.35 : 0.45) else { continue }
                if best == nil || share > best!.score { best = (share, d, denial) }
            }
        }
        guard let b = best else { return nil }
        let names = denierNames(b.denial, document: b.document)
        let shown = names.count == 1 ? displayName(names[0], document: b.document) : names.joined(separator: " und ")
        return Answer(question: q.text, kind: .denier, text: shown, speaker: names.joined(separator: ", "),
                      citations: [citation(SentenceRef(document: b.document, sentence: b.denial.sentence))],
                      confidence: b.score, explanation: "denial (\(b.denial.rule)), cue \"\(b.denial.cue.text)\"")
    }

    func answerDenied(_ q: Question) -> Answer? {
        let ev = evidence(q)
        var best: (score: Double, document: Int, denial: Denial)? = nil
        for (d, f) in knowledgeBase.facts.documents.enumerated() {
            for denial in f.denials where denial.content != nil {
                if q.asksNotConfirmed && !denial.notConfirmed { continue }
                let share = denialCoverage(ev, denial, document: d)
                guard share >= (q.language == "en" ? 0.3 : 0.45) else { continue }
                let score = share + (denierNamed(ev, denial) ? 0.3 : 0)
                if best == nil || score > best!.score { best = (score, d, denial) }
            }
        }
        guard let b = best, let content = b.denial.content else { return nil }
        let names = b.denial.resolvedDeniers.isEmpty ? b.denial.deniers.map(\.text) : b.denial.resolvedDeniers
        return Answer(question: q.text, kind: .denied, text: content.text, speaker: names.joined(separator: ", "),
                      citations: [citation(SentenceRef(document: b.document, sentence: b.denial.sentence))],
                      confidence: min(1, b.score), explanation: "denial (\(b.denial.rule)), cue \"\(b.denial.cue.text)\"\(b.denial.notConfirmed ? ", not confirmed" : "")")
    }

    /// When no extracted denial fits: a well-covered sentence with a denial cue. The denier is its speaker or
    /// person (or a pronoun resolved backwards); the denied content is the noun phrase after "bestritt/dementierte/
    /// leugnete" or before "nicht bestätigen".
    func denialCueFallback(_ q: Question) -> Answer? {
        let ev = evidence(q)
        for cand in candidates(q, evidence: ev).prefix(5) {
            let doc = knowledgeBase.documents[cand.ref.document]
            let toks = Array(doc.sentences[cand.ref.sentence].tokens)
            let words = toks.map { QuestionParser.fold(doc.surface($0).lowercased()) }
            var cue: (index: Int, notConfirmed: Bool)? = nil
            for (k, w) in words.enumerated() {
                if ["bestreit", "bestritt", "dementi", "leugn", "abstreit"].contains(where: { w.hasPrefix($0) }) { cue = (k, false); break }
                if w.hasPrefix("bestaetig"), words[max(0, k - 4)..<k].contains("nicht") || words[(k + 1)..<min(words.count, k + 3)].contains("nicht") {
                    cue = (k, true); break
                }
                if w == "zurueck", words[..<k].contains(where: { ["wies", "weist", "wiesen", "weisen"].contains($0) }) { cue = (k, false); break }
            }
            guard let cue else { continue }
            if q.asksNotConfirmed && !cue.notConfirmed { continue }
            let ref = cand.ref
            if q.kind == .denier {
                for tier in [0, 2] {
                    if let (name, _) = personIn(ref, q, tier: tier) {
                        return Answer(question: q.text, kind: .denier, text: name, speaker: name, citations: [citation(ref)],
                                      confidence: cand.coverage * 0.8, explanation: "denial cue in the best sentence; its person")
                    }
                }
                continue
            }
            let determiners: Set<String> = ["den", "die", "das", "dem", "der", "einen", "eine", "ein", "jede", "jeden", "jegliche", "jeglichen", "seine", "ihre", "seinen", "ihren"]
            let skip: Set<String> = ["er", "sie", "es", "jedoch", "aber", "zudem", "bislang", "zunaechst", "weiterhin", "auch", "nach", "wie", "vor"]
            var range: Range<Int>? = nil
            if cue.notConfirmed {
                let nicht = words[..<cue.index].lastIndex(of: "nicht") ?? cue.index
                if let det = words[max(0, nicht - 8)..<nicht].lastIndex(where: { determiners.contains($0) }) {
                    var end = nicht
                    while end > det + 1, skip.contains(words[end - 1]) { end -= 1 }
                    range = det..<end
                }
            } else if words[cue.index] != "zurueck" {
                var start = cue.index + 1
                while start < words.count, skip.contains(words[start]) { start += 1 }
                var end = start
                while end < words.count, end - start < 8, doc.tokens[toks[end]].kind != .punctuation { end += 1 }
                if end > start { range = start..<end }
            }
            guard let r = range else { continue }
            let text = doc.text(Int(doc.tokens[toks[r.lowerBound]].start)..<Int(doc.tokens[toks[r.upperBound - 1]].end))
            return Answer(question: q.text, kind: .denied, text: text, citations: [citation(ref)], confidence: cand.coverage * 0.8,
                          explanation: "denial cue in the best sentence; the noun phrase it denies")
        }
        return nil
    }

    /// Accusations (claims): the claim whose target, claimants and content cover the question best;
    /// "Wer beschuldigt X?" answers the claimants, "Was wird X vorgeworfen?" the content, with the claim's status.
    func answerClaim(_ q: Question) -> Answer? {
        let ev = evidence(q)
        var best: (score: Double, document: Int, claim: Claim)? = nil
        for (d, f) in knowledgeBase.facts.documents.enumerated() {
            for c in f.claims {
                if q.kind == .accuser && c.claimants.isEmpty { continue }
                if q.kind == .accusation && c.content == nil { continue }
                let ref = SentenceRef(document: d, sentence: c.sentence)
                var terms = sentenceTerms(ref)
                for t in [c.target?.text, c.content?.text].compactMap({ $0 }) + c.resolvedClaimants { terms.formUnion(analyzer.terms(of: t)) }
                let share = ev.coverage(of: terms, context: contextTerms(ref, back: 2), contextWeight: 0.5).share
                guard share >= 0.5 else { continue }
                if best == nil || share > best!.score { best = (share, d, c) }
            }
        }
        guard let b = best else { return nil }
        let claimants = b.claim.resolvedClaimants.isEmpty ? b.claim.claimants.map(\.text) : b.claim.resolvedClaimants
        let text = q.kind == .accuser ? claimants.joined(separator: " und ") : b.claim.content?.text
        guard let text, !text.isEmpty else { return nil }
        return Answer(question: q.text, kind: q.kind, text: text, speaker: claimants.joined(separator: ", "),
                      citations: [citation(SentenceRef(document: b.document, sentence: b.claim.sentence))], confidence: b.score,
                      explanation: "claim (\(b.claim.rule)), cue \"\(b.claim.cue.text)\", status \(b.claim.status.rawValue)")
    }

    // MARK: - Speakers and persons

    func answerSpeaker(_ q: Question) -> Answer? {
        let ev = evidence(q)
        var best: (score: Double, document: Int, attribution: Attribution)? = nil
        for (d, f) in knowledgeBase.facts.documents.enumerated() {
            for a in f.attributions {
                guard let speaker = a.resolvedSpeaker ?? a.speaker?.text, !inQuestion(speaker, q) else { continue }
                var terms = sentenceTerms(SentenceRef(document: d, sentence: a.sentence))
                if let m = a.message { terms.formUnion(analyzer.terms(of: m.text)) }
                let c = ev.coverage(of: terms)
                guard c.share >= (q.language == "en" ? 0.4 : 0.5) else { continue }
                if best == nil || c.share > best!.score { best = (c.share, d, a) }
            }
        }
        guard let b = best else { return nil }
        let speaker = b.attribution.resolvedSpeaker ?? b.attribution.speaker?.text ?? ""
        return Answer(question: q.text, kind: .speaker, text: displayName(speaker, document: b.document), speaker: speaker,
                      citations: [citation(SentenceRef(document: b.document, sentence: b.attribution.sentence))],
                      confidence: b.score, explanation: "attribution (\(b.attribution.rule)), cue \"\(b.attribution.cue.text)\"")
    }

    /// "Name (role)" when the document states a role for the person.
    func displayName(_ name: String, document: Int) -> String {
        let key = NameKey.of(name)
        if let m = facts(document).entities.first(where: { NameKey.of($0.canonicalName) == key && $0.role != nil }), let role = m.role {
            return "\(m.canonicalName) (\(role.text))"
        }
        return name
    }

    /// - Parameter requireRoleNoun: the sentence must contain the question's first non-name word
    ///   (the role of "Wer ist der Bürgermeister von X?").
    func answerWho(_ q: Question, requireRoleNoun: Bool = false) -> Answer? {
        let ev = evidence(q)
        var cands = Array(candidates(q, evidence: ev).prefix(8))
        if requireRoleNoun {
            guard let role = ev.groups.first(where: { !$0.isName }) else { return nil }
            cands = cands.filter { c in role.terms.contains { sentenceTerms(c.ref).contains($0) } }
            // The name right after the role noun ("Bürgermeister Ole von Beust") holds the role.
            for cand in cands {
                if let name = nameAfter(role: role, in: cand.ref, q) {
                    return Answer(question: q.text, kind: q.kind, text: name, citations: [citation(cand.ref)],
                                  confidence: cand.coverage, explanation: "name following the role noun")
                }
            }
            // Only persons hold roles: no organisations, places or pronouns.
            for cand in cands {
                if let (name, why) = personIn(cand.ref, q, tier: 0) {
                    return Answer(question: q.text, kind: q.kind, text: name, citations: [citation(cand.ref)],
                                  confidence: cand.coverage, explanation: why)
                }
            }
            return nil
        }
        // Tiers, each over all candidates in rank order: a named speaker or person in the sentence,
        // then an organisation (or, for actors, places), then a pronoun resolved backwards.
        for tier in 0..<4 {
            for cand in cands {
                // A bare mention (not a speaker) needs a sentence that covers the question well.
                if tier > 0 || !hasAttribution(cand.ref, q), cand.coverage < 0.6 { continue }
                if let (name, why) = personIn(cand.ref, q, tier: tier) {
                    return Answer(question: q.text, kind: q.kind, text: name, citations: [citation(cand.ref)],
                                  confidence: cand.coverage, explanation: why)
                }
            }
        }
        return nil
    }

    /// Up to four capitalized words (with name particles) right after the role noun, if they are not common nouns.
    func nameAfter(role: TermGroup, in ref: SentenceRef, _ q: Question) -> String? {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        for (k, t) in toks.enumerated() {
            let terms = analyzer.terms(surface: doc.bytes[doc.tokens[t].range])
            guard terms.contains(where: { role.terms.contains($0) }) else { continue }
            var words: [Int] = []
            var j = k + 1
            while j < toks.count, words.count < 4, doc.tokens[toks[j]].kind == .word {
                let w = doc.surface(toks[j])
                if w.first?.isUppercase == true, !LexiconQueries.isCommonNoun(w), !StopWords.all.contains(w.lowercased()) {
                    words.append(toks[j])
                } else if !words.isEmpty, ["von", "van", "de", "der", "zu", "al", "bin"].contains(w), j + 1 < toks.count,
                          doc.surface(toks[j + 1]).first?.isUppercase == true {
                    words.append(toks[j])
                } else { break }
                j += 1
            }
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            let name = doc.text(Int(doc.tokens[first].start)..<Int(doc.tokens[last].end))
            if inQuestion(name, q) { continue }
            return name
        }
        return nil
    }

    /// A one-word person mention followed by a capitalized word that is not a common noun: both words.
    func extendedName(_ m: EntityMention, in ref: SentenceRef) -> String {
        guard !m.name.text.contains(" ") else { return m.canonicalName }
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        guard let k = toks.firstIndex(where: { Int(doc.tokens[$0].start) == m.name.span.start }), k + 1 < toks.count else { return m.canonicalName }
        let next = doc.surface(toks[k + 1])
        guard doc.tokens[toks[k + 1]].kind == .word, next.first?.isUppercase == true, !LexiconQueries.isCommonNoun(next),
              !StopWords.all.contains(next.lowercased()) else { return m.canonicalName }
        return m.name.text + " " + next
    }

    func hasAttribution(_ ref: SentenceRef, _ q: Question) -> Bool {
        facts(ref.document).attributions.contains { $0.sentence == ref.sentence && ($0.resolvedSpeaker ?? $0.speaker?.text).map { !inQuestion($0, q) && !isPronoun($0) } == true }
    }

    /// The person (or organisation) a sentence offers as the answer.
    /// Tier 0: the speaker of an attribution in it, else the first person mention not named in the question
    /// (with coordinated ones). Tier 1: an organisation, or places acting together ("China und Russland").
    /// Tier 2: a pronoun resolved to the last person mentioned in the three sentences before.
    func personIn(_ ref: SentenceRef, _ q: Question, tier: Int) -> (String, String)? {
        let f = facts(ref.document)
        let doc = knowledgeBase.documents[ref.document]
        let mentions = f.entities.filter { $0.sentence == ref.sentence && !inQuestion($0.canonicalName, q) }
        func coordinated(_ ofKind: [EntityMention]) -> [String] {
            guard let first = ofKind.first else { return [] }
            var names = [first.canonicalName]
            var last = first
            for m in ofKind.dropFirst() where names.count < 4 {
                let between = doc.text(last.name.span.end..<m.name.span.start).trimmingCharacters(in: .whitespaces)
                guard ["und", "sowie", "and", ","].contains(between) else { break }
                names.append(m.canonicalName)
                last = m
            }
            return names
        }
        switch tier {
        case 0:
            if let a = f.attributions.first(where: { $0.sentence == ref.sentence && ($0.resolvedSpeaker ?? $0.speaker?.text).map { !inQuestion($0, q) && !isPronoun($0) } == true }) {
                let s = a.resolvedSpeaker ?? a.speaker!.text
                return (displayName(s, document: ref.document), "speaker of an attribution (\(a.rule))")
            }
            let persons = mentions.filter { $0.kind == .person }
            let names = coordinated(persons)
            if names.count == 1, let m = persons.first {
                // A given name the extractor cut short ("Eberhard" of "Eberhard Diepgen") takes the capitalized word after it.
                let full = m.canonicalName == m.name.text ? extendedName(m, in: ref) : m.canonicalName
                return (displayName(full, document: ref.document), "person mention in the best sentence")
            }
            if names.count > 1 { return (names.joined(separator: " und "), "person mentions in the best sentence") }
            return nil
        case 1:
            if q.kind == .who {
                let places = coordinated(mentions.filter { $0.kind == .place })
                if places.count > 1 { return (places.joined(separator: " und "), "places acting together in the best sentence") }
            }
            // Organisations answer "Welcher Sender/Welche Partei …?" and speaker questions, not a plain "Wer …?".
            let asksOrganisation = q.kind == .speaker || ["welche", "welcher", "welches", "welchen", "which", "what"].contains(q.text.split(separator: " ").first.map { $0.lowercased() } ?? "")
            guard asksOrganisation else { return nil }
            let orgs = coordinated(mentions.filter { $0.kind == .organisation && $0.name.text.count > 2 })
            if !orgs.isEmpty { return (orgs.joined(separator: " und "), "organisation mention in the best sentence") }
            return nil
        case 3:
            // A name the fact store missed: two to four capitalized words that are not common nouns.
            let toks = Array(doc.sentences[ref.sentence].tokens)
            var k = 1
            while k < toks.count {
                var j = k
                while j < toks.count, j - k < 4, doc.tokens[toks[j]].kind == .word {
                    let w = doc.surface(toks[j])
                    guard w.first?.isUppercase == true, w.count > 1, !LexiconQueries.isCommonNoun(w),
                          !StopWords.all.contains(w.lowercased()), !monthsAndDays.contains(w) else { break }
                    j += 1
                }
                if j - k >= 2 {
                    let name = doc.text(Int(doc.tokens[toks[k]].start)..<Int(doc.tokens[toks[j - 1]].end))
                    // Person-shaped only: no acronyms ("SV", "FC"), no article before it ("des Bundesligisten …").
                    let parts = (k..<j).map { doc.surface(toks[$0]) }
                    let acronym = parts.contains { $0.count <= 3 || $0.allSatisfy { $0.isUppercase } }
                    let article = ["der", "die", "das", "des", "dem", "den"].contains(doc.surface(toks[k - 1]).lowercased())
                    if !acronym, !article, !inQuestion(name, q) { return (name, "capitalized name in the best sentence") }
                }
                k = max(j, k + 1)
            }
            return nil
        default:
            let s = doc.sentences[ref.sentence]
            guard s.tokens.contains(where: { isPronoun(doc.surface($0)) }) else { return nil }
            let earlier = f.entities.filter { $0.kind == .person && $0.sentence < ref.sentence && $0.sentence >= ref.sentence - 3 && !inQuestion($0.canonicalName, q) }
            if let last = earlier.last {
                return (displayName(last.canonicalName, document: ref.document), "pronoun resolved to the last person mentioned before")
            }
            return nil
        }
    }

    func isPronoun(_ s: String) -> Bool { ["er", "sie", "he", "she", "Er", "Sie", "He", "She"].contains(s) }

    // MARK: - Times, places, numbers

    func answerWhen(_ q: Question) -> Answer? {
        let ev = evidence(q)
        for cand in candidates(q, evidence: ev).prefix(10) {
            // Durations and sets answer "how long" and "how often", not "when".
            let times = facts(cand.ref.document).times.filter {
                $0.sentence == cand.ref.sentence && !inQuestionTime($0.text.text, q) && ($0.type == "DATE" || $0.type == "TIME")
            }
            guard !times.isEmpty else { continue }
            // A date answers "when" better than a clock time; then the more specific value, then the earlier expression.
            let dates = times.filter { $0.type == "DATE" }
            let pool = dates.isEmpty ? times : dates
            let chosen = pool.max { specificity($0) < specificity($1) || (specificity($0) == specificity($1) && $0.text.span > $1.text.span) }!
            // A range ("12. bis 18. August") is given as an ISO 8601 interval.
            var value = chosen.value
            if let a = chosen.intervalStart, let b = chosen.intervalEnd { value = "\(a)/\(b)" }
            return Answer(question: q.text, kind: .when, text: chosen.text.text, value: value, citations: [citation(cand.ref)],
                          confidence: cand.coverage, explanation: "temporal expression (\(chosen.type)\(chosen.mod.map { ", \($0)" } ?? "")) in the best sentence")
        }
        return nil
    }

    func inQuestionTime(_ text: String, _ q: Question) -> Bool {
        NameKey.of(q.text).contains(NameKey.of(text))
    }

    func specificity(_ t: TemporalFact) -> Int {
        guard let v = t.value else { return 0 }
        if v.hasSuffix("_REF") { return 1 }
        if t.type == "DURATION" || t.type == "SET" { return 0 }
        return min(v.count, 10) + (t.text.text.first?.isNumber == true ? 1 : 0)
    }

    func answerWhere(_ q: Question) -> Answer? {
        let ev = evidence(q)
        for cand in candidates(q, evidence: ev).prefix(8) {
            let doc = knowledgeBase.documents[cand.ref.document]
            let places = facts(cand.ref.document).entities.filter { $0.sentence == cand.ref.sentence && $0.kind == .place && !inQuestion($0.name.text, q) }
            // The earliest place after a place preposition ("Ein Uhrenmuseum in Biel in der Schweiz" → Biel), else the first place.
            let prepositional = prepositionalPlace(cand.ref, q)
            let placeAfterPreposition = places.first { p in
                let before = doc.text(max(doc.sentences[cand.ref.sentence].range.lowerBound, p.name.span.start - 12)..<p.name.span.start)
                return before.split(separator: " ").last.map { ["in", "im", "bei", "nahe", "aus", "nach"].contains($0.lowercased()) } ?? false
            }
            var choice: (text: String, start: Int)? = placeAfterPreposition.map { ($0.name.text, $0.name.span.start) }
            if let p = prepositional, choice == nil || p.start < choice!.start { choice = p }
            if choice == nil, let p = places.first { choice = (p.name.text, p.name.span.start) }
            if let c = choice {
                return Answer(question: q.text, kind: .where, text: c.text, citations: [citation(cand.ref)],
                              confidence: cand.coverage, explanation: "place after a place preposition in the best sentence")
            }
        }
        return nil
    }

    /// "in Biel", "bei Neustadt-Eilvese", "im Süden der Philippinen": the capitalized word(s) after a place preposition.
    func prepositionalPlace(_ ref: SentenceRef, _ q: Question) -> (text: String, start: Int)? {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        let preps: Set<String> = ["in", "bei", "nahe", "nach", "aus", "im", "am", "at", "near"]
        for (k, t) in toks.enumerated() where preps.contains(doc.surface(t).lowercased()) {
            var j = k + 1
            if j < toks.count, ["Süden", "Norden", "Osten", "Westen", "Zentrum"].contains(doc.surface(toks[j])), j + 1 < toks.count, ["der", "des", "von"].contains(doc.surface(toks[j + 1])) { j += 2 }
            // Skip lowercase adjectives ("im rumänischen Niţchidorf").
            while j < toks.count, doc.tokens[toks[j]].kind == .word, doc.surface(toks[j]).first?.isLowercase == true, j < k + 3 { j += 1 }
            guard j < toks.count else { continue }
            let w = doc.surface(toks[j])
            guard w.first?.isUppercase == true, doc.tokens[toks[j]].kind == .word, !inQuestion(w, q), w.count > 2,
                  !StopWords.all.contains(w.lowercased()), !monthsAndDays.contains(w), !LexiconQueries.isCommonNoun(w) else { continue }
            // Not a person ("bei Lefevre").
            let start = Int(doc.tokens[toks[j]].start)
            if facts(ref.document).entities.contains(where: { $0.kind == .person && $0.name.span.range.contains(start) }) { continue }
            // The whole name: following capitalized words ("Kara Kitai", "Longwood Medical Area").
            var end = j
            while end + 1 < toks.count, end < j + 3, doc.tokens[toks[end + 1]].kind == .word,
                  doc.surface(toks[end + 1]).first?.isUppercase == true, !LexiconQueries.isCommonNoun(doc.surface(toks[end + 1])) { end += 1 }
            return (doc.text(start..<Int(doc.tokens[toks[end]].end)), start)
        }
        return nil
    }

    let monthsAndDays: Set<String> = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
                                      "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Jahr", "Jahre"]

    static let numberWords: Set<String> = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "hundert", "tausend",
                                           "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand"]

    func answerHowMany(_ q: Question) -> Answer? {
        let ev = evidence(q)
        let qTerms = Set(ev.groups.flatMap(\.terms))
        // The counted noun: the first content word ("Wie viele Personen …" → Personen), with its translations.
        let focus = Set(q.contentWords.first.map { w in ev.groups.first { $0.word == w }?.terms ?? analyzer.terms(of: w) } ?? [])
        // "Wie viele X …?" wants a number next to X: any other number of the sentence was wrong more often
        // than right on the public question sets. "Wie oft", "wie weit", "wie alt" name no counted noun.
        let countsNoun = q.text.lowercased().split(separator: " ").prefix(3).contains { ["viele", "vielen", "many", "much"].contains($0) }
        let cands = Array(candidates(q, evidence: ev).prefix(8))
        for pass in 0..<(countsNoun ? 1 : 2) {
            for cand in cands {
                if let (text, near) = numberIn(cand.ref, q, questionTerms: qTerms, focus: focus), pass == 1 || near {
                    return Answer(question: q.text, kind: .howMany, text: text, citations: [citation(cand.ref)],
                                  confidence: cand.coverage, explanation: near ? "number next to the counted noun" : "number in the best sentence")
                }
            }
        }
        return nil
    }

    /// The best number of a sentence (not part of a date, not in the question), with its unit word;
    /// `near` tells whether it stands next to the counted noun.
    func numberIn(_ ref: SentenceRef, _ q: Question, questionTerms: Set<String>, focus: Set<String>) -> (String, Bool)? {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        let times = facts(ref.document).times.filter { $0.sentence == ref.sentence }
        var best: (score: Int, k: Int, near: Bool)? = nil
        for (k, t) in toks.enumerated() {
            let w = doc.surface(t)
            let isNumber = doc.tokens[t].kind == .number || Self.numberWords.contains(w.lowercased())
            guard isNumber, !NameKey.of(q.text).contains(NameKey.of(w)) else { continue }
            if times.contains(where: { $0.text.span.range.contains(Int(doc.tokens[t].start)) }) { continue }
            var score = 1
            var near = false
            for d in [1, 2, 3, -1, -2] where k + d >= 0 && k + d < toks.count {
                let terms = analyzer.terms(surface: doc.bytes[doc.tokens[toks[k + d]].range])
                if terms.contains(where: { focus.contains($0) }) { near = true; score += 6 - abs(d) }
                if terms.contains(where: { questionTerms.contains($0) }) { score += 3 - min(abs(d), 2) }
            }
            if best == nil || score > best!.score { best = (score, k, near) }
        }
        guard let b = best else { return nil }
        let t = toks[b.k]
        var end = doc.tokens[t].range.upperBound
        if b.k + 1 < toks.count, doc.tokens[toks[b.k + 1]].kind == .word {
            let next = doc.surface(toks[b.k + 1])
            if next.first?.isUppercase == true || ["mal", "prozent", "millionen", "milliarden", "million", "millions", "percent"].contains(next.lowercased()) {
                end = doc.tokens[toks[b.k + 1]].range.upperBound
            }
        }
        return (doc.text(doc.tokens[t].range.lowerBound..<end), b.near)
    }

    // MARK: - Statements and search

    func answerSaid(_ q: Question) -> Answer? {
        guard let subject = q.subject else { return nil }
        let keys = knowledgeBase.facts.matchingKeys(subject)
        let restWords = q.contentWords.filter { !subject.contains($0) }
        let ev = evidence(q, words: restWords)
        var best: (score: Double, document: Int, attribution: Attribution)? = nil
        for (d, f) in knowledgeBase.facts.documents.enumerated() {
            for a in f.attributions where a.message != nil {
                guard let s = a.resolvedSpeaker, keys.contains(NameKey.of(s)) else { continue }
                var terms = sentenceTerms(SentenceRef(document: d, sentence: a.sentence))
                terms.formUnion(analyzer.terms(of: a.message!.text))
                let score = ev.groups.isEmpty ? 0.5 : ev.coverage(of: terms).share
                if best == nil || score > best!.score { best = (score, d, a) }
            }
        }
        guard let b = best, let m = b.attribution.message else { return nil }
        return Answer(question: q.text, kind: .said, text: m.text, speaker: b.attribution.resolvedSpeaker,
                      citations: [citation(SentenceRef(document: b.document, sentence: b.attribution.sentence))],
                      confidence: b.score, explanation: "attribution (\(b.attribution.rule))")
    }

    /// An answer read from a bare mention (who, when, where, how many) whose sentence ranks well below
    /// the best sentence for the question (under 0.7 of its `rankingScore`), while that sentence holds something
    /// of the asked type, was taken from the wrong sentence more often than not: the answer is dropped and the
    /// best-ranked sentences are cited instead.
    /// `nil` when the answer stands.
    func outranked(_ a: Answer, _ q: Question) -> Answer? {
        guard a.text != nil, [.who, .when, .where, .howMany].contains(q.kind), let cited = a.citations.first else { return nil }
        func isCited(_ c: Candidate) -> Bool { c.ref.sentence + 1 == cited.sentence && knowledgeBase.documents[c.ref.document].document.id == cited.doc }
        let ranked = searchRanking(q)
        guard let top = ranked.first, !isCited(top) else { return nil }
        let own = ranked.first(where: isCited)?.score ?? 0
        // Only when the better sentence could answer too: it holds something of the asked type the question does not name.
        guard own < 0.7 * top.score, holdsAskedType(top.ref, q, excludingQuestion: true) else { return nil }
        return Answer(question: q.text, kind: q.kind, text: nil, citations: ranked.prefix(3).map { citation($0.ref) }, confidence: 0,
                      explanation: "\(a.explanation), but in a sentence that ranks well below the best one; best-matching sentences")
    }

    /// Sentences retrieved for a question, ranked by `rankingScore` (ties by document, then sentence).
    func searchRanking(_ q: Question) -> [Candidate] {
        let ev = evidence(q)
        var cands: [Candidate] = []
        for hit in retrieve(ev, limit: 50) {
            guard let r = rankingScore(hit, ev, q) else { continue }
            cands.append(Candidate(ref: hit.ref, score: r.score, coverage: r.share))
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
        let doc = knowledgeBase.documents[document]
        var counts: [String: Int] = [:]
        for s in doc.sentences {
            for t in s.tokens where doc.tokens[t].kind != .punctuation {
                for term in analyzer.terms(surface: doc.bytes[doc.tokens[t].range]) { counts[term, default: 0] += 1 }
            }
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
            return f.entities.contains { $0.sentence == ref.sentence && $0.kind == .person && fresh($0.canonicalName) }
        case .where: return f.entities.contains { $0.sentence == ref.sentence && $0.kind == .place && fresh($0.name.text) }
        default: return false
        }
    }
}
