import TextAnalysis
import Retrieval
import Facts
import WordLists

// "Was forderte X?", "Was lehnt X ab?", "Was empfahlen die Entwickler?": what the verb says the actor did, from the
// best sentence that holds the verb.
extension Answerer {
    /// The rest of the question verb's clause in the best sentence, when that sentence holds the verb with the question's
    /// actor (its subject holds a word of the question, or the verb opens a clause after a comma or coordinator and a
    /// word of the question comes before it: "Der Verband begrüßte …, fordert aber …"): the words after the verb up to
    /// the end of its clause, without the actor, the verb's separable particle and opening adverbs ("fordert aber eine
    /// längere Frist" → "eine längere Frist"); when the clause holds only the verb and its actor, the next clause (a
    /// zu-infinitive or "dass" clause: "empfahlen die Techniker, vorläufig das Wasser abzukochen"). The rest must name
    /// something (a noun, name or number that is not the question's). German questions; `nil` otherwise.
    /// The verb at token `t` cues an attribution of the question's actor after its message ("…, sagte der Sprecher zu X"):
    /// what it says is the message, and the phrase after the verb is its speaker.
    func attributedMessage(cuedBy t: Int, _ cand: Candidate, _ q: Question) -> Answer? {
        let doc = knowledgeBase.documents[cand.ref.document]
        let start = Int(doc.tokens[t].start)
        guard let a = facts(cand.ref.document).attributions.first(where: { $0.sentence == cand.ref.sentence && $0.cue.span.range.contains(start) }),
              let m = a.message, m.span.end <= start, let speaker = a.resolvedSpeaker ?? a.speaker?.text, inQuestion(speaker, q) else { return nil }
        return Answer(question: q.text, kind: .said, text: m.text, speaker: speaker, citations: [citation(cand.ref)], confidence: cand.coverage,
                      explanation: "message of the attribution „\(doc.surface(t))“ cues in the best sentence")
    }

    func answerVerbObject(_ q: Question) -> Answer? {
        guard q.language == "de", let predicate = q.predicate else { return nil }
        let ev = evidence(q)
        guard let verb = ev.groups.first(where: { $0.word == predicate }), let cand = verbCandidate(q, ev) else { return nil }
        let doc = knowledgeBase.documents[cand.ref.document]
        let toks = Array(doc.sentences[cand.ref.sentence].tokens)
        // The verb, or one of its synonyms ("verlangt" ~ "fordert").
        let verbIDs = termIDs(verb.terms + Array(verb.synonyms))
        // The actor is named by the question's other words (its subject, in whatever case it was typed).
        let nameIDs = termIDs(ev.groups.filter { $0.word != predicate }.flatMap(\.terms))
        let questionIDs = termIDs(ev.groups.flatMap(\.terms))
        let reader = verbArguments(cand.ref.document)
        // The verb's separable particle, which ends the question ("Was lehnt X ab?"); a noun there is no particle.
        let particle = q.words.last.flatMap { $0.first?.isLowercase == true ? $0 : nil }
        for (k, t) in toks.enumerated() where termIDs(ofToken: t, in: cand.ref.document).contains(where: verbIDs.contains) {
            if let said = attributedMessage(cuedBy: t, cand, q) { return said }
            guard let frame = reader.frame(ofVerbAt: t) else { continue }
            if frame.isPassive {
                // "wurde eine Petition vom Minister X abgelehnt": what the actor did is the passive's subject.
                guard let patient = passivePatient(frame, verb: k, toks, in: cand.ref.document, nameIDs: nameIDs) else { continue }
                return Answer(question: q.text, kind: .said, text: patient.text.text, citations: [citation(cand.ref)], confidence: cand.coverage,
                              explanation: "subject of the passive „\(doc.surface(t))“ in the best sentence")
            }
            // A verb that opens its clause after a comma or coordinator shares the subject before it ("Der Verband begrüßte …,
            // fordert aber …"): what follows it is no subject.
            let coordinated = k > 0 && (doc.surface(toks[k - 1]) == "," || LexiconQueries.isCoordinator(doc.surface(toks[k - 1]).lowercased()))
            // The question's actor is the verb's subject (or, for a coordinated verb, named before it in the sentence).
            func isActorWord(_ t: Int) -> Bool { termIDs(ofToken: t, in: cand.ref.document).contains(where: nameIDs.contains) }
            // After the comma that closes a fronted clause ("Weil …, beantragte die Kommission …") the subject follows the
            // verb and names the actor.
            let subject = coordinated && !(frame.subject?.tokens.contains(where: isActorWord) ?? false) ? nil : frame.subject
            if let s = subject, !s.tokens.contains(where: isActorWord) { continue }
            // Without a subject the chunker could read: the actor named before a coordinated verb, or right after the verb
            // in its clause ("empfahlen die „Stadtwerke“-Techniker, …").
            let verbFinal = isVerbFinal(k, toks, doc)
            let after = verbFinal ? [] : clauseWords(after: k, in: toks, doc)
            // Or before the verb in its own clause, when the chunker read no subject there ("Die Sendung „Markt“ wollte wissen").
            let ownClauseStart = (toks[..<k].lastIndex { doc.tokens[$0].kind == .punctuation && Answerer.clauseMarks.contains(doc.surface($0)) } ?? -1) + 1
            let before = coordinated ? toks[..<k] : toks[ownClauseStart..<k]
            if subject == nil, !pronounRefersBack(k, toks, cand.ref, to: isActorWord), !(before.contains(where: isActorWord) || (!coordinated && after.prefix(4).contains(where: isActorWord))) { continue }
            let own = actorPart(of: subject?.tokens ?? 0..<0, isActorWord: isActorWord, doc)
            // What was done names something: a noun, name or number of its own, not only verbs and adverbs ("versucht").
            func says(_ words: [Int]) -> Bool {
                words.contains { w in
                    let s = doc.surface(w)
                    return (s.first?.isUppercase == true || s.first?.isNumber == true) && !termIDs(ofToken: w, in: cand.ref.document).isEmpty
                        && !termIDs(ofToken: w, in: cand.ref.document).contains(where: questionIDs.contains)
                }
            }
            var rest = after.filter { !own.contains($0) && doc.surface($0).lowercased() != particle }
            // "Was weigert sich X zu tun?": the zu-infinitive clause after the verb's clause is what was (not) done.
            if asksForAnAct(q), let next = nextClause(after: k, in: toks, doc), next.contains(where: { Self.isZuInfinitiveWord(doc.surface($0).lowercased()) }) {
                rest = next
            }
            if let next = complementClause(afterAdverbials: rest, verb: k, toks, doc) { rest = next }
            // A verb at the end of its clause (a participle after its auxiliary) has its object before it.
            if !says(rest), let object = frame.object, object.tokens.upperBound <= t, !object.tokens.contains(where: isActorWord) {
                rest = Array(object.tokens)
            }
            // … or the whole middle field when no noun phrase opens it ("hatte bis zu zwei Monate Haft gefordert").
            if !says(rest), after.isEmpty, let middle = middleField(before: k, from: ownClauseStart, toks, doc, excluding: { own.contains($0) || isActorWord($0) }) {
                rest = middle
            }
            // The clause holds only the verb and its actor: what was done is the next clause.
            if !says(rest), !verbFinal, let next = nextClause(after: k, in: toks, doc) { rest = next }
            rest = trimmedEdges(withoutOpeningTime(rest, in: cand.ref), doc)
            guard let first = rest.first, let last = rest.last, says(rest) else { continue }
            var end = Int(doc.tokens[last].end)
            // A quotation opened in the answer closes in it ("eine „glatte Lüge“").
            if let i = toks.firstIndex(of: last), i + 1 < toks.count, QuoteMarks.closing.contains(doc.surface(toks[i + 1])),
               doc.text(Int(doc.tokens[first].start)..<end).contains(where: { QuoteMarks.opening.contains(String($0)) }) {
                end = Int(doc.tokens[toks[i + 1]].end)
            }
            let text = doc.text(Int(doc.tokens[first].start)..<end)
            return Answer(question: q.text, kind: .said, text: text, citations: [citation(cand.ref)], confidence: cand.coverage,
                          explanation: "what „\(doc.surface(t))“ says in the best sentence")
        }
        return nil
    }

    /// Only adverbials after the verb ("forderte in der Nacht in Genf, die Waffenruhe wiederzubeleben"): what was
    /// demanded or said is the "dass" or zu-infinitive clause that follows (not an "um … zu" of purpose). `nil` when
    /// `rest` holds an object or no such clause follows.
    private func complementClause(afterAdverbials rest: [Int], verb k: Int, _ toks: [Int], _ doc: AnalyzedDocument) -> [Int]? {
        guard !rest.isEmpty, onlyAdverbials(rest, doc), let next = nextClause(after: k, in: toks, doc),
              let head = next.first.map({ doc.surface($0).lowercased() }), !["um", "ohne", "statt", "anstatt"].contains(head),
              head == "dass" || next.contains(where: { Self.isZuInfinitiveWord(doc.surface($0).lowercased()) }) else { return nil }
        return next
    }

    /// Whether words hold no object: every noun, name or number in them follows a preposition within its phrase
    /// ("in der Nacht auf Donnerstag in Genf"), and the other words are lower-case function words and attributes.
    func onlyAdverbials(_ words: [Int], _ doc: AnalyzedDocument) -> Bool {
        var governed = false
        for w in words {
            let s = doc.surface(w), lower = s.lowercased()
            if doc.tokens[w].kind == .punctuation { return false }
            if s.first?.isLowercase == true, Concepts.prepositions.contains(lower) { governed = true; continue }
            if s.first?.isLowercase == true { continue }
            // A capitalized word or a number: the noun that closes a prepositional phrase, or an object.
            guard governed else { return false }
            governed = false
        }
        return true
    }

    /// The words between the clause's auxiliary and a verb at position `k` that ends the clause (the German middle field),
    /// without `excluding` ones; `nil` without an auxiliary before the verb.
    private func middleField(before k: Int, from start: Int, _ toks: [Int], _ doc: AnalyzedDocument, excluding: (Int) -> Bool) -> [Int]? {
        guard start < k else { return nil }
        // After the auxiliary of a main clause ("hatte … gefordert"), or after the subordinator of a verb-final clause
        // ("…, dass X bereits Y geliefert habe").
        let opener = (start..<k).last(where: { QuestionWords.shared.contains(NameKey.of(doc.surface(toks[$0]).lowercased()), .auxiliary) })
            ?? (LexiconQueries.isSubordinator(doc.surface(toks[start]).lowercased()) ? start : nil)
        guard let aux = opener, aux + 1 < k else { return nil }
        let words = toks[(aux + 1)..<k].filter { doc.tokens[$0].kind != .punctuation && !excluding($0) }
        return words.isEmpty ? nil : words
    }

    /// `words` without the clause's opening particles and adverbs ("aber", "auch"; a determiner stays), and without a
    /// preposition or article left at its end when the question's words after it were dropped ("… Geschosse nach [X]").
    /// `words` without a time expression that opens them, with its preposition ("am Mittwoch ein Referendum" → "ein
    /// Referendum"): when something was done is no part of what was done.
    private func withoutOpeningTime(_ words: [Int], in ref: SentenceRef) -> [Int] {
        let doc = knowledgeBase.documents[ref.document]
        let times = facts(ref.document).times.filter { $0.sentence == ref.sentence }
        func inTime(_ t: Int) -> Bool { times.contains { $0.text.span.range.contains(Int(doc.tokens[t].start)) } }
        var k = 0
        if k < words.count, !inTime(words[k]), Concepts.prepositions.contains(doc.surface(words[k]).lowercased()),
           k + 1 < words.count, inTime(words[k + 1]) { k += 1 }
        guard k < words.count, inTime(words[k]) else { return words }
        while k < words.count, inTime(words[k]) { k += 1 }
        return k < words.count ? Array(words[k...]) : words
    }

    private func trimmedEdges(_ words: [Int], _ doc: AnalyzedDocument) -> [Int] {
        var rest = words
        while let w = rest.first, StopWords.all.contains(doc.surface(w).lowercased()),
              !QuestionWords.shared.contains(NameKey.of(doc.surface(w).lowercased()), .determiner) { rest.removeFirst() }
        while let w = rest.last, rest.count > 1, LexiconQueries.isFunctionWord(doc.surface(w).lowercased()),
              !LexiconQueries.isAuxiliary(doc.surface(w).lowercased()) { rest.removeLast() }
        return rest
    }

    /// Whether the verb at `k` ends its clause: before its auxiliary at the end of a subordinate clause ("…, dass X Y
    /// geliefert habe und dass …"), or as a zu-infinitive ("keine Waffen zu liefern"). Nothing after it is its object.
    private func isVerbFinal(_ k: Int, _ toks: [Int], _ doc: AnalyzedDocument) -> Bool {
        func lower(_ i: Int) -> String { doc.surface(toks[i]).lowercased() }
        if k > 0, lower(k - 1) == "zu" { return true }
        return k + 1 < toks.count && LexiconQueries.isAuxiliary(lower(k + 1))
            && (k + 2 >= toks.count || doc.tokens[toks[k + 2]].kind == .punctuation || LexiconQueries.isCoordinator(lower(k + 2)))
    }

    /// Whether a personal pronoun opens the sentence right before the verb at `k` and the sentence before names the actor
    /// ("Die X warnten … . Sie fordern …"): the pronoun refers back to it.
    private func pronounRefersBack(_ k: Int, _ toks: [Int], _ ref: SentenceRef, to isActorWord: (Int) -> Bool) -> Bool {
        let doc = knowledgeBase.documents[ref.document]
        return k == 1 && ["er", "sie"].contains(doc.surface(toks[0]).lowercased()) && ref.sentence > 0
            && doc.sentences[ref.sentence - 1].tokens.contains(where: isActorWord)
    }

    /// The best candidate sentence (which holds the question's verb), when the ranking puts it first or close behind the
    /// first (0.85 of its score).
    private func verbCandidate(_ q: Question, _ ev: QueryEvidence) -> Candidate? {
        let ranking = searchRanking(q)
        guard let top = ranking.first, let cand = candidates(q, evidence: ev).first,
              (ranking.first { $0.ref == cand.ref }?.score ?? 0) >= 0.85 * top.score else { return nil }
        return cand
    }

    /// "zu", or a separable verb's zu-infinitive written as one word ("abzuhalten": particle + "zu" + stem + "en").
    static func isZuInfinitiveWord(_ w: String) -> Bool {
        if w == "zu" { return true }
        guard w.hasSuffix("en"), let range = w.range(of: "zu"), range.lowerBound > w.startIndex else { return false }
        return SeparableVerbForms.isParticle(String(w[..<range.lowerBound]))
    }

    /// "… zu tun?", "… zu machen?": the question asks for an act, which a zu-infinitive states.
    private func asksForAnAct(_ q: Question) -> Bool {
        let words = q.words.map { $0.lowercased() }
        return words.count >= 2 && words[words.count - 2] == "zu" && ["tun", "machen", "unternehmen"].contains(words[words.count - 1])
    }

    /// The subject of a passive clause whose agent ("von/vom/durch …" before the verb) names the question's actor, when
    /// the subject itself does not.
    private func passivePatient(_ frame: VerbArguments.Frame, verb k: Int, _ toks: [Int], in d: Int, nameIDs: Set<Int32>) -> VerbArguments.Argument? {
        guard let subject = frame.subject else { return nil }
        let doc = knowledgeBase.documents[d]
        func isActorWord(_ t: Int) -> Bool { termIDs(ofToken: t, in: d).contains(where: nameIDs.contains) }
        guard !subject.tokens.contains(where: isActorWord),
              let by = toks[..<k].lastIndex(where: { ["von", "vom", "durch"].contains(doc.surface($0).lowercased()) }),
              toks[(by + 1)..<k].contains(where: isActorWord),
              !toks[(by + 1)..<k].contains(where: { doc.tokens[$0].kind == .punctuation && Answerer.clauseMarks.contains(doc.surface($0)) }) else { return nil }
        return subject
    }

    /// The subject's tokens up to its last word naming the actor, when what follows in it are common nouns the chunker
    /// ran on: after the verb, "die Kommission Zustimmung" is the actor and then the object (two nouns side by side
    /// without an article are two phrases); a name after the actor stays its part ("die Polizei Hamburg").
    private func actorPart(of tokens: Range<Int>, isActorWord: (Int) -> Bool, _ doc: AnalyzedDocument) -> Range<Int> {
        guard let last = tokens.last(where: isActorWord), last + 1 < tokens.upperBound else { return tokens }
        let rest = (last + 1)..<tokens.upperBound
        let commonNouns = rest.allSatisfy { t in
            let s = doc.surface(t)
            return doc.tokens[t].kind == .word && s.first?.isUppercase == true && LexiconQueries.isCommonNoun(s) && !LexiconQueries.isPlaceName(s)
        }
        return commonNouns ? tokens.lowerBound..<(last + 1) : tokens
    }

    /// Word tokens after position `k` of `toks` up to the end of the clause (comma, semicolon, colon, full stop, dash).
    private func clauseWords(after k: Int, in toks: [Int], _ doc: AnalyzedDocument) -> [Int] {
        var out: [Int] = []
        for t in toks[(k + 1)...] {
            if doc.tokens[t].kind == .punctuation {
                if Answerer.clauseMarks.contains(doc.surface(t)) || doc.surface(t) == "." { break }
                continue
            }
            out.append(t)
        }
        return out
    }

    /// The word tokens of the clause after the comma that ends the clause of position `k`, if there is one.
    func nextClause(after k: Int, in toks: [Int], _ doc: AnalyzedDocument) -> [Int]? {
        guard let comma = toks[(k + 1)...].firstIndex(where: { doc.tokens[$0].kind == .punctuation
                  && (Answerer.clauseMarks.contains(doc.surface($0)) || doc.surface($0) == ".") }),
              doc.surface(toks[comma]) == "," else { return nil }
        let next = clauseWords(after: comma, in: toks, doc)
        return next.isEmpty ? nil : next
    }

}
