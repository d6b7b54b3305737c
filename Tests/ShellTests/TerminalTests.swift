import Foundation
import Testing

/// Drives the interactive shell in a real terminal (tmux) with `../shared/tools/tty-session`.
@Suite(.serialized) struct TerminalTests {
    func session(_ steps: String, state: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", sharedDirectory.appendingPathComponent("tools/tty-session").path,
                             "-e", "XDG_STATE_HOME=\(state.path)", "-e", "BELEG_CORPUS=\(packageRoot.appendingPathComponent("corpus").path)",
                             "--", belegBinary()]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(steps.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    var tmuxAvailable: Bool { FileManager.default.fileExists(atPath: "/usr/bin/tmux") }

    /// C24: umlauts are typed and erased as whole characters; `.lo` + Tab completes to `.load`;
    /// history is recalled after a restart.
    @Test func editingCompletionAndHistory() throws {
        try #require(tmuxAvailable, "tmux is needed (make test installs it)")
        let state = try temporaryDirectory()
        let first = try session("""
        type Wer bestätigte die Größe
        key BSpace BSpace
        type ße?
        key Enter
        sleep 0.5
        type .lo
        key Tab
        screen
        key C-u
        key C-d
        """, state: state)
        #expect(first.contains("beleg> Wer bestätigte die Größe?\n"))
        #expect(first.contains("beleg> .load "))
        #expect(!first.contains("Ã"))
        let history = try String(contentsOf: state.appendingPathComponent("beleg/history"), encoding: .utf8)
        #expect(history.contains("Wer\\040bestätigte\\040die\\040Größe?"))

        let second = try session("""
        key Up
        sleep 0.2
        screen
        key C-c
        sleep 0.2
        key C-d
        """, state: state)
        #expect(second.contains("beleg> Wer bestätigte die Größe?"))
        #expect(second.contains("[exit status 0 ]"))
    }
}
