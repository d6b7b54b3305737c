#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What one request for a line of input produced.
public enum LineReadResult: Sendable, Equatable {
    /// A complete line, without its line terminator.
    case line(String)
    /// The user pressed Ctrl-C; the line being edited was discarded.
    case interrupted
    /// No more input: Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// A source of input lines for the REPL.
public protocol LineReader: AnyObject {
    /// Reads the next line, showing `prompt` if the reader is interactive.
    func readLine(prompt: String) -> LineReadResult
}

/// Reads lines from non-terminal standard input (a pipe or a file).
///
/// The prompt is never shown. The last line is returned even when the input
/// does not end with a newline; `"\n"` and `"\r\n"` terminators are removed.
public final class PipedLineReader: LineReader {
    private let readLineFunction: () -> String?

    /// Creates a reader.
    ///
    /// - Parameter readLineFunction: Returns the next line without its
    ///   terminator, or `nil` at the end of input. Defaults to Swift's
    ///   `readLine(strippingNewline: true)` on standard input; tests inject
    ///   their own.
    public init(readLineFunction: @escaping () -> String? = { Swift.readLine(strippingNewline: true) }) {
        self.readLineFunction = readLineFunction
    }

    /// Returns the next line, or `.endOfInput`; `prompt` is ignored.
    public func readLine(prompt: String) -> LineReadResult {
        guard let line = readLineFunction() else { return .endOfInput }
        return .line(line)
    }
}

/// Facts about the process's terminal.
public enum Terminal {
    /// Whether both standard input and standard output are terminals, which
    /// is when the REPL should show a banner and prompt and use line editing.
    public static func isInteractive() -> Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }
}
