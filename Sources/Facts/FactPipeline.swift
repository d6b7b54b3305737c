import TextAnalysis
import Timex

/// Runs the extractors over one analyzed document, in dependency order:
/// entities (persons, organisations, places) → temporal expressions → attributions (need entities
/// for speaker resolution) → denials (need entities and attributions) → claims (need all of them, linked to denials).
public struct FactPipeline: Sendable {
    let entities = EntityExtractor()
    let tagger = TemporalTagger()
    let attributions = AttributionExtractor()
    let denials = DenialExtractor()
    let claims = ClaimExtractor()

    public init() {}

    /// - Parameter tokenTerms: the index terms of token `t` (0-based, `doc.tokens`) as the index built them, so that
    ///   the text is analyzed once; `nil` analyzes the tokens that need it here (tests, tools).
    public func extract(_ doc: AnalyzedDocument, tokenTerms: ((Int) -> [String])? = nil) -> DocumentFacts {
        var facts = DocumentFacts()
        // One token table for every extractor.
        let table = TokenTable(doc)
        facts.entities = entities.extract(doc, table: table)
        facts.times = times(doc)
        guard !doc.tokens.isEmpty else { return facts }
        let speech = SpeechContext(doc, table: table, entities: facts.entities, tokenTerms: tokenTerms)
        facts.attributions = attributions.extract(speech)
        facts.denials = denials.extract(speech, attributions: facts.attributions)
        facts.claims = claims.extract(speech, entities: facts.entities, attributions: facts.attributions, denials: facts.denials)
        return facts
    }

    /// Temporal expressions of the whole text, resolved against the document creation time.
    /// News or narrative: a text whose four-digit years (1000–2099) mostly lie more than ten years before its
    /// creation year, with at least five of them, is a historical narrative (WikiWarsDE-like); underspecified
    /// dates then resolve against the last date mentioned, not against the creation time.
    static func documentKind(_ bytes: [UInt8], creationYear: Int?) -> DocumentKind {
        guard let creationYear else { return .news }
        var old = 0, recent = 0
        var i = 0
        while i + 4 <= bytes.count {
            let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
            if isDigit(bytes[i]), (i == 0 || !isDigit(bytes[i - 1])), isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]),
               i + 4 == bytes.count || !isDigit(bytes[i + 4]) {
                let year = Int(bytes[i] - 0x30) * 1000 + Int(bytes[i + 1] - 0x30) * 100 + Int(bytes[i + 2] - 0x30) * 10 + Int(bytes[i + 3] - 0x30)
                if (1000...2099).contains(year) {
                    if year < creationYear - 10 { old += 1 } else { recent += 1 }
                }
                i += 4
                continue
            }
            i += 1
        }
        return old >= 5 && old > 2 * recent ? .narrative : .news
    }

    func times(_ doc: AnalyzedDocument) -> [TemporalFact] {
        let reference = doc.document.date.map { ReferenceDate(year: $0.year, month: $0.month, day: $0.day) }
        let language = doc.document.language?.hasPrefix("en") == true ? "en" : "de"
        var out: [TemporalFact] = []
        let kind = Self.documentKind(doc.bytes, creationYear: doc.document.date?.year)
        let tagger = kind == .news ? self.tagger : TemporalTagger(documentKind: .narrative)
        for m in tagger.tag(doc.document.text, referenceDate: reference, language: language) {
            guard let s = doc.sentenceIndex(containing: m.range.lowerBound) else { continue }
            out.append(TemporalFact(sentence: s, text: TextSpan(text: m.text, span: Span(m.range)), type: m.type, value: m.value,
                                    mod: m.mod, intervalStart: m.intervalStart, intervalEnd: m.intervalEnd))
        }
        return out
    }
}

/// What the attribution, denial and claim extractors need of a document, built once:
/// the chunked tokens, the quotations and the speaker resolver.
struct SpeechContext {
    let np: NounPhraseChunker
    let quotes: [AttributionQuote]
    let resolver: AttributionResolver
    /// Index terms of a token, when the caller analyzed the document already (`FactPipeline.extract`).
    let tokenTerms: ((Int) -> [String])?

    init(_ doc: AnalyzedDocument, table: TokenTable? = nil, entities: [EntityMention], tokenTerms: ((Int) -> [String])? = nil) {
        self.tokenTerms = tokenTerms
        np = NounPhraseChunker(doc, table: table)
        quotes = AttributionQuoteScanner.scan(np)
        resolver = AttributionResolver(np, entities: entities)
    }
}
