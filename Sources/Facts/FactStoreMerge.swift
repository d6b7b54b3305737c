/// Restoring and appending whole fact stores: the on-disk cache (`CorpusCache`) stores the fact store of each corpus
/// file built alone and appends it here, so that a cached load never re-extracts facts.

extension FactStore.EntityRef {
    /// - Parameters:
    ///   - document: the document ordinal (load order) in the store that holds the reference.
    ///   - name: the canonical name as written in that document's first mention.
    public init(_ document: Int, name: String, kind: EntityKind) {
        self.document = document
        self.name = name
        self.kind = kind
    }
}

extension FactStore {
    /// A store from its tables, as a `FactStoreBuilder` left them: `documents` by ordinal, `entitiesByKey` (each list
    /// in document order) and `nameParts`. The caller checks that the ordinals are in range.
    public init(documents: [DocumentFacts], entitiesByKey: [String: [EntityRef]], nameParts: [String: Set<String>]) {
        self.init()
        self.documents = documents
        self.entitiesByKey = entitiesByKey
        self.nameParts = nameParts
    }
}

extension FactStoreBuilder {
    /// Appends `other`, a store built alone (by a fresh `FactStoreBuilder`) over the documents that follow those
    /// already added: the result is the store that adding those documents one by one would have built.
    public mutating func append(_ other: consuming FactStore) {
        if store.documents.isEmpty {
            store = other
            return
        }
        let base = store.documents.count
        store.documents.append(contentsOf: other.documents)
        for (key, refs) in other.entitiesByKey {
            store.entitiesByKey[key, default: []].append(contentsOf: refs.lazy.map { FactStore.EntityRef($0.document + base, name: $0.name, kind: $0.kind) })
        }
        for (part, keys) in other.nameParts { store.nameParts[part, default: []].formUnion(keys) }
    }
}
