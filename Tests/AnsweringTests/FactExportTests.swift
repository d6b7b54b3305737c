import TestSupport
import Foundation
import Testing
import Corpus
@testable import Answering
@testable import Rendering

/// A knowledge base of the first `limit` documents at `path`.
func knowledgeBase(_ path: String, limit: Int = .max) -> KnowledgeBase {
    let builder = KnowledgeBuilder()!
    builder.add(Array(CorpusLoader().load(path: path).documents.prefix(limit)))
    return builder.knowledgeBase
}

private let wikinewsPath = "data/wikinews-de/train/articles.jsonl"

/// Checks that every span of every exported fact slices the document text exactly, by bytes and by scalars.
func checkSlicing(_ kb: KnowledgeBase) throws -> Int {
    var checked = 0
    let texts = Dictionary(uniqueKeysWithValues: kb.documents.map { ($0.document.id, $0.document.text) })
    for line in FactExport(knowledgeBase: kb).lines() {
        let fact = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let text = try #require(texts[fact["doc"] as? String ?? ""])
        let bytes = Array(text.utf8), scalars = Array(text.unicodeScalars)
        var spans: [[String: Any]] = []
        for (_, value) in fact {
            if let s = value as? [String: Any], s["start"] != nil { spans.append(s) }
            if let list = value as? [[String: Any]] { spans.append(contentsOf: list) }
        }
        for s in spans {
            let start = try #require(s["start"] as? Int), end = try #require(s["end"] as? Int)
            let cs = try #require(s["char_start"] as? Int), ce = try #require(s["char_end"] as? Int)
            let expected = try #require(s["text"] as? String)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == expected)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[cs..<ce])
            #expect(String(view) == expected)
            checked += 1
        }
    }
    return checked
}

@Suite struct FactExportTests {
    @Test func builtInCorpusFacts() throws {
        let kb = knowledgeBase(SharedData.packageRoot.appendingPathComponent("corpus").path)
        let lines = FactExport(knowledgeBase: kb).lines()
        let facts = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        func span(_ f: [String: Any], _ key: String) -> String? { (f[key] as? [String: Any])?["text"] as? String }
        #expect(facts.contains { $0["kind"] as? String == "person" && $0["canonical"] as? String == "John Kirby" && span($0, "role")?.contains("Sprecher für nationale Sicherheit") == true })
        #expect(facts.contains { $0["kind"] as? String == "attribution" && $0["resolved_speaker"] as? String == "John Kirby" })
        #expect(facts.contains { $0["kind"] as? String == "attribution" && $0["resolved_speaker"] as? String == "Dmitri Peskow" })
        #expect(facts.contains { $0["kind"] as? String == "timex" && span($0, "expression") == "18. August" && $0["value"] as? String == "XXXX-08-18" })
        let denial = facts.first { $0["kind"] as? String == "denial" && ($0["resolved_deniers"] as? [String]) == ["Moskau", "Pjöngjang"] }
        #expect(span(denial ?? [:], "content")?.contains("Waffen zu liefern") == true)
        #expect(try checkSlicing(kb) > 50)
    }

    /// The first 60 Wikinews articles; all 700 are `FactExportEvaluation`.
    @Test(.sharedData(wikinewsPath))
    func everySpanSlicesTheFirstWikinewsTexts() throws {
        let kb = knowledgeBase(SharedData.url(wikinewsPath).path, limit: 60)
        #expect(kb.documents.count == 60)
        let spans = try checkSlicing(kb)
        print("fact export: \(spans) spans checked in the first 60 Wikinews articles")
        #expect(spans > 700)  // 1,067 on 2026-12-06
    }
}

/// Corpus-scale: every span of every fact of the 700 Wikinews train articles (`make eval`).
@Suite(.corpusEvaluation, .sharedData(wikinewsPath))
struct FactExportEvaluation {
    @Test func everySpanSlicesTheWikinewsTexts() throws {
        let kb = knowledgeBase(SharedData.url(wikinewsPath).path)
        #expect(kb.documents.count == 700)
        let spans = try checkSlicing(kb)
        print("fact export: \(spans) spans checked in 700 Wikinews articles")
        #expect(spans > 10_000)
    }
}
