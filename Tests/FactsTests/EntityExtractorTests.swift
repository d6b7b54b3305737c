import Foundation
import Testing
import Corpus
import TextAnalysis
@testable import Facts

private func mentions(_ text: String) -> [EntityMention] {
    EntityExtractor().extract(AnalyzedDocument(Document(id: "t", text: text)))
}

private func persons(_ text: String) -> [EntityMention] {
    mentions(text).filter { $0.kind == .person }
}

private func person(_ ms: [EntityMention], _ name: String) -> EntityMention? {
    ms.first { $0.kind == .person && $0.name.text == name }
}

@Suite struct EntityExtractorTests {
    @Test func c12HyphenatedNamesAndLinking() {
        let ms = persons("Machthaber Kim Jong-un besichtigte am Dienstag eine Raketenfabrik. Dabei lobte Jong-un die Ingenieure. Ministerin Anna-Lena Brandt kritisierte den Besuch.")
        #expect(ms.map(\.name.text) == ["Kim Jong-un", "Jong-un", "Anna-Lena Brandt"])
        #expect(ms.map(\.canonicalName) == ["Kim Jong-un", "Kim Jong-un", "Anna-Lena Brandt"])
        #expect(person(ms, "Kim Jong-un")?.role?.text == "Machthaber")
        #expect(person(ms, "Anna-Lena Brandt")?.role?.text == "Ministerin")
        for bad in ["Jong", "un", "Anna", "Lena"] { #expect(person(ms, bad) == nil) }
    }

    /// Roles in parentheses after the name, after a comma with a genitive owner, compound coach titles, and no speech
    /// verb in a premodifier role.
    @Test func parenthesisGenitiveAndCoachRoles() {
        let ms = persons("Zu Gast sind Eva Roth (Medientheoretikerin, Publizistin) und Otto Lind (Leiter des Quellheimer Museums). "
                         + "Am Anfang stand ein Fehler, kommentiert dies Karl Brenner, Bergs Anwalt. "
                         + "Danach erklärte Vereins-Chefcoach Paul Stein etwas. Präfektin Anna Kern schwieg.")
        #expect(person(ms, "Eva Roth")?.role?.text == "Medientheoretikerin, Publizistin")
        #expect(person(ms, "Otto Lind")?.role?.text == "Leiter des Quellheimer Museums")
        #expect(person(ms, "Karl Brenner")?.role?.text == "Bergs Anwalt")
        #expect(person(ms, "Paul Stein")?.role?.text == "Vereins-Chefcoach")
        #expect(person(ms, "Anna Kern")?.role?.text == "Präfektin")
    }

    /// "ein Sprecher von Innenminister X": X is the minister; the spokesman is someone else.
    @Test func roleOfTheServedPerson() {
        let ms = persons("Am Montag betonte ein Sprecher von Quellheims Innenminister Karl Brenner, es gebe keine Pläne.")
        #expect(person(ms, "Karl Brenner")?.role?.text == "Quellheims Innenminister")
    }

    /// A listed surname that is also a function word ("Kurz", "Lang") after a given name belongs to the name.
    @Test func surnameThatIsAFunctionWord() {
        let ms = persons("Ministerin Eva Kurz reiste am Montag ab. Auch Peter Lang kam kurz vorbei.")
        #expect(ms.map(\.canonicalName) == ["Eva Kurz", "Peter Lang"])
    }

    /// An institution after "vom"/"von der" is the person's affiliation when no role noun is stated.
    @Test func affiliationAsRole() {
        let ms = persons("Der Hinweis kam von einem Zuschauer, so Otto Lind vom Landeskriminalamt Sachsen. "
                         + "Eva Roth von der Universität Quellheim widersprach. Anna Berg von der Nordpartei schwieg. Karl Brenner vom Zollamt St. Ulrich nickte.")
        #expect(person(ms, "Otto Lind")?.role?.text == "vom Landeskriminalamt Sachsen")
        #expect(person(ms, "Eva Roth")?.role?.text == "von der Universität Quellheim")
        #expect(person(ms, "Anna Berg")?.role == nil)
        #expect(person(ms, "Karl Brenner")?.role?.text == "vom Zollamt St. Ulrich")
    }

    /// Austrian standard German writes -schafter for -schaftler: both are role heads.
    @Test func austrianRoleForms() {
        let ms = persons("Das sei kein Zufall, sagt Politikwissenschafter Otto Lind. Die Sozialwissenschafterin Eva Roth widersprach.")
        #expect(person(ms, "Otto Lind")?.role?.text == "Politikwissenschafter")
        #expect(person(ms, "Eva Roth")?.role?.text == "Sozialwissenschafterin")
    }

    /// An apposition after the verb's separable particle, and one that opens with a possessive.
    @Test func appositionAfterParticleAndPossessive() {
        let ms = persons("Am Morgen fuhr Otto Lind vor, der neue Finanzminister des Landes, um den Haushalt vorzustellen. "
                         + "Und Eva Roth, ihrer Chefunterhändlerin bei den Tarifgesprächen, ist an einer Einigung gelegen.")
        #expect(person(ms, "Otto Lind")?.role?.text == "neue Finanzminister des Landes")
        #expect(person(ms, "Eva Roth")?.role?.text == "Chefunterhändlerin bei den Tarifgesprächen")
    }

    /// A role phrase may open with a genitive before its adjectives ("Müllers wissenschaftlicher Mitarbeiter").
    @Test func genitiveBeforeAdjectivesOpensTheRole() {
        let ms = persons("Müllers wissenschaftlicher Mitarbeiter Otto Stein widersprach. Putins langjähriger Sprecher Dmitri Peskow schwieg.")
        #expect(person(ms, "Otto Stein")?.role?.text == "Müllers wissenschaftlicher Mitarbeiter")
        #expect(person(ms, "Dmitri Peskow")?.role?.text == "Putins langjähriger Sprecher")
    }

    /// A relative clause that ends in a copula states the person's role, also after the clause-final verb.
    @Test func roleInARelativeClause() {
        let ms = persons("Der Rekord gehörte Karl Berg, der seit 2010 Bürgermeister der Stadt Nordheim ist. "
                         + "Zuvor wurde der Titel von Tom Eder gehalten, der heute Trainer und General Manager ist.")
        #expect(person(ms, "Karl Berg")?.role?.text == "Bürgermeister der Stadt Nordheim")
        #expect(person(ms, "Tom Eder")?.role?.text == "General Manager")
        #expect(person(ms, "Tom Eder")?.roleRule == "relative-copula")
    }

    /// A party affiliation before the name is stated as the person's role.
    @Test func partyAffiliationIsARole() {
        let ms = persons("In der Stichwahl trat der Sozialdemokrat Radu Ionescu gegen den Republikaner Tom Harlan an.")
        #expect(person(ms, "Radu Ionescu")?.role?.text == "Sozialdemokrat")
        #expect(person(ms, "Tom Harlan")?.role?.text == "Republikaner")
        #expect(person(persons("Das Aufsichtsratsmitglied Erik Sand stimmte dagegen."), "Erik Sand")?.role?.text == "Aufsichtsratsmitglied")
    }

    @Test func c18DecomposedUmlautIsStoredNFC() {
        let raw = "Bu\u{0308}rgermeister Mu\u{0308}ller wies die Vorwu\u{0308}rfe zuru\u{0308}ck."
        let ms = persons(raw)
        #expect(ms.count == 1)
        #expect(ms.first?.name.text == "Müller")
        #expect(ms.first?.name.text.unicodeScalars.count == 6)
        #expect(ms.first?.role?.text == "Bürgermeister")
    }

    @Test func c21ByteOrderMarkIsGone() {
        let ms = persons("\u{FEFF}Kreml-Sprecher Dmitri Peskow dementierte den Bericht.")
        #expect(ms.map(\.name.text) == ["Dmitri Peskow"])
        #expect(ms.first?.role?.text == "Kreml-Sprecher")
        #expect(!(ms.first?.role?.text.contains("\u{FEFF}") ?? true))
        #expect(!(ms.first?.name.text.contains("\u{FEFF}") ?? true))
    }

    @Test func c07AppositionAfterName() {
        let ms = persons("Jonas Berg, ein Sprecher der Stadtwerke, sagte: „Die Leitung ist repariert.“")
        #expect(ms.map(\.name.text) == ["Jonas Berg"])
        #expect(ms.first?.role?.text == "Sprecher der Stadtwerke")
        #expect(ms.first?.roleRule == "apposition")
    }

    /// Coordinated roles in an apposition without an article: two bare role nouns run together; after a role with its
    /// complement, "und" ends the role (what follows is another relation).
    @Test func coordinatedAppositionRoles() {
        let a = persons("Hanna Graf, Anwältin und Präsidentin des Mieterbunds Quellheim, will das ändern.")
        #expect(person(a, "Hanna Graf")?.role?.text == "Anwältin und Präsidentin des Mieterbunds Quellheim")
        let b = persons("Auf der Bühne stand Jan Brook, Parteichef in Quellheim und seit der Wahl auch Vizebürgermeister, neben ihr.")
        #expect(person(b, "Jan Brook")?.role?.text == "Parteichef in Quellheim")
        // Coordinated roles before the name; the Austrian "Obmann" is a role head.
        let d = persons("Landesparteiobmann und Klubobmann Jan Sander bestätigte die Pläne.")
        #expect(person(d, "Jan Sander")?.role?.text == "Landesparteiobmann und Klubobmann")
        let c = persons("Es sprach Ole Berg, der frühere Bürgermeister Quellheims und Bruder des Ministers.")
        #expect(person(c, "Ole Berg")?.role?.text.contains("Bruder") != true)
    }

    /// A last name part that is also an ordinary word ("Lim Sun Fein"), right before a role apposition, stays in the name.
    @Test func appositionAfterNameEndingInAnOrdinaryWord() {
        let ms = persons("Lim Sun Fein, die Sprecherin des Hafenamts, bestätigte am Montag die Sperrung.")
        #expect(ms.map(\.name.text) == ["Lim Sun Fein"])
        #expect(ms.first?.role?.text == "Sprecherin des Hafenamts")
    }

    /// A surname that is also a common noun, right after a role and before the verb; not after an oblique article
    /// ("dem Obersten Gericht").
    @Test func surnameThatIsACommonNounAfterARole() {
        #expect(persons("Verbandspräsident Zwanziger äußerte sich zufrieden.").map(\.name.text) == ["Zwanziger"])
        #expect(persons("Der Fall liegt nun bei dem Obersten Gericht des Landes.").isEmpty)
    }

    /// A particle joined to its name part by a hyphen stays inside the name ("Karim al-Nadi Haddad").
    @Test func hyphenParticleInsideAName() {
        #expect(persons("Muhammad al-Nadi Haddad, ein Mitglied des Rates, sagte am Freitag: Die Lage ist ernst.").map(\.name.text) == ["Muhammad al-Nadi Haddad"])
    }

    @Test func seedArticle() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus/000_8620b59045d05632.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let ms = persons(text)
        func role(_ name: String) -> String? { ms.first { $0.canonicalName == name && $0.role != nil }?.role?.text }
        #expect(role("John Kirby")?.contains("Sprecher für nationale Sicherheit") == true)
        #expect(role("John Kirby") == "Sprecher für nationale Sicherheit des Weißen Hauses")
        #expect(role("Sergej Schoigu")?.contains("Verteidigungsminister") == true)
        #expect(role("Dmitri Peskow") == "Sprecher des Kreml")
        #expect(role("Kim Jong-un")?.contains("Machthaber") == true)
        #expect(role("Joe Biden") == "Nachfolger")
        #expect(role("Wladimir Putin")?.contains("Präsident") == true)
        #expect(role("Donald Trump")?.contains("US-Präsident") == true)
        let kirbys = ms.filter { $0.name.text == "Kirby" }
        #expect(kirbys.count >= 4)
        #expect(kirbys.allSatisfy { $0.canonicalName == "John Kirby" })
        let putins = ms.filter { $0.name.text == "Putin" }
        #expect(!putins.isEmpty)
        #expect(putins.allSatisfy { $0.canonicalName == "Wladimir Putin" })
        #expect(ms.filter { $0.name.text == "Peskow" }.allSatisfy { $0.canonicalName == "Dmitri Peskow" })
        #expect(ms.filter { $0.name.text == "Kim" }.allSatisfy { $0.canonicalName == "Kim Jong-un" })
        // No persons from places, organisations or common nouns.
        let names = Set(ms.map(\.canonicalName))
        #expect(names.isSubset(of: ["John Kirby", "Sergej Schoigu", "Wladimir Putin", "Kim Jong-un", "Dmitri Peskow",
                                    "Donald Trump", "Joe Biden"]), "\(names)")
        // Mentions come in text order.
        let all = EntityExtractor().extract(AnalyzedDocument(Document(id: "seed", text: text)))
        #expect(all.map(\.name.span) == all.map(\.name.span).sorted())
        let orgs = Set(all.filter { $0.kind == .organisation }.map(\.name.text))
        #expect(orgs.contains("CNN") && orgs.contains("Reuters"))
        let places = Set(all.filter { $0.kind == .place }.map(\.canonicalName))
        #expect(places.isSuperset(of: ["Nordkorea", "Russland", "Pjöngjang", "Moskau", "Ukraine", "Südkorea", "Japan"]))
    }

    @Test func wikinewsStyles() {
        var ms = persons("Nach dem Treffen äußerte sich Vatikansprecher Navarro-Valls dahingehend, das Gespräch sei freundlich verlaufen.")
        #expect(ms.map(\.name.text) == ["Navarro-Valls"])
        #expect(ms.first?.role?.text == "Vatikansprecher")

        ms = persons("Der italienische Innenminister Giuseppe Pisanu kündigte strengere Kontrollen an.")
        #expect(ms.map(\.name.text) == ["Giuseppe Pisanu"])
        #expect(ms.first?.role?.text == "italienische Innenminister")

        ms = persons("Tourmanager Michael Cohl sagte der US-Zeitschrift, die Konzerte seien ausverkauft.")
        #expect(ms.map(\.name.text) == ["Michael Cohl"])
        #expect(ms.first?.role?.text == "Tourmanager")

        ms = persons("Der ehemalige Fraktionschef von Bündnis 90 / Die Grünen in Bayern Sepp Daxenberger ist tot.")
        #expect(ms.map(\.name.text) == ["Sepp Daxenberger"])
        #expect(ms.first?.role?.text.contains("Fraktionschef") == true)

        ms = persons("Tom Koenigs wird neuer Sondergesandter. Bisher ist Koenigs Menschenrechtsbeauftragter der deutschen Bundesregierung.")
        #expect(ms.map(\.canonicalName) == ["Tom Koenigs", "Tom Koenigs"])
        #expect(ms.last?.role?.text == "Menschenrechtsbeauftragter der deutschen Bundesregierung")
        #expect(ms.last?.roleRule == "copula")

        ms = persons("In der Nacht starb die 62-jährige Tissy Bruns, langjährige politische Chefkorrespondentin des Tagesspiegels, an einem Krebsleiden.")
        #expect(ms.map(\.name.text) == ["Tissy Bruns"])
        #expect(ms.first?.role?.text == "langjährige politische Chefkorrespondentin des Tagesspiegels")

        ms = persons("Das sagte Südkoreas Außenminister Kang Kyung-wha am Montag.")
        #expect(ms.first?.role?.text == "Südkoreas Außenminister")
    }

    @Test func appositionWithGenitivePlace() {
        let ms = persons("Kang Kyung-wha, Außenminister Südkoreas, reiste nach Tokio.")
        #expect(ms.first?.name.text == "Kang Kyung-wha")
        #expect(ms.first?.role?.text == "Außenminister Südkoreas")
    }

    @Test func suffixRuleCatchesUnseenCompounds() {
        for w in ["Vatikansprecher", "Fraktionschef", "Chefkorrespondentin", "Menschenrechtsbeauftragter", "Kreml-Sprecher",
                  "US-Präsident", "Bundesaußenministerin", "Oppositionsführer", "Machthaber", "Nachfolger", "Papst"] {
            #expect(EntityExtractor.isRoleNoun(w), "\(w)")
        }
        for w in ["Lautsprecher", "Halbleiter", "Regierung", "Dienstag", "Raketenfabrik"] {
            #expect(!EntityExtractor.isRoleNoun(w), "\(w)")
        }
    }

    @Test func bareSurnamesNeedContext() {
        var ms = persons("„Wir prüfen das“, sagte Hofstetter am Abend.")
        #expect(ms.map(\.name.text) == ["Hofstetter"])
        ms = persons("Die Lage sei ernst, so Hofstetter.")
        #expect(ms.map(\.name.text) == ["Hofstetter"])
        ms = persons("Hofstetter zufolge ist die Lage ernst.")
        #expect(ms.map(\.name.text) == ["Hofstetter"])
        ms = persons("Dr. Hofstetter operierte den Patienten.")
        #expect(ms.map(\.name.text) == ["Hofstetter"])
        // No evidence: not a person.
        ms = persons("Hofstetter operierte den Patienten.")
        #expect(ms.isEmpty)
    }

    @Test func bareSurnamesBySyntax() {
        // Inverted subject after a finite verb, also after "sich".
        #expect(persons("Damit hatte Gallus die letzte Chance vergeben.").map(\.name.text) == ["Gallus"])
        #expect(persons("In einer ersten Reaktion distanzierte sich Moein von dem Ergebnis.").map(\.name.text) == ["Moein"])
        // Sentence-initial subject before an auxiliary, genitive before a noun, foreign ending, age.
        #expect(persons("Kolb war seit 1986 im Turnverein tätig.").map(\.name.text) == ["Kolb"])
        #expect(persons("Auch seine Mannschaft dürfte über Zabels Entscheidung nicht glücklich sein.").map(\.name.text) == ["Zabels"])
        #expect(persons("Im Finale unterlag Demirović knapp.").map(\.name.text) == ["Demirović"])
        // A person makes a coordinated bare surname a person.
        #expect(persons("Am Abend trafen sich Angela Merkel und Pinkwart im Kanzleramt.").map(\.name.text) == ["Angela Merkel", "Pinkwart"])
        // Object nouns, ordinary words and predicate nouns stay out.
        #expect(persons("Es macht Spaß, mit Glas zu arbeiten.").isEmpty)
        #expect(persons("Er studierte Medizin und wurde Arzt.").isEmpty)
        #expect(persons("Dies war der einzige Titelgewinn.").isEmpty)
        // A given-name run stops at a common noun or an article.
        #expect(persons("Wenige Wochen später entdeckte auch Abel Tasman Neuseeland.").map(\.name.text) == ["Abel Tasman"])
        #expect(persons("Wie kann Renate Schmidt den Nerv besitzen?").map(\.name.text) == ["Renate Schmidt"])
    }

    @Test func noFalsePersons() {
        let text = """
        Der Präsident sprach am Montag in Berlin. Die Regierung wies die Vorwürfe zurück. \
        Im August sagte die Polizei, die Lage sei ruhig. Abschließend sagte der Sprecher, man prüfe alles. \
        Nordkorea und Russland verhandeln. Experten warnten vor Engpässen.
        """
        #expect(persons(text).isEmpty, "\(persons(text).map(\.name.text))")
    }

    @Test func particlesAndTitles() {
        var ms = persons("Prof. Dr. Ursula von der Leyen sprach vor dem Parlament.")
        #expect(ms.map(\.name.text) == ["Ursula von der Leyen"])
        ms = persons("Der frühere Reichskanzler Franz von Papen starb 1969.")
        #expect(ms.map(\.name.text) == ["Franz von Papen"])
        #expect(ms.first?.role?.text == "frühere Reichskanzler")
    }
}
