import Foundation
import Testing
@testable import Timex

/// Tags the Wikinews-de training articles (`../shared/data/wikinews-de/train/articles.jsonl`)
/// and prints the wall time. Meaningful in release builds:
/// `swift test -c release -Xswiftc -enable-testing --filter ThroughputTests`.
@Suite struct ThroughputTests {
    @Test func wikinewsArticles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [root.appendingPathComponent("../shared/data/wikinews-de/train/articles.jsonl"),
                          URL(fileURLWithPath: "/work/shared/data/wikinews-de/train/articles.jsonl")]
        guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { return }
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        var docs: [(String, ReferenceDate?)] = []
        for line in lines {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = obj["text"] as? String else { continue }
            var ref: ReferenceDate?
            if let d = obj["date"] as? String {
                let p = d.prefix(10).split(separator: "-").compactMap { Int($0) }
                if p.count == 3 { ref = ReferenceDate(year: p[0], month: p[1], day: p[2]) }
            }
            docs.append((((obj["title"] as? String).map { $0 + "\n\n" } ?? "") + text, ref))
        }
        let tagger = TemporalTagger()
        let clock = ContinuousClock()
        var total = 0
        var bytes = 0
        let elapsed = clock.measure {
            for (text, ref) in docs {
                total += tagger.tag(text, referenceDate: ref).count
                bytes += text.utf8.count
            }
        }
        print("Throughput: \(docs.count) articles, \(bytes) bytes, \(total) timexes in \(elapsed)")
        #expect(total > docs.count)
    }
}
