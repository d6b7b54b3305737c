import TestSupport
import Foundation
import Testing

/// Scripted (non-terminal) use of the built binary.
@Suite(.serialized) struct ScriptedTests {
    @Test func twoQuestionsWithoutTrailingNewlineGiveTwoAnswers() throws {
        let r = try runBeleg(["--format", "json"], stdin: "Wer ist John Kirby?\nWann fand das Treffen in Camp David statt?")
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect((objects[0]["answer"] as? String)?.contains("Sprecher für nationale Sicherheit") == true)
        #expect((objects[1]["answer"] as? String)?.contains("18. August") == true)
        for o in objects {
            let cites = try #require(o["citations"] as? [[String: Any]])
            #expect(!cites.isEmpty)
            #expect(cites[0]["doc"] as? String == "000_8620b59045d05632")
        }
    }

    /// Citation offsets slice the document text exactly.
    @Test func citationOffsetsSliceTheDocument() throws {
        let r = try runBeleg(["--format", "json"], stdin: "Wer ist John Kirby?\n")
        let o = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let c = try #require((o["citations"] as? [[String: Any]])?.first)
        let text = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("corpus/000_8620b59045d05632.txt"), encoding: .utf8)
        let bytes = Array(text.utf8)
        let start = try #require(c["start"] as? Int), end = try #require(c["end"] as? Int)
        #expect(String(decoding: bytes[start..<end], as: UTF8.self) == c["text"] as? String)
        #expect(c["sentence"] as? Int == 2)
    }

    /// C22: stop-word-only, punctuation-only and empty lines give a clean "no answer"; the exit code stays 0.
    @Test func emptyQuestionsGiveNoAnswer() throws {
        let dir = try temporaryDirectory()
        try "Der Kreml wies den Bericht zurück.\n".write(to: dir.appendingPathComponent("k.txt"), atomically: true, encoding: .utf8)
        let r = try runBeleg(["--no-default-corpus", "--corpus", dir.path], stdin: "und die der\n?\n\nWer ist das?\n")
        #expect(r.status == 0)
        #expect(r.stdout == "No answer in the corpus.\nNo answer in the corpus.\nNo answer in the corpus.\n")
        #expect(r.stderr == "")
    }

    /// C26: the last line counts without a newline; no prompt or escape codes when piped.
    @Test func lastLineWithoutNewlineIsAnswered() throws {
        let dir = try temporaryDirectory()
        try "Kreml-Sprecher Dmitri Peskow dementierte den Bericht.\n".write(to: dir.appendingPathComponent("artikel.txt"), atomically: true, encoding: .utf8)
        let r = try runBeleg(["--no-default-corpus"], stdin: ".load \(dir.path)/artikel.txt\nWer dementierte den Bericht?")
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Dmitri Peskow (Kreml-Sprecher)\n"))
        #expect(r.stdout.contains("[artikel #1, bytes 0-"))
        #expect(!r.stdout.contains("beleg>"))
        #expect(!r.stdout.contains("\u{1B}"))
    }

    @Test func unknownCommandFailsTheScriptButGoesOn() throws {
        let r = try runBeleg([], stdin: ".frobnicate\nWer ist John Kirby?\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("unknown command .frobnicate"))
        #expect(r.stdout.contains("Sprecher für nationale Sicherheit"))
    }

    @Test func badLoadNamesTheFileAndKeepsWhatWasLoaded() throws {
        let dir = try temporaryDirectory()
        try "{\"id\": \"a\", \"text\": \"Eins.\"}\nkaputt\n".write(to: dir.appendingPathComponent("x.jsonl"), atomically: true, encoding: .utf8)
        let r = try runBeleg([], stdin: ".load \(dir.path)/x.jsonl\n.sources\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("x.jsonl:2:"))
        #expect(r.stdout.contains("\n000_8620b59045d05632  -     27 "))
        #expect(r.stdout.hasPrefix("2 documents\n"))
    }

    @Test func badCommandLineExits64() throws {
        #expect(try runBeleg(["--format", "xml"]).status == 64)
        #expect(try runBeleg(["--corpus", "/nonexistent/beleg"]).status == 64)
    }

    /// Dot-commands keep JSON Lines in JSON mode.
    @Test func dotCommandsInJSONMode() throws {
        let r = try runBeleg(["--format", "json"], stdin: ".sources\n.help\n.facts Peskow\n")
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 3)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any]) }
        #expect(lines[0] == #"{"date":null,"doc":"000_8620b59045d05632","sentences":27,"source":null,"title":null}"#)
    }

    @Test func exportFacts() throws {
        let r = try runBeleg(["--export-facts"])
        #expect(r.status == 0)
        #expect(r.stdout.contains(#""canonical":"John Kirby""#))
        #expect(r.stdout.contains(#""kind":"denial""#))
    }

    @Test func questionsAsArguments() throws {
        let r = try runBeleg(["Wer ist John Kirby?"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Sprecher für nationale Sicherheit"))
    }
}

/// Issue 9: `--corpus` naming a file Beleg cannot read (`/etc/passwd`) is a bad command line.
@Suite struct CorpusArgumentTests {
    @Test func unsupportedCorpusFileExits64() throws {
        let r = try runBeleg(["--corpus", "/etc/passwd", "Wer ist John Kirby?"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--corpus /etc/passwd: unsupported file type"))
        #expect(r.stdout.isEmpty)
    }

    @Test func emptyDirectorySaysSo() throws {
        let dir = try temporaryDirectory()
        let r = try runBeleg(["--no-default-corpus"], stdin: ".load \(dir.path)\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(dir.path): no .txt, .md or .jsonl file in this directory"))
    }
}
