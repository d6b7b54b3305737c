import Foundation
import Testing
import Corpus
@testable import Answering
@testable import Rendering

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func knowledgeBase(_ path: String) -> KnowledgeBase {
    let builder = KnowledgeBuilder()!
    builder.add(CorpusLoader().load(path: path).documents)
    return builder.knowledgeBase
}

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
        let kb = knowledgeBase(packageRoot.appendingPathComponent("corpus").path)
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

    @Test func everySpanSlicesTheWikinewsTexts() throws {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/wikinews-de/train/articles.jsonl").path
        let kb = knowledgeBase(path)
        #expect(kb.documents.count == 700)
        #expect(try checkSlicing(kb) > 10_000)
    }
}
