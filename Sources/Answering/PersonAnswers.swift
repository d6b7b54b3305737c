import Foundation
import Corpus
import TextAnalysis
import Retrieval
import Facts
import WordLists

// Person and organisation answers from the best sentences: speakers, mentions, pronouns, role nouns.
extension Answerer {

    /// With `verbOutsideMessage` ("Wer V-te …?" asked of a speaker), an attribution whose message holds the question's
    /// verb does not answer: the message tells who did it ("Y warf Z vor, sie hätten X abgelehnt" → Z, not Y).
    func answerSpeaker(_ q: Question, verbOutsideMessage: Bool = false) -> Answer? {
        let ev = evidence(q)
        let verbTerms = verbOutsideMessage ? Set(q.predicate.flatMap { p in ev.groups.first { $0.word == p }?.terms } ?? []) : []
        var best: (score: Double, document: Int, attribution: Attribution)? = nil
        let minimum = q.language == "en" ? 0.4 : 0.5
        // Only attributions that hold enough of the question's rarest words can reach the minimum.
        for r in attributions(coveringAtLeast: minimum, ev) where documentAgrees(r.document, q) {
            let d = r.document, f = facts(d), a = f.attributions[r.index]
            guard let speaker = a.resolvedSpeaker ?? a.speaker?.text, !inQuestion(speaker, q) else { continue }
            // "Welche Zeitung …?" is never answered with a person.
            if q.answerType == .organisation, isPerson(speaker, in: f) { continue }
            let c = ev.coverage(of: attributionTerms(d)[r.index])
            guard c.share >= minimum else { continue }
            if !verbTerms.isEmpty, let m = a.message, !verbTerms.isDisjoint(with: analyzer.terms(of: m.text)) { continue }
            if best == nil || c.share > best!.score { best = (c.share, d, a) }
        }
        guard let b = best else { return nil }
        let written = b.attribution.resolvedSpeaker ?? b.attribution.speaker?.text ?? ""
        let speaker = describedPerson(written, document: b.document, sentence: b.attribution.sentence, end: b.attribution.speaker?.span.end, q) ?? written
        return Answer(question: q.text, kind: .speaker, text: displayName(speaker, document: b.document), speaker: speaker,
                      citations: [citation(SentenceRef(document: b.document, sentence: b.attribution.sentence))],
                      confidence: b.score, explanation: "attribution (\(b.attribution.rule)), cue \"\(b.attribution.cue.text)\"")
    }

    /// "Wer sagte …?" when the best sentence continues a quotation that the sentence before it attributes: news quotes a
    /// speaker over several sentences and names the speaker once ("…, sagte X. Mir ist … ."). The best sentence (first in
    /// both rankings) speaks in the first person and has no attribution of its own; the speaker is that of the quotation
    /// one sentence before, or two when the sentence between continues it too. Citations: the best sentence, then the
    /// attribution's.
    func answerContinuedQuote(_ q: Question) -> Answer? {
        let ev = evidence(q)
        guard q.language == "de" || q.language == "en", let cand = candidates(q, evidence: ev).first,
              cand.ref == searchRanking(q).first?.ref else { return nil }
        let d = cand.ref.document, f = facts(d)
        var s = cand.ref.sentence
        for _ in 0..<2 {
            guard speaksInFirstPerson(SentenceRef(document: d, sentence: s)), !f.attributions.contains(where: { $0.sentence == s }),
                  s > 0 else { return nil }
            s -= 1
            guard let a = f.attributions.first(where: { $0.sentence == s && $0.message != nil }) else { continue }
            guard let written = a.resolvedSpeaker ?? a.speaker?.text, !inQuestion(written, q),
                  !LexiconQueries.isFirstPersonWord(written.lowercased()), !["er", "sie", "es"].contains(written.lowercased()) else { return nil }
            let speaker = describedPerson(written, document: d, sentence: s, end: a.speaker?.span.end, q) ?? written
            return Answer(question: q.text, kind: .speaker, text: displayName(speaker, document: d), speaker: speaker,
                          citations: [citation(cand.ref), citation(SentenceRef(document: d, sentence: s))], confidence: cand.coverage,
                          explanation: "speaker of the quotation the best sentence continues (\(a.rule)), cue \"\(a.cue.text)\"")
        }
        return nil
    }

    /// Whether a sentence holds a German first-person pronoun or possessive outside a name.
    func speaksInFirstPerson(_ ref: SentenceRef) -> Bool {
        let doc = knowledgeBase.documents[ref.document]
        return doc.sentences[ref.sentence].tokens.contains { t in
            doc.tokens[t].kind == .word && LexiconQueries.isFirstPersonWord(doc.surface(t).lowercased())
        }
    }

    /// The index terms of each attribution's sentence and message in document `d`, computed once per document.
    func attributionTerms(_ d: Int) -> [Set<String>] {
        if let hit = attributionTermsCache[d] { return hit }
        let terms = facts(d).attributions.map { a in
            var t = sentenceTerms(SentenceRef(document: d, sentence: a.sentence))
            if let m = a.message { t.formUnion(analyzer.terms(of: m.text)) }
            return t
        }
        attributionTermsCache[d] = terms
        return terms
    }

    /// The person a definite description names ("der Landtagsabgeordnete" → the last person before it in the
    /// document whose stated role holds "Landtagsabgeordnete"), or `nil` when `text` is no such description.
    /// A person mention that starts at most a few words after the description in the same sentence ("Der
    /// Landtagsabgeordnete und SPD-Fraktionschef Andreas Stoch") is the person it describes.
    func describedPerson(_ text: String, document: Int, sentence: Int, end: Int? = nil, _ q: Question) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard words.count >= 2, QuestionWords.shared.contains(NameKey.of(words[0].lowercased()), .determiner),
              let head = words.last, head.first?.isUppercase == true, LexiconQueries.isRoleNoun(head) else { return nil }
        let doc = knowledgeBase.documents[document]
        if let end, let next = facts(document).entities.first(where: { $0.kind == .person && $0.sentence == sentence
            && $0.name.span.start >= end && $0.name.span.start - end <= 40 && !doc.text(end..<$0.name.span.start).contains(",")
            && !inQuestion($0.canonicalName, q) }) {
            return next.canonicalName
        }
        let asked = [analyzer.terms(of: head)]
        return facts(document).entities.last { m in
            m.kind == .person && m.sentence <= sentence && m.role.map { roleMatches($0.text, asked) } == true
        }?.canonicalName
    }

    /// A genitive name before a noun ("Mannings Problemen", "Türcks Verteidiger"): the person owns something the
    /// sentence speaks of, and is neither its agent nor its object.
    func isPossessor(_ m: EntityMention, in ref: SentenceRef) -> Bool {
        let text = m.name.text
        guard text.hasSuffix("s"), text.count > 3 else { return false }
        let base = String(text.dropLast())
        let known = knowledgeBase.facts.nameParts[NameKey.of(base)] != nil
        guard known else { return false }
        let doc = knowledgeBase.documents[ref.document]
        let range = doc.sentences[ref.sentence].tokens
        guard let k = range.first(where: { Int(doc.tokens[$0].start) == m.name.span.end || Int(doc.tokens[$0].start) == m.name.span.end + 1 }),
              doc.tokens[k].kind == .word else { return false }
        return doc.surface(k).first?.isUppercase == true
    }

    /// The canonical name of a mention, with its initials' full stops when the mention writes them ("Anna B.
    /// Kern", not "Anna B Kern").
    func writtenName(_ m: EntityMention) -> String {
        m.name.text.replacingOccurrences(of: ".", with: "") == m.canonicalName ? m.name.text : m.canonicalName
    }

    /// Whether a speaker is a person the document names (as a person mention) or a pronoun.
    func isPerson(_ speaker: String, in f: DocumentFacts) -> Bool {
        let key = NameKey.of(speaker)
        return isPronoun(speaker) || f.entities.contains { $0.kind == .person && (NameKey.of($0.canonicalName) == key || NameKey.of($0.name.text) == key) }
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
            // The role's action noun counts too ("unter der Führung von X" names the Führer).
            let terms = role.terms + actionNounTerms(of: role.word)
            let roleIDs = termIDs(terms)
            cands = cands.filter { c in
                terms.contains { sentenceTerms(c.ref).contains($0) } && statesRole(roleIDs, in: c.ref, q)
            }
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
        if let slot = answerFromVerbSlot(q, candidates: sameStory(cands), evidence: ev) { return slot }
        // Tiers, each over all candidates in rank order: a named speaker or person in the sentence,
        // then an organisation (or, for actors, places), then a pronoun resolved backwards.
        // The question's verb (or a synonym or its action noun): a person the sentence names did what it asks only when
        // the sentence says that act ("Wer führte Regie?" is not answered by the actress a sentence about the premiere names).
        let verb = q.predicate.flatMap { p in ev.groups.first { $0.word == p } }
        let verbIDs = verb.map { termIDs($0.terms + Array($0.synonyms)) } ?? []
        func saysTheAct(_ ref: SentenceRef) -> Bool {
            verbIDs.isEmpty || sentenceTerms(ref).contains { t in knowledgeBase.index.termID(t).map(verbIDs.contains) ?? false }
        }
        for tier in 0..<4 {
            for cand in cands {
                // A bare mention (not a speaker) needs a sentence that covers the question well.
                if tier > 0 || !hasAttribution(cand.ref, q), cand.coverage < 0.6 { continue }
                if !hasAttribution(cand.ref, q), cand.coverage < PersonChoice.coverageWithoutTheAct, !saysTheAct(cand.ref) { continue }
                if let (name, why) = personIn(cand.ref, q, tier: tier) {
                    return Answer(question: q.text, kind: q.kind, text: name, citations: [citation(cand.ref)],
                                  confidence: cand.coverage, explanation: why)
                }
            }
        }
        return answerFromMainSubject(q, candidates: sameStory(cands), evidence: ev)
    }

    /// Whether a mention stands in the dateline that opens an article's first sentence ("Antwerpen/Wien – …"): before a
    /// dash among the sentence's first five tokens.
    func inDateline(_ m: EntityMention, _ ref: SentenceRef) -> Bool {
        let doc = knowledgeBase.documents[ref.document]
        guard let dash = doc.sentences[ref.sentence].tokens.prefix(5).first(where: { ["–", "—", "-"].contains(doc.surface($0)) }) else { return false }
        return m.name.span.end <= Int(doc.tokens[dash].start)
    }

    /// The countries a question names (German names): a country name, its English name, or a nationality adjective.
    func questionCountries(_ q: Question) -> Set<String> {
        var out = Set<String>()
        let german = CountryNames.allGermanNames
        let words = q.words
        for (k, w) in words.enumerated() {
            if german.contains(w) { out.insert(w) }
            if let c = CountryNames.country(ofAdjective: w) { out.insert(c) }
            // English names of one to three words ("South Korea").
            for n in 1...3 where k + n <= words.count {
                if let g = CountryNames.lookup[words[k..<(k + n)].joined(separator: " ").lowercased()]?.first { out.insert(g) }
            }
        }
        return out
    }

    /// Whether the word before a role names a country ("der russische Präsident", "Russlands Präsident") while the question
    /// names another one (`asked`, its `questionCountries`: "Wer leitet als Präsident Südkorea?").
    func namesOtherCountry(_ word: String, asked: Set<String>) -> Bool {
        guard !asked.isEmpty else { return false }
        let genitive = word.hasSuffix("s") ? String(word.dropLast()) : word
        guard let country = CountryNames.country(ofAdjective: word)
                ?? (CountryNames.germanNames.contains(genitive) ? genitive : nil) else { return false }
        return !asked.contains(country)
    }

    /// Whether a word of the sentence holds one of the role's term ids and is not qualified by a name the question
    /// does not name (`namesOtherQualifier`: "Siemens-Chef" states no "Chef von Apple").
    /// A role word after a word naming another country than the question's rules the sentence out.
    func statesRole(_ roleIDs: Set<Int32>, in ref: SentenceRef, _ q: Question) -> Bool {
        let doc = knowledgeBase.documents[ref.document]
        let asked = questionCountries(q)
        var states = false
        for t in doc.sentences[ref.sentence].tokens where termIDs(ofToken: t, in: ref.document).contains(where: roleIDs.contains) {
            if t > 0, namesOtherCountry(doc.surface(t - 1), asked: asked) { return false }
            if !namesOtherQualifier(doc.surface(t), q) { states = true }
        }
        return states
    }

    /// The index terms of the action noun of an agent noun in "-er" ("Führer" → "Führung", "Leiter" → "Leitung"): the
    /// German agent noun and the "-ung" noun of one verb stem name the doer and the doing. Empty for other words and
    /// for action nouns the corpus never uses.
    func actionNounTerms(of word: String) -> [String] {
        guard word.count >= 5, word.first?.isUppercase == true, word.hasSuffix("er") else { return [] }
        return analyzer.terms(of: String(word.dropLast(2)) + "ung").filter { knowledgeBase.index.documentFrequency($0) > 0 }
    }

    /// A one-word person mention followed by a capitalized word that is not a common noun, or by a particle joined to a
    /// capitalized surname ("Karim al-Nasser"): both words.
    func extendedName(_ m: EntityMention, in ref: SentenceRef) -> String {
        guard !m.name.text.contains(" ") else { return m.canonicalName }
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        guard let k = toks.firstIndex(where: { Int(doc.tokens[$0].start) == m.name.span.start }), k + 1 < toks.count else { return m.canonicalName }
        let next = doc.surface(toks[k + 1])
        guard doc.tokens[toks[k + 1]].kind == .word else { return m.canonicalName }
        // A surname joined to its particle by a hyphen ("al-Nasser", "el-Amin"; `names/name-particles.txt`).
        if Concepts.isHyphenJoinedParticleName(next) { return m.name.text + " " + next }
        guard next.first?.isUppercase == true, !LexiconQueries.isCommonNoun(next),
              !StopWords.all.contains(next.lowercased()) else { return m.canonicalName }
        return m.name.text + " " + next
    }

    /// The byte range of the message of an attribution in sentence `ref` that holds the verb of an agent question and does
    /// not speak in the first person.
    func reportedMessageHoldingVerb(_ ref: SentenceRef, _ q: Question) -> Range<Int>? {
        guard q.relation == .agentOf, let p = q.predicate, let verb = evidence(q).groups.first(where: { $0.word == p }) else { return nil }
        let terms = Set(verb.terms)
        for a in facts(ref.document).attributions where a.sentence == ref.sentence {
            // A message in the first person ("Wir wollen X beenden, sagte Y") tells what its speaker does.
            guard let m = a.message, !terms.isDisjoint(with: analyzer.terms(of: m.text)),
                  !m.text.split(whereSeparator: { !$0.isLetter }).contains(where: { LexiconQueries.isFirstPersonWord($0.lowercased()) }) else { continue }
            return m.span.start..<m.span.end
        }
        return nil
    }

    func hasAttribution(_ ref: SentenceRef, _ q: Question) -> Bool {
        facts(ref.document).attributions.contains { $0.sentence == ref.sentence && ($0.resolvedSpeaker ?? $0.speaker?.text).map { !inQuestion($0, q) && !isPronoun($0) } == true }
    }

    /// The speaker of the first attribution of a sentence that answers the question's type: named (not "einer
    /// Pressemitteilung"), no place or organisation for a person question, no person for an organisation question.
    /// A source that only reports ("laut X", "wie X berichtet", "X zufolge") did not do what a question with another verb
    /// asks about, nor is a speaker the holder of a role the question names: neither answers.
    func speakerIn(_ ref: SentenceRef, _ q: Question) -> (String, String)? {
        let f = facts(ref.document)
        let asksSpeech = q.predicate.map { LexiconQueries.isSpeechCue($0.lowercased()) } ?? false
        guard q.kind != .holder else { return nil }
        guard let a = f.attributions.first(where: { $0.sentence == ref.sentence && ($0.resolvedSpeaker ?? $0.speaker?.text).map { !inQuestion($0, q) && !isPronoun($0) } == true
                                                     && (q.relation != .agentOf || asksSpeech || !$0.rule.hasPrefix("reported.")) })
        else { return nil }
        let s = describedPerson(a.resolvedSpeaker ?? a.speaker!.text, document: ref.document, sentence: ref.sentence, end: a.speaker?.span.end, q)
            ?? a.resolvedSpeaker ?? a.speaker!.text
        let isPlaceOrOrganisation = f.entities.contains { $0.kind != .person && NameKey.of($0.canonicalName) == NameKey.of(s) }
        let named = s.split(separator: " ").contains { w in w.first?.isUppercase == true && !LexiconQueries.looksLikeCommonNoun(String(w)) }
        let personForOrganisation = q.answerType == .organisation && isPerson(s, in: f)
        // A person is asked for: a phrase that opens with an article and names no person ("einer Mitteilung des Amtes") is none.
        let description = q.answerType == .person && s.first?.isLowercase == true && !isPerson(s, in: f)
        guard !(q.answerType == .person && isPlaceOrOrganisation), !personForOrganisation, !description, named else { return nil }
        return (displayName(s, document: ref.document), TypedEvidence.attributionSpeaker + " (\(a.rule))")
    }

    /// The canonical names of the first mention and the ones coordinated with it ("X und Y", "X, Y"), at most four.
    func coordinatedNames(_ ofKind: [EntityMention], in doc: AnalyzedDocument) -> [String] {
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

    /// The person (or organisation) a sentence offers as the answer.
    /// Tier 0: the speaker of an attribution in it, else the first person mention not named in the question
    /// (with coordinated ones). Tier 1: an organisation, or places acting together ("China und Russland").
    /// Tier 2: a pronoun resolved to the last person mentioned before it (a possessor in its sentence, or in the three
    /// sentences before).
    func personIn(_ ref: SentenceRef, _ q: Question, tier: Int) -> (String, String)? {
        let f = facts(ref.document)
        let doc = knowledgeBase.documents[ref.document]
        // "Wer V-te X?" and a reported message that holds the verb ("Y warf Z vor, er habe X abgelehnt"): who did it is in
        // the message, and its speaker only said so.
        let message = reportedMessageHoldingVerb(ref, q)
        let mentions = f.entities.filter { $0.sentence == ref.sentence && !inQuestion($0.canonicalName, q) && message?.contains($0.name.span.start) != false }
        func coordinated(_ ofKind: [EntityMention]) -> [String] { coordinatedNames(ofKind, in: doc) }
        switch tier {
        case 0:
            // "Welche Länder …?": the countries the sentence names, coordinated ("China und Russland").
            if q.answerType == .place {
                // Countries first; never a place of the dateline ("Antwerpen/Wien –").
                let all = mentions.filter { $0.kind == .place && !inDateline($0, ref) }
                let countries = all.filter { CountryNames.allGermanNames.contains($0.canonicalName) }
                let places = coordinated(countries.isEmpty ? all : countries)
                return places.isEmpty ? nil : (places.joined(separator: " und "), "countries in the best sentence")
            }
            if message == nil, let speaker = speakerIn(ref, q) { return speaker }
            // "Welches Unternehmen …?" is never answered with a person.
            if q.answerType == .organisation { return nil }
            let persons = mentions.filter { $0.kind == .person && !isPossessor($0, in: ref) }
            // Of a list of persons, the one whose own description holds the question's words ("…, der Gründer von X Anna Berg, …").
            if let m = describedMention(persons, in: ref, evidence: evidence(q)) {
                return (displayName(writtenName(m), document: ref.document), "person the question describes, of several in the best sentence")
            }
            let names = coordinated(persons)
            if names.count == 1, let m = persons.first {
                // A given name the extractor cut short ("Eberhard" of "Eberhard Diepgen") takes the capitalized word after it.
                // Else the name with its initials' full stops as the sentence writes them (`writtenName`).
                let full = m.canonicalName == m.name.text ? extendedName(m, in: ref) : writtenName(m)
                return (displayName(full, document: ref.document), "person mention in the best sentence")
            }
            if names.count > 1 {
                // Coordinated persons as the sentence writes them ("Anna B. Kern, Otto F. Lind und Eva Roth": full stops, commas).
                let written = doc.text(persons[0].name.span.start..<persons[names.count - 1].name.span.end)
                return (written, "person mentions in the best sentence")
            }
            return nil
        case 1:
            if q.kind == .who {
                let places = coordinated(mentions.filter { $0.kind == .place })
                if places.count > 1 { return (places.joined(separator: " und "), "places acting together in the best sentence") }
            }
            // Organisations answer "Welcher Sender/Welche Partei …?" and speaker questions, not a plain "Wer …?".
            let asksOrganisation = q.kind == .speaker || q.row.hasSuffix("-which") || q.row == "who.which-actor" || q.row == "speaker.which-said"
            guard asksOrganisation, q.answerType != .person else { return nil }
            let orgs = coordinated(mentions.filter { $0.kind == .organisation && $0.name.text.count > 2 })
            if !orgs.isEmpty { return (orgs.joined(separator: " und "), "organisation mention in the best sentence") }
            return nil
        case 3:
            if q.answerType == .organisation { return nil }
            return capitalizedName(in: ref, q)
        default:
            if q.answerType == .organisation { return nil }
            let s = doc.sentences[ref.sentence]
            guard let pronoun = s.tokens.first(where: { isPronoun(doc.surface($0)) }) else { return nil }
            // The last person named before the pronoun: in its own sentence only a possessor can be left ("Trotz Annas
            // Verletzung spielte sie"; any other person there answered in tier 0), else in the three sentences before.
            let start = Int(doc.tokens[pronoun].start)
            let earlier = f.entities.filter { m in
                m.kind == .person && !inQuestion(m.canonicalName, q)
                    && (m.sentence < ref.sentence && m.sentence >= ref.sentence - 3 || m.sentence == ref.sentence && m.name.span.end <= start)
            }
            if let last = earlier.last {
                return (displayName(last.canonicalName, document: ref.document), "pronoun resolved to the last person mentioned before")
            }
            return nil
        }
    }

    /// A name the fact store missed: two to four capitalized words that are not common nouns, person-shaped
    /// (no acronym, no article before it), not named in the question.
    func capitalizedName(in ref: SentenceRef, _ q: Question) -> (String, String)? {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        var k = 1
        while k < toks.count {
            var j = k
            while j < toks.count, j - k < 4, doc.tokens[toks[j]].kind == .word {
                let w = doc.surface(toks[j])
                guard w.first?.isUppercase == true, w.count > 1, !LexiconQueries.isCommonNoun(w),
                      !StopWords.all.contains(w.lowercased()), !Self.monthsAndDays.contains(w) else { break }
                j += 1
            }
            // A capitalized word that is no German noun ("Port" of "Port Lindby") opens the run it stands before.
            if j - k >= 2, k >= 2, doc.tokens[toks[k - 1]].kind == .word, isForeignCapital(doc.surface(toks[k - 1])) { k -= 1 }
            if j - k >= 2 {
                let name = doc.text(Int(doc.tokens[toks[k]].start)..<Int(doc.tokens[toks[j - 1]].end))
                // Person-shaped only: no acronyms ("SV", "FC"), no article before it ("des Bundesligisten …").
                let parts = (k..<j).map { doc.surface(toks[$0]) }
                let acronym = parts.contains { $0.count <= 3 || $0.allSatisfy { $0.isUppercase } }
                // The article may stand before an adjective ("der östlichen Chalk Farm Road": a street, not a person).
                var a = k - 1
                while a > 0, a >= k - 3, doc.surface(toks[a]).first?.isLowercase == true,
                      !["der", "die", "das", "des", "dem", "den"].contains(doc.surface(toks[a])) { a -= 1 }
                let article = ["der", "die", "das", "des", "dem", "den"].contains(doc.surface(toks[a]).lowercased())
                    && (a == k - 1 || (a + 1..<k).allSatisfy { doc.tokens[toks[$0]].kind == .word && Self.isInflectedAdjective(doc.surface(toks[$0])) })
                if !acronym, !article, !inQuestion(name, q) { return (name, "capitalized name in the best sentence") }
            }
            k = max(j, k + 1)
        }
        return nil
    }

    /// A capitalized word that the lexicon knows only as an ordinary word form, not as a German noun nor a function
    /// word: inside a run of capitalized words it is part of a foreign name ("New", "Royal", "United").
    func isForeignCapital(_ w: String) -> Bool {
        guard w.first?.isUppercase == true, w.count > 2, w.dropFirst().allSatisfy({ $0.isLowercase }) else { return false }
        return LexiconQueries.isCommonNoun(w) && !LexiconQueries.isListedCommonNoun(w) && !StopWords.all.contains(w.lowercased())
    }

    /// A lower-case word with a German adjective ending ("östlichen", "neue").
    static func isInflectedAdjective(_ w: String) -> Bool {
        w.first?.isLowercase == true && w.count >= 4 && ["e", "en", "er", "es", "em"].contains { w.hasSuffix($0) }
    }

    func isPronoun(_ s: String) -> Bool { ["er", "sie", "he", "she", "Er", "Sie", "He", "She"].contains(s) }
}

/// Name particles (class `particle` of `names/name-particles.txt`: "al", "el", "bin", "ibn", "van", …).
enum NameParticles {
    static let joined: Set<String> = Set(Concepts.nameParticles(["particle"]))
    /// Particles written apart inside a name ("von", "de", "al"): classes particle, preposition and article.
    static let separate: Set<String> = Set(Concepts.nameParticles(["particle", "preposition", "article"]))

    /// A particle joined to a capitalized name part by a hyphen ("al-Din"): `Concepts.isHyphenJoinedParticleName`.
    static func isHyphenJoined(_ w: String) -> Bool { Concepts.isHyphenJoinedParticleName(w) }
}

/// How `answerWho` accepts a person a sentence names.
enum PersonChoice {
    /// Least coverage of a sentence that names a person but not the question's act (its verb, a synonym or action
    /// noun); set by hand on the training split (0.7, 0.8, 0.9 tried; 0.7 loses no training question), the development split not looked at.
    static let coverageWithoutTheAct = 0.7
}
