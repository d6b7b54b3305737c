import Foundation
import Testing
@testable import Shell

/// Issue 9, interactive comfort: completion of entity names ignores case and completes whole multi-word names;
/// dot-command values complete; `~` expands from `$HOME`.
@Suite struct CompletionCandidateTests {
    static let names = ["John Kirby", "John", "Kirby", "Kim Jong-un", "Kim", "Jong-un", "Wladimir Putin"]

    @Test(arguments: [
        ("Wer ist john k", ["John Kirby"]),
        ("Wer ist JOHN", ["John Kirby", "John"]),
        ("Wer ist wladimir p", ["Wladimir Putin"]),
        ("Wer ist ki", ["Kirby", "Kim Jong-un", "Kim"]),
        ("Wer ist ", []),
        (".mode ", ["text", "json"]),
        (".mode j", ["json"]),
        (".MODE T", ["text"]),
        (".bail o", ["on", "off"]),
        (".timer of", ["off"]),
        (".help .ve", [".version"]),
        (".LO", [".load"]),
        (".r", [".read"]),
    ])
    func candidates(line: String, expected: [String]) {
        #expect(Set(Session.completions(lineBeforeCursor: line, entityNames: Self.names, home: nil)) == Set(expected))
    }

    @Test func tildeExpandsFromHome() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("beleg-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("nachrichten"), withIntermediateDirectories: true)
        try "x".write(to: home.appendingPathComponent("notiz.txt"), atomically: true, encoding: .utf8)
        #expect(Session.completions(lineBeforeCursor: ".load ~/n", entityNames: [], home: home.path) == ["~/nachrichten/", "~/notiz.txt"])
        #expect(Session.completions(lineBeforeCursor: ".read ~", entityNames: [], home: home.path) == ["~/"])
    }
}
