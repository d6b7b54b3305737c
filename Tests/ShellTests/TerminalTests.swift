import TestSupport
import Foundation
import Testing

/// Drives the interactive shell in a real terminal (tmux) with `../shared/tools/tty-session`.
@Suite(.serialized, .sharedData("tools/tty-session"))
struct TerminalTests {
    func session(_ steps: String, state: URL, arguments: [String] = [], environment: [String: String] = [:]) throws -> String {
        try TTYSession.start(steps, state: state, arguments: arguments, environment: environment).finish()
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
        #expect(first.contains("beleg> Wer bestätigte die Größe?\nNo answer in the corpus."), "\(first)")
        #expect(first.contains("beleg> .load\n"))
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

    /// A mistyped command in an interactive session is reported, and the session still exits 0 (as sqlite3 and psql).
    @Test func interactiveStatusIgnoresMistypedCommands() throws {
        try #require(tmuxAvailable, "tmux is needed (make test installs it)")
        let screen = try session("""
        type .nope
        key Enter
        sleep 0.3
        screen
        key C-d
        """, state: try temporaryDirectory())
        #expect(screen.contains(".nope"), "\(screen)")
        #expect(screen.contains("[exit status 0 ]"), "\(screen)")
    }

    /// `$XDG_CONFIG_HOME/beleg/init` runs before the first prompt of an interactive session; `--no-init` skips it.
    @Test func initFileRunsBeforeThePrompt() throws {
        try #require(tmuxAvailable, "tmux is needed (make test installs it)")
        let config = try temporaryDirectory()
        try FileManager.default.createDirectory(at: config.appendingPathComponent("beleg"), withIntermediateDirectories: true)
        try ".mode json\n".write(to: config.appendingPathComponent("beleg/init"), atomically: true, encoding: .utf8)
        let steps = """
        type .mode
        key Enter
        sleep 0.3
        screen
        key C-d
        """
        let withInit = try session(steps, state: try temporaryDirectory(), environment: ["XDG_CONFIG_HOME": config.path])
        #expect(withInit.contains("beleg> .mode\n{\"mode\":\"json\"}"), "\(withInit)")
        let without = try session(steps, state: try temporaryDirectory(), arguments: ["--no-init"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(without.contains("beleg> .mode\ntext"), "\(without)")
    }

    /// Tab completes a whole multi-word entity name whatever its case.
    @Test func tabCompletesMultiWordNamesIgnoringCase() throws {
        try #require(tmuxAvailable, "tmux is needed (make test installs it)")
        let screen = try session("""
        type Wer ist john k
        key Tab
        type ?
        key Enter
        sleep 0.5
        screen
        key C-d
        """, state: try temporaryDirectory())
        #expect(screen.contains("beleg> Wer ist John Kirby ?\nSprecher für nationale Sicherheit"), "\(screen)")
    }

    /// Long listings go through `$PAGER` on a terminal (here a pager that marks each line); piped output never does.
    @Test func listingsGoThroughThePager() throws {
        try #require(tmuxAvailable, "tmux is needed (make test installs it)")
        let steps = """
        type .sources
        key Enter
        sleep 0.5
        type .version
        key Enter
        sleep 0.3
        screen
        key C-d
        """
        let paged = try session(steps, state: try temporaryDirectory(), environment: ["PAGER": "sed s/^/P:/"])
        #expect(paged.contains("beleg> .sources\nP:1 document\nP:id "), "\(paged)")
        #expect(paged.contains("beleg> .version\nbeleg 0."), "\(paged)")
        let unpaged = try session(steps, state: try temporaryDirectory(), environment: ["PAGER": ""])
        #expect(unpaged.contains("beleg> .sources\n1 document\nid "), "\(unpaged)")
        let piped = try runBeleg([], stdin: ".sources\n", environment: ["PAGER": "sed s/^/P:/"])
        #expect(piped.stdout.hasPrefix("1 document\n"))
    }

    /// Home, End and Delete move and delete instead of inserting "~".
    @Test func homeEndAndDeleteKeys() throws {
        try #require(tmuxAvailable, "tmux is needed (make test installs it)")
        // Waits for the prompt first: keys typed before the editor runs are echoed raw (slow builds, e.g. ASan).
        let screen = try session("""
        sleep 1
        type abc
        key Home
        type 1
        key End
        type 2
        key Left Left DC
        screen
        key C-u
        key C-d
        """, state: try temporaryDirectory())
        #expect(screen.contains("beleg> 1ab2\n"))
        #expect(!screen.contains("~"))
    }
}
