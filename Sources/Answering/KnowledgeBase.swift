import Foundation
import Corpus
import TextAnalysis
import Retrieval
import Facts

/// Everything the answerer reads: the analyzed documents, the sentence index and the fact store.
/// Immutable and `Sendable`; document ordinals (load order) index all three.
public struct KnowledgeBase: Sendable {
    public internal(set) var documents: [AnalyzedDocument] = []
    public internal(set) var index = InvertedIndex()
    public internal(set) var facts = FactStore()

    public init() {}

    /// The document with this id, if loaded.
    public func document(id: String) -> (ordinal: Int, document: AnalyzedDocument)? {
        guard let i = documents.firstIndex(where: { $0.document.id == id }) else { return nil }
        return (i, documents[i])
    }
}

/// The writer side: analyzes documents, indexes their sentences and extracts their facts.
/// Not thread-safe (it owns an analyzer with a Snowball stemmer).
public final class KnowledgeBuilder {
    var indexBuilder: IndexBuilder
    var factBuilder = FactStoreBuilder()
    var documents: [AnalyzedDocument] = []
    private let pipeline = FactPipeline()
    private let splitter = SentenceSplitter()
    /// Documents whose facts are extracted at the same time (threads of `add`); 1 runs everything on the caller's thread.
    public let parallelism: Int

    /// `nil` only when libstemmer lacks the German stemmer.
    /// - Parameter parallelism: threads for fact extraction (at least 1); the knowledge base is the same whatever it is.
    public init?(parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        guard let analyzer = Analyzer() else { return nil }
        indexBuilder = IndexBuilder(analyzer: analyzer)
        self.parallelism = max(1, parallelism)
    }

    /// The steps `add` runs for each document, in this order.
    public enum Phase: String, Sendable, CaseIterable {
        /// Sentence splitting and tokenization (`AnalyzedDocument`).
        case analysis
        /// Term analysis of every token (lowercase, stop words, normalization, stemming) and the index postings.
        case index
        /// The fact pipeline: token table, entities, temporal expressions, attributions, denials, claims.
        case facts
    }

    /// Analyzes, indexes and extracts facts from `newDocuments`, appended after those already added.
    public func add(_ newDocuments: [Document]) {
        add(newDocuments, phase: { _, step in step() })
    }

    /// `add`, with each phase run inside `phase(kind, step)`, which must call `step` exactly once: analysis and index
    /// once per document, in order, then facts once for the whole batch. A benchmark passes a closure that reads its
    /// clock around `step`; the builder itself never reads a clock.
    public func add(_ newDocuments: [Document], phase: (Phase, () -> Void) -> Void) {
        let first = documents.count
        for document in newDocuments {
            var analyzed: AnalyzedDocument?
            phase(.analysis) { analyzed = AnalyzedDocument(document, splitter: splitter) }
            guard let analyzed else { preconditionFailure("phase closure must run each step") }
            documents.append(analyzed)
            phase(.index) { indexBuilder.add(analyzed) }
        }
        guard documents.count > first else { return }
        // The extractors read the terms the index built: the text is analyzed once. Documents are independent here, so
        // their facts are extracted on `parallelism` threads and added in load order: the same store whatever the timing.
        let index = indexBuilder.index
        let batch = Array(documents[first...])
        phase(.facts) {
            for facts in Self.extractFacts(batch, from: first, index: index, pipeline: pipeline, parallelism: parallelism) {
                factBuilder.add(facts)
            }
        }
    }

    /// The facts of `batch` (documents `first…` of `index`), in batch order, extracted in `parallelism` interleaved
    /// slices (`DispatchQueue.concurrentPerform`).
    private static func extractFacts(_ batch: [AnalyzedDocument], from first: Int, index: InvertedIndex, pipeline: FactPipeline,
                                     parallelism: Int) -> [DocumentFacts] {
        @Sendable func extract(_ k: Int) -> DocumentFacts {
            let d = first + k
            return pipeline.extract(batch[k], tokenTerms: { t in index.tokenTerms(document: d, token: t).map { index.terms[Int($0)] } })
        }
        let workers = min(parallelism, batch.count)
        guard workers > 1 else { return batch.indices.map(extract) }
        let results = FactSlots(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            for k in stride(from: w, to: batch.count, by: workers) { results.set(k, extract(k)) }
        }
        return results.all()
    }

    /// An immutable snapshot of all that was added so far.
    public var knowledgeBase: KnowledgeBase {
        var kb = KnowledgeBase()
        kb.documents = documents
        kb.index = indexBuilder.index
        kb.facts = factBuilder.store
        return kb
    }
}

/// One result slot per document, written by the extraction threads under a lock and read when all are done.
private final class FactSlots: @unchecked Sendable {
    private var slots: [DocumentFacts?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ facts: DocumentFacts) {
        lock.lock()
        slots[k] = facts
        lock.unlock()
    }

    func all() -> [DocumentFacts] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? DocumentFacts() }
    }
}
