import TextAnalysis
import Retrieval
import Facts

// "Wer V-te …?" and "Wen V-te X?" answered by the argument of the question's verb.
extension Answerer {
    /// The subject or passive agent (`.agentOf`) or the object (`.objectOf`) of the question's verb in the best
    /// `SlotChoice.sentences` candidate sentences that hold the verb, when the ranking puts them first too (`VerbArguments`).
    /// An argument made only of question words is what the question names, not what it asks: it is skipped. Active questions only.
    func answerFromVerbSlot(_ q: Question, candidates cands: [Candidate], evidence ev: QueryEvidence) -> Answer? {
        guard q.voice == .active, q.relation == .agentOf || q.relation == .objectOf, let p = q.predicate,
              let verb = ev.groups.first(where: { $0.word == p }) else { return nil }
        let slot: VerbArguments.Slot = q.relation == .objectOf ? .object : .agent
        // A word of the argument is the question's when a question word of the same initial case has its term:
        // "Stratigraphen" is not the "stratigraphische" of the question.
        let upper = Set(ev.groups.filter { $0.word.first?.isUppercase == true }.flatMap(\.terms))
        let lower = Set(ev.groups.filter { $0.word.first?.isUppercase != true }.flatMap(\.terms))
        // Only the best sentence, and only when the ranking agrees that it is the best: a weaker sentence that holds
        // the verb usually tells another event.
        let top = searchRanking(q).first?.ref
        for cand in cands.prefix(SlotChoice.sentences) where cand.ref == top {
            let doc = knowledgeBase.documents[cand.ref.document]
            for t in doc.sentences[cand.ref.sentence].tokens where doc.tokens[t].kind == .word
                && analyzer.terms(surface: doc.bytes[doc.tokens[t].range]).contains(where: verb.terms.contains) {
                for arg in verbArguments(cand.ref.document).arguments(ofVerbAt: t, slot: slot) {
                    var own = 0, asked = 0
                    for k in arg.tokens {
                        let terms = analyzer.terms(surface: doc.bytes[doc.tokens[k].range])
                        guard !terms.isEmpty else { continue }
                        if terms.contains(where: (doc.surface(k).first?.isUppercase == true ? upper : lower).contains) { asked += 1 } else { own += 1 }
                    }
                    // At least as many words of its own as words of the question ("Italiens X Y" for "Wer … X Y?" is X Y).
                    guard own > 0, own >= asked else { continue }
                    // A phrase that ends in one person's name ("Machthaber Kim Jong-un") is that person, named as person
                    // answers name people; a person the question names is no answer.
                    let people = facts(cand.ref.document).entities.filter {
                        $0.kind == .person && $0.sentence == cand.ref.sentence && arg.text.span.range.contains($0.name.span.start)
                    }
                    var text = arg.text.text
                    if people.count == 1, people[0].name.span.end == arg.text.span.end {
                        guard !q.nameKey.contains(NameKey.of(people[0].canonicalName)) else { continue }
                        text = displayName(people[0].canonicalName, document: cand.ref.document)
                    }
                    return Answer(question: q.text, kind: q.kind, text: text, citations: [citation(cand.ref)],
                                  confidence: cand.coverage, explanation: "\(arg.rule) of „\(doc.surface(t))“ in the best sentence")
                }
            }
        }
        return nil
    }

    func verbArguments(_ document: Int) -> VerbArguments {
        if let hit = verbArgumentCache[document] { return hit }
        let reader = VerbArguments(knowledgeBase.documents[document])
        verbArgumentCache[document] = reader
        return reader
    }
}

/// How `answerFromVerbSlot` looks for arguments.
enum SlotChoice {
    /// Candidate sentences (best first) searched for the question's verb.
    static let sentences = 1
}
