#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed `write(2)`: the descriptor and `errno`.
public struct WriteFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var descriptor: Int32
    public var code: Int32

    /// The system's text for `errno` ("Broken pipe", "No space left on device", ...).
    public var description: String { String(cString: strerror(code)) }
}

/// Writes text to a file descriptor with `write(2)`, checking every call: a partial write is continued,
/// `EINTR` retried, any other error returned (never a trap, unlike `FileHandle.write`).
public struct FileDescriptorWriter: Sendable {
    public let descriptor: Int32

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes all of `text` (UTF-8). Returns `nil` on success.
    public func write(_ text: String) -> WriteFailure? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        return bytes.withUnsafeMutableBytes { buffer -> WriteFailure? in
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return WriteFailure(descriptor: descriptor, code: errno)
                }
                offset += n
            }
            return nil
        }
    }

    /// Whether the descriptor is open (a closed standard output, `>&-`, is not).
    public var isOpen: Bool { fcntl(descriptor, F_GETFD) != -1 }
}

private func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.write(fd, pointer, count)
    #elseif canImport(Musl)
    return Musl.write(fd, pointer, count)
    #else
    return Glibc.write(fd, pointer, count)
    #endif
}
