import Testing
import Corpus
import TextAnalysis
@testable import Retrieval

/// A deterministic generator (SplitMix64), so that a failing case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct MaxScoreTests {
    /// Words with a skewed frequency (the first ones in most sentences, the last ones rare), so that MaxScore stops early.
    static let words = ["Haus", "Stadt", "Regierung", "Minister", "Bericht", "Wahl", "Partei", "Gericht", "Polizei", "Firma",
                        "Hafen", "Brücke", "Kohle", "Zucker", "Orgel", "Vulkan", "Kompass", "Lawine", "Quelle", "Zirkus"]

    static func corpus(_ rng: inout SplitMix64, documents: Int) -> [String] {
        (0..<documents).map { _ in
            (0..<Int.random(in: 1...4, using: &rng)).map { _ in
                (0..<Int.random(in: 1...9, using: &rng)).map { _ in
                    // Squaring a uniform draw favours the first words.
                    let u = Double.random(in: 0..<1, using: &rng)
                    return words[Int(u * u * Double(words.count))]
                }.joined(separator: " ") + "."
            }.joined(separator: " ")
        }
    }

    /// MaxScore returns exactly the exhaustive ranking's first hits (same sentences, same scores to the bit, same
    /// matched terms), with and without a restriction to documents, on randomized indexes, queries, weights and limits.
    @Test(arguments: 1...12)
    func maxScoreEqualsExhaustiveScoring(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        let (searcher, analyzer) = index(Self.corpus(&rng, documents: Int.random(in: 5...80, using: &rng)))
        for _ in 0..<40 {
            let query = (0..<Int.random(in: 1...8, using: &rng)).flatMap { _ in
                analyzer.terms(of: Self.words.randomElement(using: &rng)!).map {
                    QueryTerm($0, weight: [1, 1.6, 0.7, 1.12, 0].randomElement(using: &rng)!)
                }
            } + (Bool.random(using: &rng) ? [QueryTerm("unbekannt")] : [])
            let limit = Int.random(in: 1...12, using: &rng)
            #expect(searcher.search(query, limit: limit) == searcher.exhaustiveSearch(query, limit: limit), "seed \(seed)")
            let documents = Set((0..<3).map { _ in Int.random(in: 0..<searcher.index.documentStarts.count + 1, using: &rng) })
            #expect(searcher.search(query, limit: limit, restrictTo: documents)
                    == searcher.exhaustiveSearch(query, limit: limit, restrictTo: documents), "seed \(seed), documents \(documents)")
        }
    }

    @Test func nothingForNoLimitOrNoKnownTerm() {
        let (s, a) = index(["Der Hafen. Die Brücke."])
        #expect(s.search(a.terms(of: "Hafen").map { QueryTerm($0) }, limit: 0).isEmpty)
        #expect(s.search([QueryTerm("unbekannt")], limit: 5).isEmpty)
    }
}

@Suite struct TermAffixIndexTests {
    /// Every term that begins or ends with the asked term is among the candidates (which are ascending and distinct).
    @Test func candidatesHoldEveryTermWithTheAffix() {
        let terms = ["diskuswurf", "diskus", "speerwurf", "wurf", "hammerwurf", "diskussion", "weitsprung", "ßtraße", "straße",
                     "über", "überall", "gegenüber", "e\u{301}tude", "étude", "étudesaal", "wurfdiskus"]
        let affixes = TermAffixIndex(terms: terms)
        for asked in terms + ["disk", "wurf", "étu", "straß", "überal"] {
            guard let candidates = affixes.candidates(beginningOrEnding: asked) else {
                #expect(asked.count < TermAffixIndex.width)
                continue
            }
            #expect(candidates == Array(Set(candidates)).sorted())
            for (id, term) in terms.enumerated() where term.hasPrefix(asked) || term.hasSuffix(asked) {
                #expect(candidates.contains(Int32(id)), "\(term) for \(asked)")
            }
        }
    }
}
