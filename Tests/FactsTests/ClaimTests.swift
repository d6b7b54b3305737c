import Foundation
import Testing
import Corpus
import TextAnalysis
@testable import Facts

/// The facts of a text, extracted by the whole pipeline (entities, attributions, denials, claims).
private func facts(_ text: String) -> DocumentFacts {
    FactPipeline().extract(analyzed(text))
}

/// The seed article of the shared corpus.
private func seedArticle() throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try String(contentsOf: root.appendingPathComponent("corpus/000_8620b59045d05632.txt"), encoding: .utf8)
}

@Suite struct ClaimTests {
    @Test func debugDump() throws {
        let one = "Seit dem russischen Überfall auf die Ukraine haben die Vereinigten Staaten Nordkorea mehrmals beschuldigt, der russischen Föderation Waffen zu liefern, was von Moskau und Pjöngjang jedoch bestritten wird."
        let doc = analyzed(one)
        let np = NounPhraseChunker(doc)
        for t in 0..<np.count where np.lower[t] == "beschuldigt" {
            let c = np.clause(of: t, cues: Cues.claimVerbs[np.lower[t]]!)
            print("CLAUSE", c.map { "\($0.cue) anchor=\($0.anchor) subj=\($0.subjects.map { np.textSpan($0.tokens).text }) neg=\(String(describing: $0.negation)) passive=\($0.passive) end=\($0.end)" } ?? "nil")
        }
        for text in [one, try seedArticle(), "Die Opposition wirft dem Minister Korruption vor. Der Minister wies die Vorwürfe zurück.",
                     "Der Sänger soll Steuern hinterzogen haben.", "Die Opposition wirft dem Minister Korruption vor. Er bestritt nicht, dass er Geld erhalten hatte."] {
            let f = facts(text)
            for (i, d) in f.denials.enumerated() { print("D\(i) s\(d.sentence) \(d.resolvedDeniers) cue=\(d.cue.text) content=\(d.content?.text ?? "-") nc=\(d.notConfirmed) \(d.rule)") }
            for c in f.claims {
                print("C s\(c.sentence) \(c.claimants.map(\.text)) \(c.resolvedClaimants) target=\(c.target?.text ?? "-") cue=\(c.cue.text) content=\(c.content?.text ?? "-") \(c.status) denial=\(c.denial.map(String.init) ?? "-") \(c.rule)")
            }
            print("---")
        }
    }
}
