import Testing
import Corpus
import TextAnalysis
@testable import Facts

/// Builds an analyzed document from raw text (Document applies text hygiene).
func analyzed(_ text: String, id: String = "t") -> AnalyzedDocument {
    AnalyzedDocument(Document(id: id, text: text))
}

/// A person mention for the first occurrence of `name` in `doc`.
func person(_ name: String, in doc: AnalyzedDocument, canonical: String? = nil) -> EntityMention {
    let text = doc.document.text
    let range = text.range(of: name)!
    let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    let span = Span(start, start + name.utf8.count)
    return EntityMention(kind: .person, sentence: doc.sentenceIndex(containing: start) ?? 0,
                         name: TextSpan(text: name, span: span), canonicalName: canonical ?? name)
}

/// The sentence containing the first occurrence of `needle`.
func sentence(of needle: String, in doc: AnalyzedDocument) -> Int? {
    let text = doc.document.text
    guard let range = text.range(of: needle) else { return nil }
    return doc.sentenceIndex(containing: text.utf8.distance(from: text.startIndex, to: range.lowerBound))
}

@Suite struct DenialTests {
    let extractor = DenialExtractor()

    @Test func c14NegatedDenialsAndPronounResolution() {
        let doc = analyzed("Kreml-Sprecher Dmitri Peskow bestritt nicht, dass Gespräche stattgefunden hatten. Er schloss auch nicht aus, dass weitere folgen. Einen Bericht über Waffenlieferungen wies er dagegen zurück. Die Zahl der beteiligten Soldaten bestätigte er nicht.")
        for entities in [[person("Dmitri Peskow", in: doc)], []] {
            let denials = extractor.extract(doc, entities: entities, attributions: [])
            #expect(denials.count == 2)
            guard denials.count == 2 else { continue }
            let rejected = denials[0]
            #expect(rejected.sentence == 2)
            #expect(rejected.resolvedDeniers == ["Dmitri Peskow"])
            #expect(rejected.deniers.map(\.text) == ["er"])
            #expect(rejected.cue.text == "wies … zurück")
            #expect(rejected.content?.text == "Einen Bericht über Waffenlieferungen")
            #expect(rejected.notConfirmed == false)
            let notConfirmed = denials[1]
            #expect(notConfirmed.sentence == 3)
            #expect(notConfirmed.resolvedDeniers == ["Dmitri Peskow"])
            #expect(notConfirmed.notConfirmed)
            #expect(notConfirmed.content?.text.contains("Zahl der beteiligten Soldaten") == true)
        }
    }

    /// A passive denial names its agent with "von", "vom" or "durch".
    @Test(arguments: ["durch den Behördenchef", "von dem Behördenchef", "vom Behördenchef"])
    func passiveAgentPrepositions(_ agent: String) {
        let doc = analyzed("Der Vorwurf wurde \(agent) umgehend zurückgewiesen.")
        let denials = extractor.extract(doc, entities: [], attributions: [])
        #expect(denials.first?.deniers.map(\.text).first?.hasSuffix("Behördenchef") == true, "\(agent)")
        #expect(denials.first?.content?.text == "Der Vorwurf")
    }

    /// A quotation inside the clause does not end it before the particle; a sentence-initial clause adverb is no denier.
    @Test func quotationInsideASeparableDenial() {
        let doc = analyzed("Zudem wies ein Sprecher der Behörde einen Artikel des „Kuriers“ als „Unsinn“ zurück.")
        let denials = extractor.extract(doc, entities: [], attributions: [])
        #expect(denials.first?.deniers.map(\.text) == ["ein Sprecher der Behörde"])
        #expect(denials.first?.content?.text.hasPrefix("einen Artikel des „Kuriers“") == true)
    }

    /// A fronted object with attachments or its own clause is the content; a claim noun takes its claim clause along.
    @Test(arguments: [
        ("Den Angriff auf das Lager während des Sturms leugnet Berg.", "Den Angriff auf das Lager während des Sturms"),
        ("Den Vorwurf, dass Stadt und Land zerstritten wären, wies der Minister am Montag zurück.", "Den Vorwurf, dass Stadt und Land zerstritten wären"),
        ("Berg bestreitet den Vorwurf, er habe Geld aus der Vereinskasse genommen.", "den Vorwurf, er habe Geld aus der Vereinskasse genommen"),
    ])
    func frontedAndClaimClauseContent(_ text: String, _ content: String) {
        let denials = extractor.extract(analyzed(text), entities: [], attributions: [])
        #expect(denials.first?.content?.text == content)
    }

    /// A role of an institution ("eine Sprecherin des Landgerichts") is the denier, not the institution.
    @Test func roleOfAnInstitutionDenies() {
        let doc = analyzed("Eine Sprecherin des Quellheimer Landgerichts konnte den Eingang der Klage zunächst nicht bestätigen.")
        let entities = EntityExtractor().extract(doc)
        let denials = extractor.extract(doc, entities: entities, attributions: [])
        #expect(denials.first?.resolvedDeniers == ["Eine Sprecherin des Quellheimer Landgerichts"])
    }

    /// "verneinen" is a denial verb.
    @Test func verneinenDenies() {
        let doc = analyzed("Parteikreise verneinten diese Darstellung.")
        let denials = extractor.extract(doc, entities: [], attributions: [])
        #expect(denials.first?.deniers.map(\.text) == ["Parteikreise"])
        #expect(denials.first?.content?.text == "diese Darstellung")
    }

    @Test func c19SoftHyphensNotConfirmed() {
        let doc = analyzed("Das Verteidigungs\u{AD}ministerium be\u{AD}stätigte die Zahl der Toten nicht.")
        let denials = extractor.extract(doc, entities: [], attributions: [])
        #expect(denials.count == 1)
        #expect(denials.first?.notConfirmed == true)
        #expect(denials.first?.content?.text == "die Zahl der Toten")
        #expect(denials.first?.deniers.map(\.text) == ["Das Verteidigungsministerium"])
        #expect(denials.first?.cue.text == "bestätigte … nicht")
    }

    @Test func c21ByteOrderMarkDementi() {
        let doc = analyzed("\u{FEFF}Kreml-Sprecher Dmitri Peskow dementierte den Bericht.")
        let denials = extractor.extract(doc, entities: [], attributions: [])
        #expect(denials.count == 1)
        #expect(denials.first?.resolvedDeniers == ["Dmitri Peskow"])
        #expect(denials.first?.deniers.map(\.text) == ["Kreml-Sprecher Dmitri Peskow"])
        #expect(denials.first?.cue.text == "dementierte")
        #expect(denials.first?.content?.text == "den Bericht")
        #expect(denials.first?.notConfirmed == false)
        #expect(denials.first?.content.map { doc.text($0.span.range) } == "den Bericht")
    }

    @Test func c23OrdinalDateDoesNotBreakTheClause() {
        let doc = analyzed("Am 18. August wies Kreml-Sprecher Dmitri Peskow den Bericht zurück. Außenminister Sergej Lawrow äußerte sich nicht dazu.")
        let denials = extractor.extract(doc, entities: [], attributions: [])
        #expect(denials.count == 1)
        #expect(denials.first?.resolvedDeniers == ["Dmitri Peskow"])
        #expect(denials.first?.content?.text == "den Bericht")
        #expect(denials.first?.cue.text == "wies … zurück")
        // The cue's sentence is the one holding "wies"; with a correct splitter that is sentence 0.
        #expect(denials.first?.sentence == sentence(of: "wies", in: doc))
        #expect(denials.allSatisfy { $0.sentence != sentence(of: "Lawrow", in: doc) })
        withKnownIssue("provisional splitter splits after \"18.\"", isIntermittent: true) {
            #expect(denials.first?.sentence == 0)
        }
    }

    @Test func passiveRelativeClauseWithCoordinatedAgents() {
        let doc = analyzed("Seit dem russischen Überfall auf die Ukraine haben die Vereinigten Staaten Nordkorea mehrmals beschuldigt, der russischen Föderation Waffen zu liefern, was von Moskau und Pjöngjang jedoch bestritten wird.")
        let denials = extractor.extract(doc, entities: [], attributions: [])
        #expect(denials.count == 1)
        #expect(denials.first?.resolvedDeniers == ["Moskau", "Pjöngjang"])
        #expect(denials.first?.content?.text == "der russischen Föderation Waffen zu liefern")
        #expect(denials.first?.cue.text == "bestritten")
        #expect(denials.first?.rule == "passive.relative")
    }

    @Test(arguments: [
        ("Der Angeklagte bestreitet jede Mitwisserschaft.", "Der Angeklagte", "jede Mitwisserschaft", "bestreitet"),
        ("Die Firma wies die Vorwürfe der kanadischen Ermittler zurück.", "Die Firma", "die Vorwürfe der kanadischen Ermittler", "wies … zurück"),
        ("Die Polizei bestritt den Einsatz von tödlichen Waffen.", "Die Polizei", "den Einsatz von tödlichen Waffen", "bestritt"),
        ("Den Zusammenhang mit Mafia-Morden in Italien bestritt der italienische Innenminister.", "der italienische Innenminister", "Den Zusammenhang mit Mafia-Morden in Italien", "bestritt"),
        ("Der Verdächtige stritt eine Tatbeteiligung ab.", "Der Verdächtige", "eine Tatbeteiligung", "stritt … ab"),
        ("Die Regierung hat die Vorwürfe zurückgewiesen.", "Die Regierung", "die Vorwürfe", "zurückgewiesen"),
        ("Die Bundesregierung leugnete jede Verantwortung.", "Die Bundesregierung", "jede Verantwortung", "leugnete"),
        ("The ministry denied the report.", "The ministry", "the report", "denied"),
    ])
    func activeDenials(text: String, denier: String, content: String, cue: String) {
        let denials = extractor.extract(analyzed(text), entities: [], attributions: [])
        #expect(denials.count == 1)
        #expect(denials.first?.deniers.map(\.text) == [denier])
        #expect(denials.first?.content?.text == content)
        #expect(denials.first?.cue.text == cue)
        #expect(denials.first?.notConfirmed == false)
    }

    @Test func dassClauseContent() {
        let denials = extractor.extract(analyzed("Der Minister bestritt, dass Waffen geliefert wurden."), entities: [], attributions: [])
        #expect(denials.first?.content?.text == "dass Waffen geliefert wurden")
    }

    @Test(arguments: [
        "Der Minister bestritt nicht, dass Gespräche stattgefunden hatten.",
        "Er schloss nicht aus, dass weitere folgen.",
        "Die Regierung bestätigte den Bericht.",
        "Der Sprecher wies den Bericht nicht zurück.",
    ])
    func notDenials(text: String) {
        #expect(extractor.extract(analyzed(text), entities: [], attributions: []).isEmpty)
    }

    @Test func modalNotConfirmed() {
        let denials = extractor.extract(analyzed("Ein Sprecher der Polizei konnte den Bericht nicht bestätigen."), entities: [], attributions: [])
        #expect(denials.count == 1)
        #expect(denials.first?.notConfirmed == true)
        #expect(denials.first?.content?.text == "den Bericht")
        #expect(denials.first?.deniers.map(\.text) == ["Ein Sprecher der Polizei"])
    }

    @Test func anaphoricContentResolvesToPreviousSentence() {
        let doc = analyzed("Die Zeitung berichtete von geheimen Lieferungen. Die Regierung wies dies zurück.")
        let denials = extractor.extract(doc, entities: [], attributions: [])
        #expect(denials.first?.content?.text == "Die Zeitung berichtete von geheimen Lieferungen")
        #expect(denials.first?.rule == "active+anaphoric")
    }

    /// A negation in the predicative after "als" judges the content; it does not negate the denial ("wies … als nicht
    /// fundiert zurück"). "nicht nur" does not negate either; a plain "nicht" still does.
    @Test func negationInsideThePredicativeIsNoNegatedDenial() {
        let judged = extractor.extract(analyzed("Die Stadtwerke und der Gutachter Otto Lind wiesen die Vorwürfe als fachlich nicht haltbar zurück."),
                                       entities: [], attributions: [])
        #expect(judged.count == 1)
        #expect(judged.first?.content?.text.hasPrefix("die Vorwürfe") == true)
        #expect(extractor.extract(analyzed("Der Verband wies nicht nur den Bericht zurück."), entities: [], attributions: []).count == 1)
        #expect(extractor.extract(analyzed("Der Verband wies den Bericht nicht zurück."), entities: [], attributions: []).isEmpty)
    }
}
