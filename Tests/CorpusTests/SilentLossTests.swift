import Foundation
import Testing
@testable import Corpus

/// Issue 9, "silent data loss": each case loaded a corpus without a word about what went missing.
@Suite struct SilentLossTests {
    /// Front matter written with CRLF or CR line ends keeps its title and date and stays out of the body.
    @Test(arguments: ["\r\n", "\r"])
    func frontMatterWithCRLFOrCR(lineEnd: String) throws {
        let dir = try temporaryDirectory()
        let text = ["---", "title: Ein Titel", "date: 2023-08-24", "---", "Erster Satz.", "", "Zweiter Absatz."].joined(separator: lineEnd)
        try Data(text.utf8).write(to: dir.appendingPathComponent("a.txt"))
        let result = CorpusLoader().load(path: dir.path)
        #expect(result.errors.isEmpty)
        let doc = try #require(result.documents.first)
        #expect(doc.title == "Ein Titel")
        #expect(doc.date == CalendarDate(year: 2023, month: 8, day: 24))
        #expect(doc.text == "Erster Satz.\n\nZweiter Absatz.")
    }

    @Test func symlinkToDirectoryIsFollowed() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("real"), withIntermediateDirectories: true)
        try "Eins.".write(to: dir.appendingPathComponent("real/a.txt"), atomically: true, encoding: .utf8)
        let link = dir.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dir.appendingPathComponent("real").path)
        let result = CorpusLoader().load(path: link)
        #expect(result.documents.map(\.id) == ["a"])
        #expect(result.errors.isEmpty)
    }

    @Test func directoryWithoutLoadableFilesSaysSo() throws {
        let dir = try temporaryDirectory()
        try "x".write(to: dir.appendingPathComponent("notes.csv"), atomically: true, encoding: .utf8)
        let result = CorpusLoader().load(path: dir.path)
        #expect(result.documents.isEmpty)
        #expect(result.errors.map(\.message) == ["no .txt, .md or .jsonl file in this directory (hidden files and folders are skipped); nothing was loaded"])
    }

    /// Id-less JSONL lines are named by the path relative to the loaded root: two `a.jsonl` in two folders do not collide.
    @Test func idlessJSONLUsesTheRelativePath() throws {
        let dir = try temporaryDirectory()
        for folder in ["x", "y"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
            try "{\"text\": \"Eins.\"}\n".write(to: dir.appendingPathComponent("\(folder)/a.jsonl"), atomically: true, encoding: .utf8)
        }
        #expect(CorpusLoader().load(path: dir.path).documents.map(\.id) == ["x/a:1", "y/a:1"])
        #expect(CorpusLoader().load(path: dir.appendingPathComponent("x/a.jsonl").path).documents.map(\.id) == ["a:1"])
    }

    @Test(arguments: [
        (#"{"id": true, "text": "Eins."}"#, [String](), #"2: "id" is a boolean (true), not a string or a number; the line was skipped"#, nil as CalendarDate?),
        (#"{"id": 7, "date": 20230824, "text": "Eins."}"#, ["7"], #"2: "date" is a number (20230824), not a string YYYY-MM-DD; the article was loaded without a date"#, nil),
        (#"{"id": "d", "date": "2023-13-01", "text": "Eins."}"#, ["d"], #"2: date "2023-13-01" is not YYYY-MM-DD; the article was loaded without a date"#, nil),
        (#"{"id": "t", "title": 5, "date": "2023-08-24", "text": "Eins."}"#, ["t"], #"2: "title" is a number (5), not a string; the field was ignored"#,
         CalendarDate(year: 2023, month: 8, day: 24)),
    ])
    func wrongTypesAreReportedWithFileAndLine(line: String, ids: [String], message: String, date: CalendarDate?) throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("c.jsonl")
        try "\n\(line)\n".write(to: file, atomically: true, encoding: .utf8)
        let result = CorpusLoader().load(path: file.path)
        #expect(result.documents.map(\.id) == ids)
        #expect(result.documents.first?.date == date)
        #expect(result.errors.map(\.description) == ["\(file.path):\(message)"])
    }
}
