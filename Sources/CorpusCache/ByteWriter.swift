/// Appends values to a byte buffer in the cache's encoding: little-endian fixed-width integers, LEB128 variable-length
/// counts, length-prefixed UTF-8 strings, and integer arrays in bulk at the narrowest width (1, 2 or 4 bytes a value)
/// that holds their largest value. `ByteReader` reads them back.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func u8(_ v: UInt8) { bytes.append(v) }

    mutating func u64(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A non-negative count or value, 7 bits a byte (LEB128); a negative value takes ten bytes and reads back the same.
    mutating func varint(_ v: Int) {
        var x = UInt64(bitPattern: Int64(v))
        while x >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: x) | 0x80)
            x >>= 7
        }
        bytes.append(UInt8(x))
    }

    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    /// UTF-8 length, then the bytes.
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            varint(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A presence byte, then the string.
    mutating func string(_ s: String?) {
        bool(s != nil)
        if let s { string(s) }
    }

    mutating func varint(_ v: Int?) {
        bool(v != nil)
        if let v { varint(v) }
    }

    mutating func byteArray(_ b: [UInt8]) {
        varint(b.count)
        bytes.append(contentsOf: b)
    }

    /// Width byte (1, 2 or 4), count, then the values at that width. Values are stored as their 32-bit patterns, so a
    /// negative value forces width 4 and reads back unchanged.
    mutating func ints(_ values: [Int32]) {
        var maximum: UInt32 = 0
        for v in values { maximum = max(maximum, UInt32(bitPattern: v)) }
        let width = maximum <= 0xFF ? 1 : maximum <= 0xFFFF ? 2 : 4
        bytes.append(UInt8(width))
        varint(values.count)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: values.count * width))
        bytes.withUnsafeMutableBytes { raw in
            let out = raw.baseAddress! + start
            values.withUnsafeBufferPointer { v in
                switch width {
                case 1: for i in 0..<v.count { out.storeBytes(of: UInt8(truncatingIfNeeded: v[i]), toByteOffset: i, as: UInt8.self) }
                case 2: for i in 0..<v.count { out.storeBytes(of: UInt16(truncatingIfNeeded: v[i]).littleEndian, toByteOffset: 2 * i, as: UInt16.self) }
                default: for i in 0..<v.count { out.storeBytes(of: v[i].littleEndian, toByteOffset: 4 * i, as: Int32.self) }
                }
            }
        }
    }

    mutating func ints(_ values: [Int]) { ints(values.map { Int32(truncatingIfNeeded: $0) }) }

    /// An ascending array (starts, offsets, sentence numbers) as its differences, which are small: `ints` of
    /// `[a0, a1 - a0, …]` (wrapping, so any array reads back unchanged).
    mutating func ascending(_ values: [Int32]) {
        var deltas = [Int32](repeating: 0, count: values.count)
        var previous: Int32 = 0
        for (i, v) in values.enumerated() {
            deltas[i] = v &- previous
            previous = v
        }
        ints(deltas)
    }

    mutating func ascending(_ values: [Int]) { ascending(values.map { Int32(truncatingIfNeeded: $0) }) }

    /// Overwrites 8 bytes at `offset` (for lengths known only at the end).
    mutating func patchU64(_ v: UInt64, at offset: Int) {
        bytes.withUnsafeMutableBytes { $0.storeBytes(of: v.littleEndian, toByteOffset: offset, as: UInt64.self) }
    }
}
