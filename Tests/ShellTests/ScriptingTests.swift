import TestSupport
import Foundation
import Testing

/// Issue 9, scripting like sqlite3 and psql: line numbers, bail, scripts, redirection, timer, help, version.
@Suite(.serialized) struct ScriptingTests {
    /// Errors in piped scripts carry the line number (blank and comment lines count).
    @Test func pipedErrorsCarryTheLineNumber() throws {
        let r = try runBeleg([], stdin: "\n# comment\n.nope\n.load\n")
        #expect(r.status == 1)
        #expect(r.stderr == "line 3: unknown command .nope; try .help\nline 4: usage: .load [--no-cache] PATH\n")
    }

    @Test func bailStopsAtTheFirstFailedLine() throws {
        let bailed = try runBeleg(["--bail"], stdin: ".nope\nWer ist John Kirby?\n")
        #expect(bailed.status == 1)
        #expect(bailed.stderr == "line 1: unknown command .nope; try .help\n")
        #expect(bailed.stdout == "")
        let goesOn = try runBeleg([], stdin: ".nope\nWer ist John Kirby?\n")
        #expect(goesOn.status == 1)
        #expect(goesOn.stdout.hasPrefix("Sprecher für nationale Sicherheit"))
        let dotBail = try runBeleg([], stdin: ".nope\n.bail on\n.nope2\nWer ist John Kirby?\n")
        #expect(dotBail.stdout == "")
        #expect(dotBail.stderr.hasSuffix("line 3: unknown command .nope2; try .help\n"))
    }

    @Test func readAndFileReportFileAndLine() throws {
        let dir = try temporaryDirectory()
        let script = dir.appendingPathComponent("s.beleg")
        try ".mode json\n\n.nope\nWer ist John Kirby?\n".write(to: script, atomically: true, encoding: .utf8)
        let read = try runBeleg([], stdin: ".read \(script.path)\n.mode\n.read /nonexistent/x\n")
        #expect(read.status == 1)
        #expect(read.stderr == "\(script.path):3: unknown command .nope; try .help\nline 3: cannot open /nonexistent/x: No such file or directory\n")
        let lines = read.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("{\"answer\":\"Sprecher") == true)
        #expect(lines.last == #"{"mode":"json"}"#)

        let file = try runBeleg(["-f", script.path], stdin: "Wer ist John Kirby?\n")
        #expect(file.status == 1)
        #expect(file.stderr == "\(script.path):3: unknown command .nope; try .help\n")
        #expect(file.stdout.split(separator: "\n").count == 1)
        #expect(try runBeleg(["--bail", "--file", script.path]).stdout == "")
    }

    @Test func aScriptReadingItselfStops() throws {
        let dir = try temporaryDirectory()
        let script = dir.appendingPathComponent("loop.beleg")
        try ".read \(script.path)\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try runBeleg(["-f", script.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasSuffix("\(script.path):1: .read \(script.path): scripts nested more than 16 deep; not read\n"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func versionFlagAndCommand() throws {
        let flag = try runBeleg(["--version"])
        #expect(flag.status == 0)
        #expect(flag.stdout.hasPrefix("beleg 0."))
        #expect(try runBeleg([], stdin: ".version\n").stdout == flag.stdout)
        #expect(try runBeleg(["--format", "json"], stdin: ".version\n").stdout.hasPrefix(#"{"version":"0."#))
    }

    @Test func outputAndOnceRedirect() throws {
        let dir = try temporaryDirectory()
        let all = dir.appendingPathComponent("all.txt"), one = dir.appendingPathComponent("one.txt")
        let r = try runBeleg([], stdin: ".output \(all.path)\n.version\n.mode\n.output\n.once \(one.path)\n.mode\n.version\n")
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("beleg 0."))
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(try String(contentsOf: all, encoding: .utf8).hasSuffix("\ntext\n"))
        #expect(try String(contentsOf: one, encoding: .utf8) == "text\n")
        let bad = try runBeleg([], stdin: ".output /nonexistent/dir/x\n")
        #expect(bad.status == 1)
        #expect(bad.stderr == "line 1: cannot open /nonexistent/dir/x: No such file or directory\n")
    }

    @Test func timerPrintsOnStandardError() throws {
        let r = try runBeleg([], stdin: ".timer on\nWer ist John Kirby?\n.timer off\nWer ist John Kirby?\n")
        #expect(r.status == 0)
        let times = r.stderr.split(separator: "\n")
        #expect(times.count == 1)
        #expect(times.first?.wholeMatch(of: /time: \d+\.\d{3} s/) != nil, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 4)
    }

    @Test func helpModeAndCaseInsensitiveCommands() throws {
        let r = try runBeleg([], stdin: ".HELP load\n.Mode\n.MODE JSON\n.mode\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == ".load [--no-cache] PATH\n  load a file (.txt, .md, .jsonl) or a directory of them (--no-cache: analyse afresh, do not cache)\n  example: .load ~/news/2023\ntext\n{\"mode\":\"json\"}\n")
        let all = try runBeleg([], stdin: ".help\n")
        for command in [".read", ".output", ".once", ".bail", ".timer", ".version"] { #expect(all.stdout.contains(command)) }
        let unknown = try runBeleg([], stdin: ".help frob\n")
        #expect(unknown.stderr == "line 1: unknown command .frob; try .help\n")
    }

    /// `--init FILE` runs first in every mode; `$XDG_CONFIG_HOME/beleg/init` only in interactive sessions.
    @Test func initFiles() throws {
        let dir = try temporaryDirectory()
        let script = dir.appendingPathComponent("init")
        try ".mode json\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try runBeleg(["--init", script.path], stdin: ".mode\n")
        #expect(r.stdout == #"{"mode":"json"}"# + "\n")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("beleg"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: script, to: dir.appendingPathComponent("beleg/init"))
        let piped = try runBeleg([], stdin: ".mode\n", environment: ["XDG_CONFIG_HOME": dir.path])
        #expect(piped.stdout == "text\n")
        #expect(try runBeleg(["--init", "/nonexistent/init"]).status == 64)
        // `.quit` in an init script or a --file script ends that script only, and is no failure.
        let quitting = dir.appendingPathComponent("q")
        try ".quit\n.mode json\n".write(to: quitting, atomically: true, encoding: .utf8)
        let q = try runBeleg(["--init", quitting.path], stdin: ".mode\n")
        #expect(q.status == 0)
        #expect(q.stdout == "text\n")
        let files = try runBeleg(["-f", quitting.path, "-f", script.path], stdin: "")
        #expect(files.status == 0)
        #expect(files.stdout == "")
    }
}
