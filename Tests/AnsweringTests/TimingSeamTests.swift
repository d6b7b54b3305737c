import Testing
import Foundation
import TestSupport
import Corpus
@testable import Answering

/// The seams beleg-bench times through (`KnowledgeBuilder.add(_:phase:)`, `Answerer.answer(_:clock:)`) give the same
/// knowledge base and answers as the untimed calls.
@Suite struct TimingSeamTests {
    static let corpus = SharedData.packageRoot.appendingPathComponent("corpus").path

    @Test func phasedBuildMatchesPlainBuild() throws {
        let documents = CorpusLoader().load(path: Self.corpus).documents
        let plain = try #require(KnowledgeBuilder())
        plain.add(documents)
        let phased = try #require(KnowledgeBuilder())
        var calls: [KnowledgeBuilder.Phase] = []
        phased.add(documents) { phase, step in
            calls.append(phase)
            step()
        }
        // Analysis and index once per document in order, then the facts of the whole batch at once.
        #expect(calls == Array(repeating: [KnowledgeBuilder.Phase.analysis, .index], count: documents.count).flatMap { $0 } + [.facts])
        let a = plain.knowledgeBase, b = phased.knowledgeBase
        #expect(a.documents.map(\.sentences) == b.documents.map(\.sentences))
        #expect(a.index.terms == b.index.terms)
        #expect(a.index.forwardTermIDs == b.index.forwardTermIDs)
        #expect(a.facts.documents.map(\.entities.count) == b.facts.documents.map(\.entities.count))
        #expect(a.facts.documents.map(\.attributions.count) == b.facts.documents.map(\.attributions.count))
        #expect(Set(a.facts.entitiesByKey.keys) == Set(b.facts.entitiesByKey.keys))
    }

    @Test(arguments: ["Wer ist der Sprecher?", "Wann fand die Pressekonferenz statt?", "Was sagte der Sprecher?", "Who spoke?"])
    func timedAnswerMatchesPlainAnswer(_ question: String) throws {
        let builder = try #require(KnowledgeBuilder())
        builder.add(CorpusLoader().load(path: Self.corpus).documents)
        let plain = try #require(Answerer(knowledgeBase: builder.knowledgeBase))
        let timed = try #require(Answerer(knowledgeBase: builder.knowledgeBase))
        // A clock that ticks once per reading: the parts add up to the readings between the first and the last.
        final class Ticks { var now: UInt64 = 0 }
        let ticks = Ticks()
        let (answer, timings) = timed.answer(question, clock: { ticks.now += 1; return ticks.now })
        #expect(answer == plain.answer(question))
        #expect(timings.questionAnalysis + timings.retrieval + timings.answerExtraction == ticks.now - 1)
        #expect(timings.questionAnalysis >= 1 && timings.answerExtraction < 1_000_000)
        // The clock is dropped after the call: untimed answers never call it.
        let before = ticks.now
        _ = timed.answer(question)
        #expect(ticks.now == before)
    }
}
