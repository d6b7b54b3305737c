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
    private var indexBuilder: IndexBuilder
    private var factBuilder = FactStoreBuilder()
    private var documents: [AnalyzedDocument] = []
    private let pipeline = FactPipeline()
    private let splitter = SentenceSplitter()

    /// `nil` only when libstemmer lacks the German stemmer.
    public init?() {
        guard let analyzer = Analyzer() else { return nil }
        indexBuilder = IndexBuilder(analyzer: analyzer)
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

    /// `add`, with each phase of each document run inside `phase(kind, step)`, which must call `step` exactly once.
    /// A benchmark passes a closure that reads its clock around `step`; the builder itself never reads a clock.
    public func add(_ newDocuments: [Document], phase: (Phase, () -> Void) -> Void) {
        for document in newDocuments {
            var analyzed: AnalyzedDocument?
            phase(.analysis) { analyzed = AnalyzedDocument(document, splitter: splitter) }
            guard let analyzed else { preconditionFailure("phase closure must run each step") }
            documents.append(analyzed)
            phase(.index) { indexBuilder.add(analyzed) }
            // The extractors read the terms the index just built: the text is analyzed once.
            let index = indexBuilder.index
            let d = documents.count - 1
            phase(.facts) {
                factBuilder.add(pipeline.extract(analyzed, tokenTerms: { t in index.tokenTerms(document: d, token: t).map { index.terms[Int($0)] } }))
            }
        }
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
