import Foundation
import WordLists
import TextAnalysis
import Retrieval
import Facts

/// Weights of the role-holder scorer (`answerRoleHolder`). Fitted on the training split of the development
/// questions (Tests/DevQuestions/train.jsonl); the development split is reported, never fitted.
struct RoleHolderWeights {
    /// A question word found only in the three sentences before the mention counts this much.
    var context = 0.5
    /// Share of the question's other words (not the role) the mention's sentence, role and context must cover.
    var minimumCoverage = 0.5
}

extension Answerer {
    /// Whether every name of the question that the corpus knows occurs in the document (as an index term):
    /// an answer must come from an article about what the question names. A name part counts when it is part of an
    /// entity name of the fact store, is no common noun, and the index has seen it.
    /// - Parameter except: a name the answer itself is (the subject of a role question matches through its mentions).
    func documentAgrees(_ document: Int, _ q: Question, except: String? = nil) -> Bool {
        // Without years, the agreeing documents are read once per question from the postings of the required names.
        if q.years.isEmpty { return agreeingDocuments(q, except: except).map { $0.contains(document) } ?? true }
        let skip = except.map { Set(NameKey.parts($0)) } ?? []
        let required = agreementTerms(q).filter { !skip.contains($0.key) }
        guard !required.isEmpty || !q.years.isEmpty else { return true }
        let terms = documentTerms(document)
        // Years the question dates its event by: in the text, or the year of the document's date (`documentTerms`).
        for year in q.years where !terms.contains(String(year)) { return false }
        guard !required.isEmpty else { return true }
        return required.allSatisfy { part in part.terms.contains { terms.contains($0) } }
    }

    /// The documents whose text holds every name part `documentAgrees` requires (one of each part's terms), from the
    /// index postings; `nil` when nothing is required. Memoized for the last question and exception.
    func agreeingDocuments(_ q: Question, except: String?) -> Set<Int>? {
        let key = q.language + "\u{1F}" + q.names.joined(separator: "\u{1F}") + "\u{1F}" + (except ?? "")
        if let hit = agreeingDocumentsCache, hit.key == key { return hit.documents }
        let skip = except.map { Set(NameKey.parts($0)) } ?? []
        let required = agreementTerms(q).filter { !skip.contains($0.key) }
        var agreeing: Set<Int>? = nil
        if !required.isEmpty {
            let index = knowledgeBase.index
            for part in required {
                var docs = Set<Int>()
                for t in part.terms {
                    for s in index.postingList(t)?.sentences ?? [] { docs.insert(index.sentenceRefs[Int(s)].document) }
                }
                agreeing = agreeing.map { $0.intersection(docs) } ?? docs
            }
        }
        agreeingDocumentsCache = (key, agreeing)
        return agreeing
    }

    /// The name parts of the question that `documentAgrees` requires, with their index terms; memoized per question.
    func agreementTerms(_ q: Question) -> [(key: String, terms: [String])] {
        let cacheKey = q.language + "\u{1F}" + q.names.joined(separator: "\u{1F}")
        if let hit = agreementCache, hit.key == cacheKey { return hit.parts }
        var parts: [(key: String, terms: [String])] = []
        for name in q.names {
            // A name of several words of which one names an entity of the corpus ("IG Metall": "IG") requires all its
            // parts, common nouns too.
            let words = name.split(separator: " ").map(String.init)
            let wholeName = words.count > 1 && (knowledgeBase.facts.entitiesByKey[NameKey.of(name)] != nil
                || words.contains { $0.count >= 2 && knowledgeBase.facts.nameParts[NameKey.of($0)] != nil && !LexiconQueries.isCommonNoun($0) })
            for part in words where part.count > 2 || wholeName {
                let key = NameKey.of(part)
                guard wholeName || (knowledgeBase.facts.nameParts[key] != nil && !LexiconQueries.isCommonNoun(part)) else { continue }
                // An English question may name a place or company in its English form (Tehran, Germany): the article
                // writes the German one, so a part the dictionary translates is not required.
                if q.language == "en", let lexicon, lexicon.german(for: part.lowercased()).contains(where: { NameKey.of($0) != key }) { continue }
                let partTerms = analyzer.terms(of: part).filter { knowledgeBase.index.documentFrequency($0) > 0 }
                if !partTerms.isEmpty { parts.append((key, partTerms)) }
            }
        }
        agreementCache = (cacheKey, parts)
        return parts
    }

    /// Whether a stated role is qualified by a name the question does not name ("Siemens-Chef" for "Wer ist der Chef von
    /// Apple?"): the hyphenated first part of the role's last word is a name (no common noun, not the question's role
    /// prefix such as "EU" of "EU-Kommissar") and the question names something else. With `evidence`, a qualifier whose
    /// index term is a variant of a question word (a translation: "UNO" for "UN") is named by the question.
    func namesOtherQualifier(_ role: String, _ q: Question, evidence: QueryEvidence? = nil) -> Bool {
        guard !q.names.isEmpty, let last = role.split(separator: " ").last, let dash = last.firstIndex(of: "-") else { return false }
        let qualifier = String(last[..<dash])
        guard qualifier.count >= 2, qualifier.first?.isUppercase == true, !LexiconQueries.isCommonNoun(qualifier) else { return false }
        if q.nameKey.contains(NameKey.of(qualifier)) { return false }
        guard let evidence, let term = analyzer.terms(of: qualifier).first else { return true }
        return !evidence.groups.contains { $0.terms.contains(term) }
    }

    /// Role nouns of the question ("Trainer", "Präsident", "EU-Kommissar") and the roles its verb implies
    /// ("Wer leitet X?" → Leiter, Chef, …), as index terms. An English role noun that heads a phrase German writes as a
    /// closed compound ("justice minister", "minister of justice": `compoundPhrases`) asks for the compound
    /// ("justizminist"), and the phrase's other words belong to the role.
    func questionRoleTerms(_ q: Question) -> (words: [String], terms: [[String]]) {
        var words = q.contentWords.filter { $0.first?.isUppercase == true && LexiconQueries.isRoleNoun($0) && !q.names.contains($0) }
        words += q.impliedRoles
        // English questions: a word whose German translation is a role noun ("coach" → Trainer, "treasurer" → Schatzmeister).
        var translated: [String: [String]] = [:]
        if q.language == "en", let lexicon {
            for w in q.contentWords where !q.names.contains(w) {
                let roles = lexicon.german(for: w.lowercased(), limit: 6).filter { $0.first?.isUppercase == true && !$0.contains(" ") && LexiconQueries.isRoleNoun($0) }
                if !roles.isEmpty { words.append(w); translated[w] = roles }
            }
        }
        var terms: [[String]] = []
        let compounds = q.language == "en" ? compoundPhrases(q).filter { translated[$0.head] != nil } : []
        for w in words {
            if let c = compounds.first(where: { $0.head == w }) {
                terms.append(c.terms)
                continue
            }
            var group: [String] = []
            for form in translated[w] ?? [w] {
                for t in analyzer.terms(of: form) {
                    group.append(t)
                    group.append(contentsOf: t.split(separator: "-").map(String.init))
                }
            }
            terms.append(group)
        }
        for c in compounds { words += c.words.filter { !words.contains($0) } }
        return (words, terms.filter { !$0.isEmpty })
    }

    /// The index terms of a stated role with the parts of its hyphenated terms ("Vatikan-Sprecher" → vatikan-sprech,
    /// vatikan, sprech); memoized, since every role question reads the roles of the whole corpus.
    func statedRoleTerms(_ role: String) -> Set<String> {
        if let hit = roleTermCache[role] { return hit }
        var stated = Set(analyzer.terms(of: role))
        for t in Array(stated) where t.contains("-") { stated.formUnion(t.split(separator: "-").map(String.init)) }
        roleTermCache[role] = stated
        return stated
    }

    /// Whether stated role terms hold `asked`, whole or as the head or tail of a compound ("bundestrain" holds "train").
    static func holds(_ stated: Set<String>, _ asked: String) -> Bool {
        stated.contains { $0 == asked || ($0.count > asked.count && ($0.hasSuffix(asked) || $0.hasPrefix(asked))) }
    }

    /// Whether a stated role holds one of the asked role terms, whole or as a compound part of at least four letters
    /// ("Bundestrainer" holds "trainer", "Verwaltungsratspräsident" holds "präsident").
    func roleMatches(_ role: String, _ asked: [[String]]) -> Bool {
        let stated = statedRoleTerms(role)
        // A short term only as a whole term or hyphenated part ("CEO" of "Apple-CEO", not "ceo" inside a longer word).
        return asked.contains { alternatives in alternatives.contains { a in a.count >= 4 ? Self.holds(stated, a) : stated.contains(a) } }
    }

    /// The holder of a role the question names: a person mention whose stated role holds the asked role noun, in a
    /// document that names everything the question names, whose sentence (with its role, the three sentences before
    /// and the document, at falling weight) covers the question's other words best.
    func answerRoleHolder(_ q: Question, weights w: RoleHolderWeights = RoleHolderWeights()) -> Answer? {
        let (roleWords, roleTerms) = questionRoleTerms(q)
        guard !roleTerms.isEmpty else { return nil }
        // "Wer leitet X?" with only names besides the verb: the role that the verb implies says it all ("X-Chef Y"); the
        // sentence need not hold the verb.
        var others = q.contentWords.filter { !roleWords.contains($0) }
        let nameWords = Set(q.names.flatMap { $0.split(separator: " ").map(String.init) })
        if !q.impliedRoles.isEmpty, let verb = q.predicate, others.allSatisfy({ $0 == verb || nameWords.contains($0) }) {
            others.removeAll { $0 == verb }
        }
        let ev = evidence(q, words: others)
        var best: (score: Double, document: Int, mention: EntityMention)? = nil
        // The person mentions whose stated role holds an asked role term (`roleMatches`), in corpus order.
        for r in roleHolderMentions(roleTerms) {
            let d = r.document, m = facts(d).entities[r.index]
            guard let role = m.role, !inQuestion(m.canonicalName, q), !namesOtherQualifier(role.text, q, evidence: ev), documentAgrees(d, q),
                  mayCover(w.minimumCoverage, ev, document: d, role: statedRoleTerms(role.text)) else { continue }
            let ref = SentenceRef(document: d, sentence: m.sentence)
            var terms = sentenceTerms(ref)
            terms.formUnion(analyzer.terms(of: role.text))
            let share = ev.groups.isEmpty ? 1 : ev.coverage(of: terms, context: contextTerms(ref, back: 3), contextWeight: w.context,
                                                            document: documentTerms(d)).share
            guard share >= w.minimumCoverage else { continue }
            if best == nil || share > best!.score { best = (share, d, m) }
        }
        guard let b = best, let role = b.mention.role else { return nil }
        return Answer(question: q.text, kind: q.kind, text: writtenName(b.mention), speaker: b.mention.canonicalName,
                      citations: [citation(SentenceRef(document: b.document, sentence: b.mention.sentence))],
                      confidence: b.score, explanation: "person with role \"\(role.text)\" (asked: \(roleWords.joined(separator: "/")))")
    }

    /// "Wer leitete das Team …?": news names a group by its leader ("das Team um X", "Forscher um X"). With a verb that
    /// implies a leading role and a group noun in the question, the person right after "um" and the same group noun in
    /// the best sentences (at most three, of one story; those of the ranking when none covers the question well enough).
    func answerGroupLeader(_ q: Question) -> Answer? {
        guard !q.impliedRoles.isEmpty else { return nil }
        let groupWords = q.contentWords.filter { Self.isGroupNoun($0.lowercased()) }.map { $0.lowercased() }
        guard !groupWords.isEmpty else { return nil }
        let ev = evidence(q)
        // (The ranking's best sentence when none covers the question well enough: the group noun and "um" pin it.)
        let cands = candidates(q, evidence: ev)
        for cand in sameStory(Array((cands.isEmpty ? searchRanking(q) : cands).prefix(3))) {
            let doc = knowledgeBase.documents[cand.ref.document]
            let toks = Array(doc.sentences[cand.ref.sentence].tokens)
            for (k, t) in toks.enumerated() where k + 2 < toks.count && doc.surface(toks[k + 1]) == "um" {
                let noun = doc.surface(t).lowercased()
                guard Self.isGroupNoun(noun), groupWords.contains(where: { noun.hasSuffix($0) || $0.hasSuffix(noun) }) else { continue }
                let start = Int(doc.tokens[toks[k + 2]].start)
                guard let m = facts(cand.ref.document).entities.first(where: { $0.kind == .person && $0.name.span.start == start }),
                      !inQuestion(m.canonicalName, q) else { continue }
                return Answer(question: q.text, kind: q.kind, text: writtenName(m), speaker: m.canonicalName, citations: [citation(cand.ref)],
                              confidence: cand.coverage, explanation: "person the group is named after („\(doc.surface(t)) um …“)")
            }
        }
        return nil
    }

    /// Nouns of a group that news names after its leader ("Team", "Forschergruppe", "Forscher", "Wissenschaftler").
    static func isGroupNoun(_ lower: String) -> Bool {
        ["team", "gruppe", "forscher", "wissenschaftler", "mannschaft", "ermittler", "kreis"].contains { lower.hasSuffix($0) }
    }

    /// The two or three capitalized words before a parenthesis that holds a name of the question ("Y (B)"), after token
    /// position `from` of `toks`; `nil` when there is none.
    func holderNamingParty(after from: Int, _ toks: [Int], _ doc: AnalyzedDocument, _ q: Question) -> String? {
        var k = from
        while k + 2 < toks.count {
            defer { k += 1 }
            guard doc.surface(toks[k]) == "(", doc.surface(toks[k + 2]) == ")", inQuestion(doc.surface(toks[k + 1]), q) else { continue }
            var s = k
            while s - 1 >= from, k - (s - 1) <= 3, doc.surface(toks[s - 1]).first?.isUppercase == true { s -= 1 }
            guard k - s >= 2 else { return nil }
            return doc.text(Int(doc.tokens[toks[s]].start)..<Int(doc.tokens[toks[k - 1]].end))
        }
        return nil
    }

    /// Up to four capitalized words (with name particles) right after the role noun, if they are not common nouns.
    func nameAfter(role: TermGroup, in ref: SentenceRef, _ q: Question) -> String? {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        let roleIDs = termIDs(role.terms)
        let asked = questionCountries(q)
        for (k, t) in toks.enumerated() {
            guard termIDs(ofToken: t, in: ref.document).contains(where: roleIDs.contains), !namesOtherQualifier(doc.surface(t), q),
                  k == 0 || !namesOtherCountry(doc.surface(toks[k - 1]), asked: asked) else { continue }
            var words: [Int] = []
            var j = k + 1
            while j < toks.count, words.count < 4, doc.tokens[toks[j]].kind == .word {
                let w = doc.surface(toks[j])
                if w.first?.isUppercase == true, !LexiconQueries.isCommonNoun(w), !StopWords.all.contains(w.lowercased()) {
                    words.append(toks[j])
                } else if !words.isEmpty, Concepts.isHyphenJoinedParticleName(w) {
                    words.append(toks[j])  // "Omar Qamar al-Din"
                } else if !words.isEmpty, NameParticles.separate.contains(w), j + 1 < toks.count,
                          doc.surface(toks[j + 1]).first?.isUppercase == true {
                    words.append(toks[j])
                } else { break }
                j += 1
            }
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            let name = doc.text(Int(doc.tokens[first].start)..<Int(doc.tokens[last].end))
            if inQuestion(name, q) { continue }
            // "die Generalsekretäre X (A) und Y (B)" asked of B: the holder whose parenthesis names the question's party.
            if j + 2 < toks.count, doc.surface(toks[j]) == "(", doc.surface(toks[j + 2]) == ")", !inQuestion(doc.surface(toks[j + 1]), q) {
                return holderNamingParty(after: j + 3, toks, doc, q)
            }
            return name
        }
        return nil
    }
}
