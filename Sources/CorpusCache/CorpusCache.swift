import Foundation
import Corpus
import Answering

/// One source file's cached load: its knowledge base built alone (a fresh `KnowledgeBuilder` over its documents, in
/// load order) and the problems its load reported. `KnowledgeBuilder.append` adds it to a session.
public struct CachedSource: Sendable {
    public var knowledge: KnowledgeBase
    public var errors: [LoadError]

    public init(knowledge: KnowledgeBase, errors: [LoadError]) {
        self.knowledge = knowledge
        self.errors = errors
    }
}

/// Why a cache entry that exists was not used. It is rebuilt; the shell says so in one line.
public enum CacheProblem: Sendable, Equatable, CustomStringConvertible {
    /// Shorter than its header says (a write cut short by a crash or a full disk).
    case truncated
    /// Bad checksum, not a cache file, or contents that cannot be right; the detail says which.
    case corrupt(String)
    /// Written by another Beleg version (or cache format): its analysis may differ.
    case otherVersion
    /// The source file's size, modification time or contents differ from when the entry was written.
    case sourceChanged

    public var description: String {
        switch self {
        case .truncated: return "truncated"
        case .corrupt(let detail): return "corrupt (\(detail))"
        case .otherVersion: return "written by another Beleg version"
        case .sourceChanged: return "source changed"
        }
    }
}

/// The on-disk cache of analysed corpus files: one file per source file (`SourceFile`) under `directory`, named by a
/// hash of the file's absolute path and id base, holding its load problems, documents, index and facts
/// (`ByteWriter.cachedSource`). An entry is used only when the Beleg version, the source file's size, modification
/// time and content hash all match and its checksum is right; otherwise `lookup` says why it was not
/// (`CacheProblem`). Entries are written to a temporary file and renamed, so a reader never sees half an entry.
///
/// File layout: magic `BELEGKB\0`, format version (UInt64), total length in bytes (UInt64), then the version string,
/// absolute path, id base, size, modification time (seconds, nanoseconds), content hash (UInt64), the payload, and
/// last a checksum (UInt64, `Checksum.hash`) of every byte before it. Integers little-endian.
public struct CorpusCache: Sendable {
    /// Bumped whenever the layout above or the payload encoding changes.
    public static let formatVersion: UInt64 = 1
    static let magic = Array("BELEGKB\0".utf8)

    public let directory: String
    /// Identifies the code and word lists that analysed the corpus (`BuildIdentity`); an entry written under
    /// another version is never used.
    public let version: String

    public init(directory: String, version: String) {
        self.directory = directory
        self.version = version
    }

    /// `$XDG_CACHE_HOME/beleg` (an absolute `XDG_CACHE_HOME` only, as the XDG spec asks), else `$HOME/.cache/beleg`;
    /// `nil` when neither is set.
    public static func defaultDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/beleg" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/beleg" }
        return nil
    }

    public enum Lookup: Sendable {
        case hit(CachedSource)
        /// No usable entry; `problem` is `nil` when there was none at all (or one for another file).
        case miss(problem: CacheProblem?)
    }

    /// The entry file of `snapshot`'s source file.
    public func entryPath(for snapshot: SourceSnapshot) -> String {
        let key = Checksum.hash(snapshot.absolutePath + "\n" + snapshot.file.idBase)
        return directory + "/" + String(key, radix: 16) + ".belegcache"
    }

    /// The cached load of `snapshot`, or why there is none. Never trusts an entry it cannot fully check.
    public func lookup(_ snapshot: SourceSnapshot) -> Lookup {
        let file: MappedFile
        switch MappedFile.open(entryPath(for: snapshot)) {
        case .success(let f): file = f
        case .failure(let error):
            return .miss(problem: error.code == .ENOENT ? nil : .corrupt("cannot read: \(error.code)"))
        }
        return withExtendedLifetime(file) { () -> Lookup in
            do {
                var reader = try Self.structureReader(file.bytes)
                let verify = { () throws in try Self.verifyChecksum(file.bytes) }
                let header = try? EntryHeader(reading: &reader)
                guard let header, header.version == version, header.absolutePath == snapshot.absolutePath,
                      header.idBase == snapshot.file.idBase, header.source == snapshot.identity else {
                    try verify()   // a damaged header is reported as such, not as a changed source
                    guard let header, header.version == version else { return .miss(problem: .otherVersion) }
                    guard header.absolutePath == snapshot.absolutePath, header.idBase == snapshot.file.idBase else { return .miss(problem: nil) }
                    return .miss(problem: .sourceChanged)
                }
                return .hit(try reader.cachedSource(origin: snapshot.file.displayPath, verify: verify))
            } catch let problem as EntryProblem {
                return .miss(problem: problem.problem)
            } catch {
                return .miss(problem: .corrupt("\(error)"))
            }
        }
    }

    /// A reader over the entry's header and payload, after checking magic, format version and length.
    static func structureReader(_ bytes: UnsafeRawBufferPointer) throws -> ByteReader {
        let fixed = magic.count + 16
        guard bytes.count >= fixed + 8 else {
            throw EntryProblem(problem: bytes.starts(with: magic.prefix(bytes.count)) ? .truncated : .corrupt("not a Beleg cache file"))
        }
        guard bytes.starts(with: magic) else { throw EntryProblem(problem: .corrupt("not a Beleg cache file")) }
        var reader = ByteReader(bytes, from: magic.count)
        guard try reader.u64() == formatVersion else { throw EntryProblem(problem: .otherVersion) }
        let length = try reader.u64()
        guard length <= UInt64(bytes.count) else { throw EntryProblem(problem: .truncated) }
        guard length == UInt64(bytes.count) else { throw EntryProblem(problem: .corrupt("longer than its header says")) }
        return ByteReader(bytes, from: fixed, to: bytes.count - 8)
    }

    /// Throws `EntryProblem` (corrupt) unless the last 8 bytes are the checksum of all before them.
    static func verifyChecksum(_ bytes: UnsafeRawBufferPointer) throws {
        let body = bytes.count - 8
        var tail = ByteReader(bytes, from: body)
        guard try tail.u64() == Checksum.hash(UnsafeRawBufferPointer(rebasing: bytes[0..<body])) else {
            throw EntryProblem(problem: .corrupt("bad checksum"))
        }
    }

    /// Writes the entry of `snapshot`'s source file: to a temporary file in `directory` (created if missing), then
    /// renamed over the entry. Throws `CocoaError`/`POSIXError` when the directory or file cannot be written.
    public func store(_ source: CachedSource, for snapshot: SourceSnapshot) throws {
        var writer = ByteWriter(capacity: source.knowledge.documents.reduce(4096) { $0 + 3 * $1.bytes.count })
        writer.rawBytes(Self.magic)
        writer.u64(Self.formatVersion)
        writer.u64(0)   // total length, patched below
        EntryHeader(version: version, absolutePath: snapshot.absolutePath, idBase: snapshot.file.idBase, source: snapshot.identity)
            .write(to: &writer)
        writer.cachedSource(source)
        writer.patchU64(UInt64(writer.bytes.count + 8), at: Self.magic.count + 8)
        writer.u64(writer.bytes.withUnsafeBytes { Checksum.hash($0) })
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        removeAbandonedTemporaryFiles()
        try FileBytes.writeAtomically(writer.bytes, to: entryPath(for: snapshot))
    }

    /// Removes the temporary files of writers that were killed before renaming them (`NAME.PID.RANDOM.tmp` whose
    /// process no longer exists).
    func removeAbandonedTemporaryFiles() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where name.hasSuffix(".tmp") {
            let parts = name.split(separator: ".")
            guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + name) }
        }
    }
}

/// A `CacheProblem` found while checking an entry.
struct EntryProblem: Error {
    var problem: CacheProblem
}

/// What an entry was written for.
struct EntryHeader {
    var version: String
    var absolutePath: String
    var idBase: String
    var source: SourceIdentity

    init(version: String, absolutePath: String, idBase: String, source: SourceIdentity) {
        self.version = version
        self.absolutePath = absolutePath
        self.idBase = idBase
        self.source = source
    }

    init(reading reader: inout ByteReader) throws {
        version = try reader.string()
        absolutePath = try reader.string()
        idBase = try reader.string()
        source = SourceIdentity(size: try reader.u64(), seconds: try reader.varint(), nanoseconds: try reader.varint(), contentHash: try reader.u64())
    }

    func write(to writer: inout ByteWriter) {
        writer.string(version)
        writer.string(absolutePath)
        writer.string(idBase)
        writer.u64(source.size)
        writer.varint(source.seconds)
        writer.varint(source.nanoseconds)
        writer.u64(source.contentHash)
    }
}

extension ByteWriter {
    mutating func rawBytes(_ b: [UInt8]) {
        for x in b { u8(x) }
    }
}
