/// A cache file that cannot be read back: cut short, or holding values that cannot be right.
struct CacheFormatError: Error, Sendable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
    static let truncated = CacheFormatError("truncated")
}

/// Reads what `ByteWriter` wrote, from memory the caller keeps alive (a mapped cache file). Every read is
/// bounds-checked: running past the end throws `CacheFormatError`, and a count is never trusted for more values than
/// the bytes left can hold (no huge allocation from a bad count).
struct ByteReader {
    private let base: UnsafeRawPointer
    private(set) var offset: Int
    let end: Int

    /// - Parameter bytes: must stay valid while the reader is used.
    init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0, to end: Int? = nil) {
        self.base = bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        self.offset = offset
        self.end = end ?? bytes.count
    }

    /// A reader over `length` bytes from `start` of the memory `other` reads.
    init(sub other: ByteReader, from start: Int, length: Int) {
        self.base = other.base
        self.offset = start
        self.end = start + length
    }

    var remaining: Int { end - offset }

    mutating func u8() throws -> UInt8 {
        guard offset < end else { throw CacheFormatError.truncated }
        defer { offset += 1 }
        return base.load(fromByteOffset: offset, as: UInt8.self)
    }

    mutating func u64() throws -> UInt64 {
        guard remaining >= 8 else { throw CacheFormatError.truncated }
        let v = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
        return UInt64(littleEndian: v)
    }

    mutating func varint() throws -> Int {
        var x: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try u8()
            guard shift < 64 else { throw CacheFormatError("bad number") }
            x |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return Int(Int64(bitPattern: x)) }
            shift += 7
        }
    }

    /// A count of items that take at least `minimumBytes` each: never more than the bytes left can hold.
    mutating func count(minimumBytes: Int = 1) throws -> Int {
        let n = try varint()
        guard n >= 0, n <= remaining / max(1, minimumBytes) else { throw CacheFormatError("bad count \(n)") }
        return n
    }

    /// A non-negative value no larger than `limit`.
    mutating func value(upTo limit: Int) throws -> Int {
        let v = try varint()
        guard v >= 0, v <= limit else { throw CacheFormatError("value \(v) out of range") }
        return v
    }

    mutating func bool() throws -> Bool {
        switch try u8() {
        case 0: return false
        case 1: return true
        default: throw CacheFormatError("bad flag")
        }
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { offset += n }
        return String(decoding: UnsafeRawBufferPointer(start: base + offset, count: n), as: UTF8.self)
    }

    mutating func optionalString() throws -> String? { try bool() ? try string() : nil }

    mutating func optionalVarint() throws -> Int? { try bool() ? try varint() : nil }

    mutating func byteArray() throws -> [UInt8] {
        let n = try count()
        defer { offset += n }
        return Array(UnsafeRawBufferPointer(start: base + offset, count: n))
    }

    /// Reads what `ByteWriter.ints` wrote.
    mutating func ints() throws -> [Int32] {
        let width = Int(try u8())
        guard width == 1 || width == 2 || width == 4 else { throw CacheFormatError("bad integer width \(width)") }
        let n = try count(minimumBytes: width)
        let start = offset
        offset += n * width
        let p = base + start
        return [Int32](unsafeUninitializedCapacity: n) { out, initialized in
            switch width {
            case 1: for i in 0..<n { out[i] = Int32(p.load(fromByteOffset: i, as: UInt8.self)) }
            case 2: for i in 0..<n { out[i] = Int32(UInt16(littleEndian: p.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self))) }
            default: for i in 0..<n { out[i] = Int32(littleEndian: p.loadUnaligned(fromByteOffset: 4 * i, as: Int32.self)) }
            }
            initialized = n
        }
    }

    /// `ints`, widened to `Int`.
    mutating func intArray() throws -> [Int] { try ints().map(Int.init) }

    /// Reads what `ByteWriter.ascending` wrote (a running sum of the differences).
    mutating func ascending() throws -> [Int32] {
        var values = try ints()
        var sum: Int32 = 0
        for i in values.indices {
            sum = sum &+ values[i]
            values[i] = sum
        }
        return values
    }
}
