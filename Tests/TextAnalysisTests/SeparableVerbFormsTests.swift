import Testing
@testable import TextAnalysis

/// `SeparableVerbForms`: the joined forms of a verb written apart from its particle.
@Suite struct SeparableVerbFormsTests {
    @Test(arguments: [
        ("führte", "an", ["anführte", "anführen", "anzuführen", "angeführt"]),
        ("stellten", "zusammen", ["zusammenstellten", "zusammenstellen", "zusammenzustellen", "zusammengestellt"]),
        ("legt", "fest", ["festlegt", "festlegen", "festzulegen", "festgelegt"]),
    ])
    func joinedForms(finite: String, particle: String, expected: [String]) {
        #expect(SeparableVerbForms.forms(finite: finite, particle: particle) == expected)
    }

    /// A last word that is no particle gives no forms ("Wer führte die Mannschaft?").
    @Test func noParticleNoForms() {
        #expect(SeparableVerbForms.forms(finite: "führte", particle: "mannschaft").isEmpty)
        #expect(SeparableVerbForms.isParticle("zurück"))
        #expect(!SeparableVerbForms.isParticle("haus"))
    }

    /// The analyzer reads a strong verb's joined form and its participle as one term ("abnahm", "abgenommen").
    @Test func strongVerbsMeetInTheAnalyzer() throws {
        let analyzer = try #require(Analyzer())
        #expect(analyzer.terms(of: "abnahm") == analyzer.terms(of: "abgenommen"))
    }
}
