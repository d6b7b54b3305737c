import Foundation
import Synchronization
import Rendering
import LineEditing
import CorpusCache
import Answering

/// What the command line asked for.
public struct ShellOptions: Sendable {
    public var corpora: [String] = []
    /// The built-in corpus, loaded first; `nil` with `--no-default-corpus`.
    public var defaultCorpus: String?
    public var format: OutputFormat = .text
    /// Questions given as arguments: answered, then Beleg exits.
    public var questions: [String] = []
    /// `--export-facts`: write the fact store as JSON Lines and exit.
    public var exportFacts = false
    /// `--bail`: stop a script at its first failed line.
    public var bail = false
    /// `-f/--file FILE`: scripts run instead of standard input.
    public var scriptFiles: [String] = []
    /// `--init FILE`: run before the first line or prompt, in every mode.
    public var initFile: String?
    /// `--no-init`: skip `$XDG_CONFIG_HOME/beleg/init` (which runs in interactive sessions only).
    public var noInit = false
    /// `--no-cache`: analyse every load afresh; neither read nor write `$XDG_CACHE_HOME/beleg`.
    public var useCache = true
    /// `--progress`: show load progress on standard error even when it is not a terminal.
    public var progress = false
    public var environment: [String: String] = [:]

    public init() {}
}

/// The process-level driver: loads corpora, then answers argument questions, script files, piped lines or an
/// interactive session.
public enum ShellMain {
    /// Beleg's version (`--version`, `.version`).
    public static let version = "0.9.0"

    /// Runs Beleg and returns the exit status (0 ok, 1 if any scripted line failed).
    public static func run(_ options: ShellOptions) -> Int32 {
        guard let sink = standardSink() else { return 1 }
        guard let session = Session(format: options.format, sink: sink) else {
            sink.error("error: libstemmer has no German stemmer")
            return 1
        }
        // The process ends when `run` returns: freeing a large knowledge base object by object would only delay the
        // exit (a tenth of a second on a 74 MB corpus), so the session is deliberately kept.
        defer { _ = Unmanaged.passRetained(session) }
        session.bail = options.bail
        // The word lists questions read on first use are read beside the corpus load, on another thread.
        Thread.detachNewThread { Answerer.preloadQuestionLexicons() }
        configureLoading(session, options)
        let interactive = !options.exportFacts && options.questions.isEmpty && options.scriptFiles.isEmpty && Terminal.isInteractive()
        session.interactive = interactive
        // Ctrl-C cancels loads and questions in an interactive session; elsewhere it ends the program.
        let interrupts = InterruptWatcher()
        if interactive {
            interrupts.start()
            session.isCancelled = { interrupts.isSet }
            session.answersInBackground = true
            session.usePager(environment: options.environment)
        }
        for path in (options.defaultCorpus.map { [$0] } ?? []) + options.corpora {
            interrupts.reset()
            session.load(path: path)
        }
        interrupts.reset()

        if options.exportFacts {
            FactExport(knowledgeBase: session.knowledgeBase).lines().forEach(sink.output)
            return 0
        }
        var failed = false
        for file in initFiles(options, interactive: interactive) {
            let result = session.runScriptFile(file)
            failed = failed || result.failed
            if result.stop == .bail && !interactive { return 1 }
        }
        if !options.questions.isEmpty {
            for q in options.questions {
                guard session.handle(q) == .failed else { continue }
                failed = true
                if session.bail { break }
            }
            return failed ? 1 : 0
        }
        for file in options.scriptFiles {
            let result = session.runScriptFile(file)
            failed = failed || result.failed
            if result.stop == .bail { break }
        }
        if !options.scriptFiles.isEmpty { return failed ? 1 : 0 }
        if !interactive {
            let reader = PipedLineReader()
            let result = session.runScript({ if case .line(let l) = reader.readLine(prompt: "") { return l } else { return nil } }, locate: { .standardInput(line: $0) })
            return failed || result.failed ? 1 : 0
        }
        return runInteractive(session, interrupts: interrupts, environment: options.environment)
    }

    /// The cache (unless `--no-cache`, or without `XDG_CACHE_HOME` and `HOME`) and where load progress goes.
    static func configureLoading(_ session: Session, _ options: ShellOptions) {
        if options.useCache, let directory = CorpusCache.defaultDirectory(environment: options.environment) {
            let executable = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
            session.cache = CorpusCache(directory: directory, version: BuildIdentity.version(executable: executable))
        }
        let err = FileDescriptorWriter(descriptor: STDERR_FILENO)
        session.progressSettings = ProgressSettings(terminal: isatty(STDERR_FILENO) == 1, always: options.progress,
                                                    write: { _ = err.write($0) })
        session.progressSettings.columns = {
            var size = winsize()
            return ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
        }
    }

    /// The init scripts to run first: `--init FILE` always; `$XDG_CONFIG_HOME/beleg/init` (default
    /// `~/.config/beleg/init`) only in an interactive session, if it exists and `--no-init` is not given.
    static func initFiles(_ options: ShellOptions, interactive: Bool) -> [String] {
        if let file = options.initFile { return [file] }
        guard interactive, !options.noInit else { return [] }
        let env = options.environment
        let config: String
        if let xdg = env["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { config = xdg }
        else if let home = env["HOME"], !home.isEmpty { config = home + "/.config" }
        else { return [] }
        let path = config + "/beleg/init"
        return FileManager.default.fileExists(atPath: path) ? [path] : []
    }

    /// The interactive loop: banner, prompt, history, completion. Always exits 0 (as sqlite3 and psql: a
    /// mistyped command does not make the session fail).
    static func runInteractive(_ session: Session, interrupts: InterruptWatcher, environment env: [String: String]) -> Int32 {
        let names = EntityNameList()
        names.replace(session.completionNames())
        let reader = EditLineReader(programName: "beleg", historyFile: historyPath(environment: env)) { line in
            Session.completions(lineBeforeCursor: line, entityNames: names.snapshot())
        }
        let n = session.knowledgeBase.documents.count
        session.sink.output("Beleg — answers with evidence. \(n) document\(n == 1 ? "" : "s") loaded. Type .help for help, Ctrl-D to leave.")
        while true {
            switch reader.readLine(prompt: "beleg> ") {
            case .endOfInput:
                session.sink.output("")
                return 0
            case .interrupted:
                continue
            case .line(let line):
                interrupts.reset()
                session.location = .interactive
                if session.handle(line) == .quit { return 0 }
                let word = Session.commandName(line)
                if word == ".load" || word == ".read" { names.replace(session.completionNames()) }
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
