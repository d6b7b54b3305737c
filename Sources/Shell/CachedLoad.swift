import Foundation
import Corpus
import Answering
import CorpusCache
import Rendering

/// Loading through the on-disk cache, one source file at a time: a file whose entry is valid is restored (its
/// documents, index and facts appended without analysis); any other file is loaded and analysed alone, and its entry
/// written. Entries that existed but could not be used (stale, corrupt, another version) are reported in one line
/// per load; a failed write in one line too. The knowledge base is the same as without the cache
/// (`KnowledgeBuilder.append`, `CorpusCacheTests`).
extension Session {
    func loadThroughCache(path: String, cache: CorpusCache, progress: LoadProgress,
                          summary: inout LoadSummary) -> (problems: [LoadError], duplicates: [LoadError]) {
        let (files, listing) = CorpusLoader().sourceFiles(path: path)
        var problems = listing, duplicates: [LoadError] = []
        var rebuilt: [CacheProblem] = []
        var writeFailure: String?
        let sizes = files.map { Self.fileSize($0.path) }
        let total = sizes.reduce(0, +)
        var done = 0
        for (k, file) in files.enumerated() {
            if isCancelled() { summary.cancelled = true; break }
            guard let snapshot = SourceSnapshot.read(file) else {
                problems.append(LoadError(file: file.displayPath, message: "cannot read the file"))
                continue
            }
            let report = { (fraction: Double) in
                progress.update(bytes: done + Int(Double(sizes[k]) * fraction), of: total, files: k, of: files.count)
            }
            let source: CachedSource
            switch cache.lookup(snapshot) {
            case .hit(let cached): source = cached
            case .miss(let problem):
                if let problem { rebuilt.append(problem) }
                let (built, complete) = analyse(snapshot, progress: report)
                source = built
                if complete {
                    do { try cache.store(built, for: snapshot) } catch { writeFailure = writeFailure ?? "\(error)" }
                }
                if !complete { summary.cancelled = true }
            }
            problems += source.errors
            duplicates += append(source.knowledge, summary: &summary)
            done += sizes[k]
            progress.update(bytes: done, of: total, files: k + 1, of: files.count)
            if summary.cancelled { break }
        }
        reportCache(path: path, rebuilt: rebuilt, writeFailure: writeFailure, directory: cache.directory)
        return (problems, duplicates)
    }

    /// Loads and analyses one file alone, in batches of `loadBatch` documents with `isCancelled` asked between them.
    /// Returns what was analysed and whether that is the whole file (not cancelled).
    private func analyse(_ snapshot: SourceSnapshot, progress: (Double) -> Void) -> (CachedSource, complete: Bool) {
        let result = CorpusLoader().load(snapshot.file, data: snapshot.data, isCancelled: isCancelled)
        guard let alone = KnowledgeBuilder(parallelism: builder.parallelism) else { return (CachedSource(knowledge: KnowledgeBase(), errors: result.errors), false) }
        var complete = !result.cancelled
        let documents = result.cancelled ? [] : result.documents
        for start in stride(from: 0, to: documents.count, by: Self.loadBatch) {
            if isCancelled() { complete = false; break }
            let end = min(start + Self.loadBatch, documents.count)
            alone.add(Array(documents[start..<end]))
            progress(Double(end) / Double(documents.count))
        }
        return (CachedSource(knowledge: alone.knowledgeBase, errors: result.errors), complete)
    }

    /// Adds the documents of `knowledge` to the session and appends its analysis; returns the duplicate-id problems.
    /// A document whose id is already loaded is left out, as in any load; then the others are analysed again (a file
    /// loaded twice, or overlapping loads: rare), since a cached knowledge base is appended whole.
    private func append(_ knowledge: KnowledgeBase, summary: inout LoadSummary) -> [LoadError] {
        let (added, duplicates) = documents.add(knowledge.documents.map(\.document))
        if added.count == knowledge.documents.count {
            builder.append(knowledge)
        } else {
            for start in stride(from: 0, to: added.count, by: Self.loadBatch) {
                builder.add(Array(added[start..<min(start + Self.loadBatch, added.count)]))
            }
        }
        summary.added += added.count
        return duplicates
    }

    /// One line on the error stream when entries were rebuilt or could not be written.
    private func reportCache(path: String, rebuilt: [CacheProblem], writeFailure: String?, directory: String) {
        if !rebuilt.isEmpty {
            var counts: [String: Int] = [:]
            for problem in rebuilt { counts[problem.description, default: 0] += 1 }
            let reasons = counts.sorted { $0.key < $1.key }.map { rebuilt.count == 1 ? $0.key : "\($0.value) \($0.key)" }
            let what = rebuilt.count == 1 ? "the cache of \(path)" : "the cache of \(rebuilt.count) files of \(path)"
            sink.error(TerminalText.sanitized("cache: rebuilt \(what) (\(reasons.joined(separator: ", ")))"))
        }
        if let writeFailure {
            sink.error(TerminalText.sanitized("cache: cannot write to \(directory) (\(writeFailure)); \(path) is not cached"))
        }
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
