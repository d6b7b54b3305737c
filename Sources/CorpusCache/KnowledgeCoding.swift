import Foundation
import Corpus
import TextAnalysis
import Facts
import Retrieval
import Answering

/// The payload of a cache file: one source file's load problems and its knowledge base built alone. An outline
/// (problems; per document its sentence, byte and token counts; the byte length of each section) comes first, then
/// four sections — documents, index, facts per document, the fact store's look-up tables — so that restoring decodes
/// them on two threads (`ByteReader.cachedSource`).
extension ByteWriter {
    mutating func cachedSource(_ source: CachedSource) {
        varint(source.errors.count)
        for e in source.errors { loadError(e) }
        let kb = source.knowledge
        varint(kb.documents.count)
        ints(kb.documents.map(\.sentences.count))
        ints(kb.documents.map(\.bytes.count))
        ints(kb.documents.map(\.tokens.count))
        let lengths = bytes.count
        for _ in 0..<4 { u64(0) }
        var start = bytes.count
        func close(_ k: Int) {
            patchU64(UInt64(bytes.count - start), at: lengths + 8 * k)
            start = bytes.count
        }
        for d in kb.documents { document(d) }
        close(0)
        index(kb.index)
        close(1)
        for f in kb.facts.documents { facts(f) }
        close(2)
        factTables(kb.facts)
        close(3)
    }
}

/// What the outline says about the documents, checked against what their section holds.
struct DocumentOutline {
    var sentences: [Int32]
    var bytes: [Int32]
    var tokens: [Int32]
    var count: Int { sentences.count }
}

extension ByteReader {
    /// Decodes the payload: documents and facts on one thread; the index, the look-up tables and `alsoRun` (the
    /// checksum) on another. Every part is checked against the others before anything is returned.
    /// - Parameters:
    ///   - origin: the display path of the source file, given to every document and problem.
    ///   - verify: run beside the decoding (the checksum); its error wins over any decoding error.
    mutating func cachedSource(origin: String, verify: @escaping () throws -> Void) throws -> CachedSource {
        let errors = try (0..<count()).map { _ in try loadError(file: origin) }
        let n = try count()
        let outline = DocumentOutline(sentences: try ints(), bytes: try ints(), tokens: try ints())
        try check(outline.bytes.count == n && outline.sentences.count == n && outline.tokens.count == n
                              && inRange(outline.sentences, Int(Int32.max)) && inRange(outline.tokens, Int(Int32.max)), "outline")
        var sections: [ByteReader] = []
        var start = offset + 32
        for _ in 0..<4 {
            let length = try u64()
            guard length <= UInt64(end - start) else { throw CacheFormatError.truncated }
            sections.append(ByteReader(sub: self, from: start, length: Int(length)))
            start += Int(length)
        }
        guard start == end else { throw CacheFormatError("trailing bytes") }
        let tokenTotal = outline.tokens.reduce(0) { $0 + Int($1) }
        let (left, right) = try inParallel({ () throws -> (InvertedIndex, FactTables) in
            try verify()
            var s = sections
            return (try s[1].index(documents: n, tokens: tokenTotal), try s[3].factTables(documents: n))
        }, { () throws -> ([AnalyzedDocument], [DocumentFacts]) in
            var s = sections
            let documents = try s[0].documents(outline, origin: origin)
            return (documents, try s[2].facts(outline))
        })
        let (index, tables) = left, (documents, facts) = right
        try check(documentsAgree(documents, index), "documents and index")
        let store = FactStore(documents: facts, entitiesByKey: tables.entitiesByKey, nameParts: tables.nameParts)
        return CachedSource(knowledge: KnowledgeBase(documents: documents, index: index, facts: store), errors: errors)
    }

    private mutating func documents(_ outline: DocumentOutline, origin: String) throws -> [AnalyzedDocument] {
        var documents: [AnalyzedDocument] = []
        documents.reserveCapacity(outline.count)
        for k in 0..<outline.count {
            let d = try document(origin: origin)
            try check(d.sentences.count == outline.sentences[k] && d.bytes.count == outline.bytes[k]
                                  && d.tokens.count == outline.tokens[k], "document outline")
            documents.append(d)
        }
        guard remaining == 0 else { throw CacheFormatError("trailing bytes") }
        return documents
    }

    private mutating func facts(_ outline: DocumentOutline) throws -> [DocumentFacts] {
        var facts: [DocumentFacts] = []
        facts.reserveCapacity(outline.count)
        for k in 0..<outline.count { facts.append(try self.facts(sentences: Int(outline.sentences[k]), byteCount: Int(outline.bytes[k]))) }
        guard remaining == 0 else { throw CacheFormatError("trailing bytes") }
        return facts
    }

    /// Whether the index holds exactly the documents' sentences and tokens, in order.
    private func documentsAgree(_ documents: [AnalyzedDocument], _ index: InvertedIndex) -> Bool {
        var sentence = 0, token = 0
        for (d, doc) in documents.enumerated() {
            guard Int(index.documentStarts[d]) == sentence, Int(index.documentTokenStarts[d]) == token,
                  sentence + doc.sentences.count <= index.sentenceCount else { return false }
            for s in doc.sentences.indices {
                let ref = index.sentenceRefs[sentence + s]
                guard ref.document == d, ref.sentence == s, doc.sentences[s].index == s else { return false }
            }
            sentence += doc.sentences.count
            token += doc.tokens.count
        }
        return sentence == index.sentenceCount
    }
}

typealias FactTables = (entitiesByKey: [String: [FactStore.EntityRef]], nameParts: [String: Set<String>])

/// Runs `a` and `b` at the same time (`a` on another thread) and returns both results, or the first error of `a`,
/// then of `b`. The closures may share nothing mutable.
func inParallel<A, B>(_ a: @escaping () throws -> A, _ b: @escaping () throws -> B) throws -> (A, B) {
    let box = ParallelResults<A, B>(a, b)
    DispatchQueue.concurrentPerform(iterations: 2) { k in box.run(k) }
    return (try box.first!.get(), try box.second!.get())
}

/// The two closures of `inParallel` and their results; each slot is written by one thread, and read after both ended.
private final class ParallelResults<A, B>: @unchecked Sendable {
    let a: () throws -> A, b: () throws -> B
    var first: Result<A, Error>?, second: Result<B, Error>?

    init(_ a: @escaping () throws -> A, _ b: @escaping () throws -> B) {
        self.a = a
        self.b = b
    }

    func run(_ k: Int) {
        if k == 0 { first = Result { try a() } } else { second = Result { try b() } }
    }
}
