import TestSupport
import Foundation
import Testing

/// One run of `../shared/tools/tty-session` (the binary in a real terminal, under tmux), started in the
/// background so that two sessions can run at once. Uses posix_spawn + waitpid: the tmux server inherits
/// descriptors and outlives the script, which keeps Foundation's `Process` waiting.
struct TTYSession {
    let pid: pid_t
    let outputFile: URL

    /// Starts the binary with `arguments`, `XDG_STATE_HOME=state` and `environment`, feeding it `steps`.
    static func start(_ steps: String, state: URL, arguments: [String] = [], environment: [String: String] = [:]) throws -> TTYSession {
        let stepsFile = state.appendingPathComponent("steps-\(UUID().uuidString).txt")
        let outputFile = state.appendingPathComponent("screen-\(UUID().uuidString).txt")
        try steps.write(to: stepsFile, atomically: true, encoding: .utf8)
        let script = SharedData.url("tools/tty-session").path
        let extra = environment.map { " -e \($0.key)='\($0.value)'" }.joined()
        let command = "XDG_STATE_HOME='\(state.path)' BELEG_CORPUS='\(SharedData.packageRoot.appendingPathComponent("corpus").path)' "
            + "XDG_CACHE_HOME='\(SharedData.cacheHome)' bash '\(script)' -e XDG_STATE_HOME='\(state.path)' -e XDG_CACHE_HOME='\(SharedData.cacheHome)'\(extra) "
            + "-- '\(belegBinary())' \(arguments.map { "'\($0)'" }.joined(separator: " "))"
            + " < '\(stepsFile.path)' > '\(outputFile.path)' 2>&1"
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(command), nil]
        defer { argv.forEach { free($0) } }
        let rc = posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ)
        try #require(rc == 0)
        return TTYSession(pid: pid, outputFile: outputFile)
    }

    /// Waits for the session to end and returns what tty-session printed.
    func finish() throws -> String {
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return try String(contentsOf: outputFile, encoding: .utf8)
    }
}

/// Issue 9: two interactive sessions at once keep every line in the shared history file
/// (each used to rewrite the whole file from its own memory, so the last writer won).
@Suite(.serialized, .sharedData("tools/tty-session"))
struct HistorySessionsTests {
    @Test func twoSessionsTakingTurnsKeepEveryLine() throws {
        try #require(FileManager.default.fileExists(atPath: "/usr/bin/tmux"), "tmux is needed (make test installs it)")
        let state = try temporaryDirectory()
        func steps(_ lines: [String], startDelay: Double) -> String {
            (["sleep \(startDelay)"] + lines.flatMap { ["type \($0)", "key Enter", "sleep 1.0"] } + ["key C-d"])
                .joined(separator: "\n")
        }
        let a = try TTYSession.start(steps([".mode", "#a2", "#a3"], startDelay: 0.2), state: state)
        let b = try TTYSession.start(steps(["#b1", "#b2", "#b3"], startDelay: 0.7), state: state)
        _ = try a.finish()
        _ = try b.finish()
        let history = try String(contentsOf: state.appendingPathComponent("beleg/history"), encoding: .utf8)
        let lines = history.split(separator: "\n").dropFirst().map(String.init)
        #expect(Set(lines) == [".mode", "#a2", "#a3", "#b1", "#b2", "#b3"], "\(history)")
    }

    /// `BELEG_HISTORY` moves the file; `BELEG_HISTORY=` keeps no file at all.
    @Test func belegHistoryMovesOrTurnsOffTheFile() throws {
        try #require(FileManager.default.fileExists(atPath: "/usr/bin/tmux"), "tmux is needed (make test installs it)")
        let state = try temporaryDirectory()
        let moved = state.appendingPathComponent("elsewhere/hist")
        let steps = "type .mode\nkey Enter\nsleep 0.3\nkey C-d"
        _ = try TTYSession.start(steps, state: state, environment: ["BELEG_HISTORY": moved.path]).finish()
        #expect(try String(contentsOf: moved, encoding: .utf8) == "_HiStOrY_V2_\n.mode\n")
        _ = try TTYSession.start(steps, state: state, environment: ["BELEG_HISTORY": ""]).finish()
        #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("beleg/history").path))
    }
}
