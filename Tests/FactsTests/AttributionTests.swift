import TestSupport
import Foundation
import Testing
import Corpus
import TextAnalysis
@testable import Facts

@Suite struct AttributionTests {
    let extractor = AttributionExtractor()

    func speakerName(_ a: Attribution) -> String? { a.resolvedSpeaker ?? a.speaker?.text }

    @Test func c04QuestionAndExclamationQuotes() {
        let doc = analyzed("Die Abgeordnete stand auf. „Wer hat diese Lieferung genehmigt?“, fragte Lena Hartmann. „Niemand im Ministerium!“, rief ein Staatssekretär.")
        let atts = extractor.extract(doc, entities: [])
        #expect(atts.count == 2)
        let question = atts.first { $0.message?.text == "Wer hat diese Lieferung genehmigt?" }
        #expect(question?.speaker?.text == "Lena Hartmann")
        #expect(question?.resolvedSpeaker == "Lena Hartmann")
        #expect(question?.cue.text == "fragte")
        #expect(question?.form == .direct)
        let exclamation = atts.first { $0.message?.text == "Niemand im Ministerium!" }
        #expect(exclamation?.speaker?.text == "ein Staatssekretär")
        #expect(exclamation?.resolvedSpeaker == nil)
        #expect(exclamation?.cue.text == "rief")
    }

    /// Speech after a colon without quotation marks is direct speech when a whole clause follows; a list after a
    /// colon is not.
    /// "Name, Role ohne Artikel, sagte": the named phrase is the speaker, the role its apposition.
    @Test func appositionWithoutArticleBeforeTheCue() {
        let doc = analyzed("Der Ingenieur Karl Brenner, Leiter des Projekts, erklärte gegenüber der Zeitung, dass man die Pausen nutzen wolle.")
        let atts = extractor.extract(doc, entities: EntityExtractor().extract(doc))
        #expect(atts.first?.speaker?.text == "Der Ingenieur Karl Brenner, Leiter des Projekts")
        #expect(atts.first?.resolvedSpeaker == "Karl Brenner")
    }

    /// "Laut" before a source the chunker does not parse ("israelischen Medien", "einer dpa-Meldung"), and more source
    /// nouns after "nach" ("Nach Darstellungen des Verlags").
    @Test(arguments: [("Laut israelischen Medien wurden drei Soldaten verletzt.", "israelischen Medien"),
                      ("Laut einer dpa-Meldung trat der Minister zurück.", "einer dpa-Meldung"),
                      ("Nach Darstellungen des Verlags wurde das Buch zurückgezogen.", "des Verlags"),
                      ("Das Gerät kostet rund 500 Euro, wie die Zeitschrift zusammenfasst.", "die Zeitschrift")])
    func moreReportedSources(_ text: String, _ source: String) {
        let atts = extractor.extract(analyzed(text), entities: [])
        #expect(atts.first?.speaker?.text == source)
    }

    @Test func colonWithoutQuotationMarks() {
        let doc = analyzed("Bürgermeisterin Ruth Adler sagte am Sonntag im Stadtrat: Der Kreis streicht den Dörfern die letzte Buslinie. "
                           + "Der Kämmerer nannte drei Posten: Straßen, Schulen, Bäder.")
        let atts = extractor.extract(doc, entities: [])
        let colon = atts.first { $0.rule == "verb.colon" }
        #expect(colon?.message?.text == "Der Kreis streicht den Dörfern die letzte Buslinie")
        #expect(colon.map(speakerName) == "Ruth Adler")
        #expect(colon?.form == .direct)
        #expect(!atts.contains { $0.message?.text.hasPrefix("Straßen") == true })
    }

    @Test func c06QuoteRunningOverParagraphs() {
        let text = "„Wir zahlen diese Rechnung nicht“, sagte Bürgermeisterin Ruth Adler. „Der Vertrag wurde ohne den Stadtrat geschlossen.\n\n„Niemand hat uns vorher gefragt. Wir prüfen rechtliche Schritte.“\n\nDie Stadtwerke äußerten sich bis zum Abend nicht."
        let doc = analyzed(text)
        let atts = extractor.extract(doc, entities: [])
        #expect(atts.count == 3)
        #expect(atts.allSatisfy { $0.resolvedSpeaker == "Ruth Adler" && $0.form == .direct })
        #expect(atts.first?.speaker?.text == "Bürgermeisterin Ruth Adler")
        #expect(atts.map { $0.message?.text ?? "" } == [
            "Wir zahlen diese Rechnung nicht",
            "Der Vertrag wurde ohne den Stadtrat geschlossen.",
            "Niemand hat uns vorher gefragt. Wir prüfen rechtliche Schritte.",
        ])
        let last = text.utf8.count
        let stadtwerke = last - "Die Stadtwerke äußerten sich bis zum Abend nicht.".utf8.count
        #expect(atts.allSatisfy { ($0.message?.span.end ?? 0) <= stadtwerke })
        #expect(atts.first?.rule == "quote.cueAfter")
        #expect(atts.last?.rule == "quote.continuation+paragraph")
    }

    @Test func c07PronounAfterInterveningSentence() {
        let doc = analyzed("Jonas Berg, ein Sprecher der Stadtwerke, sagte: „Die Leitung ist repariert.“ Die Bewohner hatten drei Tage gewartet.\n\n„Ab Montag fließt wieder Wasser“, fügte er hinzu.")
        let atts = extractor.extract(doc, entities: [])
        #expect(atts.count == 2)
        #expect(atts.map(\.resolvedSpeaker) == ["Jonas Berg", "Jonas Berg"])
        #expect(atts.map { $0.message?.text } == ["Die Leitung ist repariert.", "Ab Montag fließt wieder Wasser"])
        #expect(atts.last?.speaker?.text == "er")
        #expect(atts.last?.cue.text == "fügte … hinzu")
        #expect(atts.first?.rule == "quote.cueBefore")
    }

    @Test(arguments: [
        ("Der Minister sagte, dass die Lage ernst sei.", "Der Minister", "dass die Lage ernst sei", "sagte", AttributionForm.indirect),
        ("Die Lage sei ernst, sagte der italienische Innenminister.", "der italienische Innenminister", "Die Lage sei ernst", "sagte", .indirect),
        ("Die Bundesregierung teilte am Montag mit, sie werde das Gesetz prüfen.", "Die Bundesregierung", "sie werde das Gesetz prüfen", "teilte … mit", .indirect),
        ("Laut Tourmanager Michael Cohl wurden alle Konzerte abgesagt.", "Tourmanager Michael Cohl", "wurden alle Konzerte abgesagt", "Laut", .reported),
        ("Nach Angaben der Duisburger Polizei wurden drei Menschen verletzt.", "der Duisburger Polizei", "wurden drei Menschen verletzt", "Nach Angaben", .reported),
        ("Die Zahl der Verletzten stieg auf zwölf, so ein Staatssekretär.", "ein Staatssekretär", "Die Zahl der Verletzten stieg auf zwölf", "so", .reported),
        ("The minister said the talks had failed.", "The minister", "the talks had failed", "said", .indirect),
        ("According to the police, three people were injured.", "the police", "three people were injured", "According to", .reported),
    ])
    func indirectAndReported(text: String, speaker: String, message: String, cue: String, form: AttributionForm) {
        let atts = extractor.extract(analyzed(text), entities: [])
        #expect(atts.count == 1)
        #expect(atts.first?.speaker?.text == speaker)
        #expect(atts.first?.message?.text == message)
        #expect(atts.first?.cue.text == cue)
        #expect(atts.first?.form == form)
    }

    @Test func entityMentionResolvesSpeaker() {
        let doc = analyzed("Peskow sagte, Russland wolle die Beziehungen ausbauen.")
        let mention = person("Peskow", in: doc, canonical: "Dmitri Peskow")
        let atts = extractor.extract(doc, entities: [mention])
        #expect(atts.first?.resolvedSpeaker == "Dmitri Peskow")
        #expect(atts.first?.speaker?.text == "Peskow")
    }

    /// Loads the seed article from `corpus/` at the package root.
    static func seed() throws -> AnalyzedDocument {
        let url = SharedData.packageRoot.appendingPathComponent("corpus/000_8620b59045d05632.txt")
        return AnalyzedDocument(Document(id: "000_8620b59045d05632", text: try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func seedArticleAttributions() throws {
        let doc = try Self.seed()
        let atts = extractor.extract(doc, entities: [])
        func find(_ cue: String, _ messageStart: String) -> Attribution? {
            atts.first { $0.cue.text == cue && ($0.message?.text.hasPrefix(messageStart) ?? false) }
        }
        let zufolge = find("zufolge", "versuchte der russische Verteidigungsminister")
        #expect(zufolge?.speaker?.text == "Kirby")
        #expect(zufolge?.resolvedSpeaker == "John Kirby")
        #expect(zufolge?.form == .reported)
        let so = find("so", "Wir fordern Nordkorea dringend auf")
        #expect(so?.resolvedSpeaker == "John Kirby")
        #expect(so?.form == .direct)
        let sagte = find("sagte", "Wir bleiben besorgt darüber")
        #expect(sagte?.resolvedSpeaker == "John Kirby")
        let added = find("fügte … hinzu", "Hochrangige Gespräche könnten")
        #expect(added?.speaker?.text == "er")
        #expect(added?.resolvedSpeaker == "John Kirby")
        let dass = find("sagte", "dass Nordkorea bereits im vergangenen Jahr")
        #expect(dass?.speaker?.text == "Kirby")
        #expect(dass?.form == .indirect)
        let kreml = find("sagte", "dass Russland beabsichtige")
        #expect(kreml?.speaker?.text == "der Sprecher des Kreml, Dmitri Peskow")
        #expect(kreml?.resolvedSpeaker == "Dmitri Peskow")
        let kontakte = find("sagte", "Kontakte werden auf verschiedenen Ebenen hergestellt")
        #expect(kontakte?.speaker?.text == "er")
        #expect(kontakte?.resolvedSpeaker == "Dmitri Peskow")
        let cnn = atts.first { $0.cue.text == "berichtete" }
        #expect(cnn?.speaker?.text == "CNN")
        #expect(cnn?.message?.text.hasPrefix("Auf einer Pressekonferenz") == true)
        let reuters = atts.first { $0.rule == "reported.wie" }
        #expect(reuters?.speaker?.text.contains("Reuters") == true)
        #expect(reuters?.message?.text == "Den Briefaustausch zwischen Putin und Jong-un bestätigte Peskow jedoch nicht")
        // Deterministic order: by sentence, then cue position.
        #expect(zip(atts, atts.dropFirst()).allSatisfy { ($0.sentence, $0.cue.span.start) <= ($1.sentence, $1.cue.span.start) })
    }

    @Test func seedArticleDenials() throws {
        let doc = try Self.seed()
        let atts = extractor.extract(doc, entities: [])
        let denials = DenialExtractor().extract(doc, entities: [], attributions: atts)
        let weapons = denials.first { $0.content?.text.contains("Waffen zu liefern") == true }
        #expect(weapons?.resolvedDeniers == ["Moskau", "Pjöngjang"])
        let letters = denials.first { $0.notConfirmed }
        #expect(letters?.content?.text == "Den Briefaustausch zwischen Putin und Jong-un")
        #expect(letters?.resolvedDeniers == ["Dmitri Peskow"])
        #expect(letters?.deniers.map(\.text) == ["Peskow"])
        #expect(denials.count == 2)
    }

    /// A speaker phrase with a place before the role and the person ("Bremens Oberbürgermeister Karl Wilgen") resolves to
    /// the person, not the place.
    @Test func speakerResolvesToThePersonNotTheQualifyingPlace() {
        let doc = analyzed("Wie Bremens Oberbürgermeister Karl Wilgen heute sagte, werde der Markt im Mai eröffnet.")
        let atts = extractor.extract(doc, entities: EntityExtractor().extract(doc))
        #expect(atts.count == 1)
        #expect(atts.first?.resolvedSpeaker == "Karl Wilgen")
    }

    /// A definite description without a name refers back: an age ("der 20-Jährige") or a role noun the article gives
    /// no one to the person just named (within two sentences); a role noun to the person whose stated role it is; a description that opens a
    /// list with a name ("Der Abgeordnete und Fraktionschef X") is no reference.
    @Test func definiteDescriptionsReferBack() {
        func speakers(_ text: String) -> [String?] {
            let doc = analyzed(text)
            return extractor.extract(doc, entities: EntityExtractor().extract(doc)).map { $0.resolvedSpeaker }
        }
        #expect(speakers("Pietro Lanz traf in der 80. Minute. So habe ich mir mein Debüt erträumt, sagte der 20-Jährige nach dem Spiel.")
                == ["Pietro Lanz"])
        #expect(speakers("Otto Lind eröffnete die Sitzung in Quellheim. Wir beginnen pünktlich, sagte der Vorsitzende.") == ["Otto Lind"])
        #expect(speakers("Trainer Otto Lind lobte die Abwehr. Auch Pietro Lanz spielte gut. Wir sind zufrieden, sagte der Trainer.")
                == ["Otto Lind"])
        let listed = speakers("Die Schulleiterin Eva Roth lud ein. Der Abgeordnete und Fraktionschef Jan Brook sprach von einem Feldzug.")
        #expect(!listed.contains("Eva Roth"))
    }
}
