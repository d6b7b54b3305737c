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

/// Character classes at a byte position.
private enum Chars {
    /// Width of the white-space scalar at `i`, or 0.
    @inline(__always)
    static func space(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return (c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0B || c == 0x0C) ? 1 : 0 }
        if c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xE1 && c != 0xEF { return 0 }
        let (s, w) = UTF8Scan.scalar(b, i)
        // Zero-width space, word joiner and BOM count as white space here.
        return s.properties.isWhitespace || s == "\u{200B}" || s == "\u{2060}" || s == "\u{FEFF}" ? w : 0
    }

    /// Width of the sentence-end mark at `i` (`.`, `!`, `?`, `…`), or 0.
    @inline(__always)
    static func endMark(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if c == 0x2E || c == 0x21 || c == 0x3F { return 1 }
        if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0xA6 { return 3 }
        return 0
    }

    /// Width of a closing quote or bracket at `i` (as found right after an end mark), or 0.
    @inline(__always)
    static func closer(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D || c == 0x7D { return 1 }
        if c == 0xC2, i + 1 < end, b[i + 1] == 0xBB || b[i + 1] == 0xAB { return 2 }  // » «
        if c == 0xE2, i + 2 < end, b[i + 1] == 0x80 {
            switch b[i + 2] {
            case 0x9C, 0x9D, 0x98, 0x99, 0xBA, 0xB9: return 3  // “ ” ‘ ’ › ‹
            default: return 0
            }
        }
        return 0
    }

    /// Whether `s` is a dash that may separate clauses.
    @inline(__always)
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2013}" || s == "\u{2014}"
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x61 && s.value <= 0x7A }
        return s.properties.isLowercase
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    static func isAlnum(_ s: Unicode.Scalar) -> Bool { UTF8Scan.isLetter(s) || UTF8Scan.isDigit(s) }

    @inline(__always)
    static func isASCIIDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Whether `r` is a well-formed Roman numeral from 1 to 39 (`I` … `XXXIX`), as used for
    /// rulers, popes and ordinals.
    static func isSmallRoman(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        var tens = 0
        while i < r.upperBound, b[i] == 0x58, tens < 3 { tens += 1; i += 1 }  // X{0,3}
        let rest = r.upperBound - i
        func at(_ k: Int) -> UInt8 { b[i + k] }
        switch rest {
        case 0: return tens > 0
        case 1: return at(0) == 0x49 || at(0) == 0x56  // I V
        case 2: return (at(0) == 0x49 && (at(1) == 0x49 || at(1) == 0x56 || at(1) == 0x58))  // II IV IX
            || (at(0) == 0x56 && at(1) == 0x49)  // VI
        case 3: return (at(0) == 0x49 && at(1) == 0x49 && at(2) == 0x49)  // III
            || (at(0) == 0x56 && at(1) == 0x49 && at(2) == 0x49)  // VII
        case 4: return at(0) == 0x56 && at(1) == 0x49 && at(2) == 0x49 && at(3) == 0x49  // VIII
        default: return false
        }
    }

    /// Whether every byte of `r` is an uppercase Roman numeral letter.
    static func isRoman(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        for i in r {
            switch b[i] {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: continue  // I V X L C D M
            default: return false
            }
        }
        return true
    }
}

/// One splitting run over a text.
private struct Run {
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
        // Headings do not end with an article, preposition or conjunction ("… zwischen⏎Nordkorea").
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

    /// The range of the word (letters and digits) that ends at `end`.
    @inline(__always)
    func wordBefore(_ end: Int, floor: Int) -> Range<Int> {
        var s = end
        while s > floor {
            guard let (c, w) = UTF8Scan.scalar(before: s, in: b), Chars.isAlnum(c) else { break }
            s -= w
        }
        return s..<end
    }

    /// The range of the word (letters and digits) that starts at `start`.
    @inline(__always)
    func wordAfter(_ start: Int, limit: Int) -> Range<Int> {
        var e = start
        while e < limit {
            let (c, w) = UTF8Scan.scalar(b, e)
            guard Chars.isAlnum(c) else { break }
            e += w
        }
        return start..<e
    }

    /// The word before position `end`, skipping white space, or an empty range.
    func previousWord(_ end: Int, floor: Int) -> Range<Int> {
        var e = end
        while e > floor, b[e - 1] == 0x20 || b[e - 1] == 0x0A { e -= 1 }
        return wordBefore(e, floor: floor)
    }

    /// Whether a mark directly followed (no white space) by `next` ends a sentence: only after a
    /// lowercase word of two or more letters that is no abbreviation, before a capitalised word
    /// (`variabel.Die`, `einzukaufen."Doch`); not in `www.Spiegel.de`-like or `dt.Spion`-like text.
    func isUnspacedBoundary(sentenceStart: Int, markStart: Int, next: Int, limit: Int) -> Bool {
        var (s, w) = UTF8Scan.scalar(b, next)
        var k = next
        if s == "(" || s == "\"" || s == "\u{201E}" || s == "\u{00BB}", next + w < limit {
            // An opening bracket or quote: "Geschichte.(Thomas Mayer …)", `einzukaufen."Doch`.
            k += w
            (s, w) = UTF8Scan.scalar(b, k)
        }
        guard Chars.isUpper(s), k + w < limit else { return false }
        let (s2, _) = UTF8Scan.scalar(b, k + w)
        guard Chars.isLower(s2) else { return false }
        // The mark follows a word, possibly with a closing bracket or quote: "Seekranken).Die".
        var end = markStart
        while end > sentenceStart, let (_, cw) = UTF8Scan.scalar(before: end, in: b), Chars.closer(b, end - cw, end) > 0 {
            end -= cw
        }
        let word = wordBefore(end, floor: sentenceStart)
        guard !word.isEmpty else { return false }
        if word.lowerBound > 0, b[word.lowerBound - 1] == 0x2E || b[word.lowerBound - 1] == 0x2C { return false }
        if Chars.isASCIIDigit(b[word.lowerBound]) {
            // A year: "im Jahr 2015.Das".
            return word.count == 4 && Chars.isASCIIDigit(b[word.upperBound - 1])
        }
        let (last, _) = UTF8Scan.scalar(before: word.upperBound, in: b)!
        var letters = 0
        for i in word where b[i] & 0xC0 != 0x80 { letters += 1 }
        // "variabel.Die" (lowercase word of 2+ letters) or "UNESCO.Mary" (3+ letters).
        guard (Chars.isLower(last) && letters >= 2) || letters >= 3 else { return false }
        if Abbreviations.neverFinal.contains(b, word) || Abbreviations.beforeNumber.contains(b, word) { return false }
        return true
    }

    /// Whether the text before `position` (skipping white space and closing quotes/brackets)
    /// ends with a sentence-end mark.
    func followsEndMark(_ position: Int, floor: Int) -> Bool {
        var k = position
        while k > floor {
            guard let (c, w) = UTF8Scan.scalar(before: k, in: b) else { return false }
            if UTF8Scan.isSpace(c) || Chars.closer(b, k - w, k) > 0 { k -= w; continue }
            return c == "." || c == "!" || c == "?" || c == "\u{2026}"
        }
        return false
    }

    /// Whether a bracket `(` or `[` opened after `sentenceStart` (and at most 400 bytes before
    /// `markStart`) is still open, and `closers` close it: the mark then belongs to the bracket
    /// (`(21.5.)`, `(15.)`).
    func closesInnerBracket(sentenceStart: Int, markStart: Int, closers: Range<Int>) -> Bool {
        var closes = false
        for i in closers where b[i] == 0x29 || b[i] == 0x5D { closes = true; break }
        guard closes else { return false }
        var depth = 0
        var k = markStart - 1
        // Brackets this long are not closed by an abbreviation; the bound keeps the scan O(n).
        let floor = max(sentenceStart, markStart - 400)
        while k > floor {
            let c = b[k]
            if c == 0x29 || c == 0x5D { depth += 1 } else if c == 0x28 || c == 0x5B {
                if depth == 0 { return true }
                depth -= 1
            }
            k -= 1
        }
        return false
    }

    /// Whether `position` holds a bracketed ellipsis such as `(…)`, `(...)`, `[ ...]`.
    func isBracketedEllipsis(_ position: Int, limit: Int) -> Bool {
        var k = position + 1
        var sawMark = false
        while k < limit {
            let c = b[k]
            if c == 0x29 || c == 0x5D { return sawMark }
            if c == 0x2E || c == 0x20 { sawMark = sawMark || c == 0x2E; k += 1; continue }
            if c == 0xE2, k + 2 < limit, b[k + 1] == 0x80, b[k + 2] == 0xA6 { sawMark = true; k += 3; continue }
            return false
        }
        return false
    }

    /// Decides whether the mark run `markStart..<markEnd`, followed by closing quotes or brackets
    /// up to `closersEnd`, then white space, then the character at `next`, ends the sentence that
    /// began at `sentenceStart`.
    func isBoundary(sentenceStart: Int, markStart: Int, markEnd: Int, closersEnd: Int, singleDot: Bool,
                    next: Int, limit: Int) -> Bool {
        let isEllipsis = b[markStart] == 0xE2 || (markEnd - markStart >= 2 && b[markStart] == 0x2E && b[markStart + 1] == 0x2E)
        // An omission "(…)": ends the sentence only if the sentence ended before it ("Unsinn. (…) Und").
        var bracketedOmission = false
        if isEllipsis, let (p, pw) = UTF8Scan.scalar(before: markStart, in: b) {
            var open = markStart - pw
            var q = p
            if q == " ", let (p2, p2w) = UTF8Scan.scalar(before: open, in: b) { q = p2; open -= p2w }
            if q == "(" || q == "[" {
                bracketedOmission = true
                if !followsEndMark(open, floor: sentenceStart) { return false }
            }
        }
        if !bracketedOmission, closersEnd > markEnd,
           closesInnerBracket(sentenceStart: sentenceStart, markStart: markStart, closers: markEnd..<closersEnd) {
            return false
        }
        var (s, w) = UTF8Scan.scalar(b, next)
        var wordStart = next
        // A dash: look at what follows it ("…!“ – so Berg", "Std. – 2. Latvala").
        if Chars.isDash(s) {
            var k = next + w
            if k < limit, Chars.space(b, k) == 0 { return false }  // "bzw. -Gehälter"
            while k < limit { let sw = Chars.space(b, k); if sw == 0 { break }; k += sw }
            guard k < limit else { return true }
            (s, w) = UTF8Scan.scalar(b, k)
            if Chars.isLower(s) || Chars.isASCIIDigit(b[k]) { return false }
            wordStart = k
        }
        if Chars.isLower(s) { return false }
        switch s {
        case ",", ";", ":", ".", "!", "?", "\u{2026}", ")", "]", "}", "\u{201D}", "\u{2019}":
            return false
        case "(", "[":
            // "(dpa)", "(red, 4.8.2015)", "(7.8.2015)": a bracket starting in lowercase or with a
            // digit stays with the sentence, and so does an omission "(…)" (the sentence ends after it).
            var k = next + 1
            while k < limit, b[k] == 0x20 { k += 1 }
            if k < limit, Chars.isLower(UTF8Scan.scalar(b, k).0) || Chars.isASCIIDigit(b[k]) { return false }
            if isBracketedEllipsis(next, limit: limit) { return false }
        case "\u{201E}", "\"", "\u{00BB}", "\u{201A}":
            // An opening quote starting in lowercase continues the sentence: `Benedikt XVI. „ist …“`.
            if next + w < limit, Chars.isLower(UTF8Scan.scalar(b, next + w).0) { return false }
        default: break
        }
        if !singleDot { return true }
        // A single full stop: look at the word before it.
        let word = wordBefore(markStart, floor: sentenceStart)
        if word.isEmpty { return true }
        let nextWord = wordAfter(wordStart, limit: limit)
        let nextIsDigit = Chars.isASCIIDigit(b[wordStart])

        if Chars.isASCIIDigit(b[word.lowerBound]) {
            return numberEndsSentence(word, sentenceStart: sentenceStart, nextWord: nextWord, nextIsDigit: nextIsDigit)
        }
        // Letters only from here on (words mixing letters and digits fall through to lists).
        let (firstScalar, firstWidth) = UTF8Scan.scalar(b, word.lowerBound)
        if firstWidth == word.count {
            // A single letter.
            if Chars.isLower(firstScalar) {
                // Units after a number end sentences ("10.000 m.", "km/h."); other single lowercase
                // letters are abbreviations (z. B., u. a., d. h., e.g.).
                return isUnit(word, floor: sentenceStart) && !nextIsDigit
            }
            if isAbbreviationChain(before: word.lowerBound, floor: sentenceStart) { return false }  // z. B., U.S.
            return Abbreviations.sentenceStarters.contains(b, nextWord)
        }
        if Abbreviations.neverFinal.contains(b, word) { return false }
        if Abbreviations.beforeNumber.contains(b, word) { return !nextIsDigit }
        if Abbreviations.mayEnd.contains(b, word) { return true }
        if word.count >= 2, Chars.isRoman(b, word) {
            // Acronyms made of Roman letters ("CD", "LLI") only count when followed by an ordinal noun.
            if Abbreviations.ordinalNouns.contains(b, nextWord) { return false }
            guard Chars.isSmallRoman(b, word) else { return true }
            if word.lowerBound == sentenceStart { return false }  // "II. Teil"
            let prev = previousWord(word.lowerBound, floor: sentenceStart)
            if Abbreviations.ordinalDeterminers.contains(b, prev) { return false }
            return true
        }
        return true
    }

    /// Whether the word starting at `wordStart` continues an abbreviation made of single letters
    /// with full stops (`z. B.`, `U.S.`, `i. d.`): the text before it is `x.` or `x. `.
    func isAbbreviationChain(before wordStart: Int, floor: Int) -> Bool {
        var k = wordStart
        if k > floor, b[k - 1] == 0x20 { k -= 1 }
        guard k > floor, b[k - 1] == 0x2E else { return false }
        let previous = wordBefore(k - 1, floor: floor)
        guard !previous.isEmpty else { return false }
        let (p, pw) = UTF8Scan.scalar(b, previous.lowerBound)
        return pw == previous.count && UTF8Scan.isLetter(p)
    }

    /// Whether the single lowercase letter `word` is a unit after a number or `/` (`5 m`, `km/h`).
    func isUnit(_ word: Range<Int>, floor: Int) -> Bool {
        switch b[word.lowerBound] {
        case 0x6D, 0x67, 0x6C, 0x74, 0x68, 0x73: break  // m g l t h s
        default: return false
        }
        guard word.lowerBound > floor else { return false }
        let p = b[word.lowerBound - 1]
        if p == 0x2F { return true }
        return p == 0x20 && word.lowerBound - 1 > floor && Chars.isASCIIDigit(b[word.lowerBound - 2])
    }

    /// Whether a full stop after the number `word` ends the sentence.
    func numberEndsSentence(_ word: Range<Int>, sentenceStart: Int, nextWord: Range<Int>, nextIsDigit: Bool) -> Bool {
        // Only plain digit runs can be ordinals; "66,56", "4.680.000", "3:1", "5.8." end sentences.
        var value = 0
        for i in word {
            guard Chars.isASCIIDigit(b[i]) else { return true }
            if value < 100_000 { value = value * 10 + Int(b[i] - 0x30) }
        }
        if word.lowerBound > sentenceStart {
            let p = b[word.lowerBound - 1]
            if p == 0x2E, nextIsDigit { return false }  // "8.8. 2015"
            if p == 0x2C || p == 0x2E || p == 0x3A || p == 0x2F { return true }
        }
        if word.lowerBound == sentenceStart { return value >= 1000 }  // "1. Die Regierung …" (enumeration)
        // Dates written with spaces: "11. 4. 2002", "(APA, 30. 9. 2015)".
        if nextIsDigit, value <= 31, nextWord.count <= 2, nextWord.upperBound < n, b[nextWord.upperBound] == 0x2E {
            return false
        }
        if nextIsDigit, value <= 31, word.lowerBound >= sentenceStart + 3, b[word.lowerBound - 1] == 0x20,
           b[word.lowerBound - 2] == 0x2E, Chars.isASCIIDigit(b[word.lowerBound - 3]) {
            return false
        }
        // Enumerations and result lists: "– 2. Latvala", ": 1. Rießle", "9:14:52 4. Vesterby".
        var k = word.lowerBound
        while k > sentenceStart, b[k - 1] == 0x20 { k -= 1 }
        if k > sentenceStart, let (p, _) = UTF8Scan.scalar(before: k, in: b) {
            if Chars.isDash(p) || p == ":" || p == "(" || p == ";" || p == "," || p == "\u{2022}" || p == "\u{00B7}" { return false }
            if k < word.lowerBound, Chars.isASCIIDigit(b[k - 1]) { return false }
        }
        let prev = previousWord(word.lowerBound, floor: sentenceStart)
        if Abbreviations.ordinalDeterminers.contains(b, prev) { return false }
        // "dem ersehnten 18. Majortitel": determiner, inflected adjective, ordinal.
        if prev.count >= 4, Chars.isLower(UTF8Scan.scalar(b, prev.lowerBound).0),
           b[prev.upperBound - 2] == 0x65, b[prev.upperBound - 1] == 0x6E,
           Abbreviations.ordinalDeterminers.contains(b, previousWord(prev.lowerBound, floor: sentenceStart)) {
            return false
        }
        if word.count >= 4 { return true }
        if value <= 31, Abbreviations.months.contains(b, nextWord) { return false }
        if Abbreviations.ordinalNouns.contains(b, nextWord) { return false }
        return true
    }
}
