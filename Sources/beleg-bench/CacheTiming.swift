import Foundation
import Corpus
import Answering
import CorpusCache

/// `--cache`: the on-disk cache's figures for one corpus, in a temporary cache folder (removed afterwards). Each file
/// is analysed alone and its entry written (timed: encoding + writing), then the whole corpus is restored as a second
/// start would (timed: reading and hashing the source files, reading, checking and decoding the entries, appending
/// them to an empty knowledge base).
struct CacheFigures: Codable, Equatable {
    var entryBytes: Int
    var writeSeconds: Double
    var restoreSeconds: Double
    var restoreMBPerSecond: Double
    /// Whether the restored knowledge base holds as many documents, sentences and terms as the built one.
    var sameCounts: Bool

    enum CodingKeys: String, CodingKey {
        case entryBytes = "entry_bytes", writeSeconds = "write_seconds", restoreSeconds = "restore_seconds"
        case restoreMBPerSecond = "restore_mb_per_s", sameCounts = "same_counts"
    }

    var text: String {
        String(format: "cache: entries %.1f MB, write %.3f s, warm restore %.3f s (%.1f MB/s of text)%@",
               Double(entryBytes) / 1e6, writeSeconds, restoreSeconds, restoreMBPerSecond, sameCounts ? "" : ", COUNTS DIFFER")
    }
}

func measureCache(_ path: String, textBytes: Int) throws -> CacheFigures {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beleg-bench-cache-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let cache = CorpusCache(directory: folder, version: "beleg-bench")
    let files = CorpusLoader().sourceFiles(path: path).files
    var writeNanoseconds: UInt64 = 0
    let built = KnowledgeBuilder()
    for file in files {
        guard let snapshot = SourceSnapshot.read(file), let alone = KnowledgeBuilder() else { continue }
        let result = CorpusLoader().load(file, data: snapshot.data)
        alone.add(result.documents)
        built?.add(result.documents)
        let t = monotonicNanoseconds()
        try cache.store(CachedSource(knowledge: alone.knowledgeBase, errors: result.errors), for: snapshot)
        writeNanoseconds += monotonicNanoseconds() - t
    }
    let entryBytes = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).reduce(0) { total, name in
        total + (((try? FileManager.default.attributesOfItem(atPath: folder + "/" + name))?[.size] as? NSNumber)?.intValue ?? 0)
    }
    guard let restored = KnowledgeBuilder() else { throw BenchError.noStemmer }
    let t = monotonicNanoseconds()
    for file in files {
        guard let snapshot = SourceSnapshot.read(file), case .hit(let source) = cache.lookup(snapshot) else {
            throw BenchError.message("cache entry of \(file.displayPath) not restored")
        }
        restored.append(source.knowledge)
    }
    let restoreSeconds = Double(monotonicNanoseconds() - t) / 1e9
    let a = built?.knowledgeBase.index, b = restored.knowledgeBase.index
    let same = a?.sentenceCount == b.sentenceCount && a?.termCount == b.termCount
        && built?.knowledgeBase.documents.count == restored.knowledgeBase.documents.count
    return CacheFigures(entryBytes: entryBytes, writeSeconds: Double(writeNanoseconds) / 1e9, restoreSeconds: restoreSeconds,
                        restoreMBPerSecond: restoreSeconds > 0 ? Double(textBytes) / 1e6 / restoreSeconds : 0, sameCounts: same)
}
