/// A quotation found at document level, independent of sentence splitting.
struct AttributionQuote: Sendable, Hashable {
    /// Token of the opening mark.
    var openToken: Int
    /// Token of the closing mark.
    var closeToken: Int
    /// Content token ranges, one per paragraph (news convention: a quote running over paragraphs
    /// re-opens at each new paragraph and closes only in the last one).
    var segments: [Range<Int>]
}

/// Finds quotations: „…“ (also „…”), “…”, »…«, «…», "…".
enum AttributionQuoteScanner {
    private enum Style { case german, english, guillemet, reversedGuillemet, ascii }

    static func scan(_ np: NounPhraseChunker) -> [AttributionQuote] {
        var result: [AttributionQuote] = []
        var style: Style?
        var openToken = 0
        var segmentStart = 0
        var segments: [Range<Int>] = []
        var paragraph = 0
        func paragraphOf(_ t: Int) -> Int { np.doc.sentences[np.sentenceOfToken[t]].paragraph }
        func isParagraphStart(_ t: Int) -> Bool { t == 0 || paragraphOf(t - 1) != paragraphOf(t) }
        func open(_ s: Style, _ t: Int) {
            style = s; openToken = t; segmentStart = t + 1; segments = []; paragraph = paragraphOf(t)
        }
        func close(_ t: Int) {
            if t > segmentStart { segments.append(segmentStart..<t) }
            if !segments.isEmpty { result.append(AttributionQuote(openToken: openToken, closeToken: t, segments: segments)) }
            style = nil
        }
        for t in 0..<np.count where np.doc.tokens[t].kind == .punctuation || style != nil {
            if let s = style, paragraphOf(t) != paragraph {
                // A new paragraph while a quote is open: continuation if it re-opens with the same mark.
                let reopens = isParagraphStart(t) && ((s == .german && np.words[t] == "„") || (s == .guillemet && np.words[t] == "»") || (s == .english && np.words[t] == "“"))
                if reopens && t - openToken < 600 {
                    if t - 1 >= segmentStart { segments.append(segmentStart..<t) }
                    segmentStart = t + 1
                    paragraph = paragraphOf(t)
                    continue
                }
                style = nil
            }
            guard np.doc.tokens[t].kind == .punctuation else { continue }
            let w = np.words[t]
            switch (w, style) {
            case ("„", nil): open(.german, t)
            case ("„", .german?): open(.german, t)  // unclosed quote: restart
            case ("“", .german?), ("”", .german?), ("”", .english?), ("\"", .german?): close(t)
            case ("“", nil): open(.english, t)
            case ("»", nil): open(.guillemet, t)
            case ("«", .guillemet?): close(t)
            case ("«", nil): open(.reversedGuillemet, t)
            case ("»", .reversedGuillemet?): close(t)
            case ("\"", nil): open(.ascii, t)
            case ("\"", .ascii?): close(t)
            default: break
            }
            if style != nil, t - openToken > 600 { style = nil }
        }
        return result
    }
}
