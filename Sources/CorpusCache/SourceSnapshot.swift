import Foundation
import Corpus

/// What identifies a source file's contents: size in bytes, modification time, and a hash of the bytes
/// (`Checksum.hash`).
struct SourceIdentity: Sendable, Equatable {
    var size: UInt64
    var seconds: Int
    var nanoseconds: Int
    var contentHash: UInt64
}

/// A source file as read now: its bytes (handed to `CorpusLoader.load(_:data:)` on a miss, so that what is cached is
/// exactly what was hashed) and what identifies them.
public struct SourceSnapshot: Sendable {
    public let file: SourceFile
    public let data: Data
    /// The file's absolute path with symlinks resolved: with the id base, the key of its cache entry.
    public let absolutePath: String
    let identity: SourceIdentity

    /// Reads `file`: size and modification time first, then the bytes. `nil` when it cannot be read (the loader then
    /// reports that as it always does).
    public static func read(_ file: SourceFile) -> SourceSnapshot? {
        var info = stat()
        guard stat(file.path, &info) == 0, let data = FileManager.default.contents(atPath: file.path) else { return nil }
        #if os(Linux)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let absolute = realpath(file.path, &resolved) != nil
            ? String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : file.path
        let hash = data.withUnsafeBytes { Checksum.hash($0) }
        return SourceSnapshot(file: file, data: data, absolutePath: absolute,
                              identity: SourceIdentity(size: UInt64(info.st_size), seconds: Int(modified.tv_sec),
                                                       nanoseconds: Int(modified.tv_nsec), contentHash: hash))
    }
}

/// A cache file mapped read-only into memory (unmapped when released): restoring reads it in place, without copying
/// it. Entries are only ever replaced by renaming a new file over them, never rewritten in place, so the mapped bytes
/// stay what was checked.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer

    private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    deinit {
        if let base = bytes.baseAddress, bytes.count > 0 { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }

    static func open(_ path: String) -> Result<MappedFile, POSIXError> {
        func failure(_ code: Int32) -> Result<MappedFile, POSIXError> { .failure(POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)) }
        let fd = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return failure(errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return failure(errno) }
        let size = Int(info.st_size)
        guard size > 0 else { return .success(MappedFile(UnsafeRawBufferPointer(start: nil, count: 0))) }
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let p = mmap(nil, size, PROT_READ, flags, fd, 0), p != MAP_FAILED else { return failure(errno) }
        return .success(MappedFile(UnsafeRawBufferPointer(start: p, count: size)))
    }
}

/// Atomic writes with POSIX calls.
enum FileBytes {
    /// Writes `bytes` to a temporary file beside `path`, then renames it to `path`: readers see the old file or the
    /// new one, never half of one. Throws a `POSIXError`.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { failure = n < 0 ? errno : EIO; break }
                done += n
            }
        }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)
        }
    }
}
