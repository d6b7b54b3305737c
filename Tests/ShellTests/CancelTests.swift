import TestSupport
import Foundation
import Testing

/// Issue 9: Ctrl-C while Beleg works cancels the load or question and returns to the prompt; what was loaded
/// stays (it used to kill the session, exit 130, losing the corpus).
@Suite(.serialized, .sharedData("tools/tty-session"))
struct CancelTests {
    /// 600 copies of the built-in article as JSON Lines: a load that takes seconds in a debug build.
    func bigCorpus(in dir: URL) throws -> URL {
        let text = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("corpus/000_8620b59045d05632.txt"), encoding: .utf8)
        let encoded = String(decoding: try JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed]), as: UTF8.self)
        let lines = (1...600).map { "{\"id\": \"copy\($0)\", \"text\": \(encoded)}" }
        let file = dir.appendingPathComponent("big.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Types `command`, presses Ctrl-C after `seconds`, then asks a question at the prompt; the final screen.
    func interrupted(_ command: String, after seconds: Double, state: URL, arguments: [String] = []) throws -> String {
        try TTYSession.start("""
        type \(command)
        key Enter
        sleep \(seconds)
        key C-c
        sleep 0.5
        type Wer ist John Kirby?
        key Enter
        sleep 1.0
        screen
        key C-d
        """, state: state, arguments: arguments).finish()
    }

    @Test func ctrlCDuringALoadKeepsWhatWasLoaded() throws {
        try #require(FileManager.default.fileExists(atPath: "/usr/bin/tmux"), "tmux is needed (make test installs it)")
        let state = try temporaryDirectory()
        let big = try bigCorpus(in: state)
        let screen = try interrupted(".load \(big.path)", after: 1.5, state: state, arguments: ["--no-default-corpus"])
        // The progress line (shown after a second on a terminal) is erased when the load ends, with the ^C echoed on it.
        let kept = try #require(screen.firstMatch(of: #/\n(?:\^C)?load cancelled: kept (\d+) documents from /#), "\(screen)")
        let n = try #require(Int(kept.1))
        #expect(n > 0 && n < 600)
        #expect(screen.contains("beleg> Wer ist John Kirby?\nSprecher für nationale Sicherheit"), "\(screen)")
        #expect(screen.contains("[copy1 #2, bytes 110-268]"), "\(screen)")
        #expect(screen.contains("[exit status 0 ]"), "\(screen)")
    }

    /// The first English question loads Debian's English–German dictionary (seconds in a debug build): slow
    /// enough to be interrupted.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/trans/de-en"), "needs trans-de-en"))
    func ctrlCDuringAQuestionReturnsToThePrompt() throws {
        try #require(FileManager.default.fileExists(atPath: "/usr/bin/tmux"), "tmux is needed (make test installs it)")
        let state = try temporaryDirectory()
        let script = state.appendingPathComponent("slow.beleg")
        try "Who is John Kirby?\n.mode json\n".write(to: script, atomically: true, encoding: .utf8)
        let screen = try interrupted(".read \(script.path)", after: 0.3, state: state)
        #expect(screen.contains("slow.beleg\n^Cquestion cancelled\nbeleg> "), "\(screen)")
        // The rest of the script (`.mode json`) did not run: the answer is text.
        #expect(screen.contains("beleg> Wer ist John Kirby?\nSprecher für nationale Sicherheit"), "\(screen)")
        #expect(screen.contains("[exit status 0 ]"), "\(screen)")
    }
}
