import CLibEdit

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a terminal with libedit: emacs key bindings, persistent
/// history, Tab completion, Ctrl-C to discard the line, Ctrl-D to end input.
///
/// Creating a reader switches the process's `LC_CTYPE` to a UTF-8 locale (the
/// user's own if it is UTF-8, else `C.UTF-8`) so that non-ASCII characters such
/// as umlauts are typed and erased as whole characters.
///
/// Keys, besides libedit's emacs defaults and `~/.editrc`:
/// - Tab completes the word before the cursor (see ``init(programName:historyFile:completer:)``).
/// - Ctrl-C discards the line: the terminal shows `^C` and a new line, and
///   ``readLine(prompt:)`` returns ``LineReadResult/interrupted``. While a line is
///   being read, the terminal's interrupt character is an ordinary key and does
///   not raise SIGINT; a SIGINT that arrives anyway (e.g. `kill -INT`) also ends
///   the read with `.interrupted` instead of killing the process (unless the
///   thread blocks SIGINT, as the shell's interrupt watcher does; then the
///   watcher receives it).
/// - Ctrl-D on an empty line returns ``LineReadResult/endOfInput``.
///
/// Use one reader at a time, from one thread: libedit's signal handling is
/// process-wide.
public final class EditLineReader: LineReader {
    /// The most entries the history keeps; older ones are dropped.
    public static let historyCapacity = 1000

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let context: EditorContext
    private let historyFile: HistoryFile?

    /// Opens the editor on standard input and output.
    ///
    /// - Parameters:
    ///   - programName: Name libedit uses to select `~/.editrc` sections.
    ///   - historyFile: Where history is loaded from now; every entered line is
    ///     merged into it (``HistoryFile``: lock, temporary file, rename, so
    ///     that other sessions' lines stay); missing parent directories are
    ///     created (mode 0700). `nil` keeps history in memory.
    ///   - completer: Given the line's text before the cursor, returns full
    ///     replacements for the current word (the text after the last space).
    ///     One candidate is inserted followed by a space (none after a trailing
    ///     `/`); several insert their longest common prefix, and a second Tab
    ///     lists them.
    public init(
        programName: String,
        historyFile: String?,
        completer: @escaping @Sendable (_ lineBeforeCursor: String) -> [String]
    ) {
        _ = beleg_use_utf8_ctype()

        guard let history = history_init() else {
            preconditionFailure("libedit: history_init failed")
        }
        self.history = history
        _ = beleg_history_set_size(history, Int32(Self.historyCapacity))
        _ = beleg_history_set_unique(history, 1)
        self.historyFile = historyFile.map { HistoryFile(path: $0, capacity: Self.historyCapacity) }
        if let historyFile {
            createParentDirectories(of: historyFile)
            _ = beleg_history_load(history, historyFile)
        }

        guard let editor = beleg_el_open(programName) else {
            preconditionFailure("libedit: el_init failed")
        }
        self.editor = editor
        context = EditorContext(completer: completer)

        _ = beleg_el_set_clientdata(editor, Unmanaged.passUnretained(context).toOpaque())
        _ = beleg_el_set_prompt(editor, promptCallback)
        _ = beleg_el_set_editor(editor, "emacs")
        _ = beleg_el_set_signal(editor, 1)
        _ = beleg_el_set_history(editor, history)
        _ = beleg_el_add_command(editor, "beleg-complete", "Complete the word before the cursor", completeCommand, "^I")
        _ = beleg_el_add_command(editor, "beleg-interrupt", "Discard the line", interruptCommand, "^C")
        _ = beleg_el_disable_tty_intr(editor)
        beleg_el_bind_navigation_keys(editor)
        _ = el_source(editor, nil)
    }

    deinit {
        el_end(editor)
        history_end(history)
    }

    /// Shows `prompt` and lets the user edit one line.
    ///
    /// A line that is not blank and at most ``HistoryFile/maximumEntryBytes``
    /// long is added to the history (unless it repeats the previous entry) and
    /// merged into the history file.
    public func readLine(prompt: String) -> LineReadResult {
        context.setPrompt(prompt)
        context.interrupted = false
        context.lastAmbiguousTab = nil

        var count: Int32 = 0
        var error: Int32 = 0
        let line = beleg_el_wgets(editor, &count, &error)

        if context.interrupted || (line == nil && count == -1 && error == EINTR) {
            beleg_el_write(editor, "^C\n")
            return .interrupted
        }
        guard let line, count > 0 else {
            beleg_el_write(editor, "\n")
            return .endOfInput
        }
        var text = string(fromWide: line, count: Int(count))
        if text.hasSuffix("\n") { text.removeLast() }
        if HistoryFile.accepts(text) {
            addHistory(text)
        }
        return .line(text)
    }

    /// Adds `line` to the history (unless it equals the newest entry) and
    /// merges it into the history file, if there is one. Save errors are ignored.
    public func addHistory(_ line: String) {
        if beleg_history_step(history, H_FIRST).map({ String(cString: $0) }) == line { return }
        _ = beleg_history_enter(history, line)
        historyFile?.append(line)
    }

    /// The history, oldest entry first.
    public func historyEntries() -> [String] {
        var entries: [String] = []
        var entry = beleg_history_step(history, H_LAST)
        while let current = entry {
            entries.append(String(cString: current))
            entry = beleg_history_step(history, H_PREV)
        }
        return entries
    }
}

// MARK: - State reached from the C callbacks

/// The line's text and cursor position, to recognise a repeated Tab.
struct LineSnapshot: Equatable {
    /// The whole line, one `wchar_t` (Unicode scalar) per element.
    var text: [wchar_t]
    /// Cursor offset into `text`.
    var cursor: Int
}

/// Per-editor state, passed to the C callbacks through `EL_CLIENTDATA`.
/// Only touched on the thread that calls ``EditLineReader/readLine(prompt:)``.
final class EditorContext {
    let completer: @Sendable (String) -> [String]
    /// The prompt as a C string owned by this object; libedit reads it during `el_wgets`.
    private(set) var prompt: UnsafeMutablePointer<CChar>
    /// Set by the Ctrl-C command.
    var interrupted = false
    /// The line as an ambiguous Tab left it.
    var lastAmbiguousTab: LineSnapshot?

    init(completer: @escaping @Sendable (String) -> [String]) {
        self.completer = completer
        guard let empty = strdup("") else { preconditionFailure("out of memory") }
        prompt = empty
    }

    deinit { free(prompt) }

    func setPrompt(_ text: String) {
        guard let copy = strdup(text) else { return }
        free(prompt)
        prompt = copy
    }

    static func of(_ editor: OpaquePointer) -> EditorContext? {
        guard let raw = beleg_el_get_clientdata(editor) else { return nil }
        return Unmanaged<EditorContext>.fromOpaque(raw).takeUnretainedValue()
    }
}

// MARK: - C callbacks (no captures; state comes from EL_CLIENTDATA)

private func promptCallback(_ editor: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    if let editor, let context = EditorContext.of(editor) {
        return context.prompt
    }
    let empty = UnsafeRawPointer(StaticString("").utf8Start).assumingMemoryBound(to: CChar.self)
    return UnsafeMutablePointer(mutating: empty)
}

private func interruptCommand(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editor, let context = EditorContext.of(editor) else { return UInt8(CC_ERROR) }
    let line = snapshot(editor)
    if line.cursor < line.text.count {
        // Move to the end of the line first so `^C` does not cover the text
        // after the cursor, then run this command again via the same key.
        _ = el_cursor(editor, Int32(line.text.count - line.cursor))
        let again: [wchar_t] = [key, 0]
        el_wpush(editor, again)
        return UInt8(CC_CURSOR)
    }
    context.interrupted = true
    return UInt8(CC_EOF)
}

private func completeCommand(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editor, let context = EditorContext.of(editor) else { return UInt8(CC_ERROR) }
    let before = snapshot(editor)
    let lineBeforeCursor = string(fromScalars: before.text[..<before.cursor])
    let candidates = context.completer(lineBeforeCursor)
    let action = Completion.action(
        lineBeforeCursor: lineBeforeCursor,
        candidates: candidates,
        isRepeatedTab: context.lastAmbiguousTab == before
    )
    let code: Int32
    switch action {
    case .beep:
        code = CC_REFRESH_BEEP
    case let .replaceWord(wordLength, replacement):
        el_deletestr(editor, Int32(wordLength))
        var wide = replacement.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        code = el_winsertstr(editor, wide) == 0 ? CC_REFRESH : CC_REFRESH_BEEP
    case let .list(items):
        let columns = Int(beleg_el_columns(editor))
        beleg_el_write(editor, "\n" + Completion.formatList(items, width: columns - 1) + "\n")
        code = CC_REDISPLAY
    }
    context.lastAmbiguousTab = Set(candidates).count > 1 ? snapshot(editor) : nil
    return UInt8(code)
}

// MARK: - Helpers

private func snapshot(_ editor: OpaquePointer) -> LineSnapshot {
    guard let info = el_wline(editor)?.pointee,
          let buffer = info.buffer, let cursor = info.cursor, let last = info.lastchar
    else { return LineSnapshot(text: [], cursor: 0) }
    let text = Array(UnsafeBufferPointer(start: buffer, count: last - buffer))
    return LineSnapshot(text: text, cursor: cursor - buffer)
}

private func string(fromWide buffer: UnsafePointer<wchar_t>, count: Int) -> String {
    string(fromScalars: UnsafeBufferPointer(start: buffer, count: count)[...])
}

private func string<C: Collection>(fromScalars wide: C) -> String where C.Element == wchar_t {
    var scalars = String.UnicodeScalarView()
    for unit in wide {
        if let scalar = Unicode.Scalar(UInt32(bitPattern: unit)) {
            scalars.append(scalar)
        }
    }
    return String(scalars)
}

/// `mkdir -p` for the directory part of `path`, mode 0700; errors are ignored
/// (loading or saving the history then fails quietly).
private func createParentDirectories(of path: String) {
    var prefix = ""
    let components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    for (index, component) in components.enumerated() {
        prefix += index == 0 ? String(component) : "/" + component
        if prefix.isEmpty || component.isEmpty || component == "." || component == ".." { continue }
        _ = mkdir(prefix, 0o700)
    }
}
