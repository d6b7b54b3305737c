import Testing
@testable import Facts

/// The lexicons read from the word-list resources keep the shapes the extractors rely on.
@Suite struct LexiconDataTests {
    @Test func verbTableBuildsCues() {
        #expect(Cues.speechVerbs["sagte"]?.contains { $0.lemma == "sagen" && $0.finite } == true)
        #expect(Cues.speechVerbs["teilte"]?.contains { $0.lemma == "mitteilen" && $0.particle == "mit" && $0.particleFinal } == true)
        #expect(Cues.speechVerbs["mitgeteilt"]?.contains { $0.lemma == "mitteilen" && !$0.finite } == true)
        #expect(Cues.speechVerbs["sprach"]?.contains { $0.particle == "von" && !$0.particleFinal } == true)
        #expect(Cues.denialVerbs["wies"]?.contains { $0.lemma == "zurückweisen" && $0.particle == "zurück" } == true)
        #expect(Cues.denialVerbs["bestritten"]?.contains { $0.lemma == "bestreiten" } == true)
        #expect(Cues.denialVerbs["denied"] != nil)
    }

    @Test func speakerFormsAreThirdPerson() {
        for form in ["sagte", "sagt", "sagten", "bestritt", "bestreitet", "wies", "said", "told"] {
            #expect(Lexicons.speechVerbs.contains(form), "\(form)")
        }
        for form in ["sage", "sagst", "bestreiten", "bestritte", "bestreite", "say"] {
            #expect(!Lexicons.speechVerbs.contains(form), "\(form)")
        }
    }

    @Test func generatedListsLoad() {
        #expect(Lexicons.commonNouns.count > 50_000)
        #expect(Lexicons.isCommonNoun("Regierung"))
        #expect(Lexicons.isCommonNoun("EU-Regierung"))
        #expect(!Lexicons.isCommonNoun("Merkel"))
        #expect(Lexicons.wordForms.contains("bestätigte"))
        #expect(Lexicons.listedSurnames.count > 5_000)
        #expect(Lexicons.calendarWords.contains("Jänner") && Lexicons.calendarWords.contains("Montags"))
    }
}
