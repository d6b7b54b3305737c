import Foundation
import Answering
import Rendering

/// One dot-command as `.help` shows it.
struct CommandHelp: Sendable {
    var name: String
    var usage: String
    var help: String
    var example: String
}

/// The dot-commands.
extension Session {
    static let commands: [CommandHelp] = [
        CommandHelp(name: ".help", usage: ".help [COMMAND]", help: "show this help, or one command's usage and an example", example: ".help .load"),
        CommandHelp(name: ".load", usage: ".load [--no-cache] PATH", help: "load a file (.txt, .md, .jsonl) or a directory of them (--no-cache: analyse afresh, do not cache)", example: ".load ~/news/2023"),
        CommandHelp(name: ".read", usage: ".read FILE", help: "run the lines of FILE as if typed (errors say FILE:LINE:)", example: ".read questions.txt"),
        CommandHelp(name: ".sources", usage: ".sources", help: "list the loaded documents: id, title, date, sentences", example: ".sources"),
        CommandHelp(name: ".facts", usage: ".facts [--json] [NAME]", help: "what the fact store holds (about one entity if named); --json: JSON Lines", example: ".facts Anna Berg"),
        CommandHelp(name: ".claims", usage: ".claims [NAME]", help: "accusations and assertions with their status (denied, not confirmed, asserted)", example: ".claims Regierung"),
        CommandHelp(name: ".explain", usage: ".explain QUESTION", help: "show how a question is read and which sentences compete", example: ".explain Wer ist Anna Berg?"),
        CommandHelp(name: ".mode", usage: ".mode [text|json]", help: "set the output format of answers (alone: show it)", example: ".mode json"),
        CommandHelp(name: ".output", usage: ".output [FILE]", help: "write output to FILE (replaced) until .output alone sends it back to standard output", example: ".output answers.txt"),
        CommandHelp(name: ".once", usage: ".once FILE", help: "write the next line's output to FILE (replaced)", example: ".once answer.json"),
        CommandHelp(name: ".bail", usage: ".bail on|off", help: "stop a script at its first failed line (exit status 1)", example: ".bail on"),
        CommandHelp(name: ".timer", usage: ".timer on|off", help: "print the time each question and load takes (on standard error)", example: ".timer on"),
        CommandHelp(name: ".version", usage: ".version", help: "show Beleg's version", example: ".version"),
        CommandHelp(name: ".quit", usage: ".quit", help: "leave (also .exit or Ctrl-D); in a .read script: end that script", example: ".quit"),
    ]

    /// Dot-command names, for completion.
    public static let commandNames: [String] = commands.map(\.name) + [".exit"]

    /// The command word of a line, lowercased (dot-commands are case-insensitive).
    static func commandName(_ line: String) -> String {
        String(line.prefix { !$0.isWhitespace }).lowercased()
    }

    func command(_ line: String) -> LineOutcome {
        let name = Self.commandName(line)
        let argument = line.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch name {
        case ".help": return help(argument)
        case ".quit", ".exit": return .quit
        case ".load": return loadCommand(argument)
        case ".read": return read(argument)
        case ".sources": return listSources()
        case ".facts": return listFacts(argument)
        case ".claims": return listClaims(argument)
        case ".explain":
            guard !argument.isEmpty else { return fail(.usage(".explain QUESTION")) }
            guard let a = currentAnswerer() else { return fail(.analyzerUnavailable) }
            emit(format == .json ? Self.jsonLine(["question": argument, "explain": a.explain(argument)]) : a.explain(argument))
            return .ok
        case ".mode": return mode(argument)
        case ".output", ".once": return redirect(argument, once: name == ".once")
        case ".bail": return setting(argument, usage: ".bail on|off") { bail = $0 }
        case ".timer": return setting(argument, usage: ".timer on|off") { timer = $0 }
        case ".version":
            emit(format == .json ? Self.jsonLine(["version": ShellMain.version]) : "beleg \(ShellMain.version)")
            return .ok
        default:
            return fail(.unknownCommand(name))
        }
    }

    /// `.help` lists every command; `.help CMD` (with or without the dot) gives its usage and an example.
    private func help(_ argument: String) -> LineOutcome {
        if !argument.isEmpty {
            let wanted = (argument.hasPrefix(".") ? argument : "." + argument).lowercased()
            let key = wanted == ".exit" ? ".quit" : wanted
            guard let c = Self.commands.first(where: { $0.name == key }) else { return fail(.unknownCommand(wanted)) }
            let text = "\(c.usage)\n  \(c.help)\n  example: \(c.example)"
            emit(format == .json ? Self.jsonLine(["command": c.name, "usage": c.usage, "help": c.help, "example": c.example]) : text)
            return .ok
        }
        let width = Self.commands.map(\.usage.count).max() ?? 0
        var lines = Self.commands.map { $0.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.help }
        lines.append("Anything else is a question, e.g. \"Wer ist …?\", \"Wann …?\", \"Was bestritt …?\".")
        emit(format == .json ? Self.jsonLine(["help": lines.joined(separator: "\n")]) : lines.joined(separator: "\n"))
        return .ok
    }

    private func loadCommand(_ line: String) -> LineOutcome {
        var argument = line, useCache = true
        if argument == "--no-cache" || argument.hasPrefix("--no-cache ") {
            useCache = false
            argument = String(argument.dropFirst(10)).trimmingCharacters(in: .whitespaces)
        }
        guard !argument.isEmpty else { return fail(.usage(".load [--no-cache] PATH")) }
        let started = ContinuousClock.now
        let path = (argument as NSString).expandingTildeInPath
        let summary = load(path: path, useCache: useCache)
        if FileManager.default.fileExists(atPath: path) { reportLoad(summary, path: argument, since: started) }
        reportTime(since: started)
        return summary.problems > 0 || summary.cancelled ? .failed : .ok
    }

    /// What a `.load` did: a JSON object on the output in JSON mode; in text mode one line on the output when a
    /// person is at the terminal, on the error stream when piped (standard output stays answers).
    private func reportLoad(_ s: LoadSummary, path: String, since start: ContinuousClock.Instant) {
        let seconds = Self.seconds(ContinuousClock.now - start)
        if format == .json {
            emitJSON(Self.jsonLine(["load": path, "documents": s.added, "sentences": s.sentences, "facts": s.facts,
                                    "skipped": s.skipped, "seconds": (seconds * 1000).rounded() / 1000, "cancelled": s.cancelled]))
            return
        }
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let line = "loaded \(count(s.added, "document")) (\(count(s.sentences, "sentence")), \(count(s.facts, "fact")), "
            + "\(s.skipped) skipped) from \(path) in \(String(format: "%.2f", seconds)) s"
        if interactive { emit(line) } else { sink.error(TerminalText.sanitized(line)) }
    }

    private func listFacts(_ argument: String) -> LineOutcome {
        var name = argument
        var json = format == .json
        if name == "--json" || name.hasPrefix("--json ") { json = true; name = String(name.dropFirst(6)).trimmingCharacters(in: .whitespaces) }
        if json {
            if !name.isEmpty && knowledgeBase.facts.matchingKeys(name).isEmpty {
                emitJSON(Self.jsonLine(["name": name, "facts": 0, "message": "No entity named \(name) in the fact store."]))
                return .ok
            }
            FactExport(knowledgeBase: knowledgeBase).lines(about: name.isEmpty ? nil : name).forEach(emitJSON)
        } else {
            emitListing(FactListing(knowledgeBase: knowledgeBase).render(name: name.isEmpty ? nil : name))
        }
        return .ok
    }

    private func mode(_ argument: String) -> LineOutcome {
        if argument.isEmpty {
            emit(format == .json ? Self.jsonLine(["mode": format.rawValue]) : format.rawValue)
            return .ok
        }
        guard let f = OutputFormat(rawValue: argument.lowercased()) else { return fail(.usage(".mode [text|json]")) }
        format = f
        return .ok
    }

    private func setting(_ argument: String, usage: String, _ set: (Bool) -> Void) -> LineOutcome {
        switch argument.lowercased() {
        case "on": set(true)
        case "off": set(false)
        default: return fail(.usage(usage))
        }
        return .ok
    }
}
