import TestSupport
import Foundation
import Testing

/// Issue 9: a `.load` reports what it did — on standard error when piped (standard output stays answers),
/// as a JSON object on standard output in JSON mode.
@Suite(.serialized) struct LoadReportTests {
    func corpus() throws -> URL {
        let dir = try temporaryDirectory()
        let lines = [#"{"id": "a", "text": "Kreml-Sprecher Dmitri Peskow dementierte den Bericht. Er sagte nichts."}"#,
                     #"{"id": true, "text": "Kaputt."}"#,
                     #"{"id": "b", "date": 2023, "text": "Eins."}"#]
        try (lines.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
        return dir.appendingPathComponent("r.jsonl")
    }

    @Test func pipedTextReportGoesToStandardError() throws {
        let file = try corpus()
        let r = try runBeleg(["--no-default-corpus"], stdin: ".load \(file.path)\n")
        #expect(r.stdout == "")
        let last = try #require(r.stderr.split(separator: "\n").last)
        let match = try #require(last.wholeMatch(of: #/loaded 2 documents \(3 sentences, (\d+) facts, 1 skipped\) from (.+) in \d+\.\d\d s/#), "\(r.stderr)")
        #expect(Int(match.1)! > 0)
        #expect(match.2 == file.path)
    }

    @Test func jsonReportIsAnObjectOnStandardOutput() throws {
        let file = try corpus()
        let r = try runBeleg(["--no-default-corpus", "--format", "json"], stdin: ".load \(file.path)\n")
        let o = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout)")
        #expect(o["load"] as? String == file.path)
        #expect(o["documents"] as? Int == 2)
        #expect(o["sentences"] as? Int == 3)
        #expect(o["skipped"] as? Int == 1)
        #expect(o["cancelled"] as? Bool == false)
        #expect((o["facts"] as? Int ?? 0) > 0)
        #expect(o["seconds"] is Double || o["seconds"] is Int)
    }
}
