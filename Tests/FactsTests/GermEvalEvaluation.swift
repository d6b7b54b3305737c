import TestSupport
import Foundation
import Testing
import Corpus
import TextAnalysis
@testable import Facts

/// Persons against GermEval 2014 NER (`../shared/data/germeval2014-ner`, token TSV with BIO tags). Each sentence's
/// tokens are joined with single spaces; a predicted person `name` span counts when it has exactly the bytes of an
/// outer PER span (B-PER I-PER…). Sentences that text hygiene changes are skipped.
enum GermEval {
    static func path(_ split: String) -> String { "data/germeval2014-ner/\(split).tsv" }

    struct Scores {
        var sentences = 0, tp = 0, fp = 0, fn = 0
        var precision: Double { Double(tp) / Double(max(1, tp + fp)) }
        var recall: Double { Double(tp) / Double(max(1, tp + fn)) }
        var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
        var gold: Int { tp + fn }
    }

    /// Exact-span person scores over the first `limit` sentences of `split` (dev or test).
    static func persons(split: String, sentences limit: Int = .max) throws -> Scores {
        let raw = try String(contentsOf: SharedData.url(path(split)), encoding: .utf8)
        let extractor = EntityExtractor()
        var s = Scores()
        var sentence: [(String, String)] = []
        func evaluate() {
            defer { sentence = [] }
            guard !sentence.isEmpty, s.sentences < limit else { return }
            s.sentences += 1
            var text = ""
            var spans: [Range<Int>] = []
            for (tok, _) in sentence {
                if !text.isEmpty { text += " " }
                let start = text.utf8.count
                text += tok
                spans.append(start..<text.utf8.count)
            }
            let doc = Document(id: "g", text: text)
            guard doc.text == text else { return }
            var gold: Set<Span> = []
            var i = 0
            while i < sentence.count {
                if sentence[i].1 == "B-PER" {
                    var j = i + 1
                    while j < sentence.count, sentence[j].1 == "I-PER" { j += 1 }
                    gold.insert(Span(spans[i].lowerBound, spans[j - 1].upperBound))
                    i = j
                } else { i += 1 }
            }
            let predicted = Set(extractor.extract(AnalyzedDocument(doc)).filter { $0.kind == .person }.map(\.name.span))
            s.tp += gold.intersection(predicted).count
            s.fp += predicted.subtracting(gold).count
            s.fn += gold.subtracting(predicted).count
        }
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { evaluate(); if s.sentences >= limit { break } else { continue } }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 3 else { continue }
            sentence.append((String(cols[1]), String(cols[2])))
        }
        evaluate()
        print(String(format: "GermEval 2014 %@ PER (%d sentences): P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)",
                     split, s.sentences, s.precision, s.recall, s.f1, s.tp, s.fp, s.fn))
        return s
    }
}

/// The first 500 dev sentences, in every `swift test`; the whole splits are `GermEvalEvaluation`.
@Suite(.sharedData(GermEval.path("dev")))
struct GermEvalSample {
    @Test func personsInTheFirst500DevSentences() throws {
        let s = try GermEval.persons(split: "dev", sentences: 500)
        #expect(s.sentences == 500)
        #expect(s.gold == 150)
        // Measured 2026-12-06: P 0.832 R 0.660 F1 0.736 (tp 99 fp 20 fn 51).
        #expect(s.precision >= 0.80)
        #expect(s.f1 >= 0.72)
    }
}

/// Corpus-scale: all of dev and test (`make eval`). Floors just below the measured exact F1.
@Suite(.corpusEvaluation, .sharedData(GermEval.path("dev"), GermEval.path("test")))
struct GermEvalEvaluation {
    // Measured 2026-12-06: dev P 0.839 R 0.681 F1 0.752; test P 0.807 R 0.636 F1 0.712.
    @Test(arguments: [("dev", 0.74), ("test", 0.70)])
    func personExactF1(split: String, floor: Double) throws {
        let s = try GermEval.persons(split: split)
        #expect(s.f1 >= floor, "GermEval \(split) person exact F1 \(s.f1) below \(floor)")
    }
}
