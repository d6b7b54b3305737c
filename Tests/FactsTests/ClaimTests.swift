import TestSupport
import Foundation
import Testing
import Corpus
import TextAnalysis
@testable import Facts

/// The facts of a text, extracted by the whole pipeline (entities, attributions, denials, claims).
private func facts(_ doc: AnalyzedDocument) -> DocumentFacts { FactPipeline().extract(doc) }
private func facts(_ text: String) -> DocumentFacts { facts(analyzed(text)) }

/// The seed article of the built-in corpus (package root → corpus/).
private func seedArticle() throws -> AnalyzedDocument {
    let text = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("corpus/000_8620b59045d05632.txt"), encoding: .utf8)
    return analyzed(text, id: "000_8620b59045d05632")
}

@Suite struct ClaimTests {
    // MARK: - Seed article

    @Test func seedAccusationDeniedByTheAccused() throws {
        let doc = try seedArticle()
        let f = facts(doc)
        let s = try #require(sentence(of: "mehrmals beschuldigt", in: doc))
        let claim = try #require(f.claims.first { $0.sentence == s && $0.cue.text == "beschuldigt" })
        #expect(claim.claimants.map(\.text) == ["die Vereinigten Staaten"])
        #expect(claim.resolvedClaimants.contains { $0.contains("Vereinigten Staaten") })
        #expect(claim.target?.text == "Nordkorea")
        #expect(claim.content?.text == "der russischen Föderation Waffen zu liefern")
        #expect(claim.status == .denied)
        #expect(claim.rule == "verb.active")
        let d = try #require(claim.denial)
        #expect(f.denials[d].sentence == s)
        #expect(f.denials[d].deniers.map(\.text) == ["Moskau", "Pjöngjang"])
        #expect(f.denials[d].notConfirmed == false)
    }

    @Test func seedAllegedExchangeNotConfirmed() throws {
        let doc = try seedArticle()
        let f = facts(doc)
        let s = try #require(sentence(of: "angeblichen Briefaustausch", in: doc))
        let claim = try #require(f.claims.first { $0.sentence == s && $0.cue.text == "angeblichen" })
        #expect(claim.claimants.isEmpty)
        #expect(claim.resolvedClaimants.isEmpty)
        #expect(claim.content?.text.hasPrefix("Briefaustausch zwischen") == true)
        #expect(claim.rule == "marker.adjective")
        #expect(claim.status == .notConfirmed)
        let d = try #require(claim.denial)
        #expect(f.denials[d].sentence == sentence(of: "Den Briefaustausch", in: doc))
        #expect(f.denials[d].notConfirmed)
        #expect(f.denials[d].cue.text == "bestätigte … nicht")
    }

    /// An infinitive clause with "zu" after a comma belongs to the accusation's content.
    @Test func zuInfinitiveClauseStaysInTheContent() throws {
        let f = facts("Gegner warfen Minister Karl Brenner vor, er habe bewusst versucht, die Zahlen der Studie zu verschweigen.")
        let claim = try #require(f.claims.first)
        #expect(claim.content?.text == "er habe bewusst versucht, die Zahlen der Studie zu verschweigen")
    }

    /// A separable particle before a coordinated main clause ends the accusation's clause ("… vor und wollen …").
    @Test func particleBeforeCoordinatedClause() throws {
        let f = facts("Die Grünen werfen dem Landrat Untreue vor und wollen ihn abwählen.")
        let claim = try #require(f.claims.first)
        #expect(claim.claimants.map(\.text) == ["Die Grünen"])
        #expect(claim.content?.text == "Untreue")
    }

    @Test func seedAssertionStandsAsserted() throws {
        let doc = try seedArticle()
        let f = facts(doc)
        let s = try #require(sentence(of: "behauptete mehrmals", in: doc))
        let claim = try #require(f.claims.first { $0.sentence == s })
        #expect(claim.cue.text == "behauptete")
        #expect(claim.claimants.map(\.text) == ["Nordkorea"])
        #expect(claim.resolvedClaimants == ["Nordkorea"])
        #expect(claim.target == nil)
        #expect(claim.content?.text.hasPrefix("die „hegemoniale Politik“") == true)
        #expect(claim.status == .asserted)
        #expect(claim.denial == nil)
    }

    @Test func seedRelativeClauseAccusationResolvesItsPronoun() throws {
        let doc = try seedArticle()
        let f = facts(doc)
        let claim = try #require(f.claims.first { $0.cue.text == "beschuldigten" })
        #expect(claim.rule == "verb.relative")
        #expect(claim.claimants.map(\.text) == ["sie"])
        #expect(claim.resolvedClaimants.first?.contains("Vereinigten Staaten") == true)
        #expect(claim.target?.text == "drei Unternehmen")
        #expect(claim.content?.text.hasSuffix("verwickelt zu sein") == true)
        #expect(claim.status == .asserted)
    }

    @Test func seedClaimsByName() throws {
        var builder = FactStoreBuilder()
        builder.add(facts(try seedArticle()))
        let store = builder.store
        #expect(claims(about: nil, in: store).count == store.documents[0].claims.count)
        let accuser = claims(about: "Vereinigten Staaten", in: store)
        #expect(accuser.contains { $0.claim.cue.text == "beschuldigt" })
        let accused = claims(about: "Nordkorea", in: store).map(\.claim.cue.text)
        #expect(accused.contains("beschuldigt"))   // target
        #expect(accused.contains("behauptete"))    // claimant
        #expect(claims(about: "Briefaustausch", in: store).map(\.claim.cue.text) == ["angeblichen"])  // content
        #expect(claims(about: "Jong-un", in: store).contains { $0.claim.cue.text == "angeblichen" })
        #expect(claims(about: "Atlantis", in: store).isEmpty)
    }

    // MARK: - Table

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var cue: String
        var claimants: [String]
        var target: String?
        var content: String?
        var status: ClaimStatus
        var rule: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Die Opposition wirft dem Minister Korruption vor. Der Minister wies die Vorwürfe zurück.", cue: "wirft … vor",
             claimants: ["Die Opposition"], target: "dem Minister", content: "Korruption", status: .denied, rule: "verb.active"),
        Case(text: "Der Sänger soll Steuern hinterzogen haben.", cue: "soll … haben",
             claimants: [], target: "Der Sänger", content: "Steuern hinterzogen", status: .asserted, rule: "reported.soll"),
        Case(text: "Die Opposition wirft dem Minister Korruption vor. Er bestritt nicht, dass er Geld erhalten hatte.", cue: "wirft … vor",
             claimants: ["Die Opposition"], target: "dem Minister", content: "Korruption", status: .asserted, rule: "verb.active"),
        Case(text: "Der Manager wird beschuldigt, Geld unterschlagen zu haben.", cue: "beschuldigt",
             claimants: [], target: "Der Manager", content: "Geld unterschlagen zu haben", status: .asserted, rule: "verb.passive"),
        Case(text: "Die Staatsanwaltschaft bezichtigte den Unternehmer des Betrugs.", cue: "bezichtigte",
             claimants: ["Die Staatsanwaltschaft"], target: "den Unternehmer", content: "des Betrugs", status: .asserted, rule: "verb.active"),
        Case(text: "Die Zeitung behauptete, der Bürgermeister habe Geld angenommen. Der Bürgermeister wies dies zurück.", cue: "behauptete",
             claimants: ["Die Zeitung"], target: nil, content: "der Bürgermeister habe Geld angenommen", status: .denied, rule: "verb.active"),
        Case(text: "Die Gewerkschaft behauptet, dass die Firma Löhne kürzen wolle. Die Firma bestätigte die Lohnkürzungen nicht.", cue: "behauptet",
             claimants: ["Die Gewerkschaft"], target: nil, content: "die Firma Löhne kürzen wolle", status: .asserted, rule: "verb.active"),
        Case(text: "Die Gewerkschaft behauptet, dass die Firma Löhne kürzen wolle. Die Firma bestätigte die Kürzung der Löhne nicht.", cue: "behauptet",
             claimants: ["Die Gewerkschaft"], target: nil, content: "die Firma Löhne kürzen wolle", status: .notConfirmed, rule: "verb.active"),
        Case(text: "Die Regierung beschuldigte die Rebellen, Zivilisten angegriffen zu haben, was von den Rebellen zurückgewiesen wurde.", cue: "beschuldigte",
             claimants: ["Die Regierung"], target: "die Rebellen", content: "Zivilisten angegriffen zu haben", status: .denied, rule: "verb.active"),
        Case(text: "Der Minister, zugleich Chef der Partei, warf der Regierung vor, die Wahl manipuliert zu haben.", cue: "warf … vor",
             claimants: ["Der Minister"], target: "der Regierung", content: "die Wahl manipuliert zu haben", status: .asserted, rule: "verb.active"),
        Case(text: "Kritiker werfen der Firma seit Jahren vor, Daten zu verkaufen und schweigen sonst.", cue: "werfen … vor",
             claimants: ["Kritiker"], target: "der Firma", content: "Daten zu verkaufen", status: .asserted, rule: "verb.active"),
        Case(text: "The government accused the rebels of attacking civilians.", cue: "accused",
             claimants: ["The government"], target: "the rebels", content: "attacking civilians", status: .asserted, rule: "verb.active"),
        Case(text: "Die Vorwürfe gegen den Bürgermeister wegen Bestechung wiegen schwer.", cue: "Vorwürfe",
             claimants: [], target: "den Bürgermeister", content: "Bestechung", status: .asserted, rule: "noun"),
        Case(text: "Angeblich hat der Konzern Daten verkauft.", cue: "Angeblich",
             claimants: [], target: nil, content: "hat der Konzern Daten verkauft", status: .asserted, rule: "marker.adverb"),
    ]

    @Test(arguments: cases) func table(_ c: Case) throws {
        let f = facts(c.text)
        #expect(f.claims.count == 1)
        let claim = try #require(f.claims.first)
        #expect(claim.sentence == 0)
        #expect(claim.cue.text == c.cue)
        #expect(claim.claimants.map(\.text) == c.claimants)
        #expect(claim.resolvedClaimants.count == c.claimants.count)
        #expect(claim.target?.text == c.target)
        #expect(claim.content?.text == c.content)
        #expect(claim.status == c.status)
        #expect(claim.rule == c.rule)
        #expect((claim.denial != nil) == (c.status != .asserted))
        if let d = claim.denial { #expect(f.denials[d].notConfirmed == (c.status == .notConfirmed)) }
    }

    @Test(arguments: [
        "Er bestritt nicht, dass der Konzern Daten verkauft hatte.",
        "Die Regierung behauptete nicht, dass die Wahl gefälscht war.",
        "Der angeklagte Manager schwieg vor Gericht.",
        "Die Abteilung ist dem Ministerium unterstellt.",
        "Der Minister wies die Vorwürfe zurück.",
    ])
    func noClaim(_ text: String) {
        let f = facts(text)
        #expect(f.claims.isEmpty, "\(f.claims.map { "\($0.cue.text): \($0.content?.text ?? "-")" })")
    }

    @Test func negatedDenialLeavesClaimAsserted() {
        let f = facts("Die Opposition wirft dem Minister Korruption vor. Er bestritt nicht, dass er Geld erhalten hatte.")
        #expect(f.denials.isEmpty)
        #expect(f.claims.map(\.status) == [.asserted])
    }

    @Test func publicExtractorMatchesPipeline() {
        let doc = analyzed("Die Opposition wirft dem Minister Korruption vor. Der Minister wies die Vorwürfe zurück.")
        let pipeline = facts(doc)
        let direct = ClaimExtractor().extract(doc, entities: pipeline.entities, denials: pipeline.denials)
        #expect(direct == pipeline.claims)
        #expect(ClaimExtractor().extract(analyzed(""), entities: [], denials: []).isEmpty)
    }
}
