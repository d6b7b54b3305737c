// beleg-bench: prints load throughput and answer latency for corpora given as arguments.
//
// Usage: beleg-bench [PATH ...]   (default: the built-in corpus and ../shared/data/bench-s/articles.jsonl)
// For each corpus: documents, sentences, UTF-8 bytes, the seconds and MB/s of reading, of analysis + indexing +
// fact extraction, and the mean time of ten questions. Figures go to standard output; this is the place for speed
// targets (never timed unit tests).
import Foundation
import Corpus
import Answering

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
