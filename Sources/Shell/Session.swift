import Foundation
import Corpus
import Facts
import Answering
import Rendering

/// Where the session writes: answers to `output`, problems to `error`. Tests capture both.
public struct OutputSink: Sendable {
    public var output: @Sendable (String) -> Void
    public var error: @Sendable (String) -> Void
    public init(output: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void) {
        self.output = output
        self.error = error
    }
}

/// What handling one input line did.
public enum LineOutcome: Equatable, Sendable {
    case ok
    /// The line failed (bad command, load error); the session goes on.
    case failed
    /// `.quit` / `.exit`.
    case quit
}

/// The state of one shell session: the loaded documents, the knowledge base, the output mode.
/// Each input line is a question or a dot-command; `handle(_:)` runs it and writes through the sink.
public final class Session {
    public private(set) var documents = DocumentSet()
    public var format: OutputFormat
    /// Whether a person is at the terminal: only then does `.load` say how much it loaded.
    public var interactive = false
    let sink: OutputSink
    private let builder: KnowledgeBuilder
    private var answerer: Answerer?
    /// English → German dictionary (Debian trans-de-en), loaded on the first English question.
    private let lexicon = BilingualLexicon()

    /// - Returns: `nil` when libstemmer lacks the German stemmer.
    public init?(format: OutputFormat, sink: OutputSink) {
        guard let b = KnowledgeBuilder() else { return nil }
        builder = b
        self.format = format
        self.sink = sink
    }

    /// Loads a file or directory; reports each problem (naming file and line) through the error sink.
    /// Returns the number of documents added and whether any problem occurred.
    @discardableResult
    public func load(path: String) -> (added: Int, problems: Int) {
        let result = CorpusLoader().load(path: path)
        let (added, duplicates) = documents.add(result.documents)
        let problems = result.errors + duplicates
        builder.add(added)
        answerer = nil
        // At most 20 messages per file, then a count.
        var perFile: [String: Int] = [:]
        for p in problems {
            perFile[p.file, default: 0] += 1
            if perFile[p.file]! <= 20 { report("error: \(p)") }
        }
        for (file, n) in perFile.sorted(by: { $0.key < $1.key }) where n > 20 {
            report("error: \(file): \(n - 20) more problems not shown")
        }
        return (added.count, problems.count)
    }

    public var knowledgeBase: KnowledgeBase { builder.knowledgeBase }

    func currentAnswerer() -> Answerer? {
        if answerer == nil { answerer = Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon) }
        return answerer
    }

    /// Answers one question (no dot-command handling).
    public func ask(_ question: String) -> Answer? {
        currentAnswerer()?.answer(question)
    }

    /// Handles one input line: blank lines and `#` comments are skipped; `.command`s run; anything else is a question.
    public func handle(_ rawLine: String) -> LineOutcome {
        let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.isEmpty || line.hasPrefix("#") { return .ok }
        if line.hasPrefix(".") { return command(line) }
        guard let answer = ask(line) else {
            report("error: the analyzer could not be created (libstemmer without German)")
            return .failed
        }
        emit(Renderer(format: format).render(answer))
        return .ok
    }

    static let commands: [(name: String, usage: String, help: String)] = [
        (".help", ".help", "show this help"),
        (".load", ".load PATH", "load a file (.txt, .md, .jsonl) or a directory of them"),
        (".sources", ".sources", "list the loaded documents: id, title, date, sentences"),
        (".facts", ".facts [--json] [NAME]", "what the fact store holds (about one entity if named); --json: JSON Lines"),
        (".claims", ".claims [NAME]", "accusations and assertions with their status (denied, not confirmed, asserted)"),
        (".mode", ".mode text|json", "set the output format of answers"),
        (".explain", ".explain QUESTION", "show how a question is read and which sentences compete"),
        (".quit", ".quit", "leave (also .exit or Ctrl-D)"),
    ]

    /// Dot-command names, for completion.
    public static var commandNames: [String] { commands.map(\.name) + [".exit"] }

    func command(_ line: String) -> LineOutcome {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0]
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case ".help":
            let width = Self.commands.map(\.usage.count).max() ?? 0
            var lines = Self.commands.map { $0.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.help }
            lines.append("Anything else is a question, e.g. \"Wer ist …?\", \"Wann …?\", \"Was bestritt …?\".")
            emit(format == .json ? Self.jsonLine(["help": lines.joined(separator: "\n")]) : lines.joined(separator: "\n"))
            return .ok
        case ".quit", ".exit":
            return .quit
        case ".load":
            guard !argument.isEmpty else { return usage(".load PATH") }
            let path = (argument as NSString).expandingTildeInPath
            let (added, problems) = load(path: path)
            if interactive && (added > 0 || problems == 0) { emit("loaded \(added) document\(added == 1 ? "" : "s") from \(argument)") }
            return problems > 0 ? .failed : .ok
        case ".sources":
            return listSources()
        case ".facts":
            var name = argument
            var json = format == .json
            if name == "--json" || name.hasPrefix("--json ") { json = true; name = String(name.dropFirst(6)).trimmingCharacters(in: .whitespaces) }
            if json {
                FactExport(knowledgeBase: builder.knowledgeBase).lines(about: name.isEmpty ? nil : name).forEach(emitJSON)
            } else {
                emit(FactListing(knowledgeBase: builder.knowledgeBase).render(name: name.isEmpty ? nil : name))
            }
            return .ok
        case ".claims":
            return listClaims(argument)
        case ".explain":
            guard !argument.isEmpty else { return usage(".explain QUESTION") }
            guard let a = currentAnswerer() else { return .failed }
            emit(format == .json ? Self.jsonLine(["question": argument, "explain": a.explain(argument)]) : a.explain(argument))
            return .ok
        case ".mode":
            guard let f = OutputFormat(rawValue: argument) else { return usage(".mode text|json") }
            format = f
            return .ok
        default:
            report("error: unknown command \(name); try .help")
            return .failed
        }
    }

    /// `.sources`: every loaded document with its title, date and sentence count.
    private func listSources() -> LineOutcome {
        let kb = builder.knowledgeBase
        if format == .json {
            for d in kb.documents {
                emitJSON(Self.jsonLine(["doc": d.document.id, "title": d.document.title, "date": d.document.date?.description,
                                           "source": d.document.source, "sentences": d.sentences.count]))
            }
            return .ok
        }
        var lines: [String] = []
        for d in kb.documents {
            let doc = d.document
            lines.append("\(doc.id)\t\(doc.title ?? "-")\t\(doc.date?.description ?? "-")\t\(d.sentences.count) sentences")
        }
        lines.append("\(kb.documents.count) document\(kb.documents.count == 1 ? "" : "s")")
        emit(lines.joined(separator: "\n"))
        return .ok
    }

    /// `.claims [NAME]`: the claims about a name (all claims without one), with their status.
    private func listClaims(_ argument: String) -> LineOutcome {
        let kb = builder.knowledgeBase
        let found = claims(about: argument.isEmpty ? nil : argument, in: kb.facts)
        if format == .json {
            for (d, c) in found {
                emitJSON(Self.jsonLine(["doc": kb.documents[d].document.id, "sentence": c.sentence + 1, "cue": c.cue.text,
                                           "claimants": c.resolvedClaimants.isEmpty ? c.claimants.map(\.text) : c.resolvedClaimants,
                                           "target": c.target?.text, "content": c.content?.text, "status": c.status.rawValue]))
            }
            return .ok
        }
        var lines: [String] = []
        for (d, c) in found {
            let who = (c.resolvedClaimants.isEmpty ? c.claimants.map(\.text) : c.resolvedClaimants).joined(separator: ", ")
            let doc = kb.documents[d]
            lines.append("\(doc.document.id) #\(c.sentence + 1)  [\(c.status.rawValue)] \(who.isEmpty ? "(unattributed)" : who) — \(c.cue.text)"
                         + (c.target.map { " \($0.text)" } ?? "") + (c.content.map { ": \($0.text)" } ?? ""))
            lines.append("    \(doc.sentenceText(c.sentence))")
        }
        emit(lines.isEmpty ? "No claims\(argument.isEmpty ? "" : " about \(argument)") in the corpus." : lines.joined(separator: "\n"))
        return .ok
    }

    /// One JSON object with sorted keys (nil values as null).
    static func jsonLine(_ object: [String: Any?]) -> String {
        let cleaned = object.mapValues { $0 ?? NSNull() }
        guard let data = try? JSONSerialization.data(withJSONObject: cleaned, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes text output: in text mode with the corpus's control characters made visible (`TerminalText`).
    func emit(_ text: String) {
        sink.output(format == .text ? TerminalText.sanitized(text) : text)
    }

    /// Writes one JSON line as it is (JSON encoders escape control characters themselves).
    func emitJSON(_ line: String) {
        sink.output(line)
    }

    /// Writes a problem to the error sink, control characters made visible.
    func report(_ text: String) {
        sink.error(TerminalText.sanitized(text))
    }

    func usage(_ text: String) -> LineOutcome {
        report("usage: \(text)")
        return .failed
    }

    /// Names offered by completion: every entity's canonical name and its parts.
    public func completionNames() -> [String] {
        var out = Set<String>()
        // A name holding control characters is never offered: completion writes to the terminal raw.
        for n in builder.knowledgeBase.facts.entityNames() where !n.unicodeScalars.contains(where: TerminalText.needsEscape) {
            out.insert(n)
            for part in n.split(separator: " ") where part.count > 1 { out.insert(String(part)) }
        }
        return out.sorted()
    }

    /// Completion candidates for the word being typed: dot-commands at the start of a line,
    /// paths after `.load`, entity names (and their parts) elsewhere.
    public static func completions(lineBeforeCursor line: String, entityNames: [String]) -> [String] {
        if line.hasPrefix(".load ") {
            return PathCompletion.candidates(String(line.dropFirst(6)).trimmingCharacters(in: .whitespaces))
        }
        if !line.contains(" ") && line.hasPrefix(".") {
            return commandNames.filter { $0.hasPrefix(line) }
        }
        let word = line.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        guard !word.isEmpty else { return [] }
        return entityNames.filter { $0.hasPrefix(word) && !$0.contains(" ") }
    }
}

/// File-name completion for `.load`.
enum PathCompletion {
    static func candidates(_ partial: String) -> [String] {
        let expanded = (partial as NSString).expandingTildeInPath
        let dir = partial.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
        let prefix = partial.hasSuffix("/") ? "" : (expanded as NSString).lastPathComponent
        let listDir = dir.isEmpty ? "." : dir
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: listDir) else { return [] }
        let typedDir = partial.hasSuffix("/") ? partial : (partial.contains("/") ? String(partial[...partial.lastIndex(of: "/")!]) : "")
        return entries.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.sorted().map { e in
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (listDir as NSString).appendingPathComponent(e), isDirectory: &isDir)
            return typedDir + e + (isDir.boolValue ? "/" : "")
        }
    }
}
