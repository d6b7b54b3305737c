import Foundation
import Answering

/// Latency figures of one part of answering, in microseconds.
struct LatencySummary: Codable, Equatable {
    var p50: Double
    var p99: Double
    var max: Double
    var mean: Double

    /// Nearest-rank percentiles of `nanoseconds` (all zero when empty), converted to microseconds.
    init(nanoseconds: [UInt64]) {
        let sorted = nanoseconds.sorted()
        func rank(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let k = Swift.max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1)
            return Double(sorted[Swift.min(k, sorted.count - 1)]) / 1000
        }
        p50 = rank(0.50)
        p99 = rank(0.99)
        max = Double(sorted.last ?? 0) / 1000
        mean = sorted.isEmpty ? 0 : Double(sorted.reduce(0, +)) / Double(sorted.count) / 1000
    }
}

/// One stage of the build: wall time in seconds and throughput in MB/s (MB = 10^6 bytes of UTF-8 document text).
struct StageFigure: Codable, Equatable {
    var stage: String
    var description: String
    var seconds: Double
    var mbPerSecond: Double

    enum CodingKeys: String, CodingKey {
        case stage, description, seconds
        case mbPerSecond = "mb_per_s"
    }
}

/// One of the slowest questions, its parts in microseconds.
struct SlowQuestion: Codable, Equatable {
    var question: String
    var questionAnalysis: Double
    var retrieval: Double
    var answerExtraction: Double
    var total: Double

    enum CodingKeys: String, CodingKey {
        case question, retrieval, total
        case questionAnalysis = "question_analysis", answerExtraction = "answer_extraction"
    }

    /// The `count` slowest questions of `run`, slowest first (ties in workload order).
    static func slowest(_ run: CorpusRun, count: Int) -> [SlowQuestion] {
        let totals = run.answerTimings.map { $0.questionAnalysis + $0.retrieval + $0.answerExtraction }
        let order = totals.indices.sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }
        return order.prefix(count).map { i in
            let t = run.answerTimings[i]
            return SlowQuestion(question: run.questions[i], questionAnalysis: Double(t.questionAnalysis) / 1000,
                                retrieval: Double(t.retrieval) / 1000, answerExtraction: Double(t.answerExtraction) / 1000,
                                total: Double(totals[i]) / 1000)
        }
    }
}

/// What `--json` prints for one corpus.
struct CorpusReport: Codable {
    var corpus: String
    var path: String
    var bytes: Int
    var mb: Double
    var documents: Int
    var sentences: Int
    var terms: Int
    var termOccurrences: Int
    var facts: Int
    var loadErrors: Int
    var stages: [StageFigure]
    var questions: Int
    var answered: Int
    /// Microseconds per question: question analysis, retrieval, answer extraction and their sum.
    var latencyMicroseconds: [String: LatencySummary]
    var peakRSSBytes: Int
    var peakRSSMB: Double
    /// The slowest questions (`--slowest`), slowest first.
    var slowest: [SlowQuestion]
    /// The on-disk cache's figures (`--cache`).
    var cache: CacheFigures?

    enum CodingKeys: String, CodingKey {
        case corpus, path, bytes, mb, documents, sentences, terms, facts, stages, questions, answered, slowest, cache
        case termOccurrences = "term_occurrences", loadErrors = "load_errors"
        case latencyMicroseconds = "latency_us", peakRSSBytes = "peak_rss_bytes", peakRSSMB = "peak_rss_mb"
    }

    /// The stages in the order they run, with what each covers.
    static let stageOrder: [(key: String, description: String)] = [
        ("read", "read + normalize (CorpusLoader)"),
        ("analysis", "sentence split + tokenize"),
        ("index", "term analysis + index postings"),
        ("facts", "fact extraction (token table + extractors)"),
        ("build", "analysis + index + facts (whole build)"),
    ]
    static let latencyParts = ["question_analysis", "retrieval", "answer_extraction", "total"]

    init(_ run: CorpusRun, slowest slowCount: Int = 0) {
        corpus = (run.path as NSString).lastPathComponent
        path = run.path
        bytes = run.bytes
        mb = Double(run.bytes) / 1_000_000
        documents = run.documents
        sentences = run.sentences
        terms = run.terms
        termOccurrences = run.termOccurrences
        facts = run.facts
        loadErrors = run.loadErrors
        let mb = mb
        stages = Self.stageOrder.map { key, description in
            let seconds = Double(run.stageNanoseconds[key] ?? 0) / 1e9
            return StageFigure(stage: key, description: description, seconds: seconds, mbPerSecond: seconds > 0 ? mb / seconds : 0)
        }
        questions = run.answerTimings.count
        answered = run.answered
        let t = run.answerTimings
        latencyMicroseconds = [
            "question_analysis": LatencySummary(nanoseconds: t.map(\.questionAnalysis)),
            "retrieval": LatencySummary(nanoseconds: t.map(\.retrieval)),
            "answer_extraction": LatencySummary(nanoseconds: t.map(\.answerExtraction)),
            "total": LatencySummary(nanoseconds: t.map { $0.questionAnalysis + $0.retrieval + $0.answerExtraction }),
        ]
        peakRSSBytes = run.peakRSSBytes
        peakRSSMB = Double(run.peakRSSBytes) / 1_000_000
        slowest = SlowQuestion.slowest(run, count: slowCount)
    }

    /// The human table: counts, stages, latency parts.
    var text: String {
        var lines = [String(format: "%@: %d documents, %d sentences, %d terms (%d occurrences), %d facts, %.2f MB of text (%d bytes)%@",
                            corpus, documents, sentences, terms, termOccurrences, facts, mb, bytes,
                            loadErrors > 0 ? ", \(loadErrors) load errors" : "")]
        lines.append(pad("stage", 46) + pad("s", 10, right: true) + pad("MB/s", 10, right: true))
        for s in stages {
            lines.append(pad(s.description, 46) + pad(String(format: "%.3f", s.seconds), 10, right: true)
                         + pad(String(format: "%.2f", s.mbPerSecond), 10, right: true))
        }
        lines.append("\(questions) questions, \(answered) answered; latency in microseconds:")
        lines.append(pad("part", 20) + ["p50", "p99", "max", "mean"].map { pad($0, 11, right: true) }.joined())
        for part in Self.latencyParts {
            guard let l = latencyMicroseconds[part] else { continue }
            lines.append(pad(part.replacingOccurrences(of: "_", with: " "), 20)
                         + [l.p50, l.p99, l.max, l.mean].map { pad(String(format: "%.1f", $0), 11, right: true) }.joined())
        }
        lines.append(String(format: "peak RSS %.1f MB (%.1f× the text)", peakRSSMB, mb > 0 ? peakRSSMB / mb : 0))
        if let cache { lines.append(cache.text) }
        if !slowest.isEmpty { lines.append("slowest questions, µs (analysis + retrieval + extraction = total):") }
        for q in slowest {
            lines.append(String(format: "  %.0f + %.0f + %.0f = %.0f  ", q.questionAnalysis, q.retrieval, q.answerExtraction, q.total) + q.question)
        }
        return lines.joined(separator: "\n")
    }
}

/// `text` padded with spaces to `width` characters, on the left when `right` (right-aligned).
func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
}

/// The whole `--json` document.
struct BenchReport: Codable {
    var corpora: [CorpusReport]
    var units: [String: String] = [
        "seconds": "wall time", "mb_per_s": "MB (10^6 bytes of UTF-8 document text) per second",
        "latency_us": "microseconds per question (nearest-rank percentiles)", "peak_rss_bytes": "getrusage ru_maxrss of the process, cumulative",
    ]
}
