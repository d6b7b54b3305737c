import Testing
import Foundation
import TestSupport
import Corpus
import Facts
@testable import Answering

/// Facts extracted on several threads are the same as on one: the store does not depend on thread timing.
@Suite struct ParallelBuildTests {
    static let wikinews = "data/wikinews-de/train/articles.jsonl"

    /// The built-in corpus and, when the shared data is there, 120 Wikinews articles.
    static func documents() -> [Document] {
        var docs = CorpusLoader().load(path: SharedData.packageRoot.appendingPathComponent("corpus").path).documents
        if SharedData.available(wikinews) { docs += CorpusLoader().load(path: SharedData.url(wikinews).path).documents.prefix(120) }
        return docs
    }

    @Test func sameFactsOnOneAndThreeThreads() throws {
        let documents = Self.documents()
        let one = try #require(KnowledgeBuilder(parallelism: 1)), three = try #require(KnowledgeBuilder(parallelism: 3))
        one.add(documents)
        // In two batches: later facts follow earlier ones as with one batch.
        three.add(Array(documents.prefix(40)))
        three.add(Array(documents.dropFirst(40)))
        let a = one.knowledgeBase.facts, b = three.knowledgeBase.facts
        #expect(a.documents.count == documents.count && b.documents.count == documents.count)
        for (x, y) in zip(a.documents, b.documents) {
            #expect(x.entities == y.entities)
            #expect(x.times.map(\.value) == y.times.map(\.value))
            #expect(x.attributions.map { [$0.speaker?.text ?? "", $0.message?.text ?? "", $0.rule] } == y.attributions.map { [$0.speaker?.text ?? "", $0.message?.text ?? "", $0.rule] })
            #expect(x.denials.count == y.denials.count && x.claims.count == y.claims.count)
        }
        #expect(a.entitiesByKey == b.entitiesByKey)
        let p = try #require(Answerer(knowledgeBase: one.knowledgeBase)), q = try #require(Answerer(knowledgeBase: three.knowledgeBase))
        for question in ["Wer ist John Kirby?", "Was bestritt der Sprecher?", "Wann fand die Pressekonferenz statt?"] {
            #expect(p.answer(question) == q.answer(question))
        }
    }
}
