import TestSupport
import Foundation
import Testing

/// Piped sessions compared byte for byte: `Transcripts/NAME.in` is fed to the binary (a first line
/// `# args: …` gives its arguments) and what it printed — standard output, then standard error and the exit
/// status — must equal `Transcripts/NAME.expected`. `BELEG_RECORD=1 swift test --filter TranscriptTests`
/// re-records the expected files after a deliberate change (review the diff).
@Suite(.serialized) struct TranscriptTests {
    static let folder = SharedData.packageRoot.appendingPathComponent("Tests/ShellTests/Transcripts")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".in") }.map { String($0.dropLast(3)) }.sorted()
    }

    static func transcript(_ r: RunResult) -> String {
        r.stdout + "--- stderr ---\n" + r.stderr + "--- exit status \(r.status) ---\n"
    }

    @Test(arguments: names)
    func transcript(name: String) throws {
        let input = try String(contentsOf: Self.folder.appendingPathComponent("\(name).in"), encoding: .utf8)
        let first = input.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let arguments = first.hasPrefix("# args:") ? first.dropFirst(7).split(separator: " ").map(String.init) : []
        let actual = Self.transcript(try runBeleg(arguments, stdin: input))
        let expectedURL = Self.folder.appendingPathComponent("\(name).expected")
        if ProcessInfo.processInfo.environment["BELEG_RECORD"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "\(name): re-record with BELEG_RECORD=1 if the change is intended")
    }
}
