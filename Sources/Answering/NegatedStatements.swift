import TextAnalysis
import Retrieval
import Facts
import WordLists

// Denials without a denial verb: a statement that says "nicht", "kein", "nie" ("Ein X sei er nicht, sagt Y", "Laut Y gebe
// es keinerlei Verbindung zu X") denies what it negates.
extension Answerer {
    /// For a denial question without a denial fact: the negated statement of the asked speaker ("Was bestritt Y?" → the
    /// message of Y's attribution that holds a negation and covers the question's other words best), or the speaker of
    /// the negated statement that covers the question's words ("Wer bestritt, dass X …?"). At least `minimumShare` of
    /// the question's idf mass (`QueryEvidence.coverage`) must be in the statement's sentence and message. Cites the
    /// statement's sentence. `nil` when none qualifies.
    func answerNegatedStatement(_ q: Question, minimumShare: Double = 0.6) -> Answer? {
        guard q.language == "de", q.kind == .denied || q.kind == .denier else { return nil }
        var refs: [AttributionRef]
        var speakerWords: [String] = []
        if q.kind == .denied {
            // The asked speaker: the first name of the question with statements.
            guard let (name, keys) = q.names.lazy.map({ n in (n, self.speakerKeys(n)) }).first(where: { !$0.1.isEmpty }) else { return nil }
            refs = statements(byAnyOf: keys)
            speakerWords = name.split(separator: " ").map(String.init)
        } else {
            refs = documentsToScan(q).flatMap { d in facts(d).attributions.indices.map { AttributionRef(document: d, index: $0) } }
        }
        let rest = q.contentWords.filter { !speakerWords.contains($0) }
        let ev = evidence(q, words: rest)
        var best: (score: Double, ref: AttributionRef)? = nil
        for r in refs where documentAgrees(r.document, q) {
            let a = facts(r.document).attributions[r.index]
            guard let m = a.message, Self.negates(m.text) else { continue }
            if q.kind == .denier, (a.resolvedSpeaker ?? a.speaker?.text).map({ inQuestion($0, q) }) ?? true { continue }
            var terms = sentenceTerms(SentenceRef(document: r.document, sentence: a.sentence))
            terms.formUnion(analyzer.terms(of: m.text))
            let share = ev.groups.isEmpty ? 0.5 : ev.coverage(of: terms).share
            if share >= (ev.groups.isEmpty ? 0 : minimumShare), best == nil || share > best!.score { best = (share, r) }
        }
        guard let b = best else { return nil }
        let a = facts(b.ref.document).attributions[b.ref.index]
        let cite = [citation(SentenceRef(document: b.ref.document, sentence: a.sentence))]
        if q.kind == .denier {
            guard let speaker = a.resolvedSpeaker ?? a.speaker?.text else { return nil }
            return Answer(question: q.text, kind: .denier, text: speaker, speaker: speaker, citations: cite, confidence: b.score * 0.8,
                          explanation: "speaker of a negated statement (no denial verb)")
        }
        return Answer(question: q.text, kind: .denied, text: a.message!.text, speaker: a.resolvedSpeaker, citations: cite,
                      confidence: b.score * 0.8, explanation: "negated statement of \(a.resolvedSpeaker ?? "the speaker") (no denial verb)")
    }

    /// The statement keys of a speaker name: its entity keys, else the key of an attribution's resolved speaker.
    func speakerKeys(_ name: String) -> Set<String> {
        let keys = knowledgeBase.facts.matchingKeys(name).filter { statementsBySpeaker[$0] != nil }
        if !keys.isEmpty { return keys }
        let key = NameKey.of(name)
        return statementsBySpeaker[key] != nil ? [key] : []
    }

    /// Whether a text holds a negation word (class `negation` of `question-words.txt`: "nicht", "kein", "keinerlei", "nie", …).
    static func negates(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).contains { QuestionWords.shared.contains(NameKey.of($0.lowercased()), .negation) }
    }
}
