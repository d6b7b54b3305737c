import TestSupport
import Foundation
import Testing

/// CI smoke test of beleg-bench: the built-in corpus and a three-question workload, in seconds. Checks the output
/// format (keys present, numbers non-negative, percentiles ordered), never the speed.
@Suite struct BenchSmokeTests {
    /// `$BELEG_BENCH_BIN`, else beleg-bench beside the `beleg` the tests run.
    static var binary: String {
        if let env = ProcessInfo.processInfo.environment["BELEG_BENCH_BIN"], !env.isEmpty { return env }
        return URL(fileURLWithPath: belegBinary()).deletingLastPathComponent().appendingPathComponent("beleg-bench").path
    }

    /// Runs beleg-bench with `arguments`; fails the test on a non-zero exit.
    func bench(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "beleg-bench \(arguments.joined(separator: " "))")
        return String(decoding: out, as: UTF8.self)
    }

    /// One question in each workload format: a line, JSON Lines with "question", SQuAD.
    func workload() throws -> [String] {
        let dir = try temporaryDirectory()
        let files = [
            ("q.txt", "Wer ist der Sprecher?\n"),
            ("q.jsonl", #"{"id": "1", "question": "Wann fand die Pressekonferenz statt?"}"# + "\n"),
            ("q.json", #"{"data": [{"title": "t", "paragraphs": [{"context": "c", "qas": [{"id": "2", "question": "Who spoke?"}]}]}]}"#),
        ]
        return try files.flatMap { name, text in
            let url = dir.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return ["--questions", url.path]
        }
    }

    @Test func jsonReportOnBuiltInCorpus() throws {
        let corpus = SharedData.packageRoot.appendingPathComponent("corpus").path
        let out = try bench(["--json", "--slowest", "2", corpus] + workload())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let corpora = try #require(root["corpora"] as? [[String: Any]])
        let c = try #require(corpora.first)
        #expect(corpora.count == 1)
        for key in ["documents", "sentences", "terms", "term_occurrences", "facts", "bytes", "peak_rss_bytes", "questions", "answered"] {
            let n = try #require(c[key] as? Int, "\(key)")
            #expect(n >= 0, "\(key)")
        }
        #expect(c["documents"] as? Int == 1)
        #expect(c["questions"] as? Int == 3)
        #expect((c["peak_rss_bytes"] as? Int ?? 0) > 0)
        let stages = try #require(c["stages"] as? [[String: Any]])
        #expect(stages.compactMap { $0["stage"] as? String } == ["read", "analysis", "index", "facts", "build"])
        for stage in stages {
            #expect((stage["seconds"] as? Double ?? -1) >= 0)
            #expect((stage["mb_per_s"] as? Double ?? -1) >= 0)
        }
        let latency = try #require(c["latency_us"] as? [String: [String: Double]])
        #expect(Set(latency.keys) == ["question_analysis", "retrieval", "answer_extraction", "total"])
        for (part, l) in latency {
            let p50 = try #require(l["p50"]), p99 = try #require(l["p99"]), max = try #require(l["max"])
            #expect(l["mean"] != nil, "\(part)")
            #expect(0 <= p50 && p50 <= p99 && p99 <= max, "\(part)")
        }
        #expect((c["slowest"] as? [[String: Any]])?.count == 2)
        #expect(c["cache"] == nil)
        let cached = try bench(["--json", "--cache", "--max-questions", "0", corpus])
        let cacheRoot = try #require(try JSONSerialization.jsonObject(with: Data(cached.utf8)) as? [String: Any])
        let figures = try #require((cacheRoot["corpora"] as? [[String: Any]])?.first?["cache"] as? [String: Any])
        #expect((figures["entry_bytes"] as? Int ?? 0) > 0 && figures["same_counts"] as? Bool == true)
        for key in ["write_seconds", "restore_seconds", "restore_mb_per_s"] { #expect((figures[key] as? Double ?? -1) >= 0, "\(key)") }
    }

    @Test func tableAndTimexProbe() throws {
        let corpus = SharedData.packageRoot.appendingPathComponent("corpus").path
        let table = try bench([corpus, "--max-questions", "1", "--cache"] + workload())
        #expect(table.contains("sentence split + tokenize"))
        #expect(table.contains("warm restore"))
        #expect(table.contains("1 questions"))
        #expect(table.contains("peak RSS"))
        let timex = try bench(["--timex", "am 3. Mai", "--ref", "2011-02-16"])
        #expect(timex.contains("news\t[3. Mai]\tDATE\t2011-05-03"))
    }
}
