import CStemmer

/// Owner of one Snowball stemmer handle (libstemmer, https://snowballstem.org).
///
/// libstemmer handles are not thread-safe and reuse their output buffer, so each
/// analyzer owns its own stemmer; the class is deliberately not `Sendable`.
public final class SnowballStemmer {
    private let handle: OpaquePointer

    /// - Parameter algorithm: a libstemmer algorithm name (`german`, `english`).
    /// - Returns: `nil` if libstemmer does not know the algorithm.
    public init?(algorithm: String) {
        guard let h = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        handle = h
    }

    deinit { sb_stemmer_delete(handle) }

    /// Stems UTF-8 bytes (expects lowercase input) into `output`, replacing its contents.
    public func stem(_ word: [UInt8], into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        word.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, let result = sb_stemmer_stem(handle, base, Int32(buf.count)) else {
                output.append(contentsOf: word)
                return
            }
            let length = Int(sb_stemmer_length(handle))
            output.append(contentsOf: UnsafeBufferPointer(start: result, count: length))
        }
    }

    public func stem(_ word: String) -> String {
        var out: [UInt8] = []
        stem(Array(word.utf8), into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
