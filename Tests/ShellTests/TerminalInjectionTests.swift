import TestSupport
import Foundation
import Testing

/// Issue 9: escape sequences in article text and titles never reach the terminal raw in text mode
/// (answers, citations, `.sources`, `.facts`, `.claims`, `.explain`); JSON output stays as it is.
@Suite(.serialized) struct TerminalInjectionTests {
    func corpus() throws -> URL {
        let dir = try temporaryDirectory()
        let line = #"{"id": "evil\u001b]0;t\u0007", "title": "T\u001b[2J", "text": "Kreml-Sprecher Dmitri Peskow\u001b]52;c;eA==\u0007 dementierte den Bericht. Peskow sagte: \u001b[31mNein\u009b."}"#
        try (line + "\n").write(to: dir.appendingPathComponent("e.jsonl"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func textModeShowsEscapes() throws {
        let dir = try corpus()
        let r = try runBeleg(["--no-default-corpus", "--corpus", dir.path],
                             stdin: "Wer dementierte den Bericht?\n.sources\n.facts\n.facts Peskow\n.claims\n.explain Wer dementierte den Bericht?\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }, "\(r.stdout)")
        #expect(r.stdout.contains("\nevil\\x1b]0;t\\x07  -     2          T\\x1b[2J\n"), "\(r.stdout)")
        #expect(r.stdout.contains("Peskow\\x1b]52;c;eA==\\x07 dementierte"))
    }

    @Test func jsonModeIsUnchanged() throws {
        let dir = try corpus()
        let r = try runBeleg(["--no-default-corpus", "--corpus", dir.path, "--format", "json"], stdin: ".sources\n")
        let o = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(o["title"] as? String == "T\u{1B}[2J")
        #expect(o["doc"] as? String == "evil\u{1B}]0;t\u{07}")
    }
}
