import Foundation

/// How running a script (piped standard input, `--file`, `--init`, `.read`) ended.
public struct ScriptResult: Sendable, Equatable {
    /// Whether any line failed.
    public var failed = false
    /// Why the script stopped before its end: `.quit`, or a failed line with bail on.
    public var stop: Stop?

    public enum Stop: Sendable, Equatable { case quit, bail, cancel }
}

/// Limits of scripts.
public enum ScriptRunner {
    /// How deep `.read` may nest (a script that reads itself stops here).
    public static let maximumDepth = 16

    /// The lines of a script file: split at LF, a CR before it removed, no empty last line after a final newline.
    public static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// A file that `.output` or `.once` writes to; closed when the last reference goes.
final class OutputFile {
    let path: String
    let writer: FileDescriptorWriter

    /// Opens (creates or truncates) `path` for writing, mode 0644.
    static func open(_ path: String) -> Result<OutputFile, ShellError> {
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(.cannotOpen(path: path, reason: String(cString: strerror(errno)))) }
        return .success(OutputFile(path: path, descriptor: fd))
    }

    private init(path: String, descriptor: Int32) {
        self.path = path
        writer = FileDescriptorWriter(descriptor: descriptor)
    }

    deinit { close(writer.descriptor) }
}

extension Session {
    /// Runs the lines `next` gives, one after another, until it returns `nil`, `.quit`, or (with bail on) a failed
    /// line. `locate` names line N for error messages. Restores the previous location afterwards.
    public func runScript(_ next: () -> String?, locate: (Int) -> ScriptLocation) -> ScriptResult {
        let saved = location
        defer { location = saved }
        var result = ScriptResult()
        var number = 0
        while let line = next() {
            if isCancelled() { result.stop = .cancel; return result }
            number += 1
            location = locate(number)
            switch handle(line) {
            case .ok: continue
            case .failed:
                result.failed = true
                if bail { result.stop = .bail; return result }
            case .bailed:
                result.failed = true
                result.stop = .bail
                return result
            case .quit:
                result.stop = .quit
                return result
            }
        }
        return result
    }

    /// Runs the script file at `path`; errors inside say `PATH:LINE:`. An unreadable file is reported and fails.
    public func runScriptFile(_ path: String) -> ScriptResult {
        let expanded = (path as NSString).expandingTildeInPath
        guard readDepth < ScriptRunner.maximumDepth else {
            report(.readNestedTooDeep(path: path))
            return ScriptResult(failed: true, stop: nil)
        }
        let text: String
        do {
            text = try String(contentsOfFile: expanded, encoding: .utf8)
        } catch {
            report(.cannotOpen(path: path, reason: Self.reason(error)))
            return ScriptResult(failed: true, stop: nil)
        }
        var lines = ScriptRunner.lines(of: text).makeIterator()
        readDepth += 1
        defer { readDepth -= 1 }
        return runScript({ lines.next() }, locate: { .file(path: path, line: $0) })
    }

    /// `.read FILE`: fails when a line inside failed; `.quit` inside ends only that script.
    func read(_ argument: String) -> LineOutcome {
        guard !argument.isEmpty else { return fail(.usage(".read FILE")) }
        let result = runScriptFile(argument)
        if result.stop == .bail || result.stop == .cancel { return .bailed }
        return result.failed ? .failed : .ok
    }

    /// `.output FILE`, `.output` (back to standard output), `.once FILE`.
    func redirect(_ argument: String, once: Bool) -> LineOutcome {
        if argument.isEmpty {
            if once { return fail(.usage(".once FILE")) }
            outputFile = nil
            return .ok
        }
        switch OutputFile.open((argument as NSString).expandingTildeInPath) {
        case .failure(let error): return fail(error)
        case .success(let file):
            if once { onceFile = file } else { outputFile = file }
            return .ok
        }
    }

    /// The system's reason for a failed read, without Foundation's wrapping.
    static func reason(_ error: Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "No such file or directory" }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadInapplicableStringEncodingError { return "not valid UTF-8" }
        return ns.localizedDescription
    }
}
