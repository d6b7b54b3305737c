// Sentence-boundary decisions of the splitter's run: marks, abbreviations, ordinals, brackets and ellipses.

extension Run {
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
        return singleDotEndsSentence(markStart: markStart, sentenceStart: sentenceStart, wordStart: wordStart, limit: limit)
    }

    /// Whether a single full stop at `markStart` ends the sentence that began at `sentenceStart`, judged by
    /// the word before it and the word at `wordStart` after the white space (and a dash).
    func singleDotEndsSentence(markStart: Int, sentenceStart: Int, wordStart: Int, limit: Int) -> Bool {
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
