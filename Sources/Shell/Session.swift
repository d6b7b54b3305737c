import Foundation
import Corpus
import Facts
import Answering
import Rendering
import CorpusCache

/// Where the session writes: answers to `output`, problems to `error`. Tests capture both.
public struct OutputSink: Sendable {
    public var output: @Sendable (String) -> Void
    public var error: @Sendable (String) -> Void
    public init(output: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void) {
        self.output = output
        self.error = error
    }
}

/// What one load did.
public struct LoadSummary: Sendable, Equatable {
    /// Documents added to the session.
    public var added = 0
    /// Problems reported (bad files and lines, duplicate ids).
    public var problems = 0
    /// Files and lines left out (bad ones, duplicate ids).
    public var skipped = 0
    /// Sentences and facts of the added documents.
    public var sentences = 0
    public var facts = 0
    /// Whether Ctrl-C stopped the load (what was added stays).
    public var cancelled = false
}

/// What handling one input line did.
public enum LineOutcome: Equatable, Sendable {
    case ok
    /// The line failed (bad command, load error); the session goes on unless bail is on.
    case failed
    /// `.quit` / `.exit`.
    case quit
    /// A script run by this line (`.read`) stopped at a failed line because bail is on.
    case bailed
}

/// The state of one shell session: the loaded documents, the knowledge base, the output mode and the settings
/// of the dot-commands. Each input line is a question or a dot-command; `handle(_:)` runs it and writes through
/// the sink (or the file `.output` / `.once` named).
public final class Session {
    public internal(set) var documents = DocumentSet()
    public var format: OutputFormat
    /// Whether a person is at the terminal: only then does `.load` say how much it loaded.
    public var interactive = false
    /// Stop a script at its first failed line (`--bail`, `.bail on|off`).
    public var bail = false
    /// Print the time each question and load took (`.timer on|off`), on the error stream.
    public var timer = false
    /// Where the line being handled came from; prefixes error messages.
    public var location = ScriptLocation.interactive
    /// Asked between documents of a load, between lines of a script and while a question is answered:
    /// `true` cancels (Ctrl-C in an interactive session; see `InterruptWatcher`).
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Long listings (`.sources`, `.facts`, `.claims`) go through this pager (interactive sessions only).
    var pager: Pager?
    /// Answer questions on a worker thread so that `isCancelled` can abandon them (interactive sessions).
    public var answersInBackground = false

    /// Pages long listings with `$PAGER` (default `less -FRX`; `PAGER=` turns it off). For interactive sessions.
    public func usePager(environment: [String: String]) {
        pager = Pager.fromEnvironment(environment)
    }
    /// How deep `.read` scripts are nested now.
    var readDepth = 0
    /// `.output FILE`: where output goes until `.output` alone.
    var outputFile: OutputFile?
    /// `.once FILE`: where the next line's output goes.
    var onceFile: OutputFile?
    let sink: OutputSink
    let builder: KnowledgeBuilder
    private var answerer: Answerer?
    /// The on-disk cache of analysed corpus files; `nil` (the default, and `--no-cache`) analyses every load afresh.
    public var cache: CorpusCache?
    /// Where and when load progress is shown (`LoadProgress`); by default never.
    public var progressSettings = ProgressSettings()
    /// English → German dictionary (Debian trans-de-en), loaded on the first English question.
    private let lexicon = BilingualLexicon()

    /// Documents analyzed between two looks at `isCancelled` (a fraction of a second of work on a slow machine).
    static let loadBatch = 64

    /// - Returns: `nil` when libstemmer lacks the German stemmer.
    public init?(format: OutputFormat, sink: OutputSink) {
        guard let b = KnowledgeBuilder() else { return nil }
        builder = b
        self.format = format
        self.sink = sink
    }

    /// Loads a file or directory; reports each problem (naming file and line) through the error sink,
    /// at most 20 per file, then a count. Documents are analyzed in batches of `Session.loadBatch` (their facts on
    /// all cores) and `isCancelled` is asked between batches: a cancelled load keeps what it analyzed so far and says
    /// how many documents that was. With a `cache`, each file's analysis is restored from it or written to it
    /// (`loadThroughCache`); the knowledge base is the same either way.
    /// - Parameter useCache: `false` (`.load --no-cache`) neither reads nor writes the cache for this load.
    @discardableResult
    public func load(path: String, useCache: Bool = true) -> LoadSummary {
        var summary = LoadSummary()
        let progress = LoadProgress(path: path, settings: progressSettings)
        let (loadProblems, duplicates) = if let cache, useCache {
            loadThroughCache(path: path, cache: cache, progress: progress, summary: &summary)
        } else {
            loadDirectly(path: path, progress: progress, summary: &summary)
        }
        progress.finish()
        let problems = loadProblems + duplicates
        answerer = nil
        summary.problems = problems.count
        summary.skipped = problems.filter(\.skipped).count
        let kb = knowledgeBase
        summary.sentences = kb.documents.suffix(summary.added).reduce(0) { $0 + $1.sentences.count }
        summary.facts = kb.facts.documents.suffix(summary.added).reduce(0) { total, f in
            total + f.entities.count + f.attributions.count + f.denials.count + f.times.count + f.claims.count
        }
        reportLoadProblems(problems)
        if summary.cancelled {
            sink.error("load cancelled: kept \(summary.added) document\(summary.added == 1 ? "" : "s") from \(path)")
        }
        return summary
    }

    /// Reads every file of `path`, then analyzes the documents in batches (no cache).
    private func loadDirectly(path: String, progress: LoadProgress, summary: inout LoadSummary) -> (problems: [LoadError], duplicates: [LoadError]) {
        let result = CorpusLoader().load(path: path, isCancelled: isCancelled)
        summary.cancelled = result.cancelled
        var duplicates: [LoadError] = []
        let total = result.documents.reduce(0) { $0 + $1.text.utf8.count }
        var done = 0
        for start in stride(from: 0, to: result.documents.count, by: Self.loadBatch) {
            if isCancelled() { summary.cancelled = true; break }
            let batch = result.documents[start..<min(start + Self.loadBatch, result.documents.count)]
            let (added, problems) = documents.add(Array(batch))
            builder.add(added)
            summary.added += added.count
            duplicates += problems
            done += batch.reduce(0) { $0 + $1.text.utf8.count }
            progress.update(bytes: done, of: total, documents: start + batch.count, of: result.documents.count)
        }
        return (result.errors, duplicates)
    }

    /// At most 20 messages per file, then a count.
    private func reportLoadProblems(_ problems: [LoadError]) {
        var perFile: [String: Int] = [:]
        for p in problems {
            perFile[p.file, default: 0] += 1
            if perFile[p.file]! <= 20 { report(.load(p)) }
        }
        for (file, n) in perFile.sorted(by: { $0.key < $1.key }) where n > 20 {
            report(.moreLoadProblems(file: file, count: n - 20))
        }
    }

    public var knowledgeBase: KnowledgeBase { builder.knowledgeBase }

    func currentAnswerer() -> Answerer? {
        if answerer == nil { answerer = Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon) }
        return answerer
    }

    /// Answers one question (no dot-command handling).
    public func ask(_ question: String) -> Answer? {
        currentAnswerer()?.answer(question)
    }

    /// Handles one input line: blank lines and `#` comments are skipped; `.command`s run; anything else is a question.
    public func handle(_ rawLine: String) -> LineOutcome {
        let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.isEmpty || line.hasPrefix("#") { return .ok }
        // `.once FILE` catches the output of the next line only.
        let once = onceFile != nil && !Self.commandName(line).hasPrefix(".once")
        defer { if once { onceFile = nil } }
        if line.hasPrefix(".") { return command(line) }
        let started = ContinuousClock.now
        switch askInterruptibly(line) {
        case .unavailable: return fail(.analyzerUnavailable)
        case .cancelled:
            sink.error("question cancelled")
            return .failed
        case .answer(let answer):
            emit(Renderer(format: format).render(answer))
            reportTime(since: started)
            return .ok
        }
    }

    enum AskResult { case answer(Answer), cancelled, unavailable }

    /// Answers `question`; with `answersInBackground`, on a worker thread while this one watches `isCancelled`.
    /// A cancelled question's answerer is dropped (its thread finishes alone and its result is discarded);
    /// the next question gets a fresh answerer over the same knowledge base.
    func askInterruptibly(_ question: String) -> AskResult {
        guard let answerer = currentAnswerer() else { return .unavailable }
        guard answersInBackground else { return .answer(answerer.answer(question)) }
        let job = AnswerJob(answerer: answerer, question: question)
        let thread = Thread { job.run() }
        thread.stackSize = 16 << 20
        thread.start()
        while job.done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if isCancelled() {
                self.answerer = nil
                return .cancelled
            }
        }
        return job.answer.map(AskResult.answer) ?? .unavailable
    }

    /// Writes text output: in text mode with the corpus's control characters made visible (`TerminalText`).
    func emit(_ text: String) {
        write(format == .text ? TerminalText.sanitized(text) : text)
    }

    /// Writes a long listing: through the pager when there is one (interactive sessions) and output is not
    /// redirected with `.output` / `.once`; otherwise like `emit`.
    func emitListing(_ text: String) {
        guard let pager, onceFile == nil, outputFile == nil else { return emit(text) }
        if !pager.show(format == .text ? TerminalText.sanitized(text) : text) { emit(text) }
    }

    /// Writes one JSON line as it is (JSON encoders escape control characters themselves).
    func emitJSON(_ line: String) {
        write(line)
    }

    /// One line to the `.once` file, else the `.output` file, else the sink. A failed file write is reported
    /// and output goes back to the sink.
    private func write(_ text: String) {
        guard let file = onceFile ?? outputFile else { return sink.output(text) }
        if let failure = file.writer.write(text + "\n") {
            onceFile = nil
            outputFile = nil
            report(.cannotWrite(path: file.path, reason: failure.description))
            sink.output(text)
        }
    }

    /// The one place a `ShellError` becomes text: location prefix and message, control characters made visible.
    func report(_ error: ShellError) {
        sink.error(TerminalText.sanitized(location.prefix + error.message))
    }

    /// Reports `error` and returns `.failed`.
    func fail(_ error: ShellError) -> LineOutcome {
        report(error)
        return .failed
    }

    /// With `.timer on`: `time: 0.123 s` on the error stream.
    func reportTime(since start: ContinuousClock.Instant) {
        guard timer else { return }
        sink.error("time: \(String(format: "%.3f", Self.seconds(ContinuousClock.now - start))) s")
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// One JSON object with sorted keys (nil values as null).
    static func jsonLine(_ object: [String: Any?]) -> String {
        let cleaned = object.mapValues { $0 ?? NSNull() }
        guard let data = try? JSONSerialization.data(withJSONObject: cleaned, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// One question handed to a worker thread. The answerer (not thread-safe) is used only by that thread from
/// `run()` until `done` is signalled; the session touches it again only after `done` (the semaphore orders
/// the accesses) or never (a cancelled question), which is why this box may cross threads unchecked.
final class AnswerJob: @unchecked Sendable {
    private let answerer: Answerer
    private let question: String
    /// Set by `run()` before `done` is signalled.
    private(set) var answer: Answer?
    let done = DispatchSemaphore(value: 0)

    init(answerer: Answerer, question: String) {
        self.answerer = answerer
        self.question = question
    }

    func run() {
        answer = answerer.answer(question)
        done.signal()
    }
}
