import Corpus

/// What a token is made of.
public enum TokenKind: UInt8, Sendable {
    /// Letters (with inner hyphens or apostrophes: `Anna-Lena`, `Öl-Embargo`).
    case word
    /// Starts with a digit (`2018`, `66,56`, `4.680.000`, `18`).
    case number
    /// Any other single character that is not white space (`.`, `,`, `„`, `“`, `(`).
    case punctuation
}

/// A token of a document's text.
///
/// Offsets follow tantivy's convention: `start`/`end` are UTF-8 byte offsets into the
/// document's normalized text (`end` exclusive); token filters never change them.
/// `position` is the 0-based number of the token within its sentence, punctuation included.
public struct Token: Sendable, Hashable {
    public var start: Int32
    public var end: Int32
    public var position: Int32
    public var kind: TokenKind

    public init(start: Int, end: Int, position: Int, kind: TokenKind) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.position = Int32(position)
        self.kind = kind
    }

    /// The byte range `start..<end`.
    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// A sentence of a document.
public struct Sentence: Sendable, Hashable {
    /// 0-based number of the sentence in its document (citations show it 1-based).
    public var index: Int
    /// 0-based number of the paragraph the sentence belongs to.
    public var paragraph: Int
    /// UTF-8 byte range of the sentence in the document's text, without surrounding white space.
    public var range: Range<Int>
    /// Indices of the sentence's tokens in `AnalyzedDocument.tokens`.
    public var tokens: Range<Int>

    public init(index: Int, paragraph: Int, range: Range<Int>, tokens: Range<Int>) {
        self.index = index
        self.paragraph = paragraph
        self.range = range
        self.tokens = tokens
    }
}

/// A document split into paragraphs, sentences and tokens.
public struct AnalyzedDocument: Sendable {
    public let document: Document
    /// The document text as UTF-8 bytes; every offset indexes this array.
    public let bytes: [UInt8]
    public let sentences: [Sentence]
    /// All tokens of the document, sentence after sentence.
    public let tokens: [Token]

    public init(document: Document, bytes: [UInt8], sentences: [Sentence], tokens: [Token]) {
        self.document = document
        self.bytes = bytes
        self.sentences = sentences
        self.tokens = tokens
    }

    /// Splits and tokenizes `document`.
    public init(_ document: Document, splitter: SentenceSplitter = SentenceSplitter()) {
        let bytes = Array(document.text.utf8)
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        let tokenizer = Tokenizer()
        for span in splitter.split(bytes) {
            let first = tokens.count
            tokenizer.tokenize(bytes, span.range, into: &tokens)
            sentences.append(Sentence(index: sentences.count, paragraph: span.paragraph, range: span.range, tokens: first..<tokens.count))
        }
        self.init(document: document, bytes: bytes, sentences: sentences, tokens: tokens)
    }

    /// The text of a byte range (ranges always fall on character boundaries).
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The surface text of token `i` (an index into `tokens`).
    public func surface(_ i: Int) -> String { text(tokens[i].range) }

    /// The text of sentence `i` (0-based).
    public func sentenceText(_ i: Int) -> String { text(sentences[i].range) }

    /// The sentence that contains byte offset `offset`, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = sentences[mid].range
            if offset < r.lowerBound { hi = mid - 1 } else if offset >= r.upperBound { lo = mid + 1 } else { return mid }
        }
        return nil
    }
}
