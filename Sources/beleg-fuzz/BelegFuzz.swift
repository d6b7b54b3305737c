import Foundation
import CFuzzDriver
import Corpus
import TextAnalysis
import Facts
import Answering

/// The stages the fuzzer feeds, one at a time (`BELEG_FUZZ_STAGE`) or chosen by an input's first byte (`all`).
enum FuzzStage: String, CaseIterable {
    case jsonl, frontmatter, hygiene, split, annotate, question

    /// Runs one input through the stage; a crash, trap or sanitizer report is the finding.
    func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .jsonl:
            let result = CorpusLoader().load(jsonl: Data(bytes), file: "fuzz.jsonl", idBase: "fuzz")
            for d in result.documents { precondition(!d.id.isEmpty, "a document without an id") }
        case .frontmatter:
            if case .success(let (_, body)) = FrontMatter.parse(TextHygiene.normalizeLineEnds(text)) {
                _ = MarkdownText.plain(body)
            }
        case .hygiene:
            let once = TextHygiene.normalize(text)
            precondition(TextHygiene.normalize(once) == once, "text hygiene is not idempotent")
        case .split:
            let document = Document(id: "fuzz", text: text)
            let analyzed = AnalyzedDocument(document)
            var end = 0
            for sentence in analyzed.sentences {
                precondition(sentence.range.lowerBound >= end && sentence.range.upperBound <= analyzed.bytes.count, "sentence range")
                end = sentence.range.upperBound
            }
        case .annotate:
            _ = FactPipeline().extract(AnalyzedDocument(Document(id: "fuzz", text: text)))
        case .question:
            _ = QuestionParser().parse(text)
        }
    }

    /// The stage for one input: `BELEG_FUZZ_STAGE`, or with `all` (the default) the input's first byte.
    static func choose(_ bytes: inout [UInt8]) -> FuzzStage {
        if let name = ProcessInfo.processInfo.environment["BELEG_FUZZ_STAGE"], let stage = FuzzStage(rawValue: name) { return stage }
        guard let first = bytes.first else { return .question }
        bytes.removeFirst()
        return allCases[Int(first) % allCases.count]
    }
}

/// libFuzzer's callback: one input through one stage.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzStage.choose(&bytes).run(bytes)
    return 0
}

/// libFuzzer's entry point by name, for when its own `main` is the one linked (SwiftPM renames the executable's
/// `main`); then `BelegFuzz.main` below never runs.
@_cdecl("LLVMFuzzerTestOneInput")
public func llvmFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(data, size)
}

/// `beleg-fuzz [libFuzzer options] [CORPUS_DIR | FILE]...`: built with `-sanitize=fuzzer,address`
/// (`make fuzz`) it runs libFuzzer; an ordinary build replays the inputs in the files and folders given.
@main
struct BelegFuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        if beleg_fuzz_has_libfuzzer() == 1 {
            exit(beleg_fuzz_run_driver(&argc, &argv) { data, size in fuzzOne(data, size) })
        }
        var count = 0
        for path in CommandLine.arguments.dropFirst() where !path.hasPrefix("-") {
            for file in inputs(path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                data.withUnsafeBytes { raw in _ = fuzzOne(raw.bindMemory(to: UInt8.self).baseAddress, data.count) }
                count += 1
            }
        }
        print("beleg-fuzz: built without libFuzzer; replayed \(count) input\(count == 1 ? "" : "s")")
    }

    /// A file, or the files in a folder (sorted).
    static func inputs(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }
    }
}
