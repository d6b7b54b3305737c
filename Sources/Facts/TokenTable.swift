import TextAnalysis

/// The token table of one document: what the extractors read of every token, computed once per document (a struct
/// of arrays indexed by the 0-based token position in `AnalyzedDocument.tokens`). The entity rules and the noun-phrase
/// chunker (and through it the attribution, denial, claim and verb-argument rules) all read it; none builds its own
/// token view.
struct TokenTable: Sendable {
    /// Surface of every token.
    let words: [String]
    /// Lower-case surface of every token.
    let lower: [String]
    /// Sentence index of every token (0 for a token outside every sentence).
    let sentenceOfToken: [Int]
    /// Whether every token is a role or title word (`Cues.isRole`).
    let isRoleWord: [Bool]

    init(_ doc: AnalyzedDocument) {
        let words = doc.tokens.indices.map { doc.surface($0) }
        self.words = words
        let lower = words.map { $0.lowercased() }
        self.lower = lower
        isRoleWord = lower.map { Cues.isRole(lowercased: $0) }
        var sentenceOfToken = [Int](repeating: 0, count: doc.tokens.count)
        for s in doc.sentences { for t in s.tokens { sentenceOfToken[t] = s.index } }
        self.sentenceOfToken = sentenceOfToken
    }
}
