import Foundation
import Corpus
import TextAnalysis
import Retrieval
import Facts

// Answers read from the fact store: roles and role holders, denials, accusations (claims), statements.
/// Weights of the denial answers (`answerDenied`). Fitted on the training split of the development questions
/// (Tests/DevQuestions/train.jsonl); the development split is reported, never fitted.
struct DenialWeights {
    /// A question word found only in the three sentences before the denial.
    var context = 0.7
    /// Whether words found only elsewhere in the document count (at a quarter).
    var useDocument = true
    /// Added when a name of the question is one of the deniers.
    var namedDenier = 0.3
    /// Least score for an answer (German questions; English questions lose words in translation).
    var minimum = 0.45
    var minimumEnglish = 0.3
}

extension Answerer {

    func answerRole(_ q: Question) -> Answer? {
        let known = ([q.subject].compactMap { $0 } + q.names).first { !knowledgeBase.facts.matchingKeys($0).isEmpty }
        guard let subject = known ?? q.subject ?? q.names.first else { return nil }
        var mentions = knowledgeBase.facts.mentions(ofEntityNamed: subject).filter { $0.mention.role != nil && $0.mention.kind == .person }
        if mentions.isEmpty, let last = subject.split(separator: " ").last.map(String.init), last != subject {
            mentions = knowledgeBase.facts.mentions(ofEntityNamed: last).filter { $0.mention.role != nil && $0.mention.kind == .person }
        }
        mentions = mentions.filter { documentAgrees($0.document, q, except: subject) }
        guard !mentions.isEmpty else { return nil }
        // Prefer roles that share words with the rest of the question and that the question does not name itself.
        // "…, bevor er X wurde": words after bevor/before describe a later role, not the one asked for.
        let laterClause = q.laterClause.joined(separator: " ")
        let laterTerms = Set(analyzer.terms(of: laterClause))
        let restWords = q.contentWords.filter { w in !subject.contains(w) && !laterClause.contains(w) }
        let ev = evidence(q, words: restWords)
        var best: (score: Double, index: Int)? = nil
        // Ties between roles that the question's words do not tell apart: the role the articles state most often, then
        // the one stated first (news introduce a person with the role: "Cellist X …"), then the longer phrase.
        var stated: [String: Int] = [:]
        for m in mentions { if let r = m.mention.role { stated[NameKey.of(r.text), default: 0] += 1 } }
        for (k, m) in mentions.enumerated() {
            guard let role = m.mention.role else { continue }
            if inQuestionPhrase(role.text, q) { continue }
            let roleTerms = Set(analyzer.terms(of: role.text))
            let sentence = sentenceTerms(SentenceRef(document: m.document, sentence: m.mention.sentence))
            let c = ev.groups.isEmpty ? 0 : ev.coverage(of: roleTerms).share + 0.3 * ev.coverage(of: sentence).share
            let later = roleTerms.intersection(laterTerms).isEmpty ? 0.0 : 1.0
            let score = c - later + 0.01 * Double(stated[NameKey.of(role.text)] ?? 1) - 0.0001 * Double(min(k, 50)) + Double(role.text.count) / 1_000_000
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

    /// Whether a role phrase is named in the question itself (e.g. "bevor sie Ministerin wurde").
    /// The head of a German role phrase is its last word before a genitive or prepositional attribute
    /// ("Landesvorsitzende des Verbands" → Landesvorsitzende, "russischer Verteidigungsminister" → Verteidigungsminister).
    func inQuestionPhrase(_ phrase: String, _ q: Question) -> Bool {
        let qTerms = Set(q.words.flatMap { analyzer.terms(of: $0) })
        let attributes: Set<String> = ["des", "der", "von", "vom", "für", "fuer", "im", "in", "bei", "beim", "of", "for", "at"]
        let words = phrase.split(separator: " ").map(String.init)
        let core = words.prefix { !attributes.contains($0.lowercased()) }
        let pTerms = analyzer.terms(of: (core.isEmpty ? words[...] : core).joined(separator: " "))
        guard let head = pTerms.last else { return false }
        return qTerms.contains(head) && !(q.subject.map { analyzer.terms(of: $0).contains(head) } ?? false)
    }

    func answerHolder(_ q: Question) -> Answer? {
        guard let subject = q.subject else { return nil }
        let roleTerms = Set(analyzer.terms(of: subject))
        guard !roleTerms.isEmpty else { return nil }
        var best: (score: Double, document: Int, mention: EntityMention)? = nil
        // Only the mentions whose role holds every asked term can score (`holderMentions`; all when it cannot tell).
        let mentions = holderMentions(roleTerms) ?? knowledgeBase.facts.documents.indices.flatMap { d in
            facts(d).entities.indices.map { MentionRef(document: d, index: $0) }
        }
        for r in mentions {
            let d = r.document, m = facts(d).entities[r.index]
            guard m.kind == .person, let role = m.role else { continue }
            let terms = statedRoleTerms(role.text)
            // Each term of the asked role must be in the stated role (whole, or as a compound part).
            let shared = roleTerms.filter { Self.holds(terms, $0) }.count
            let score = Double(shared) / Double(roleTerms.count)
            guard score >= 0.99 else { continue }
            if best == nil || score > best!.score { best = (score, d, m) }
        }
        guard let b = best, let role = b.mention.role else { return nil }
        return Answer(question: q.text, kind: .holder, text: b.mention.canonicalName, speaker: b.mention.canonicalName,
                      citations: [citation(SentenceRef(document: b.document, sentence: b.mention.sentence))],
                      confidence: 0.85, explanation: "person with role \"\(role.text)\"")
    }

    /// The index terms of what the article says of the persons a sentence names, up to that sentence: full name
    /// and stated roles ("Varden" → "Ole Varden", "norwegische Minister für Fischerei"). A fact about a
    /// person matches a question that describes them so.
    func personDescriptionTerms(_ ref: SentenceRef) -> Set<String> {
        let descriptions = personDescriptions(ref.document)
        var terms = Set<String>()
        for m in facts(ref.document).entities where m.kind == .person && m.sentence == ref.sentence {
            for d in descriptions[m.canonicalName] ?? [] where d.sentence <= ref.sentence { terms.formUnion(d.terms) }
        }
        return terms
    }

    /// Each entity mention of a document as index terms of its canonical name and stated role, by canonical name;
    /// analyzed once per document.
    func personDescriptions(_ document: Int) -> [String: [(sentence: Int, terms: Set<String>)]] {
        if let hit = personDescriptionCache[document] { return hit }
        var out: [String: [(sentence: Int, terms: Set<String>)]] = [:]
        for m in facts(document).entities {
            var terms = Set(analyzer.terms(of: m.canonicalName))
            if let role = m.role { terms.formUnion(analyzer.terms(of: role.text)) }
            out[m.canonicalName, default: []].append((m.sentence, terms))
        }
        personDescriptionCache[document] = out
        return out
    }

    // MARK: - Denials

    func denialContentTerms(_ d: Denial, document: Int) -> Set<String> {
        var terms = sentenceTerms(SentenceRef(document: document, sentence: d.sentence))
        if let c = d.content { terms.formUnion(analyzer.terms(of: c.text)) }
        return terms
    }

    /// Coverage of the question by a denial: its sentence, deniers and content, with the three sentences
    /// before as context (a denial often refers back: "wies dies zurück", "bestritt er").
    /// A question word found only elsewhere in the document counts a quarter (`QueryEvidence.coverage`): the
    /// question often describes the denier with words from earlier in the article ("der norwegische Ex-Minister").
    func denialCoverage(_ ev: QueryEvidence, _ d: Denial, document: Int, weights w: DenialWeights = DenialWeights()) -> Double {
        let ref = SentenceRef(document: document, sentence: d.sentence)
        var terms = sentenceTerms(ref)
        if let c = d.content { terms.formUnion(analyzer.terms(of: c.text)) }
        for name in d.resolvedDeniers { terms.formUnion(analyzer.terms(of: name)) }
        return ev.coverage(of: terms, context: contextTerms(ref, back: 3), contextWeight: w.context,
                           document: w.useDocument ? documentTerms(document) : []).share
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
        for (d, f) in factDocuments(q) {
            for denial in f.denials where !denial.deniers.isEmpty && documentAgrees(d, q) {
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
        for (d, f) in factDocuments(q) {
            for denial in f.denials where denial.content != nil && documentAgrees(d, q) {
                if q.asksNotConfirmed && !denial.notConfirmed { continue }
                let w = DenialWeights()
                let share = denialCoverage(ev, denial, document: d, weights: w)
                let score = share + (denierNamed(ev, denial) ? w.namedDenier : 0)
                guard score >= (q.language == "en" ? w.minimumEnglish : w.minimum) else { continue }
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
    /// "Wer beschuldigt X?" answers the claimants, "Wen beschuldigt X?" the target, "Was wird X vorgeworfen?" the content,
    /// with the claim's status.
    func answerClaim(_ q: Question) -> Answer? {
        let ev = evidence(q)
        var best: (score: Double, document: Int, claim: Claim)? = nil
        for (d, f) in factDocuments(q) {
            for c in f.claims where documentAgrees(d, q) {
                if q.kind == .accuser && c.claimants.isEmpty { continue }
                if q.kind == .accusation && c.content == nil { continue }
                if q.kind == .accused && c.target == nil { continue }
                let ref = SentenceRef(document: d, sentence: c.sentence)
                var terms = sentenceTerms(ref)
                for t in [c.target?.text, c.content?.text].compactMap({ $0 }) + c.resolvedClaimants { terms.formUnion(analyzer.terms(of: t)) }
                terms.formUnion(personDescriptionTerms(ref))
                let share = ev.coverage(of: terms, context: contextTerms(ref, back: 2), contextWeight: 0.5).share
                guard share >= 0.5 else { continue }
                if best == nil || share > best!.score { best = (share, d, c) }
            }
        }
        guard let b = best else { return nil }
        let claimants = b.claim.resolvedClaimants.isEmpty ? b.claim.claimants.map(\.text) : b.claim.resolvedClaimants
        let text: String?
        switch q.kind {
        case .accuser: text = claimants.joined(separator: " und ")
        case .accused: text = b.claim.target?.text
        default: text = b.claim.content?.text
        }
        guard let text, !text.isEmpty else { return nil }
        return Answer(question: q.text, kind: q.kind, text: text, speaker: claimants.joined(separator: ", "),
                      citations: [citation(SentenceRef(document: b.document, sentence: b.claim.sentence))], confidence: b.score,
                      explanation: "claim (\(b.claim.rule)), cue \"\(b.claim.cue.text)\", status \(b.claim.status.rawValue)")
    }


    /// "Wie bezeichnete X Y?": the phrase after "als" that follows a naming verb (bezeichnen, nennen, beschreiben,
    /// beschimpfen, kritisieren als; describe, call as) in the best sentence, up to the next punctuation (at most
    /// eight words).
    func answerNaming(_ q: Question, requireNames: Bool = false) -> Answer? {
        let ev = evidence(q)
        let stems = ["bezeichn", "nannt", "nenn", "beschrieb", "beschreib", "beschimpf", "kritisier", "describ", "call"]
        let nameGroups = ev.nameGroups.filter { $0.documentFrequency > 0 }
        for cand in candidates(q, evidence: ev).prefix(5) {
            // As a fallback for "Was sagte X …?", only a sentence that names someone the question names.
            if requireNames, !nameGroups.isEmpty, !nameGroups.contains(where: { g in g.terms.contains { sentenceTerms(cand.ref).contains($0) } }) { continue }
            let doc = knowledgeBase.documents[cand.ref.document]
            let toks = Array(doc.sentences[cand.ref.sentence].tokens)
            let words = toks.map { NameKey.of(doc.surface($0).lowercased()) }
            guard let verb = words.firstIndex(where: { w in stems.contains { w.hasPrefix($0) || w.hasPrefix("ge" + $0) } }) else { continue }
            // "als" after the verb, or before it in a verb-final clause ("…, den er als X bezeichnete").
            let als = words[(verb + 1)...].firstIndex(of: "als") ?? words[max(0, verb - 8)..<verb].lastIndex(of: "als")
            guard let a = als else { continue }
            // "bezeichnete … als: „einen sehr wichtigen Nachbarn“": a colon or an opening quotation mark may come first.
            var start = a + 1
            while start < toks.count, doc.tokens[toks[start]].kind == .punctuation, [":", "„", "\"", "»", "‚"].contains(doc.surface(toks[start])) { start += 1 }
            var end = start
            while end < toks.count, end - start < 8, doc.tokens[toks[end]].kind != .punctuation, end != verb { end += 1 }
            guard end > start else { continue }
            let text = doc.text(Int(doc.tokens[toks[start]].start)..<Int(doc.tokens[toks[end - 1]].end))
            return Answer(question: q.text, kind: .said, text: text, citations: [citation(cand.ref)], confidence: cand.coverage,
                          explanation: "phrase after \"als\" with a naming verb in the best sentence")
        }
        return nil
    }

    func answerSaid(_ q: Question) -> Answer? {
        guard let subject = q.subject else { return nil }
        var keys = knowledgeBase.facts.matchingKeys(subject)
        // "Was sagte Verbandspräsident X?": the name without the role words before it.
        if keys.isEmpty {
            let name = subject.split(separator: " ").map(String.init).filter { !LexiconQueries.isRoleNoun($0) }
            if !name.isEmpty, name.count < subject.split(separator: " ").count { keys = knowledgeBase.facts.matchingKeys(name.joined(separator: " ")) }
            // "Was verlangte X von Amazon?": a name particle may open the verb's object, not the rest of the name; the
            // longest known name the subject opens with.
            var k = name.count - 1
            while keys.isEmpty, k >= 1 {
                keys = knowledgeBase.facts.matchingKeys(name.prefix(k).joined(separator: " "))
                k -= 1
            }
        }
        // A speaker that is no entity of the fact store but an attribution's resolved speaker ("das Magazin X" → X), when the
        // question asks what was said (its verb is a speech verb, or it has none).
        if keys.isEmpty, q.predicate.map({ LexiconQueries.isSpeechCue($0.lowercased()) }) ?? true {
            let words = subject.split(separator: " ").map(String.init)
            let named = words.filter { $0.first?.isUppercase == true && !LexiconQueries.isCommonNoun($0) && !$0.contains("-") }
            keys = Set([subject, named.joined(separator: " ")].map(NameKey.of).filter { !$0.isEmpty && statementsBySpeaker[$0] != nil }.prefix(1))
        }
        // A speaker named only by a role ("Was sagte der Einsatzleiter der Feuerwehr?"): the attributions whose speaker
        // phrase holds the role noun and every name of the question.
        let byRole = keys.isEmpty && LexiconQueries.isRoleNoun(subject)
        let roleTerms = byRole ? Set(q.names.flatMap { $0.split(separator: " ").flatMap { analyzer.terms(of: String($0)).prefix(1) } }) : []
        let nameWords = Set(q.names.flatMap { $0.split(separator: " ").map(String.init) })
        // (A speech verb asks for a statement; what the statement is about are the other words.)
        let speechVerb = q.predicate.flatMap { LexiconQueries.isSpeechCue($0.lowercased()) ? $0 : nil }
        let restWords = q.contentWords.filter { !subject.contains($0) && !(byRole && nameWords.contains($0)) && $0 != speechVerb }
        let ev = evidence(q, words: restWords)
        var best: (score: Double, document: Int, attribution: Attribution)? = nil
        // (By role: every attribution whose speaker phrase holds the role; else the asked speaker's statements.)
        let statementRefs = byRole ? statements(bySpeakerHolding: roleTerms, q, except: subject) : statements(byAnyOf: keys)
        for r in statementRefs where documentAgrees(r.document, q, except: subject) {
            let d = r.document, a = facts(d).attributions[r.index]
            var terms = sentenceTerms(SentenceRef(document: d, sentence: a.sentence))
            terms.formUnion(analyzer.terms(of: a.message!.text))
            let score = ev.groups.isEmpty ? 0.5 : ev.coverage(of: terms).share
            if best == nil || score > best!.score { best = (score, d, a) }
        }
        // A statement that holds none of what the question asks about ("Was sagte X zu Y?") is another statement of X's.
        guard let b = best, let m = b.attribution.message, b.score >= SaidChoice.minimumTopicCoverage else { return nil }
        return Answer(question: q.text, kind: .said, text: m.text, speaker: b.attribution.resolvedSpeaker,
                      citations: [citation(SentenceRef(document: b.document, sentence: b.attribution.sentence))],
                      confidence: b.score, explanation: "attribution (\(b.attribution.rule))")
    }
}

/// How `answerSaid` chooses among a speaker's statements.
enum SaidChoice {
    /// Least coverage of the question's other words (besides the speaker) by a statement and its sentence (fitted on the
    /// training split of the development questions).
    static let minimumTopicCoverage = 0.2
}
