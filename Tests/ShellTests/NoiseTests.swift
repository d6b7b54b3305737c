import TestSupport
import Foundation
import Testing

/// Issue 9, noise: capped duplicate-id warnings, `.claims` without repeats, `.facts NAME` in JSON mode,
/// listings that start with a count.
@Suite(.serialized) struct NoiseTests {
    /// Loading the same 30-article file twice: at most 20 duplicate lines (each FILE:LINE), then a count.
    @Test func duplicateIDWarningsAreCappedPerFile() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("d.jsonl")
        try (1...30).map { "{\"id\": \"a\($0)\", \"text\": \"Satz \($0).\"}" }.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try runBeleg(["--no-default-corpus", "--corpus", file.path], stdin: ".load \(file.path)\n")
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 22, "\(r.stderr)")
        #expect(lines.first == "line 1: \(file.path):1: duplicate document id \"a1\" (first loaded from \(file.path):1); this copy was not loaded")
        #expect(lines[20] == "line 1: \(file.path): 10 more problems not shown")
        #expect(lines[21].hasPrefix("loaded 0 documents (0 sentences, 0 facts, 30 skipped) from \(file.path) in "))
    }

    /// Two claims in one sentence: the sentence is printed once, and the listing starts with its count.
    @Test func claimsPrintEachSentenceOnce() throws {
        let r = try runBeleg([], stdin: ".claims\n")
        #expect(r.stdout.hasPrefix("4 claims\n"))
        let sentence = "    Kurz nach dem angeblichen Briefaustausch"
        #expect(r.stdout.components(separatedBy: sentence).count == 2, "\(r.stdout)")
    }

    @Test func unknownFactsNameAnswersInJSONMode() throws {
        let r = try runBeleg(["--format", "json"], stdin: ".facts Angela Merkel\n")
        #expect(r.status == 0)
        #expect(r.stdout == #"{"facts":0,"message":"No entity named Angela Merkel in the fact store.","name":"Angela Merkel"}"# + "\n")
        let text = try runBeleg([], stdin: ".facts Angela Merkel\n")
        #expect(text.stdout == "No entity named Angela Merkel in the fact store.\n")
    }

    @Test func listingsStartWithACount() throws {
        let r = try runBeleg([], stdin: ".sources\n.facts John Kirby\n")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(3)) == ["1 document", "id                    date  sentences  title", "000_8620b59045d05632  -     27         -"])
        #expect(lines[3] == "11 facts about John Kirby")
        #expect(lines.count == 3 + 1 + 11)
        let all = try runBeleg([], stdin: ".facts\n").stdout.split(separator: "\n")
        #expect(all.first?.wholeMatch(of: /\d+ facts/) != nil)
        #expect(Int(all.first?.split(separator: " ").first ?? "") == all.count - 1)
    }
}
