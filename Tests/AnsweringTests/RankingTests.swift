import Testing
import Corpus
import Retrieval
@testable import Answering

/// The sentence ranking of the search fallback (`Answerer.rankingScore`, `QueryEvidence.rankingCoverage`).
@Suite struct RankingTests {
    /// Related word forms: one stem begins or ends with the other, both at least five letters.
    @Test func relatedWordForms() {
        #expect(QueryEvidence.related("verteidig", in: ["verteidigungsministerium"]))
        #expect(QueryEvidence.related("zwillingsprimzahl", in: ["primzahl"]))
        #expect(QueryEvidence.related("apothekentechn", in: ["apothekentechnik", "arbeit"]))
        // Too short to say ("zahl" ends "primzahl" but four letters match too much); unrelated stems.
        #expect(!QueryEvidence.related("zahl", in: ["primzahl"]))
        #expect(!QueryEvidence.related("partei", in: ["partner", "parlament"]))
        // The same term is an exact match, not a related one.
        #expect(!QueryEvidence.related("firma", in: ["firma"]))
    }

    /// Each question word counts once at its best weight: 1 in the sentence, 0.7 as a related form there,
    /// 0.5 in the sentence before (0.8 when the sentence refers back), 0.2 two before or after.
    /// Every term here occurs in exactly one sentence, so all words weigh the same idf.
    @Test func neighbourWeights() throws {
        let a = answerer(["Ole Berger gründete 1990 die Firma Bergerbau. Später verkaufte er sie an einen Konzern."])
        let ev = a.evidence(a.parser.parse("Wer verkaufte die Firma an einen Konzern?"))
        #expect(ev.groups.map(\.word) == ["verkaufte", "Firma", "Konzern"])
        let idf = try #require(ev.groups.first?.idf)
        #expect(ev.groups.allSatisfy { $0.idf == idf })
        let first = a.sentenceTerms(SentenceRef(document: 0, sentence: 0))
        let second = a.sentenceTerms(SentenceRef(document: 0, sentence: 1))
        func share(_ sentence: Set<String>, previous: Set<String> = [], next: Set<String> = [], anaphoric: Bool = false) -> Double {
            ev.rankingCoverage(sentence: sentence, previous: previous, secondPrevious: [], next: next, anaphoric: anaphoric)
        }
        #expect(abs(share(second, previous: first) - 2.5 / 3) < 1e-9)
        #expect(abs(share(second, previous: first, anaphoric: true) - 2.8 / 3) < 1e-9)
        #expect(abs(share(first, next: second) - 1.4 / 3) < 1e-9)
        // A longer word that begins with the stem of "Firma" is a related form.
        let firma = try #require(ev.groups[1].terms.first)
        #expect(abs(share([firma + "nsitz"]) - 0.7 / 3) < 1e-9)
    }

    /// The search fallback cites the sentence that refers back to the question's topic with a pronoun
    /// and holds the rest of the question, ahead of the sentence that only names the topic.
    @Test func pronounSentenceAfterTheTopic() {
        let a = answerer([
            "Der Chemiker Abu Mansur beschrieb zahlreiche Arzneien. Er unterschied als Erster Natriumcarbonat und Kaliumcarbonat.",
            "Kaliumcarbonat wird heute in der Industrie verwendet.",
        ])
        let r = a.answer("Welche Stoffe unterschied der Chemiker Abu Mansur als Erster?")
        #expect(r.citations.first?.text == "Er unterschied als Erster Natriumcarbonat und Kaliumcarbonat.")
    }
}
