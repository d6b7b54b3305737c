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

/// Splits text into paragraphs and sentences.
///
/// PROVISIONAL: ends a sentence after `.`, `!` or `?` followed by white space; a line break
/// inside a paragraph and a blank line end sentences too.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ text: String) -> [SentenceSpan] { split(Array(text.utf8)) }

    public func split(_ bytes: [UInt8]) -> [SentenceSpan] {
        var result: [SentenceSpan] = []
        var paragraph = 0
        var start = 0
        var i = 0
        var sawText = false
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, bytes[s] == 0x20 || bytes[s] == 0x0A || bytes[s] == 0x09 { s += 1 }
            while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0A || bytes[e - 1] == 0x09 { e -= 1 }
            if s < e { result.append(SentenceSpan(range: s..<e, paragraph: paragraph)); sawText = true }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                emit(i)
                var j = i + 1
                var blank = false
                while j < bytes.count, bytes[j] == 0x0A || bytes[j] == 0x20 || bytes[j] == 0x09 { if bytes[j] == 0x0A { blank = true }; j += 1 }
                if blank && sawText { paragraph += 1; sawText = false }
                start = j
                i = j
                continue
            }
            if (b == 0x2E || b == 0x21 || b == 0x3F), i + 1 < bytes.count, bytes[i + 1] == 0x20 {
                emit(i + 1)
                start = i + 1
            }
            i += 1
        }
        emit(bytes.count)
        return result
    }
}
