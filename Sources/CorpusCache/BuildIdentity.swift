import Foundation

/// The Beleg version a cache entry is written under: it changes whenever the code or the word lists that analyse a
/// corpus change, so that an entry can never serve facts from older code.
///
/// `cache format N; build ID; resources DIGEST`: the executable's GNU build ID (a hash of the linked binary that the
/// linker writes into an ELF note; every code change changes it, a rebuild without changes keeps it), else the
/// executable's size and modification time; and a digest of the name, size and modification time of every file in
/// the resource bundles beside the executable (`*.resources`, the word lists), since those are not in the binary.
public enum BuildIdentity {
    /// - Parameter executable: the running executable (`/proc/self/exe` on Linux).
    public static func version(executable: String) -> String {
        let binary = gnuBuildID(executable) ?? fileStamp(executable)
        let directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent().path
        return "cache format \(CorpusCache.formatVersion); build \(binary); resources \(resourceDigest(directory))"
    }

    /// The GNU build ID of an ELF executable as hex, from its `PT_NOTE` program headers; `nil` when it has none.
    static func gnuBuildID(_ path: String) -> String? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        func read(_ offset: UInt64, _ count: Int) -> [UInt8]? {
            guard (try? file.seek(toOffset: offset)) != nil, let data = try? file.read(upToCount: count), data.count == count else { return nil }
            return [UInt8](data)
        }
        guard let header = read(0, 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46]), header[4] == 2, header[5] == 1 else { return nil }
        func u16(_ b: [UInt8], _ at: Int) -> Int { Int(b[at]) | Int(b[at + 1]) << 8 }
        func u32(_ b: [UInt8], _ at: Int) -> Int { u16(b, at) | u16(b, at + 2) << 16 }
        func u64(_ b: [UInt8], _ at: Int) -> UInt64 { UInt64(u32(b, at)) | UInt64(u32(b, at + 4)) << 32 }
        let phoff = u64(header, 32), phentsize = u16(header, 54), phnum = u16(header, 56)
        guard phentsize >= 56, phnum < 256, let table = read(phoff, phentsize * phnum) else { return nil }
        for k in 0..<phnum where u32(table, k * phentsize) == 4 {   // PT_NOTE
            let at = k * phentsize
            let size = Int(u64(table, at + 32))
            guard size < 1 << 16, let notes = read(u64(table, at + 8), size) else { continue }
            var i = 0
            while i + 12 <= notes.count {
                let nameSize = u32(notes, i), descSize = u32(notes, i + 4), type = u32(notes, i + 8)
                let name = i + 12, desc = name + (nameSize + 3) & ~3
                guard desc + descSize <= notes.count else { break }
                if type == 3 && nameSize == 4 && notes[name..<name + 3].elementsEqual("GNU".utf8) {   // NT_GNU_BUILD_ID
                    return notes[desc..<desc + descSize].map { String(format: "%02x", $0) }.joined()
                }
                i = desc + (descSize + 3) & ~3
            }
        }
        return nil
    }

    /// `size-seconds.nanoseconds` of a file's size and modification time.
    static func fileStamp(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "unknown" }
        #if os(Linux)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        return "\(info.st_size)-\(modified.tv_sec).\(modified.tv_nsec)"
    }

    /// A hash of the relative path, size and modification time of every file in the `*.resources` folders of `directory`.
    static func resourceDigest(_ directory: String) -> String {
        let bundles = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".resources") }.sorted()
        var listing = ""
        for bundle in bundles {
            let root = directory + "/" + bundle
            let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String]) ?? []
            for file in files.sorted() { listing += "\(bundle)/\(file) \(fileStamp(root + "/" + file))\n" }
        }
        return String(Checksum.hash(listing), radix: 16)
    }
}
