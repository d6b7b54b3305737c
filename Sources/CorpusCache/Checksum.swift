/// A fast 64-bit hash of bytes, for the cache's checksums and content hashes (not cryptographic: it detects
/// truncated, corrupt and changed files, not deliberate collisions). Four lanes of 8-byte words, each word folded in
/// by xor, multiplication by an odd constant and rotation (a one-to-one step, so changing one word always changes the
/// lane), then the lanes, the tail bytes and the length are mixed with MurmurHash3's finalizer.
public enum Checksum {
    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        let n = bytes.count
        var a = seed &+ p1, b = seed &+ p2, c = seed ^ p1, d = seed ^ p2
        var i = 0
        if let base = bytes.baseAddress {
            while i + 32 <= n {
                a = rotate((a ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* p1)
                b = rotate((b ^ base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)) &* p1)
                c = rotate((c ^ base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)) &* p1)
                d = rotate((d ^ base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)) &* p1)
                i += 32
            }
            while i + 8 <= n {
                a = rotate((a ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* p2)
                i += 8
            }
            while i < n {
                b = rotate((b ^ UInt64(base.load(fromByteOffset: i, as: UInt8.self))) &* p2)
                i += 1
            }
        }
        var h = mix(a) &+ mix(b &+ 1) &* 3 &+ mix(c &+ 2) &* 5 &+ mix(d &+ 3) &* 7
        h ^= UInt64(n)
        return mix(h)
    }

    public static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        bytes.withUnsafeBytes { hash($0, seed: seed) }
    }

    public static func hash(_ string: String) -> UInt64 {
        var s = string
        return s.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    @inline(__always) private static func rotate(_ x: UInt64) -> UInt64 { (x << 31) | (x >> 33) }

    /// MurmurHash3's 64-bit finalizer.
    @inline(__always) private static func mix(_ x: UInt64) -> UInt64 {
        var k = x
        k ^= k >> 33
        k &*= 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k &*= 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }
}
