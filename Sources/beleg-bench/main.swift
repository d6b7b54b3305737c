// beleg-bench: load throughput per stage, peak memory and answer latency per phase, for the corpora given.
// Figures go to standard output; this is the place for speed figures (never timed unit tests). See README.md.
import Foundation
import ArgumentParser
import Timex

struct BelegBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beleg-bench",
        abstract: "Times loading (read, split + tokenize, index, facts) and answering (question analysis, retrieval, answer extraction).",
        discussion: """
        Default corpora: the built-in corpus and ../shared/data/bench-s/articles.jsonl. Default questions: \
        ../shared/eval/xquad-de.jsonl and ../shared/data/mlqa-de/mlqa.dev.de-de.json (ten built-in questions when those \
        are missing). MB = 10^6 bytes of UTF-8 document text; latencies in microseconds (nearest-rank percentiles); \
        peak RSS from getrusage (cumulative over the corpora of one run).
        """)

    @Argument(help: "Corpus paths (.txt/.md/.jsonl files or directories).")
    var paths: [String] = []

    @Option(name: .customLong("questions"), help: "A question file (.jsonl with \"question\", SQuAD .json, or one a line); repeatable.")
    var questionFiles: [String] = []

    @Option(help: "Ask at most this many questions (the first ones of the workload).")
    var maxQuestions: Int?

    @Option(help: "List this many of the slowest questions with their parts.")
    var slowest = 0

    @Flag(help: "One JSON document on standard output instead of the table.")
    var json = false

    @Flag(help: "Also time the on-disk cache: write each corpus file's entry, then restore the corpus as a second start would (in a temporary cache folder).")
    var cache = false

    @Option(help: "Write Beleg's sentences of the (single) corpus to this JSON Lines file (code-point offsets and texts).")
    var exportSentences: String?

    @Option(help: "Developer probe of the TIMEX tagger: print the temporal expressions in this text and stop.")
    var timex: String?

    @Option(help: "Reference date of --timex, YYYY-MM-DD.")
    var ref = "2011-02-16"

    @Option(help: "Language of --timex: de or en.")
    var lang = "de"

    func validate() throws {
        if let maxQuestions, maxQuestions < 0 { throw ValidationError("--max-questions must be 0 or more") }
        if slowest < 0 { throw ValidationError("--slowest must be 0 or more") }
        if exportSentences != nil && paths.count != 1 { throw ValidationError("--export-sentences needs exactly one corpus path") }
    }

    func run() throws {
        if let timex {
            let p = ref.split(separator: "-").compactMap { Int($0) }
            guard p.count == 3 else { throw ValidationError("--ref needs YYYY-MM-DD") }
            for line in timexProbeLines(timex, reference: ReferenceDate(year: p[0], month: p[1], day: p[2]), language: lang) { print(line) }
            return
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpora = paths.isEmpty
            ? [root.appendingPathComponent("corpus").path,
               root.deletingLastPathComponent().appendingPathComponent("shared/data/bench-s/articles.jsonl").path]
            : paths
        var questions = try loadQuestions(root: root)
        if let maxQuestions { questions = Array(questions.prefix(maxQuestions)) }
        var reports: [CorpusReport] = []
        for path in corpora {
            guard FileManager.default.fileExists(atPath: path) else { throw BenchError.message("no such corpus: \(path)") }
            let run = try runCorpus(path, questions: questions, keepDocuments: exportSentences != nil)
            if let exportSentences { try writeSentences(run.analyzed, to: exportSentences) }
            var report = CorpusReport(run, slowest: slowest)
            if cache { report.cache = try measureCache(path, textBytes: run.bytes) }
            reports.append(report)
            if !json { print(report.text + "\n") }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(BenchReport(corpora: reports)), as: UTF8.self))
        }
    }

    /// The questions of `--questions`, else of the default files, else the built-in ten.
    func loadQuestions(root: URL) throws -> [String] {
        let files = questionFiles.isEmpty ? Workload.defaultFiles(packageRoot: root) : questionFiles
        guard !files.isEmpty else { return Workload.builtin }
        return try files.flatMap { try Workload.questions(in: $0) }
    }
}

BelegBench.main()
