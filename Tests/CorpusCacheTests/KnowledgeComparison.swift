import Testing
import Foundation
import Corpus
import TextAnalysis
import Retrieval
import Facts
import Answering
import CorpusCache

/// Expects two knowledge bases to be identical: documents (metadata, bytes, sentences, tokens), every array of the
/// index, and every fact with every field (the fact types' synthesized `==`) and the store's look-up tables.
func expectIdentical(_ a: KnowledgeBase, _ b: KnowledgeBase, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.documents.count == b.documents.count, "\(what): document count", sourceLocation: sourceLocation)
    #expect(a.documents.map(\.document) == b.documents.map(\.document), "\(what): documents", sourceLocation: sourceLocation)
    #expect(a.documents.map(\.bytes) == b.documents.map(\.bytes), "\(what): bytes", sourceLocation: sourceLocation)
    #expect(a.documents.map(\.sentences) == b.documents.map(\.sentences), "\(what): sentences", sourceLocation: sourceLocation)
    #expect(a.documents.map(\.tokens) == b.documents.map(\.tokens), "\(what): tokens", sourceLocation: sourceLocation)
    expectIdentical(a.index, b.index, what, sourceLocation: sourceLocation)
    expectIdentical(a.facts, b.facts, what, sourceLocation: sourceLocation)
}

func expectIdentical(_ a: InvertedIndex, _ b: InvertedIndex, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.terms == b.terms && a.termIDs == b.termIDs, "\(what): terms", sourceLocation: sourceLocation)
    let same = a.postings.count == b.postings.count && zip(a.postings, b.postings).allSatisfy { p, q in
        p.sentences == q.sentences && p.termFrequencies == q.termFrequencies && p.positionStarts == q.positionStarts && p.positions == q.positions
    }
    #expect(same, "\(what): postings", sourceLocation: sourceLocation)
    #expect(a.forwardStarts == b.forwardStarts && a.forwardTermIDs == b.forwardTermIDs && a.forwardFrequencies == b.forwardFrequencies,
            "\(what): forward index", sourceLocation: sourceLocation)
    #expect(a.sentenceRefs == b.sentenceRefs && a.sentenceLengths == b.sentenceLengths && a.documentStarts == b.documentStarts
            && a.totalLength == b.totalLength, "\(what): sentences", sourceLocation: sourceLocation)
    #expect(a.documentTokenStarts == b.documentTokenStarts && a.tokenTermStarts == b.tokenTermStarts && a.tokenTermIDs == b.tokenTermIDs,
            "\(what): token terms", sourceLocation: sourceLocation)
}

func expectIdentical(_ a: FactStore, _ b: FactStore, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.documents.count == b.documents.count, "\(what): fact documents", sourceLocation: sourceLocation)
    for (x, y) in zip(a.documents, b.documents) {
        let same = x.entities == y.entities && x.attributions == y.attributions && x.denials == y.denials && x.times == y.times && x.claims == y.claims
        #expect(same, "\(what): facts", sourceLocation: sourceLocation)
        if !same { break }
    }
    #expect(a.entitiesByKey == b.entitiesByKey, "\(what): entities by key", sourceLocation: sourceLocation)
    #expect(a.nameParts == b.nameParts, "\(what): name parts", sourceLocation: sourceLocation)
}

/// A temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("beleg-cache-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Loads `paths` as the shell does with a cache (every file of each path looked up, built alone on a miss and stored,
/// then appended), returning the knowledge base and the problems each lookup found.
func loadThroughCache(_ paths: [String], cache: CorpusCache, parallelism: Int) throws -> (KnowledgeBase, [CacheProblem?]) {
    let builder = try #require(KnowledgeBuilder(parallelism: parallelism))
    var problems: [CacheProblem?] = []
    for path in paths {
        for file in CorpusLoader().sourceFiles(path: path).files {
            let snapshot = try #require(SourceSnapshot.read(file))
            switch cache.lookup(snapshot) {
            case .hit(let source):
                problems.append(nil)
                builder.append(source.knowledge)
            case .miss(let problem):
                problems.append(problem)
                let alone = try #require(KnowledgeBuilder(parallelism: parallelism))
                let result = CorpusLoader().load(file, data: snapshot.data)
                alone.add(result.documents)
                try cache.store(CachedSource(knowledge: alone.knowledgeBase, errors: result.errors), for: snapshot)
                builder.append(alone.knowledgeBase)
            }
        }
    }
    return (builder.knowledgeBase, problems)
}

/// The knowledge base of `paths` loaded without a cache, all documents added in load order.
func loadDirectly(_ paths: [String], parallelism: Int) throws -> KnowledgeBase {
    let builder = try #require(KnowledgeBuilder(parallelism: parallelism))
    for path in paths { builder.add(CorpusLoader().load(path: path).documents) }
    return builder.knowledgeBase
}
