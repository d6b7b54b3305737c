import Foundation

/// Where and when load progress is shown.
public struct ProgressSettings: Sendable {
    /// Standard error is a terminal: progress is redrawn in place on one line, and erased when the load ends.
    public var terminal = false
    /// `--progress`: shown from the start of every load (on a terminal as above; otherwise one line at most every
    /// second, and a last line when the load ends). Without it, progress shows only on a terminal, once a load has
    /// taken `delay`.
    public var always = false
    /// How long a load runs before progress appears on a terminal (without `--progress`).
    public var delay: Duration = .seconds(1)
    /// Writes text to standard error as it is (no newline added); `nil` shows nothing.
    public var write: (@Sendable (String) -> Void)?
    /// The terminal's width in columns, asked at the start of each load: a progress line is shortened to fit, since a
    /// line that wraps cannot be redrawn in place.
    public var columns: @Sendable () -> Int? = { nil }

    public init(terminal: Bool = false, always: Bool = false, write: (@Sendable (String) -> Void)? = nil) {
        self.terminal = terminal
        self.always = always
        self.write = write
    }
}

/// Progress of one load on standard error: files (or documents), MB (10^6 bytes of the files read, or of document
/// text when loading without the cache), rate and estimated time left:
/// `loading PATH: 3 of 12 files, 21.4 of 74.2 MB, 2.4 MB/s, about 22 s left`.
final class LoadProgress {
    private let path: String
    private let settings: ProgressSettings
    private let started = ContinuousClock.now
    private var lastShown: ContinuousClock.Instant?
    private var shownOnTerminal = false
    private var last: (bytes: Int, total: Int, items: String)?
    private let columns: Int?

    init(path: String, settings: ProgressSettings) {
        self.path = path
        self.settings = settings
        columns = settings.terminal && settings.write != nil ? settings.columns() : nil
    }

    private var enabled: Bool { settings.write != nil && (settings.terminal || settings.always) }

    /// - Parameters: bytes, total: bytes loaded so far and in all; files: files done so far and in all.
    func update(bytes: Int, of total: Int, files: Int, of fileCount: Int) {
        update(bytes: bytes, total: total, items: "\(files) of \(fileCount) file\(fileCount == 1 ? "" : "s")")
    }

    func update(bytes: Int, of total: Int, documents: Int, of documentCount: Int) {
        update(bytes: bytes, total: total, items: "\(documents) of \(documentCount) document\(documentCount == 1 ? "" : "s")")
    }

    private func update(bytes: Int, total: Int, items: String) {
        guard enabled, let write = settings.write else { return }
        last = (bytes, total, items)
        let now = ContinuousClock.now
        let elapsed = now - started
        guard settings.always || elapsed >= settings.delay else { return }
        let interval: Duration = settings.terminal ? .milliseconds(100) : .seconds(1)
        if let lastShown, now - lastShown < interval { return }
        lastShown = now
        let line = Self.line(path: path, bytes: bytes, total: total, items: items, seconds: Self.seconds(elapsed))
        if settings.terminal {
            write("\r\u{1B}[K" + Self.fitted(line, path: path, columns: columns ?? 80))
            shownOnTerminal = true
        } else {
            write(line + "\n")
        }
    }

    /// Erases the progress line on a terminal; piped with `--progress`, writes a last line.
    func finish() {
        guard enabled, let write = settings.write else { return }
        if settings.terminal {
            if shownOnTerminal { write("\r\u{1B}[K") }
        } else if settings.always {
            let seconds = Self.seconds(ContinuousClock.now - started)
            let (bytes, _, items) = last ?? (0, 0, "nothing")
            write("loaded \(path): \(items), \(Self.megabytes(bytes)) MB in \(String(format: "%.1f", seconds)) s\n")
        }
    }

    static func line(path: String, bytes: Int, total: Int, items: String, seconds: Double) -> String {
        var line = "loading \(path): \(items), \(megabytes(bytes)) of \(megabytes(total)) MB"
        if seconds > 0 && bytes > 0 {
            let rate = Double(bytes) / seconds
            line += ", \(String(format: "%.1f", rate / 1e6)) MB/s"
            if total > bytes { line += ", about \(Int((Double(total - bytes) / rate).rounded(.up))) s left" }
        }
        return line
    }

    /// `line` in at most `columns - 1` characters: the path loses its beginning first (`…/2023/agency.jsonl`).
    static func fitted(_ line: String, path: String, columns: Int) -> String {
        let room = max(20, columns - 1)
        guard line.count > room else { return line }
        let excess = line.count - room + 1
        if path.count > excess + 8, let range = line.range(of: path) {
            return line.replacingCharacters(in: range, with: "…" + path.suffix(path.count - excess))
        }
        return String(line.prefix(room - 1)) + "…"
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1e6) }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
