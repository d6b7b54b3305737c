import CLibEdit

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The history file shared by every session of one user, in libedit's format.
///
/// A new entry is merged into the file as it is on disk now, never written over it: under an exclusive `flock`
/// on `PATH.lock`, the file is loaded (through libedit), the entry appended, the newest `capacity` entries
/// saved to `PATH.tmp` (mode 0600, fsynced) and renamed over `PATH`. Two sessions at once keep all their
/// lines, and a process killed during a save leaves either the old or the new file, never a truncated one.
public struct HistoryFile: Sendable {
    /// Entries longer than this many UTF-8 bytes are not stored.
    public static let maximumEntryBytes = 4096

    public let path: String
    public let capacity: Int

    public init(path: String, capacity: Int) {
        self.path = path
        self.capacity = capacity
    }

    /// Whether `line` may be stored: not blank, at most `maximumEntryBytes` bytes.
    public static func accepts(_ line: String) -> Bool {
        line.utf8.count <= maximumEntryBytes && !line.allSatisfy(\.isWhitespace)
    }

    /// Appends `entry` to the file (see the type's description). Returns whether the file was written;
    /// errors (no directory, no permission) leave the file as it was.
    @discardableResult
    public func append(_ entry: String) -> Bool {
        guard Self.accepts(entry) else { return false }
        let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return false }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { return false }
        }
        defer { _ = flock(lock, LOCK_UN) }
        guard let merged = history_init() else { return false }
        defer { history_end(merged) }
        _ = beleg_history_set_size(merged, Int32(capacity))
        _ = beleg_history_set_unique(merged, 1)
        _ = beleg_history_load(merged, path)
        _ = beleg_history_enter(merged, entry)
        let temporary = path + ".tmp"
        guard beleg_history_save(merged, temporary) >= 0 else {
            unlink(temporary)
            return false
        }
        let fd = open(temporary, O_RDONLY | O_CLOEXEC)
        if fd >= 0 { _ = fsync(fd); close(fd) }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
