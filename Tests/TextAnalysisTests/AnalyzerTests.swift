import Testing
import Corpus
@testable import TextAnalysis

@Suite struct AnalyzerTests {
    @Test(arguments: [
        ("Größe", ["gross"]),
        ("Bürgermeister", ["burgermeist"]),
        ("Artillerie-Munition", ["artillerie-munition", "artilleri", "munition"]),
        ("Infanterie-Raketen", ["infanterie-raket", "infanteri", "raket"]),
        ("und", []),
        ("dementierte", ["dementi"]),
        ("bestätigt", ["bestat"]),
    ])
    func terms(word: String, expected: [String]) {
        #expect(Analyzer()!.terms(of: word) == expected)
    }

    /// C16: equivalence classes of verb forms and nouns.
    @Test(arguments: [["dementieren", "dementiert", "dementierte", "Dementi"], ["bestätigen", "bestätigt", "bestätigte", "Bestätigung"]])
    func equivalenceClasses(words: [String]) {
        let a = Analyzer()!
        #expect(Set(words.map { a.terms(of: $0) }).count == 1)
    }

    /// C18: NFD and NFC spellings give the same terms.
    /// A capitalized word is a noun: it keeps the stem of its noun ("Schnitten" as "Schnitte"), while the
    /// lower-case verb form folds onto the infinitive ("schnitten" as "schneiden").
    @Test func capitalizedWordsAreNoVerbForms() {
        let a = Analyzer()!
        #expect(a.terms(of: "Schnitten") == a.terms(of: "Schnitte"))
        #expect(a.terms(of: "schnitten") == a.terms(of: "schneiden"))
        #expect(a.terms(of: "Schnitten") != a.terms(of: "schnitten"))
    }

    @Test func nfdEqualsNfc() {
        let a = Analyzer()!
        #expect(a.terms(of: TextHygiene.normalize("Mu\u{0308}ller")) == a.terms(of: "Müller"))
    }

    @Test func tokensCarryByteRangesAndPositions() {
        let doc = AnalyzedDocument(Document(id: "t", text: "Für 66,56 Meter: „Jong-un“."))
        let surfaces = doc.tokens.indices.map { doc.surface($0) }
        #expect(surfaces == ["Für", "66,56", "Meter", ":", "„", "Jong-un", "“", "."])
        #expect(doc.tokens[1].range == 5..<10)
        #expect(doc.tokens.map(\.position) == [0, 1, 2, 3, 4, 5, 6, 7])
        #expect(doc.tokens[0].kind == .word && doc.tokens[1].kind == .number && doc.tokens[3].kind == .punctuation)
    }

    /// C21: the byte-order mark does not stick to the first token.
    @Test func firstTokenHasNoByteOrderMark() {
        let doc = AnalyzedDocument(Document(id: "t", text: "\u{FEFF}Kreml-Sprecher Dmitri Peskow dementierte den Bericht."))
        #expect(doc.surface(0) == "Kreml-Sprecher")
        #expect(doc.sentenceText(0).hasPrefix("Kreml"))
    }
}
