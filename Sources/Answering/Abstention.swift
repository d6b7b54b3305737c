import Foundation
import Corpus
import TextAnalysis
import Retrieval
import Facts

// When an answer is dropped: a bare mention from a sentence ranked well below the best one.
extension Answerer {
    /// An answer read from a bare mention (who, when, where, how many) whose sentence ranks well below
    /// the best sentence for the question (under 0.7 of its `rankingScore`), while that sentence holds something
    /// of the asked type, was taken from the wrong sentence more often than not: the answer is dropped and the
    /// best-ranked sentences are cited instead. Typed evidence of the best sentence's own article stands: a number next
    /// to the counted noun, the speaker of an attribution (not a date: dates of other events of the article would answer
    /// false-premise questions).
    /// `nil` when the answer stands.
    func outranked(_ a: Answer, _ q: Question) -> Answer? {
        guard a.text != nil, [.who, .when, .where, .howMany].contains(q.kind), let cited = a.citations.first else { return nil }
        func isCited(_ c: Candidate) -> Bool { c.ref.sentence + 1 == cited.sentence && knowledgeBase.documents[c.ref.document].document.id == cited.doc }
        let ranked = searchRanking(q)
        guard let top = ranked.first, !isCited(top) else { return nil }
        // A number next to the counted noun in the best sentence's own article is typed evidence, not a bare mention.
        // So is the speaker of an attribution (a fact of the article).
        if q.kind == .howMany && a.explanation.hasPrefix(TypedEvidence.countedNumber) || a.explanation.hasPrefix(TypedEvidence.attributionSpeaker),
           knowledgeBase.documents[top.ref.document].document.id == cited.doc { return nil }
        let own = ranked.first(where: isCited)?.score ?? 0
        // Only when the better sentence could answer too: it holds something of the asked type the question does not name.
        guard own < 0.7 * top.score, holdsAskedType(top.ref, q, excludingQuestion: true) else { return nil }
        return Answer(question: q.text, kind: q.kind, text: nil, citations: ranked.prefix(3).map { citation($0.ref) }, confidence: 0,
                      explanation: "\(a.explanation), but in a sentence that ranks well below the best one; best-matching sentences")
    }
}

/// The opening words of the explanations of answers read from typed evidence, which `outranked` keeps; the answerers
/// that give them and the abstention share these, so that the two cannot drift apart.
enum TypedEvidence {
    /// A number next to the question's counted noun (`answerHowMany`).
    static let countedNumber = "number next to the counted noun"
    /// The speaker of an attribution fact (`answerWho`).
    static let attributionSpeaker = "speaker of an attribution"
}
