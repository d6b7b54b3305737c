import TextAnalysis
import Retrieval
import Facts

// "Wer V-te …?" and "Wen V-te X?" answered by the argument of the question's verb.
extension Answerer {
    /// The subject or passive agent (`.agentOf`) or the object (`.objectOf`) of the question's verb in the best
    /// `SlotChoice.sentences` candidate sentences that hold the verb, when the ranking puts them first too (`VerbArguments`).
    /// When the best sentence says it with another verb ("besiegte" for "gewann gegen"), "Wen …?" is answered by the
    /// object of the verb in second position of its main clause, provided its subject holds a name of the question:
    /// the sentence then tells of the question's actor, with the roles aligned. ("Wer …?" has no such check: the
    /// question's object may stand in any role of another verb.)
    /// An argument made only of question words is what the question names, not what it asks: it is skipped. Active questions only.
    func answerFromVerbSlot(_ q: Question, candidates cands: [Candidate], evidence ev: QueryEvidence) -> Answer? {
        guard q.voice == .active, q.relation == .agentOf || q.relation == .objectOf, q.language == "de" || q.relation == .agentOf else { return nil }
        let verb = q.predicate.flatMap { p in ev.groups.first { $0.word == p } }
        let slot: VerbArguments.Slot = q.relation == .objectOf ? .object : .agent
        let words = QuestionTermsByCase(ev)
        // Only the best sentence, and only when the ranking agrees that it is the best: a weaker sentence that holds
        // the verb usually tells another event.
        let top = searchRanking(q).first?.ref
        for cand in cands.prefix(SlotChoice.sentences) where cand.ref == top {
            let doc = knowledgeBase.documents[cand.ref.document]
            let reader = verbArguments(cand.ref.document)
            // A speech verb is a cue, not a content word ("Wer meldete X?" read as the agent): its terms from the analyzer.
            // The verb's synonyms too ("verwehrte" ~ "verweigerte").
            let verbIDs = termIDs((verb.map { $0.terms + $0.synonyms } ?? q.predicate.map { analyzer.terms(of: $0) }) ?? [])
            let verbs = doc.sentences[cand.ref.sentence].tokens.filter { t in
                doc.tokens[t].kind == .word && termIDs(ofToken: t, in: cand.ref.document).contains(where: verbIDs.contains)
            }
            for t in verbs {
                // "die Inszenierung von X": the person after the action noun did it.
                if slot == .agent, let a = agentOfActionNoun(t, cand, q) { return a }
                // A capitalized word inside the sentence is a noun ("Vorsitzender" for "chairs"), no verb with arguments.
                if t != doc.sentences[cand.ref.sentence].tokens.first, doc.surface(t).first?.isUppercase == true { continue }
                for arg in reader.arguments(ofVerbAt: t, slot: slot) {
                    if let a = slotAnswer(arg, verb: t, cand, q, words) { return a }
                }
            }
            guard verbs.isEmpty, slot == .object, let first = doc.sentences[cand.ref.sentence].tokens.first,
                  let v = reader.secondPositionVerb(inSentenceOf: first), let f = reader.frame(ofVerbAt: v), !f.isPassive,
                  let object = f.object, let subject = f.subject, names(in: subject, cand.ref, ev) > 0 else { continue }
            if let a = slotAnswer(object, verb: v, cand, q, words) { return a }
        }
        return nil
    }

    /// "Wer …?" when the best sentence says the event with another verb ("platzierte" for "eingeordnet"): the subject of
    /// its main clause did it, when the sentence covers the question well (`SlotChoice.otherVerbCoverage`), the rest of
    /// it holds a name of the question, and the subject is one noun phrase (no list) that names no one the question names.
    func answerFromMainSubject(_ q: Question, candidates cands: [Candidate], evidence ev: QueryEvidence) -> Answer? {
        guard q.voice == .active, q.row == "who.agent" || q.row == "speaker.who-said", q.language == "de",
              let cand = cands.first, cand.ref == searchRanking(q).first?.ref, cand.coverage >= SlotChoice.otherVerbCoverage else { return nil }
        let doc = knowledgeBase.documents[cand.ref.document]
        let reader = verbArguments(cand.ref.document)
        guard let first = doc.sentences[cand.ref.sentence].tokens.first, let v = reader.secondPositionVerb(inSentenceOf: first),
              let f = reader.frame(ofVerbAt: v), !f.isPassive, let subject = f.subject,
              hasNominalHead(subject, in: doc, sentenceStart: first), !isList(subject, in: doc),
              names(in: subject, cand.ref, ev) == 0, ev.nameGroups.isEmpty || f.object.map({ names(in: $0, cand.ref, ev) > 0 }) ?? false
        else { return nil }
        return slotAnswer(subject, verb: v, cand, q, QuestionTermsByCase(ev))
    }

    /// Whether an argument is a list: a comma or a coordinator between its words.
    private func isList(_ arg: VerbArguments.Argument, in doc: AnalyzedDocument) -> Bool {
        arg.tokens.contains { k in doc.surface(k) == "," || LexiconQueries.isCoordinator(doc.surface(k).lowercased()) }
    }

    /// The person named right after an action noun and "von"/"durch" ("in der Inszenierung von Anna Berg"), when the
    /// token at `t` is such a noun (capitalized, ending in "-ung").
    private func agentOfActionNoun(_ t: Int, _ cand: Candidate, _ q: Question) -> Answer? {
        let doc = knowledgeBase.documents[cand.ref.document]
        let w = doc.surface(t)
        guard w.first?.isUppercase == true, w.hasSuffix("ung"), t + 2 < doc.tokens.count,
              ["von", "durch"].contains(doc.surface(t + 1).lowercased()) else { return nil }
        let start = Int(doc.tokens[t + 2].start)
        guard let person = facts(cand.ref.document).entities.first(where: {
            $0.kind == .person && $0.sentence == cand.ref.sentence && $0.name.span.start >= start && $0.name.span.start <= start + 12
        }), !inQuestion(person.canonicalName, q) else { return nil }
        return Answer(question: q.text, kind: q.kind, text: displayName(writtenName(person), document: cand.ref.document), citations: [citation(cand.ref)],
                      confidence: cand.coverage, explanation: "person after the action noun „\(w)“ in the best sentence")
    }

    /// The object of the question's verb in the best sentence ("Wen beschuldigte X?" when no accusation fact holds it).
    func answerObjectSlot(_ q: Question) -> Answer? {
        let ev = evidence(q)
        return answerFromVerbSlot(q.asking(.objectOf), candidates: sameStory(Array(candidates(q, evidence: ev).prefix(8))), evidence: ev)
    }

    /// The answer an argument gives, or `nil` when it has fewer words of its own than of the question or names a
    /// person the question names. A phrase that ends in one person's name ("Bürgermeisterin Ida Korn") is that person,
    /// named as person answers name people.
    private func slotAnswer(_ arg: VerbArguments.Argument, verb t: Int, _ cand: Candidate, _ q: Question, _ words: QuestionTermsByCase) -> Answer? {
        let arg = trimmingAskedNouns(arg, in: cand.ref, words)
        let c = count(arg, in: cand.ref, words)
        // At least as many words of its own as words of the question ("Italiens X Y" for "Wer … X Y?" is X Y).
        guard c.own > 0, c.own >= c.asked else { return nil }
        let people = facts(cand.ref.document).entities.filter {
            $0.kind == .person && $0.sentence == cand.ref.sentence && arg.text.span.range.contains($0.name.span.start)
        }
        var text = arg.text.text
        // A named phrase with its apposition ("der Verein „X“, ein Bündnis der Y,") answers with the phrase before the comma;
        // a description keeps it, which says who it is ("Der neue Besitzer, eine Genossenschaft").
        if let comma = text.range(of: ", "), Self.names(String(text[..<comma.lowerBound])) { text = String(text[..<comma.lowerBound]) }
        if people.count == 1, people[0].name.span.end == arg.text.span.end {
            guard !q.nameKey.contains(NameKey.of(people[0].canonicalName)) else { return nil }
            text = displayName(writtenName(people[0]), document: cand.ref.document)
        }
        let doc = knowledgeBase.documents[cand.ref.document]
        return Answer(question: q.text, kind: q.kind, text: text, citations: [citation(cand.ref)],
                      confidence: cand.coverage, explanation: "\(arg.rule) of „\(doc.surface(t))“ in the best sentence")
    }

    /// `arg` without the capitalized words at its end that the question has: after a verb the chunker reads the subject
    /// and the object's bare noun as one phrase ("entdeckte der Kapitän Risse" for "Wer entdeckte Risse?" → "der
    /// Kapitän"). Unchanged when nothing of its own would be left.
    private func trimmingAskedNouns(_ arg: VerbArguments.Argument, in ref: SentenceRef, _ words: QuestionTermsByCase) -> VerbArguments.Argument {
        let doc = knowledgeBase.documents[ref.document]
        let upper = termIDs(words.upper)
        var end = arg.tokens.upperBound
        while end - 1 > arg.tokens.lowerBound, doc.surface(end - 1).first?.isUppercase == true,
              termIDs(ofToken: end - 1, in: ref.document).contains(where: upper.contains) {
            end -= 1
        }
        guard end < arg.tokens.upperBound, (arg.tokens.lowerBound..<end).contains(where: { k in
            doc.surface(k).first?.isUppercase == true && !termIDs(ofToken: k, in: ref.document).contains(where: upper.contains)
        }) else { return arg }
        let start = Int(doc.tokens[arg.tokens.lowerBound].start), stop = Int(doc.tokens[end - 1].end)
        return VerbArguments.Argument(text: TextSpan(text: doc.text(start..<stop), span: Span(start, stop)),
                                      tokens: arg.tokens.lowerBound..<end, rule: arg.rule)
    }

    /// Whether an argument holds a noun: a capitalized word inside the sentence, or one that opens it and reads as a
    /// noun ("Die Behörde", "Polizisten"; not "Skeptisch äußerte sich …", not a pronoun "Er").
    private func hasNominalHead(_ arg: VerbArguments.Argument, in doc: AnalyzedDocument, sentenceStart: Int) -> Bool {
        arg.tokens.contains { k in
            let w = doc.surface(k)
            guard doc.tokens[k].kind == .word, w.first?.isUppercase == true, !StopWords.all.contains(w.lowercased()) else { return false }
            return k != sentenceStart || LexiconQueries.isListedCommonNoun(w) || LexiconQueries.isRoleNoun(w) || !LexiconQueries.looksLikeCommonNoun(w)
        }
    }

    /// Whether a phrase holds a name: a quotation mark, or a capitalized word after its first that is no common noun.
    static func names(_ phrase: String) -> Bool {
        if phrase.contains(where: { QuoteMarks.opening.contains(String($0)) }) { return true }
        return phrase.split(separator: " ").dropFirst().contains { w in w.first?.isUppercase == true && !LexiconQueries.isCommonNoun(String(w)) }
    }

    /// How many name groups of the question (`TermGroup.isName`) have a term among the words of `arg`.
    private func names(in arg: VerbArguments.Argument, _ ref: SentenceRef, _ ev: QueryEvidence) -> Int {
        let ids = Set(arg.tokens.flatMap { termIDs(ofToken: $0, in: ref.document) })
        return ev.groups.filter { g in g.isName && termIDs(g.terms).contains(where: ids.contains) }.count
    }

    /// Words of `arg` with an index term of their own, and words whose term the question has (`QuestionTermsByCase`).
    private func count(_ arg: VerbArguments.Argument, in ref: SentenceRef, _ words: QuestionTermsByCase) -> (own: Int, asked: Int) {
        let doc = knowledgeBase.documents[ref.document]
        var own = 0, asked = 0
        let upper = termIDs(words.upper), lower = termIDs(words.lower)
        for k in arg.tokens {
            let ids = termIDs(ofToken: k, in: ref.document)
            guard !ids.isEmpty else { continue }
            if ids.contains(where: (doc.surface(k).first?.isUppercase == true ? upper : lower).contains) { asked += 1 } else { own += 1 }
        }
        return (own, asked)
    }

    func verbArguments(_ document: Int) -> VerbArguments {
        if let hit = verbArgumentCache[document] { return hit }
        let reader = VerbArguments(knowledgeBase.documents[document])
        verbArgumentCache[document] = reader
        return reader
    }
}

/// The question's index terms split by the initial case of the question word: a word of an argument is the
/// question's when a question word of the same case has its term ("Geologen" is not "geologische").
struct QuestionTermsByCase {
    var upper: Set<String>
    var lower: Set<String>

    init(_ ev: QueryEvidence) {
        upper = Set(ev.groups.filter { $0.word.first?.isUppercase == true }.flatMap(\.terms))
        lower = Set(ev.groups.filter { $0.word.first?.isUppercase != true }.flatMap(\.terms))
    }
}

/// How `answerFromVerbSlot` looks for arguments.
enum SlotChoice {
    /// Candidate sentences (best first) searched for the question's verb.
    static let sentences = 1
    /// Least coverage of the best sentence for its main clause's subject to answer "Wer …?" when the sentence says the
    /// event with another verb (set by hand on the training split; the development split was not looked at).
    static let otherVerbCoverage = 0.5
}
