import Corpus
import TextAnalysis

/// Analyzed documents and load problems in the cache's encoding. `origin` (and a problem's file) is not stored: it is
/// the source file's display path, given back when restoring, so that the same file loaded under another relative
/// path hits the same entry.
extension ByteWriter {
    mutating func document(_ d: AnalyzedDocument) {
        let doc = d.document
        string(doc.id)
        string(doc.title)
        bool(doc.date != nil)
        if let date = doc.date {
            varint(date.year)
            varint(date.month)
            varint(date.day)
        }
        string(doc.source)
        string(doc.language)
        varint(doc.originLine)
        byteArray(d.bytes)
        ints(d.sentences.map(\.index))
        ints(d.sentences.map(\.paragraph))
        ascending(d.sentences.map(\.range.lowerBound))
        ints(d.sentences.map { $0.range.count })
        ascending(d.sentences.map(\.tokens.lowerBound))
        ints(d.sentences.map { $0.tokens.count })
        ascending(d.tokens.map(\.start))
        ints(d.tokens.map { $0.end - $0.start })
        ints(d.tokens.map(\.position))
        ints(d.tokens.map { Int32($0.kind.rawValue) })
    }

    mutating func loadError(_ e: LoadError) {
        varint(e.line)
        string(e.message)
        bool(e.skipped)
    }
}

extension ByteReader {
    mutating func document(origin: String) throws -> AnalyzedDocument {
        let id = try string()
        let title = try optionalString()
        var date: CalendarDate?
        if try bool() {
            let year = try varint(), month = try value(upTo: 12), day = try value(upTo: 31)
            date = CalendarDate(year: year, month: month, day: day)
        }
        let source = try optionalString(), language = try optionalString(), originLine = try optionalVarint()
        let bytes = try byteArray()
        let document = Document(id: id, title: title, date: date, source: source, language: language,
                                normalizedText: String(decoding: bytes, as: UTF8.self), origin: origin, originLine: originLine)
        let sentences = try self.sentences(byteCount: bytes.count)
        let tokens = try self.tokens(byteCount: bytes.count)
        guard sentences.allSatisfy({ $0.tokens.upperBound <= tokens.count }) else { throw CacheFormatError("sentence tokens out of range") }
        return AnalyzedDocument(document: document, bytes: bytes, sentences: sentences, tokens: tokens)
    }

    private mutating func sentences(byteCount: Int) throws -> [Sentence] {
        let index = try ints(), paragraph = try ints(), start = try ascending(), length = try ints()
        let firstToken = try ascending(), tokenCount = try ints()
        let n = index.count
        guard paragraph.count == n, start.count == n, length.count == n, firstToken.count == n, tokenCount.count == n
        else { throw CacheFormatError("sentence arrays differ in length") }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(n)
        for i in 0..<n {
            let lo = Int(start[i]), hi = lo + Int(length[i]), t = Int(firstToken[i]), tn = Int(tokenCount[i])
            guard lo >= 0, length[i] >= 0, hi <= byteCount, t >= 0, tn >= 0 else { throw CacheFormatError("sentence out of range") }
            sentences.append(Sentence(index: Int(index[i]), paragraph: Int(paragraph[i]), range: lo..<hi, tokens: t..<(t + tn)))
        }
        return sentences
    }

    private mutating func tokens(byteCount: Int) throws -> [Token] {
        let start = try ascending(), length = try ints(), position = try ints(), kind = try ints()
        let n = start.count
        guard length.count == n, position.count == n, kind.count == n else { throw CacheFormatError("token arrays differ in length") }
        var tokens: [Token] = []
        tokens.reserveCapacity(n)
        for i in 0..<n {
            let lo = Int(start[i]), hi = lo + Int(length[i])
            guard lo >= 0, length[i] >= 0, hi <= byteCount, let k = TokenKind(rawValue: UInt8(truncatingIfNeeded: kind[i])), kind[i] <= 0xFF
            else { throw CacheFormatError("token out of range") }
            tokens.append(Token(start: lo, end: hi, position: Int(position[i]), kind: k))
        }
        return tokens
    }

    mutating func loadError(file: String) throws -> LoadError {
        let line = try optionalVarint(), message = try string(), skipped = try bool()
        return LoadError(file: file, line: line, message: message, skipped: skipped)
    }
}
