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

    /// A strong verb's participle is the particle before the term of its finite form ("nahm … ab" → "abgenommen").
    @Test func strongVerbsMeetInTheAnalyzer() throws {
        let analyzer = try #require(Analyzer())
        let stem = try #require(analyzer.terms(of: "nahm").first)
        #expect(analyzer.terms(of: "ab" + stem) == analyzer.terms(of: "abgenommen"))
    }

    /// A participle or zu-infinitive split into its particle and the verb's own form.
    @Test func splitParticleOfParticipleAndZuInfinitive() {
        #expect(SeparableVerbForms.splitParticle("aufgefordert")! == ("auf", "gefordert"))
        #expect(SeparableVerbForms.splitParticle("einzustellen")! == ("ein", "stellen"))
        #expect(SeparableVerbForms.splitParticle("zurückgewiesen") == nil)  // a strong participle in -en, no "ge…t"
        #expect(SeparableVerbForms.splitParticle("gefordert") == nil)
        #expect(SeparableVerbForms.splitParticle("angeln") == nil)
    }
}
