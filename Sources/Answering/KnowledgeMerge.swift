import Corpus
import TextAnalysis
import Retrieval
import Facts

/// Restoring and appending whole knowledge bases: the on-disk cache (`CorpusCache`) keeps the knowledge base of each
/// corpus file built alone and appends it here, so that a cached load skips splitting, term analysis and facts.
extension KnowledgeBase {
    /// A knowledge base from its three parts, which must describe the same documents in the same order (document
    /// ordinals index all three). The caller checks that (`CorpusCache` does before restoring).
    public init(documents: [AnalyzedDocument], index: InvertedIndex, facts: FactStore) {
        self.init()
        self.documents = documents
        self.index = index
        self.facts = facts
    }
}

extension KnowledgeBuilder {
    /// Appends `other`, a knowledge base built alone (by a fresh `KnowledgeBuilder`, or restored from one) over the
    /// documents that follow those already added. The knowledge base is then the same as if those documents had been
    /// added with `add` (same documents, index arrays and facts; `KnowledgeMergeTests`).
    public func append(_ other: consuming KnowledgeBase) {
        documents.append(contentsOf: other.documents)
        // Moved out, so that the merge shifts the arrays in place instead of copying them.
        let index = other.index, facts = other.facts
        other = KnowledgeBase()
        indexBuilder.append(consume index)
        factBuilder.append(consume facts)
    }

    /// Whether nothing was added yet.
    public var isEmpty: Bool { documents.isEmpty }
}
