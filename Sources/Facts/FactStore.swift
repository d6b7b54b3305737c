import TextAnalysis

/// Name keys: lowercase, German-folded (ä→ae, ö→oe, ü→ue, ß→ss), hyphens and spaces kept.
public enum NameKey {
    public static func of(_ name: String) -> String {
        var out = ""
        for ch in name.lowercased() {
            switch ch {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            case "ß": out += "ss"
            case "‐", "‑", "–": out += "-"
            default: out.append(ch)
            }
        }
        return out
    }

    /// The parts of a name split at spaces and hyphens, each as a key ("Anna-Lena Brandt" → anna, lena, anna-lena, brandt).
    public static func parts(_ name: String) -> [String] {
        let key = of(name)
        var parts: [String] = []
        for word in key.split(separator: " ") {
            parts.append(String(word))
            if word.contains("-") { parts.append(contentsOf: word.split(separator: "-").map(String.init)) }
        }
        return parts
    }
}

/// The immutable fact store: the facts of every document, with look-ups by entity name.
/// Built by `FactStoreBuilder`.
public struct FactStore: Sendable {
    /// Facts per document, by document ordinal (load order).
    public internal(set) var documents: [DocumentFacts] = []
    /// Canonical-name key → (document ordinal, canonical name as written).
    public internal(set) var entitiesByKey: [String: [EntityRef]] = [:]
    /// Name part key (surname, given name, hyphen part) → canonical-name keys.
    public internal(set) var nameParts: [String: Set<String>] = [:]

    public init() {}

    public struct EntityRef: Sendable, Hashable {
        public var document: Int
        public var name: String
        public var kind: EntityKind
    }

    /// Canonical names of all entities of `kind` (sorted, unique), e.g. for completion.
    public func entityNames(kind: EntityKind? = nil) -> [String] {
        var names = Set<String>()
        for refs in entitiesByKey.values { for r in refs where kind == nil || r.kind == kind { names.insert(r.name) } }
        return names.sorted()
    }

    /// Mentions, over all documents, of entities whose name matches `name`:
    /// the whole canonical name first; else entities sharing every given part (surname alone, etc.).
    /// Ordered by document, then sentence.
    public func mentions(ofEntityNamed name: String) -> [(document: Int, mention: EntityMention)] {
        let keys = matchingKeys(name)
        guard !keys.isEmpty else { return [] }
        var out: [(Int, EntityMention)] = []
        // Only the documents that name one of the entities (`entitiesByKey`), in load order.
        let named = Set(keys.flatMap { entitiesByKey[$0]?.map(\.document) ?? [] }).sorted()
        for d in named {
            for m in documents[d].entities where keys.contains(NameKey.of(m.canonicalName)) { out.append((d, m)) }
        }
        return out.map { (document: $0.0, mention: $0.1) }
    }

    /// Canonical-name keys matching a name as typed in a question.
    public func matchingKeys(_ name: String) -> Set<String> {
        let key = NameKey.of(name)
        if entitiesByKey[key] != nil { return [key] }
        let parts = key.split(separator: " ").map(String.init)
        guard let first = parts.first else { return [] }
        var candidates = nameParts[first] ?? []
        for p in parts.dropFirst() { candidates.formIntersection(nameParts[p] ?? []) }
        return candidates
    }
}

/// The writer side of the fact store.
public struct FactStoreBuilder {
    public internal(set) var store = FactStore()
    public init() {}

    /// Adds the facts of the next document (ordinals follow load order).
    public mutating func add(_ facts: DocumentFacts) {
        let d = store.documents.count
        store.documents.append(facts)
        var seen = Set<String>()
        for m in facts.entities {
            let key = NameKey.of(m.canonicalName)
            guard seen.insert(key).inserted else { continue }
            store.entitiesByKey[key, default: []].append(.init(document: d, name: m.canonicalName, kind: m.kind))
            for p in NameKey.parts(m.canonicalName) { store.nameParts[p, default: []].insert(key) }
            store.nameParts[key, default: []].insert(key)
        }
    }
}
