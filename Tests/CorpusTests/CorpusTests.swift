import TestSupport
import Foundation
import Testing
@testable import Corpus

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("beleg-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct TextHygieneTests {
    @Test(arguments: [
        ("\u{FEFF}Kreml-Sprecher", "Kreml-Sprecher"),                    // C21: byte-order mark
        ("a\r\nb\rc\n", "a\nb\nc\n"),                                      // CRLF and CR
        ("B\u{0075}\u{0308}rgermeister", "Bürgermeister"),                 // C18: NFD → NFC
        ("Verteidigungs\u{AD}ministerium", "Verteidigungsministerium"),    // C19: soft hyphen
        ("18.\u{A0}August", "18. August"),                                 // no-break space
    ])
    func normalizes(input: String, expected: String) {
        #expect(TextHygiene.normalize(input) == expected)
        #expect(Array(TextHygiene.normalize(input).utf8) == Array(expected.utf8))
    }
}

@Suite struct LoaderTests {
    @Test func frontMatterIsRead() throws {
        let dir = try temporaryDirectory()
        try "---\ntitle: Ein Titel\ndate: 2023-08-24\nsource: Test\nlang: de\n---\nErster Absatz.\n\nZweiter Absatz.\n"
            .write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let result = CorpusLoader().load(path: dir.path)
        #expect(result.errors.isEmpty)
        let doc = try #require(result.documents.first)
        #expect(doc.id == "a")
        #expect(doc.title == "Ein Titel")
        #expect(doc.date == CalendarDate(year: 2023, month: 8, day: 24))
        #expect(doc.language == "de")
        #expect(doc.text == "Erster Absatz.\n\nZweiter Absatz.\n")
    }

    @Test func withoutFrontMatterTitleAndDateStayUnknown() throws {
        let dir = try temporaryDirectory()
        try "Nur Text.".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let doc = try #require(CorpusLoader().load(path: dir.path).documents.first)
        #expect(doc.title == nil)
        #expect(doc.date == nil)
    }

    @Test func badLinesAreReportedAndTheRestLoads() throws {
        let dir = try temporaryDirectory()
        let jsonl = """
        {"id": "x1", "title": null, "date": "2020-01-02", "text": "Eins."}
        {"id": "x2", "text": 
        {"id": "x3", "date": "2020-13-01", "text": "Drei."}
        {"id": "x4", "text": "Vier."}
        """
        try jsonl.write(to: dir.appendingPathComponent("c.jsonl"), atomically: true, encoding: .utf8)
        var bytes = Data("Gut.".utf8); bytes.append(0xFF)
        try bytes.write(to: dir.appendingPathComponent("d.txt"))
        let result = CorpusLoader().load(path: dir.path)
        #expect(result.documents.map(\.id) == ["x1", "x3", "x4"])
        #expect(result.documents[1].date == nil)
        #expect(result.errors.map(\.line) == [2, 3, 1])
        #expect(result.errors[0].description.hasSuffix("c.jsonl:2: not a JSON object; the line was skipped"))
        #expect(result.errors[2].file.hasSuffix("d.txt"))
        #expect(result.errors[2].message.contains("invalid UTF-8"))
    }

    @Test func directoriesLoadSortedWithRelativeIDs() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "B".write(to: dir.appendingPathComponent("sub/b.txt"), atomically: true, encoding: .utf8)
        try "A".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "ignored".write(to: dir.appendingPathComponent("notes.csv"), atomically: true, encoding: .utf8)
        #expect(CorpusLoader().load(path: dir.path).documents.map(\.id) == ["a", "sub/b"])
    }

    @Test func duplicateIDsAreErrorsNotOverwrites() {
        var set = DocumentSet()
        _ = set.add([Document(id: "x", text: "first", origin: "one.jsonl:1")])
        let (added, errors) = set.add([Document(id: "x", text: "second", origin: "two.jsonl:1")])
        #expect(added.isEmpty)
        #expect(errors.count == 1)
        #expect(set.documents.map(\.text) == ["first"])
        #expect(errors[0].description.contains("duplicate document id \"x\""))
    }

    @Test func markdownMarkupIsRemoved() throws {
        let dir = try temporaryDirectory()
        try "# Überschrift\n\nDer **Vorsitzende** des Vereins, [Karl Klammer](http://x), sagte `etwas`.\n- Punkt\n"
            .write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let doc = try #require(CorpusLoader().load(path: dir.path).documents.first)
        #expect(doc.text == "Überschrift\n\nDer Vorsitzende des Vereins, Karl Klammer, sagte etwas.\nPunkt\n")
    }

    @Test func unsupportedFileNamedDirectlyIsAnError() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("data.tsv")
        try "a\tb\n".write(to: file, atomically: true, encoding: .utf8)
        let r = CorpusLoader().load(path: file.path)
        #expect(r.documents.isEmpty)
        #expect(r.errors.first?.message.hasPrefix("unsupported file type") == true)
    }

    @Test func missingPathIsAnError() {
        let r = CorpusLoader().load(path: "/nonexistent/beleg")
        #expect(r.documents.isEmpty)
        #expect(r.errors.first?.message == "no such file or directory")
    }

    @Test(.sharedData("data/wikinews-de/train/articles.jsonl", "data/10kgnad/articles.jsonl", "data/xquad/xquad-de-paragraphs.jsonl"),
          arguments: [("data/wikinews-de/train/articles.jsonl", 700), ("data/10kgnad/articles.jsonl", 1028), ("data/xquad/xquad-de-paragraphs.jsonl", 240)])
    func sharedDatasetsLoad(path: String, count: Int) {
        let r = CorpusLoader().load(path: SharedData.url(path).path)
        #expect(r.errors.isEmpty)
        #expect(r.documents.count == count)
    }

    @Test func builtInCorpusIsTheSeedArticleUnchanged() throws {
        let r = CorpusLoader().load(path: SharedData.packageRoot.appendingPathComponent("corpus").path)
        #expect(r.documents.count == 1)
        let raw = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("corpus/000_8620b59045d05632.txt"), encoding: .utf8)
        #expect(r.documents[0].text == raw)
        #expect(r.documents[0].id == "000_8620b59045d05632")
    }
}
