import TextAnalysis
import Timex

/// Runs the extractors over one analyzed document, in dependency order:
/// entities (persons, organisations, places) → temporal expressions → attributions (need entities
/// for speaker resolution) → denials (need entities and attributions).
public struct FactPipeline: Sendable {
    let entities = EntityExtractor()
    let tagger = TemporalTagger()
    let attributions = AttributionExtractor()
    let denials = DenialExtractor()

    public init() {}

    public func extract(_ doc: AnalyzedDocument) -> DocumentFacts {
        var facts = DocumentFacts()
        facts.entities = entities.extract(doc)
        facts.times = times(doc)
        facts.attributions = attributions.extract(doc, entities: facts.entities)
        facts.denials = denials.extract(doc, entities: facts.entities, attributions: facts.attributions)
        return facts
    }

    /// Temporal expressions of the whole text, resolved against the document creation time.
    func times(_ doc: AnalyzedDocument) -> [TemporalFact] {
        let reference = doc.document.date.map { ReferenceDate(year: $0.year, month: $0.month, day: $0.day) }
        let language = doc.document.language?.hasPrefix("en") == true ? "en" : "de"
        var out: [TemporalFact] = []
        for m in tagger.tag(doc.document.text, referenceDate: reference, language: language) {
            guard let s = doc.sentenceIndex(containing: m.range.lowerBound) else { continue }
            out.append(TemporalFact(sentence: s, text: TextSpan(text: m.text, span: Span(m.range)), type: m.type, value: m.value,
                                    mod: m.mod, intervalStart: m.intervalStart, intervalEnd: m.intervalEnd))
        }
        return out
    }
}
