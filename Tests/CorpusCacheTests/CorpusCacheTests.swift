import Testing
import Foundation
import TestSupport
import Corpus
import Answering
@testable import CorpusCache

/// The on-disk cache: a knowledge base restored from it is the one analysis builds, and an entry that cannot be
/// trusted (corrupt, truncated, another version, a changed source) is never used and says why.
@Suite struct CorpusCacheTests {
    static let wikinews = "data/wikinews-de/train/articles.jsonl"
    static let builtin = SharedData.packageRoot.appendingPathComponent("corpus").path

    /// A corpus of three sources: the built-in corpus (a directory), and two JSONL files of Wikinews articles (or,
    /// without the shared data, of invented ones), one with a bad line so that load problems are cached too.
    static func corpus(in folder: TemporaryFolder, articles: Int = 40) throws -> [String] {
        var lines: [String] = []
        if SharedData.available(wikinews) {
            let text = try String(contentsOf: SharedData.url(wikinews), encoding: .utf8)
            lines = text.split(separator: "\n").prefix(articles).map(String.init)
        } else {
            lines = (0..<6).map { #"{"id": "a\#($0)", "date": "2023-08-1\#($0)", "text": "Die Sprecherin Anna Berg sagte am Montag, die Stadtwerke hätten die Preise nicht erhöht. Das bestritt der Verband."}"# }
        }
        let half = lines.count / 2
        try (lines[..<half].joined(separator: "\n") + "\nnot json\n").write(toFile: folder.path("a.jsonl"), atomically: true, encoding: .utf8)
        try lines[half...].joined(separator: "\n").write(toFile: folder.path("b.jsonl"), atomically: true, encoding: .utf8)
        return [builtin, folder.path("a.jsonl"), folder.path("b.jsonl")]
    }

    @Test func restoredKnowledgeIsTheBuiltOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let paths = try Self.corpus(in: folder)
        let cache = CorpusCache(directory: folder.path("cache"), version: "test 1")
        let fresh = try loadDirectly(paths, parallelism: 1)
        let (cold, coldProblems) = try loadThroughCache(paths, cache: cache, parallelism: 2)
        let (warm, warmProblems) = try loadThroughCache(paths, cache: cache, parallelism: 1)
        #expect(coldProblems == [nil, nil, nil] && warmProblems == [nil, nil, nil])
        expectIdentical(fresh, cold, "built alone and appended")
        expectIdentical(fresh, warm, "restored from the cache")
        // The load problems come back with the display path they were loaded under.
        let file = try #require(CorpusLoader().sourceFiles(path: paths[1]).files.first)
        guard case .hit(let source) = cache.lookup(try #require(SourceSnapshot.read(file))) else { Issue.record("no hit"); return }
        #expect(source.errors == CorpusLoader().load(path: paths[1]).errors)
        #expect(source.errors.count == 1)
    }

    @Test func entriesThatCannotBeTrustedAreNotUsed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let paths = try Self.corpus(in: folder, articles: 6)
        let cache = CorpusCache(directory: folder.path("cache"), version: "test 1")
        _ = try loadThroughCache(paths, cache: cache, parallelism: 1)
        let snapshot = try #require(SourceSnapshot.read(SourceFile(path: paths[2], displayPath: paths[2], idBase: "b.jsonl")))
        let entry = cache.entryPath(for: snapshot)
        let good = try Data(contentsOf: URL(fileURLWithPath: entry))
        func problem(after change: (inout Data) -> Void) throws -> CacheProblem? {
            var bytes = good
            change(&bytes)
            try bytes.write(to: URL(fileURLWithPath: entry))
            guard case .miss(let problem) = cache.lookup(snapshot) else { return nil }
            return problem
        }
        #expect(try problem { $0[$0.count / 2] ^= 0x20 } == .corrupt("bad checksum"))
        #expect(try problem { $0 = $0.prefix($0.count - 100) } == .truncated)
        #expect(try problem { $0 = $0.prefix(10) } == .truncated)
        #expect(try problem { $0 = Data("hello, world, this is not a cache file at all".utf8) } == .corrupt("not a Beleg cache file"))
        #expect(try problem { $0[9] ^= 1 } == .otherVersion)   // the format version
        try good.write(to: URL(fileURLWithPath: entry))
        guard case .miss(let other) = CorpusCache(directory: cache.directory, version: "test 2").lookup(snapshot) else { Issue.record("hit"); return }
        #expect(other == .otherVersion)
        guard case .hit = cache.lookup(snapshot) else { Issue.record("the good entry is not used"); return }
        // A changed source: other contents; the same contents with another modification time.
        let original = try String(contentsOfFile: paths[2], encoding: .utf8)
        try (original + "\n").write(toFile: paths[2], atomically: true, encoding: .utf8)
        guard case .miss(let changed) = cache.lookup(try #require(SourceSnapshot.read(snapshot.file))) else { Issue.record("hit"); return }
        #expect(changed == .sourceChanged)
        try original.write(toFile: paths[2], atomically: true, encoding: .utf8)
        _ = try loadThroughCache([paths[2]], cache: cache, parallelism: 1)
        guard case .hit = cache.lookup(try #require(SourceSnapshot.read(snapshot.file))) else { Issue.record("no hit"); return }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: paths[2])
        guard case .miss(let touched) = cache.lookup(try #require(SourceSnapshot.read(snapshot.file))) else { Issue.record("hit"); return }
        #expect(touched == .sourceChanged)
    }

    /// Damage behind a valid checksum (as if the checksum had been recomputed): never a crash, at worst a miss.
    @Test func damagedPayloadsNeverCrash() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = CorpusCache(directory: folder.path("cache"), version: "test 1")
        _ = try loadThroughCache([Self.builtin], cache: cache, parallelism: 1)
        let file = try #require(CorpusLoader().sourceFiles(path: Self.builtin).files.first)
        let snapshot = try #require(SourceSnapshot.read(file))
        let entry = cache.entryPath(for: snapshot)
        let good = [UInt8](try Data(contentsOf: URL(fileURLWithPath: entry)))
        var generator = SystemRandomNumberGenerator()
        var misses = 0
        for round in 0..<300 {
            var bytes = good
            for _ in 0..<(1 + round % 4) {
                let at = Int.random(in: 200..<(bytes.count - 8), using: &generator)
                bytes[at] = round % 3 == 0 ? 0xFF : UInt8.random(in: 0...255, using: &generator)
            }
            let sum = Checksum.hash(Array(bytes[0..<(bytes.count - 8)]))
            withUnsafeBytes(of: sum.littleEndian) { bytes.replaceSubrange((bytes.count - 8)..., with: $0) }
            try Data(bytes).write(to: URL(fileURLWithPath: entry))
            if case .miss = cache.lookup(snapshot) { misses += 1 }
        }
        #expect(misses > 100)
    }

    @Test func temporaryFilesOfKilledWritersAreRemoved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = CorpusCache(directory: folder.path("cache"), version: "test 1")
        try FileManager.default.createDirectory(atPath: cache.directory, withIntermediateDirectories: true)
        let abandoned = cache.directory + "/0123.belegcache.999999999.42.tmp", live = cache.directory + "/0123.belegcache.\(getpid()).42.tmp"
        for path in [abandoned, live] { _ = FileManager.default.createFile(atPath: path, contents: Data("x".utf8)) }
        _ = try loadThroughCache([Self.builtin], cache: cache, parallelism: 1)
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    @Test func integerArraysRoundTripAtEveryWidth() throws {
        let arrays: [[Int32]] = [[], [0], [1, 255], [256, 3], [70_000, 0, 5], [-1, 7], [Int32.max, Int32.min]]
        var writer = ByteWriter()
        for a in arrays { writer.ints(a); writer.ascending(a) }
        try writer.bytes.withUnsafeBytes { raw throws in
            var reader = ByteReader(raw)
            for a in arrays {
                let plain = try reader.ints(), ascending = try reader.ascending()
                #expect(plain == a && ascending == a)
            }
            #expect(reader.remaining == 0)
        }
    }

    /// Issue 8: answers are the same with and without the cache, with one and two cores, on the public question sets.
    @Test(.sharedData("eval/seed-public.jsonl", "eval/wikinews-public.jsonl", "data/wikinews-de/train/articles.jsonl"))
    func sameAnswersWithAndWithoutTheCacheOnOneAndTwoCores() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = CorpusCache(directory: folder.path("cache"), version: "test 1")
        for (set, paths) in [("seed-public", [Self.builtin]), ("wikinews-public", [SharedData.url(Self.wikinews).path])] {
            let questions = try String(contentsOf: SharedData.url("eval/\(set).jsonl"), encoding: .utf8).split(separator: "\n").compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["question"] as? String
            }
            let fresh = try loadDirectly(paths, parallelism: 1)
            let (cold, _) = try loadThroughCache(paths, cache: cache, parallelism: 2)
            let (warmOne, problemsOne) = try loadThroughCache(paths, cache: cache, parallelism: 1)
            let (warmTwo, problemsTwo) = try loadThroughCache(paths, cache: cache, parallelism: 2)
            #expect((problemsOne + problemsTwo).allSatisfy { $0 == nil })
            expectIdentical(fresh, cold, "\(set): cold cache, two cores")
            expectIdentical(fresh, warmOne, "\(set): warm cache, one core")
            expectIdentical(fresh, warmTwo, "\(set): warm cache, two cores")
            let a = try #require(Answerer(knowledgeBase: fresh)), b = try #require(Answerer(knowledgeBase: warmTwo))
            #expect(questions.count > 20)
            for q in questions { #expect(a.answer(q) == b.answer(q), "\(set): \(q)") }
        }
    }
}
