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

    /// Analyzes, indexes and extracts facts from `newDocuments`, appended after those already added.
    public func add(_ newDocuments: [Document]) {
        for document in newDocuments {
            let analyzed = AnalyzedDocument(document, splitter: splitter)
            documents.append(analyzed)
            indexBuilder.add(analyzed)
            // The extractors read the terms the index just built: the text is analyzed once.
            let index = indexBuilder.index
            let d = documents.count - 1
            factBuilder.add(pipeline.extract(analyzed, tokenTerms: { t in index.tokenTerms(document: d, token: t).map { index.terms[Int($0)] } }))
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
