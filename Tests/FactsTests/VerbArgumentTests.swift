import Testing
import Corpus
import TextAnalysis
@testable import Facts

/// Subject, object and passive agent of a verb in its clause (`VerbArguments`), on sentences written for these tests.
@Suite struct VerbArgumentTests {
    /// The arguments of the first token whose surface is `verb`, as text with their rule.
    func arguments(_ text: String, verb: String, _ slot: VerbArguments.Slot) -> [String] {
        let doc = analyzed(text)
        guard let v = doc.tokens.indices.first(where: { doc.surface($0) == verb }) else { return ["no verb"] }
        return VerbArguments(doc).arguments(ofVerbAt: v, slot: slot).map { "\($0.text.text) [\($0.rule)]" }
    }

    @Test(arguments: [
        ("Die Pläne wurden 1998 von Lena Hartwig entworfen.", "entworfen", "Lena Hartwig [passive-agent]"),
        ("Das Wappen, gezeichnet von Peter Sand, blieb bis 2010.", "gezeichnet", "Peter Sand [passive-agent]"),
        ("Kurz danach wurde das Auto von den Nachbarn abgeschleppt.", "abgeschleppt", "den Nachbarn [passive-agent]"),
        ("Das Museum wurde für den Stifter, Hans Kolb, von Maria Ernst gebaut.", "gebaut", "Maria Ernst [passive-agent]"),
        ("Er wird von der „Werkstatt der Künste“ organisiert.", "organisiert", "der „Werkstatt der Künste“ [passive-agent]"),
    ])
    func passiveAgent(_ text: String, _ verb: String, _ expected: String) {
        #expect(arguments(text, verb: verb, .agent).first == expected)
    }

    /// A phrase of time in the prefield is no subject; a verb-first clause after a main clause shares its subject.
    @Test(arguments: [
        ("Vergangenes Jahr hatte Staatschef Emil Rachow das Fest verboten.", "verboten", "Staatschef Emil Rachow [subject-after-verb]"),
        ("Der Jurist Karl Brenner nahm die Sache in die Hand, gründete das Komitee der Bauern und blieb dessen Präsident.", "gründete",
         "Der Jurist Karl Brenner [shared-subject]"),
        ("Da es regnete, verschob der Verein das Spiel.", "verschob", "der Verein [subject-after-verb]"),
        ("Der Schauspieler, der die Rolle des Spinners spielte, gewann 1991 den Preis.", "gewann", "Der Schauspieler [subject-before-relative]"),
    ])
    func adverbialPrefieldAndSharedSubject(_ text: String, _ verb: String, _ expected: String) {
        #expect(arguments(text, verb: verb, .agent).first == expected)
    }

    /// The object an active question asks for is the subject of a passive sentence ("Wen hat X beauftragt?" — "Die
    /// Kanzlei Y ist von X beauftragt worden").
    @Test func passiveSubjectIsTheObject() {
        let found = arguments("Die Kanzlei Brandt ist vom Verband als Gutachter beauftragt worden.", verb: "beauftragt", .object)
        #expect(found.first?.hasPrefix("Die Kanzlei Brandt") == true)
        #expect(arguments("Der Verband hat die Kanzlei Brandt beauftragt.", verb: "beauftragt", .object).first?.hasPrefix("die Kanzlei Brandt") == true)
    }

    @Test(arguments: [
        ("Bergheim unterstützte den alten Stadtrat.", "unterstützte", "Bergheim [prefield-subject]"),
        ("Im Hafen prüfen Zöllner die Container aus Asien.", "prüfen", "Zöllner [subject-after-verb]"),
        ("Nach dem Spiel feierten die Blauen Falken bis zum Morgen.", "feierten", "die Blauen Falken [subject-after-verb]"),
        ("Norwegische Skispringer gewinnen weiter die Wettbewerbe.", "gewinnen", "Norwegische Skispringer [prefield-subject]"),
        ("China und Russland blockierten die Resolution.", "blockierten", "China und Russland [prefield-subject]"),
    ])
    func activeSubject(_ text: String, _ verb: String, _ expected: String) {
        #expect(arguments(text, verb: verb, .agent).first == expected)
    }

    @Test func objectAfterTheVerbOrTheSubject() {
        #expect(arguments("Bergheim unterstützte den alten Stadtrat.", verb: "unterstützte", .object) == ["den alten Stadtrat [object-after-verb]"])
        #expect(arguments("Am Sonntag besiegte der FC Nord den SV Süd.", verb: "besiegte", .object) == ["den SV Süd [object-after-verb]"])
    }

    /// A passive clause without "von …" has no agent: its subject is the patient, never returned as the agent.
    @Test func passiveWithoutAgent() {
        #expect(arguments("Nach einem Streit ist der Stürmer Karl Pohl aus dem Kader gestrichen worden.", verb: "gestrichen", .agent).isEmpty)
    }

    /// Pronouns are not arguments.
    @Test func noPronouns() {
        #expect(arguments("In den Spielen verfehlte er keinen Pass.", verb: "verfehlte", .agent).isEmpty)
    }
}

extension VerbArgumentTests {
    @Test func verbFirstAfterSubordinateClause() {
        #expect(arguments("Da der Zug ausfiel, entschied sich Bürgermeisterin Ida Korn, zu Hause zu bleiben.", verb: "entschied", .agent)
                == ["Bürgermeisterin Ida Korn [subject-after-verb]"])
    }
}

extension VerbArgumentTests {
    /// In a verb-final relative clause, a noun phrase after the relative pronoun is the subject.
    @Test func subjectOfAVerbFinalRelativeClause() {
        #expect(arguments("Es war ein Gerücht, das Schüler auf dem Hof verbreitet hatten.", verb: "verbreitet", .agent)
                == ["Schüler [subordinate-subject]"])
    }
}
