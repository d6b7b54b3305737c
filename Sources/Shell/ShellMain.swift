import Foundation
import Synchronization
import Rendering
import LineEditing

/// The process-level driver: loads corpora, then answers argument questions, piped lines or an interactive session.
public enum ShellMain {
    /// Runs Beleg and returns the exit status (0 ok, 1 if any scripted line failed).
    /// - Parameter exportFacts: write the fact store as JSON Lines and exit instead of answering.
    public static func run(corpora: [String], defaultCorpus: String?, format: OutputFormat, questions: [String], exportFacts: Bool = false) -> Int32 {
        guard let sink = standardSink() else { return 1 }
        guard let session = Session(format: format, sink: sink) else {
            sink.error("error: libstemmer has no German stemmer")
            return 1
        }
        if let defaultCorpus { session.load(path: defaultCorpus) }
        for path in corpora { session.load(path: path) }

        var failed = false
        if exportFacts {
            FactExport(knowledgeBase: session.knowledgeBase).lines().forEach(sink.output)
            return 0
        }
        if !questions.isEmpty {
            for q in questions where session.handle(q) == .failed { failed = true }
            return failed ? 1 : 0
        }
        let interactive = Terminal.isInteractive()
        let reader: LineReader
        let names = EntityNameList()
        session.interactive = interactive
        if interactive {
            names.replace(session.completionNames())
            let env = ProcessInfo.processInfo.environment
            reader = EditLineReader(programName: "beleg", historyFile: defaultHistoryPath(environment: env)) { line in
                Session.completions(lineBeforeCursor: line, entityNames: names.snapshot())
            }
            let n = session.knowledgeBase.documents.count
            sink.output("Beleg — answers with evidence. \(n) document\(n == 1 ? "" : "s") loaded. Type .help for help, Ctrl-D to leave.")
        } else {
            reader = PipedLineReader()
        }
        while true {
            switch reader.readLine(prompt: "beleg> ") {
            case .endOfInput:
                if interactive { sink.output("") }
                return failed ? 1 : 0
            case .interrupted:
                continue
            case .line(let line):
                switch session.handle(line) {
                case .ok: break
                // Like sqlite3 and psql, an interactive session's status does not depend on a mistyped command.
                case .failed: failed = failed || !interactive
                case .quit: return failed ? 1 : 0
                }
                if interactive, line.hasPrefix(".load") { names.replace(session.completionNames()) }
            }
        }
    }

    /// The sink on standard output and standard error, written with checked `write(2)` calls. A failed write to
    /// standard output (closed, full disk, broken pipe) ends the program: one line on standard error, exit 1.
    /// Returns `nil` (after saying so) when standard output is closed from the start.
    static func standardSink() -> OutputSink? {
        signal(SIGPIPE, SIG_IGN)
        let out = FileDescriptorWriter(descriptor: STDOUT_FILENO), err = FileDescriptorWriter(descriptor: STDERR_FILENO)
        // A closed standard input or error is reopened on /dev/null, so that no file opened later takes its number.
        for fd in [STDIN_FILENO, STDERR_FILENO] where !FileDescriptorWriter(descriptor: fd).isOpen {
            let null = open("/dev/null", O_RDWR)
            if null >= 0 && null != fd { dup2(null, fd); close(null) }
        }
        guard out.isOpen else {
            _ = err.write("beleg: error: standard output is closed\n")
            return nil
        }
        return OutputSink(
            output: { text in
                if let failure = out.write(text + "\n") {
                    _ = err.write("beleg: error: cannot write to standard output: \(failure)\n")
                    exit(1)
                }
            },
            error: { text in _ = err.write(text + "\n") })
    }

    /// The built-in corpus: `$BELEG_CORPUS`, else the `corpus` folder of the package the executable was
    /// built in (found by walking up from the executable to a folder holding `Package.swift` and `corpus/`).
    public static func defaultCorpusPath(executable: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let env = environment["BELEG_CORPUS"], !env.isEmpty { return env }
        var candidates: [URL] = []
        let exeURL = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        candidates.append(exeURL.deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        for start in candidates {
            var dir = start
            for _ in 0..<8 {
                let corpus = dir.appendingPathComponent("corpus")
                if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path),
                   FileManager.default.fileExists(atPath: corpus.path) {
                    return corpus.path
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }
}

/// Entity names offered by Tab completion; shared with the line editor's completion callback.
final class EntityNameList: Sendable {
    private let names = Mutex<[String]>([])
    func replace(_ new: [String]) { names.withLock { $0 = new } }
    func snapshot() -> [String] { names.withLock { $0 } }
}
