import Corpus
import TextAnalysis
import Retrieval
import Facts
import WordLists

// A role that the next sentence gives by a definite description: "…, sagte Anna Berg. Die Biologin leitet …".
extension Answerer {
    /// The role of the question's person from the sentence right after one that mentions them, when that sentence opens
    /// with a definite article, lower-case attributes and a role noun with no name after it ("Die Biologin …", "Der
    /// frühere Minister …"), and the person is the last one the sentence before names (the description refers back to
    /// them). News introduce a person by name and go on with their role. Cites both sentences. `nil` when no mention
    /// of the person is followed by such a sentence.
    func answerDescribedRole(_ q: Question) -> Answer? {
        guard q.language == "de" || q.language == "en", let subject = q.subject ?? q.names.first else { return nil }
        let mentions = knowledgeBase.facts.mentions(ofEntityNamed: subject).filter { $0.mention.kind == .person }
        for m in mentions where documentAgrees(m.document, q, except: subject) {
            let doc = knowledgeBase.documents[m.document]
            let next = m.mention.sentence + 1
            guard next < doc.sentences.count else { continue }
            // The person is the last one named in their sentence.
            let later = facts(m.document).entities.contains {
                $0.kind == .person && $0.sentence == m.mention.sentence && $0.name.span.start > m.mention.name.span.start
                    && NameKey.of($0.canonicalName) != NameKey.of(m.mention.canonicalName)
            }
            guard !later, let role = openingRoleDescription(SentenceRef(document: m.document, sentence: next)) else { continue }
            // A role the article already gave another person ("Minister Otto Lind … Der Minister …") refers to them.
            let noun = String(role.split(separator: " ").last ?? "")
            let held = facts(m.document).entities.contains { e in
                e.kind == .person && NameKey.of(e.canonicalName) != NameKey.of(m.mention.canonicalName)
                    && (e.role.map { r in r.text.split(separator: " ").contains { NameKey.of(String($0)) == NameKey.of(noun) } } ?? false)
            }
            if held { continue }
            return Answer(question: q.text, kind: .role, text: role, speaker: m.mention.canonicalName,
                          citations: [citation(SentenceRef(document: m.document, sentence: next)),
                                      citation(SentenceRef(document: m.document, sentence: m.mention.sentence))],
                          confidence: 0.6, explanation: "role of \(m.mention.canonicalName) from the description that opens the next sentence")
        }
        return nil
    }

    /// The words of a definite description that opens a sentence, without its article: lower-case attributes and a role
    /// noun that no capitalized word follows ("Die Biologin leitet …" → "Biologin"). `nil` otherwise.
    func openingRoleDescription(_ ref: SentenceRef) -> String? {
        let doc = knowledgeBase.documents[ref.document]
        let toks = Array(doc.sentences[ref.sentence].tokens)
        guard toks.count >= 3, ["Der", "Die"].contains(doc.surface(toks[0])) else { return nil }
        var k = 1
        while k < toks.count, doc.tokens[toks[k]].kind == .word, doc.surface(toks[k]).first?.isLowercase == true, k < 4 { k += 1 }
        guard k < toks.count - 1, doc.tokens[toks[k]].kind == .word else { return nil }
        let noun = doc.surface(toks[k])
        guard noun.first?.isUppercase == true, LexiconQueries.isRoleNoun(noun) else { return nil }
        // "Der Minister Otto Lind …" names someone else.
        let after = doc.surface(toks[k + 1])
        guard doc.tokens[toks[k + 1]].kind != .word || after.first?.isUppercase != true else { return nil }
        return doc.text(Int(doc.tokens[toks[1]].start)..<Int(doc.tokens[toks[k]].end))
    }
}
