// beleg-bench: prints load throughput and answer latency for corpora given as arguments.
//
// Usage: beleg-bench [PATH ...]   (default: the built-in corpus and ../shared/data/bench-s/articles.jsonl)
// For each corpus: documents, sentences, UTF-8 bytes, the seconds and MB/s of reading, of analysis + indexing +
// fact extraction, and the mean time of ten questions. Figures go to standard output; this is the place for speed
// targets (never timed unit tests).
//
//        beleg-bench --timex TEXT [--ref YYYY-MM-DD] [--lang de|en]
// A developer probe of the TIMEX tagger (`make timex-probe TEXT=…`): prints every temporal expression in TEXT as
// read once as a narrative and once as news, against the reference date (default 2011-02-16), one per line:
// kind, [text], type, value, mod, interval start and end.
import Foundation
import Corpus
import Answering
import Timex

/// The `--timex` probe; returns false when the arguments are not a probe.
func timexProbe(_ arguments: [String]) -> Bool {
    guard arguments.first == "--timex" else { return false }
    var text: String?, ref = ReferenceDate(year: 2011, month: 2, day: 16), lang = "de"
    var rest = arguments.dropFirst()
    func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("beleg-bench: \(message)\nusage: beleg-bench --timex TEXT [--ref YYYY-MM-DD] [--lang de|en]\n".utf8))
        exit(64)
    }
    while let arg = rest.popFirst() {
        switch arg {
        case "--ref":
            let p = (rest.popFirst() ?? "").split(separator: "-").compactMap { Int($0) }
            guard p.count == 3 else { fail("--ref needs YYYY-MM-DD") }
            ref = ReferenceDate(year: p[0], month: p[1], day: p[2])
        case "--lang":
            guard let l = rest.popFirst() else { fail("--lang needs de or en") }
            lang = l
        default:
            guard text == nil else { fail("one TEXT only (quote it)") }
            text = arg
        }
    }
    guard let text else { fail("--timex needs a TEXT") }
    for kind in [DocumentKind.narrative, .news] {
        for m in TemporalTagger(documentKind: kind).tag(text, referenceDate: ref, language: lang) {
            print("\(kind)\t[\(m.text)]\t\(m.type)\t\(m.value ?? "nil")\t\(m.mod ?? "")\t\(m.intervalStart ?? "")\t\(m.intervalEnd ?? "")")
        }
    }
    return true
}

if timexProbe(Array(CommandLine.arguments.dropFirst())) { exit(0) }

let clock = ContinuousClock()

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

let questions = [
    "Wer ist die Sprecherin?", "Wann begann die Konferenz?", "Was bestritt der Minister?", "Wer bestreitet die Vorwürfe?",
    "Wo wurde der Präsident geboren?", "Wie viele Menschen wurden verletzt?", "Wer sagte, dass die Regierung zurücktritt?",
    "Who denied the report?", "Wann starb der Sänger?", "Welche Partei gewann die Wahl?",
]

var paths = Array(CommandLine.arguments.dropFirst())
if paths.isEmpty {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    paths = [root.appendingPathComponent("corpus").path,
             root.deletingLastPathComponent().appendingPathComponent("shared/data/bench-s/articles.jsonl").path]
}

print("corpus\tdocuments\tsentences\tMB\tread s\tbuild s\tbuild MB/s\tanswer ms")
for path in paths {
    var loaded = LoadResult()
    let read = clock.measure { loaded = CorpusLoader().load(path: path) }
    guard let builder = KnowledgeBuilder() else { fatalError("libstemmer has no German stemmer") }
    let build = clock.measure { builder.add(loaded.documents) }
    let kb = builder.knowledgeBase
    guard let answerer = Answerer(knowledgeBase: kb) else { fatalError("no analyzer") }
    let ask = clock.measure { for q in questions { _ = answerer.answer(q) } }
    let bytes = loaded.documents.reduce(0) { $0 + $1.text.utf8.count }
    let mb = Double(bytes) / 1_000_000
    let sentences = kb.documents.reduce(0) { $0 + $1.sentences.count }
    let b = seconds(build)
    print(String(format: "%@\t%d\t%d\t%.2f\t%.3f\t%.3f\t%.2f\t%.1f", (path as NSString).lastPathComponent, kb.documents.count, sentences, mb,
                 seconds(read), b, b > 0 ? mb / b : 0, seconds(ask) * 1000 / Double(questions.count)))
}
