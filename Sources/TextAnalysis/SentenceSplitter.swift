// SentenceSplitter: the public API and the splitting run over paragraphs, lines, headings and segments.
/// A sentence found by the splitter: its byte range and paragraph.
public struct SentenceSpan: Sendable, Hashable {
    /// UTF-8 byte range in the text, trimmed of white space.
    public var range: Range<Int>
    /// 0-based paragraph number (paragraphs are separated by blank lines).
    public var paragraph: Int
    public init(range: Range<Int>, paragraph: Int) {
        self.range = range
        self.paragraph = paragraph
    }
}

/// Splits German and English news text into paragraphs and sentences.
///
/// All positions are UTF-8 byte offsets into the text. The splitter works on bytes in one
/// pass (plus a pass over line breaks), builds no `String`s and uses no regular expressions.
///
/// Paragraphs and lines:
/// - Paragraphs are separated by one or more blank (empty or white-space-only) lines; a sentence
///   never spans a paragraph break. Paragraphs are numbered from 0; blank text gets no number.
/// - A single line break is white space (wrapped text), except after a short line without
///   final punctuation that was evidently broken on purpose (a subheading such as `Hintergrund`):
///   that line is a sentence of its own. "On purpose" means the line starts a new unit (first
///   line of the paragraph, or the line before ended a sentence or was such a heading), it does
///   not end with an article, preposition or conjunction, the next line does not start in
///   lowercase, and the first word of the next line would have fitted on the line within the
///   paragraph's longest line (so it was not wrapped for width; paragraphs whose lines are all
///   shorter than 50 scalars are not taken as wrapped).
///
/// Sentence ends: a run of `.`, `!`, `?`, `…`, then any closing quotes or brackets
/// (`“ ” " » « ‘ ’ ' ) ]`), then white space, then a likely sentence start (not lowercase, not
/// `,` `;` `:`, not a bracket or quote that starts in lowercase or a bracket with a digit such as
/// `(dpa)` or `(7.8.2015)`, not a dash followed by lowercase or a digit). So `„Wer?“, fragte sie`
/// is one sentence and `„Wir kommen.“ Dann …` two. A mark directly followed by a capitalised word
/// (`variabel.Die`, paragraphs glued together) ends a sentence after a word of two or more
/// letters that is no abbreviation.
///
/// A single `.` does not end a sentence after:
/// - an abbreviation (`Dr.`, `Nr.`, `ca.`, `engl.`, see `Abbreviations`); `usw.`, `etc.`, `v. Chr.`,
///   `Inc.` do end sentences; `Art.`, `Abs.`, `Jan.` only stay inside before a number;
/// - a single lowercase letter (`z. B.`, `u. a.`, `d. h.`, `e.g.`), except units after a number
///   or `/` (`10.000 m.`, `km/h.`);
/// - a single capital letter (an initial: `John F. Kennedy`, `z. B.`, `U.S.`) unless a frequent
///   sentence-first word follows (`Vitamin C. Die …`);
/// - an ordinal number: before a month (`am 18. August`) or a noun that typically follows
///   ordinals (`18. Jahrhundert`, `3. Liga`), after an article or `am`/`zum`/… (`den 2. Platz`),
///   at the start of a sentence (`1. Die …`), in result lists (`– 2. Latvala`, `: 1. Rießle`,
///   `21,58, 5. Hoffa`) and in dates with spaces (`11. 4. 2002`). Decimal numbers, scores
///   (`3:1.`) and years (`im Jahr 2018. Danach`) end sentences;
/// - a Roman numeral up to XXXIX used as an ordinal (`der II. Weltkrieg`); `Benedikt XVI. Der Papst`
///   ends a sentence, `Karl IV. von Böhmen` does not (lowercase); acronyms made of Roman
///   letters (`CD`, `LLI`) are words;
/// - any mark closed by a bracket opened inside the sentence: `(21.5.)`, `(15.)`, `(sic!)`.
///
/// An ellipsis in brackets (`(…)`) marks an omission and ends a sentence only when a sentence
/// ended right before it (`Unsinn. (…) Und …` splits after the bracket). The end of a paragraph
/// always ends a sentence. No empty sentence is produced. Zero-width spaces count as white space.
///
/// Cost: O(n) in the text length; lexicon look-ups hash byte ranges (`ByteLexicon`).
public struct SentenceSplitter: Sendable {
    /// Lines longer than this many scalars are never taken as headings.
    public var maxHeadingLength: Int

    public init(maxHeadingLength: Int = 150) {
        self.maxHeadingLength = maxHeadingLength
    }

    /// Splits `text`; offsets are UTF-8 byte offsets into `text.utf8`.
    public func split(_ text: String) -> [SentenceSpan] { split(Array(text.utf8)) }

    /// Splits UTF-8 `bytes` into sentences, in text order; ranges are byte offsets into `bytes`,
    /// trimmed of white space, non-empty and non-overlapping.
    public func split(_ bytes: [UInt8]) -> [SentenceSpan] {
        var run = Run(bytes: bytes, maxHeadingLength: maxHeadingLength)
        run.splitAll()
        return run.result
    }
}

// MARK: - Implementation

/// One splitting run over a text.
struct Run {
    let b: [UInt8]
    let n: Int
    let maxHeadingLength: Int
    var result: [SentenceSpan] = []
    var paragraph = 0

    init(bytes: [UInt8], maxHeadingLength: Int) {
        self.b = bytes
        self.n = bytes.count
        self.maxHeadingLength = maxHeadingLength
        result.reserveCapacity(bytes.count / 100 + 1)
    }

    // MARK: Paragraphs and lines

    /// A non-blank line: trimmed byte range and length in scalars.
    struct Line {
        var range: Range<Int>
        var length: Int
    }

    mutating func splitAll() {
        var lines: [Line] = []
        var lineStart = 0
        while lineStart <= n {
            var lineEnd = lineStart
            while lineEnd < n, b[lineEnd] != 0x0A { lineEnd += 1 }
            if let line = trimmedLine(lineStart..<lineEnd) {
                lines.append(line)
            } else if !lines.isEmpty {
                splitParagraph(lines)
                lines.removeAll(keepingCapacity: true)
            }
            lineStart = lineEnd + 1
        }
        if !lines.isEmpty { splitParagraph(lines) }
    }

    /// The line trimmed of white space, or nil if blank.
    func trimmedLine(_ r: Range<Int>) -> Line? {
        var s = r.lowerBound, e = r.upperBound
        while s < e { let w = Chars.space(b, s); if w == 0 { break }; s += w }
        if s == e { return nil }
        while e > s {
            var j = e - 1
            while j > s, b[j] & 0xC0 == 0x80 { j -= 1 }
            if Chars.space(b, j) == 0 { break }
            e = j
        }
        var length = 0
        for i in s..<e where b[i] & 0xC0 != 0x80 { length += 1 }
        return Line(range: s..<e, length: length)
    }

    mutating func splitParagraph(_ lines: [Line]) {
        let before = result.count
        var maxLength = 0
        for l in lines { maxLength = max(maxLength, l.length) }
        var segmentStart = lines[0].range.lowerBound
        var unitStart = true  // the current line starts a new unit
        for k in 0..<lines.count {
            let line = lines[k]
            guard k + 1 < lines.count else { break }
            let ending = lineEnding(line)
            if unitStart, ending == .open, isHeading(line, next: lines[k + 1], maxLength: maxLength) {
                splitSegment(segmentStart..<line.range.upperBound)
                segmentStart = lines[k + 1].range.lowerBound
                unitStart = true
            } else {
                unitStart = ending == .final
            }
        }
        splitSegment(segmentStart..<lines[lines.count - 1].range.upperBound)
        if result.count > before { paragraph += 1 }
    }

    enum LineEnding { case final, open, continued }

    /// How a line ends: with sentence-final punctuation, with a letter/digit/closer (open), or
    /// with a mark that continues the sentence (`,` `:` `-` …).
    func lineEnding(_ line: Line) -> LineEnding {
        var e = line.range.upperBound
        var sawCloser = false
        while e > line.range.lowerBound {
            guard let (s, w) = UTF8Scan.scalar(before: e, in: b) else { break }
            if Chars.closer(b, e - w, e) > 0 { sawCloser = true; e -= w; continue }
            if s == "." || s == "!" || s == "?" || s == "\u{2026}" { return .final }
            if Chars.isAlnum(s) { return .open }
            if sawCloser { return .open }
            return .continued
        }
        return .continued
    }

    /// Whether `line` (which starts a unit and ends without punctuation) is a heading line.
    func isHeading(_ line: Line, next: Line, maxLength: Int) -> Bool {
        guard line.length <= maxHeadingLength else { return false }
        let (first, _) = UTF8Scan.scalar(b, next.range.lowerBound)
        if Chars.isLower(first) { return false }
        // Headings do not end with an article, preposition or conjunction ("… zwischen⏎Frankreich").
        if Abbreviations.continuationWords.contains(b, wordBefore(line.range.upperBound, floor: line.range.lowerBound)) {
            return false
        }
        if maxLength < 50 { return true }
        // Length in scalars of the next line's first word.
        var i = next.range.lowerBound
        var wordLength = 0
        while i < next.range.upperBound, Chars.space(b, i) == 0 {
            if b[i] & 0xC0 != 0x80 { wordLength += 1 }
            i += 1
        }
        return line.length + 1 + wordLength <= maxLength
    }

    // MARK: Sentences

    /// Whether a quotation is open, read lazily from the segment start (amortised O(n)):
    /// `„` opens one, `"` opens or closes one (news text often pairs `„` with `"`).
    struct QuoteState {
        var position: Int
        var open = false

        mutating func isOpen(at end: Int, in b: [UInt8]) -> Bool {
            var i = position
            while i < end {
                let c = b[i]
                if c == 0x22 { open.toggle() } else if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x9E { open = true }
                i += 1
            }
            position = max(position, end)
            return open
        }
    }

    mutating func emit(_ r: Range<Int>) {
        var s = r.lowerBound, e = r.upperBound
        while s < e { let w = Chars.space(b, s); if w == 0 { break }; s += w }
        while e > s {
            var j = e - 1
            while j > s, b[j] & 0xC0 == 0x80 { j -= 1 }
            if Chars.space(b, j) == 0 { break }
            e = j
        }
        if s < e { result.append(SentenceSpan(range: s..<e, paragraph: paragraph)) }
    }

    /// Splits one segment (a paragraph or a part of it without headings) into sentences.
    mutating func splitSegment(_ segment: Range<Int>) {
        let hi = segment.upperBound
        var start = segment.lowerBound
        var quotes = QuoteState(position: segment.lowerBound)
        var i = start
        while i < hi {
            let c = b[i]
            // Fast skip: only . ! ? and the lead byte of … can start a mark.
            if c != 0x2E && c != 0x21 && c != 0x3F && c != 0xE2 { i += 1; continue }
            let first = Chars.endMark(b, i, hi)
            if first == 0 { i += 1; continue }
            let markStart = i
            var j = i
            var dots = 0, others = 0
            while j < hi {
                let w = Chars.endMark(b, j, hi)
                if w == 0 { break }
                if w == 1 && b[j] == 0x2E { dots += 1 } else { others += 1 }
                j += w
            }
            let markEnd = j
            while j < hi {
                let w = Chars.closer(b, j, hi)
                if w == 0 { break }
                // An ASCII quote glued to the next word closes only if a quotation is open;
                // otherwise it opens the next sentence (`einzukaufen."Doch`).
                if b[j] == 0x22, j + 1 < hi, Chars.space(b, j + 1) == 0, Chars.closer(b, j + 1, hi) == 0,
                   !quotes.isOpen(at: markStart, in: b) { break }
                j += w
            }
            let sentenceEnd = j
            guard j < hi else { break }
            guard Chars.space(b, j) > 0 else {
                // No space: "variabel.Die Blütezeit" (paragraphs joined without a space).
                if isUnspacedBoundary(sentenceStart: start, markStart: markStart, next: j, limit: hi) {
                    emit(start..<sentenceEnd)
                    start = j
                    i = j
                } else {
                    i = markEnd
                }
                continue
            }
            while j < hi { let w = Chars.space(b, j); if w == 0 { break }; j += w }
            guard j < hi else { break }
            if isBoundary(sentenceStart: start, markStart: markStart, markEnd: markEnd, closersEnd: sentenceEnd,
                          singleDot: dots == 1 && others == 0, next: j, limit: hi) {
                emit(start..<sentenceEnd)
                start = j
            }
            i = j
        }
        emit(start..<hi)
    }
}
