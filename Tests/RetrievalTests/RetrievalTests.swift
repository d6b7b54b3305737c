import Testing
import Corpus
import TextAnalysis
@testable import Retrieval

func index(_ texts: [String]) -> (Searcher, Analyzer) {
    let analyzer = Analyzer()!
    var builder = IndexBuilder(analyzer: analyzer)
    for (i, t) in texts.enumerated() { builder.add(AnalyzedDocument(Document(id: "d\(i)", text: t))) }
    return (Searcher(index: builder.index), analyzer)
}

func hits(_ s: Searcher, _ a: Analyzer, _ query: String) -> [Int] {
    s.search(a.terms(of: query).map { QueryTerm($0) }, limit: 10).map(\.ref.document)
}

@Suite struct RetrievalTests {
    @Test func bm25MatchesTheFormula() {
        let bm25 = BM25()
        // idf = ln(1 + (10 - 2 + 0.5) / (2 + 0.5)) = ln(4.4)
        #expect(abs(bm25.idf(documentFrequency: 2, count: 10) - 1.4816045409242156) < 1e-12)
        // tf part with len == avglen: tf (k1+1) / (tf + k1) = 2 * 2.2 / 3.2
        #expect(abs(bm25.tfWeight(termFrequency: 2, length: 5, averageLength: 5) - 1.375) < 1e-12)
    }

    /// The forward index gives each sentence's distinct terms with their frequencies, as the analyzer finds them.
    @Test func forwardIndexMatchesTheAnalyzer() {
        let text = "Der Minister sagte, der Minister komme. Ein zweiter Satz folgt."
        let (s, a) = index([text])
        let first = s.index.sentenceTerms(SentenceRef(document: 0, sentence: 0))
        let expected = Dictionary(a.terms(of: "Der Minister sagte, der Minister komme.").map { ($0, 1) }, uniquingKeysWith: +)
        #expect(Dictionary(uniqueKeysWithValues: first.map { ($0.term, $0.frequency) }) == expected)
        #expect(expected[a.terms(of: "Minister")[0]] == 2)
        let second = Set(s.index.sentenceTerms(SentenceRef(document: 0, sentence: 1)).map(\.term))
        #expect(second == Set(a.terms(of: "Ein zweiter Satz folgt.")))
    }

    /// C15: hyphenated compounds are found by each part and whole.
    /// The token term table gives every token of every document the term ids the analyzer gives its surface
    /// (none for punctuation and stop words; whole word and parts for a hyphenated compound).
    @Test func tokenTermTableMatchesTheAnalyzer() {
        let texts = ["Der Öl-Embargo-Streit geht weiter. Minister Berg sagte nichts.", "Zweites Dokument, kurz."]
        let (s, a) = index(texts)
        for (d, text) in texts.enumerated() {
            let doc = AnalyzedDocument(Document(id: "d\(d)", text: text))
            for t in doc.tokens.indices {
                let expected = a.terms(surface: doc.bytes[doc.tokens[t].range])
                let got = s.index.tokenTerms(document: d, token: t).map { s.index.terms[Int($0)] }
                #expect(got == (doc.tokens[t].kind == .punctuation ? [] : expected), "document \(d), token \(t)")
            }
        }
        #expect(s.index.tokenTerms(document: 0, token: 1).count == 4)  // "Öl-Embargo-Streit": the whole word and its three parts
    }

    @Test(arguments: ["Munition", "Raketen", "Artillerie-Munition"])
    func compoundPartsHit(query: String) {
        let (s, a) = index(["Nordkorea soll Artillerie-Munition und Infanterie-Raketen an Russland geliefert haben.", "Ein anderer Satz."])
        let r = s.search(a.terms(of: query).map { QueryTerm($0) }, limit: 5)
        #expect(r.map(\.ref.document) == [0])
        #expect(r[0].score > 0)
    }

    /// C16: inflected forms meet the infinitive and the noun.
    @Test(arguments: [("dementieren", [0]), ("Dementi", [0]), ("bestätigen", [1]), ("Bestätigung", [1])])
    func verbFormsMeet(query: String, expected: [Int]) {
        let (s, a) = index(["Das Ministerium dementierte den Bericht am Freitag.", "Die Regierung hat die Meldung bestätigt."])
        #expect(hits(s, a, query) == expected)
    }

    /// C22: stop words, punctuation and nothing give no hits, without error.
    @Test(arguments: ["und die der", "?", ""])
    func emptyQueriesGiveNothing(query: String) {
        let (s, a) = index(["Der Kreml wies den Bericht zurück."])
        #expect(hits(s, a, query) == [])
    }

    @Test func tiesBreakByDocumentThenSentence() {
        let (s, a) = index(["Waffen. Waffen.", "Waffen."])
        let r = s.search(a.terms(of: "Waffen").map { QueryTerm($0) }, limit: 5)
        #expect(r.map { [$0.ref.document, $0.ref.sentence] } == [[0, 0], [0, 1], [1, 0]])
    }

    @Test func postingsHoldTermFrequencyAndPositions() {
        let (s, a) = index(["Munition, Munition und Waffen."])
        let term = a.terms(of: "Munition")[0]
        let list = s.index.postingList(term)!
        #expect(list.termFrequencies == [2])
        #expect(Array(list.positions(ofPosting: 0)) == [0, 2])
    }
}
