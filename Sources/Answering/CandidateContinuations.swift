import Retrieval

// Sentences that continue a candidate by referring back to it.
extension Answerer {
    /// `cands` with, right after each, the sentence that follows it when that sentence opens with a pronoun referring
    /// back ("Das Fass steht in X. Es wiegt 5.000 Kilogramm."): it says more about what its predecessor names, in words
    /// the question does not use. Such a sentence ranks just below its predecessor; one already among `cands` stays.
    func withContinuations(_ cands: [Candidate]) -> [Candidate] {
        let present = Set(cands.map(\.ref))
        var out: [Candidate] = []
        for c in cands {
            out.append(c)
            let doc = knowledgeBase.documents[c.ref.document]
            let next = SentenceRef(document: c.ref.document, sentence: c.ref.sentence + 1)
            guard next.sentence < doc.sentences.count, !present.contains(next), !out.contains(where: { $0.ref == next }),
                  let first = doc.sentences[next.sentence].tokens.first,
                  ["Er", "Sie", "Es"].contains(doc.surface(first)) else { continue }
            out.append(Candidate(ref: next, score: c.score * 0.9, coverage: c.coverage * 0.9, features: [("continuation of", Double(c.ref.sentence + 1))]))
        }
        return out
    }
}
