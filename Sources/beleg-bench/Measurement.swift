import Foundation
import Corpus
import TextAnalysis
import Answering

/// A monotonic clock in nanoseconds (the benchmark's only clock; library targets are handed it).
func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Peak resident set size of this process so far, in bytes (`getrusage` `ru_maxrss`: KiB on Linux, bytes on macOS).
func peakResidentBytes() -> Int {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss) * 1024
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Int(usage.ru_maxrss)   // macOS gives bytes
    #endif
}

/// One corpus loaded, built and asked, with the raw timings.
struct CorpusRun {
    var path: String
    var bytes = 0
    var documents = 0
    var sentences = 0
    /// Distinct index terms, and term occurrences in the index.
    var terms = 0
    var termOccurrences = 0
    var facts = 0
    var loadErrors = 0
    /// Wall time of each stage, in nanoseconds: read, analysis, index, facts, and build (the whole `add`).
    var stageNanoseconds: [String: UInt64] = [:]
    /// Per question: question analysis, retrieval, answer extraction, in nanoseconds (in workload order).
    var answerTimings: [AnswerTimings] = []
    var questions: [String] = []
    var answered = 0
    var peakRSSBytes = 0
    /// The analyzed documents, kept only when sentences are exported.
    var analyzed: [AnalyzedDocument] = []
}

enum BenchError: Error, CustomStringConvertible {
    case noStemmer
    case message(String)
    var description: String {
        switch self {
        case .noStemmer: return "libstemmer has no German stemmer"
        case .message(let m): return m
        }
    }
}

/// Loads `path`, builds the knowledge base timing each phase, then asks every question timing each part.
func runCorpus(_ path: String, questions: [String], keepDocuments: Bool) throws -> CorpusRun {
    var run = CorpusRun(path: path)
    var loaded = LoadResult()
    var t = monotonicNanoseconds()
    loaded = CorpusLoader().load(path: path)
    run.stageNanoseconds["read"] = monotonicNanoseconds() - t
    run.loadErrors = loaded.errors.count
    run.bytes = loaded.documents.reduce(0) { $0 + $1.text.utf8.count }

    guard let builder = KnowledgeBuilder() else { throw BenchError.noStemmer }
    var phases: [KnowledgeBuilder.Phase: UInt64] = [:]
    t = monotonicNanoseconds()
    builder.add(loaded.documents) { phase, step in
        let start = monotonicNanoseconds()
        step()
        phases[phase, default: 0] += monotonicNanoseconds() - start
    }
    run.stageNanoseconds["build"] = monotonicNanoseconds() - t
    for phase in KnowledgeBuilder.Phase.allCases { run.stageNanoseconds[phase.rawValue] = phases[phase, default: 0] }
    loaded = LoadResult()

    let kb = builder.knowledgeBase
    run.documents = kb.documents.count
    run.sentences = kb.index.sentenceCount
    run.terms = kb.index.termCount
    run.termOccurrences = kb.index.totalLength
    run.facts = kb.facts.documents.reduce(0) { $0 + $1.entities.count + $1.times.count + $1.attributions.count + $1.denials.count + $1.claims.count }
    if keepDocuments { run.analyzed = kb.documents }

    guard let answerer = Answerer(knowledgeBase: kb) else { throw BenchError.noStemmer }
    run.answerTimings.reserveCapacity(questions.count)
    run.questions = questions
    for question in questions {
        let (answer, timings) = answerer.answer(question, clock: monotonicNanoseconds)
        if answer.text != nil { run.answered += 1 }
        run.answerTimings.append(timings)
    }
    run.peakRSSBytes = peakResidentBytes()
    return run
}
