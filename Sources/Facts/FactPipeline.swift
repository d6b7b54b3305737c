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
        guard !doc.tokens.isEmpty else { return facts }
        let speech = SpeechContext(doc, entities: facts.entities)
        facts.attributions = attributions.extract(speech)
        facts.denials = denials.extract(speech, attributions: facts.attributions)
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

/// What the attribution and denial extractors both need of a document, built once:
/// the chunked tokens, the quotations and the speaker resolver.
struct SpeechContext {
    let np: NounPhraseChunker
    let quotes: [AttributionQuote]
    let resolver: AttributionResolver

    init(_ doc: AnalyzedDocument, entities: [EntityMention]) {
        np = NounPhraseChunker(doc)
        quotes = AttributionQuoteScanner.scan(np)
        resolver = AttributionResolver(np, entities: entities)
    }
}
