import Corpus

/// Everything that can go wrong with one input line, as data. `Session.report(_:)` is the one place that turns
/// it into text, prefixed with where the line came from (`ScriptLocation`).
public enum ShellError: Error, Sendable, Equatable {
    case unknownCommand(String)
    /// A dot-command with a missing or bad argument; carries the command's usage line.
    case usage(String)
    /// A problem met while loading a corpus (file and line inside it).
    case load(LoadError)
    /// More load problems in `file` than are shown.
    case moreLoadProblems(file: String, count: Int)
    /// A file named by `.read`, `.output`, `.once`, `--file` or `--init` could not be opened.
    case cannotOpen(path: String, reason: String)
    /// Writing to a `.output` / `.once` file failed; output goes back to standard output.
    case cannotWrite(path: String, reason: String)
    /// `.read` nested deeper than `ScriptRunner.maximumDepth` (a script reading itself).
    case readNestedTooDeep(path: String)
    case analyzerUnavailable

    /// The message, without the location prefix.
    public var message: String {
        switch self {
        case .unknownCommand(let name): return "unknown command \(name); try .help"
        case .usage(let usage): return "usage: \(usage)"
        case .load(let error): return error.description
        case .moreLoadProblems(let file, let count): return "\(file): \(count) more problem\(count == 1 ? "" : "s") not shown"
        case .cannotOpen(let path, let reason): return "cannot open \(path): \(reason)"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason); output goes to standard output again"
        case .readNestedTooDeep(let path): return ".read \(path): scripts nested more than \(ScriptRunner.maximumDepth) deep; not read"
        case .analyzerUnavailable: return "the analyzer could not be created (libstemmer without German)"
        }
    }
}

/// Where the line being handled came from; it prefixes error messages.
public enum ScriptLocation: Sendable, Equatable {
    /// Typed at the prompt or given as an argument: `error: …`.
    case interactive
    /// Line N of piped standard input: `line N: …` (as sqlite3).
    case standardInput(line: Int)
    /// Line N of a script file (`.read`, `--file`, `--init`): `FILE:N: …`.
    case file(path: String, line: Int)

    /// The prefix of an error message from this line.
    public var prefix: String {
        switch self {
        case .interactive: return "error: "
        case .standardInput(let line): return "line \(line): "
        case .file(let path, let line): return "\(path):\(line): "
        }
    }
}
