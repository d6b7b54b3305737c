import Foundation
import Testing
import Corpus
@testable import Answering

/// One lexicon for the whole suite (loading the dictionary takes a moment in debug builds); nil when the
/// Ding dictionary (Debian `trans-de-en`) is not installed, which disables the suite.
private let sharedLexicon = BilingualLexicon()

@Suite("BilingualLexicon", .enabled(if: sharedLexicon != nil, "trans-de-en is not installed"))
struct BilingualTests {
    private var lexicon: BilingualLexicon { sharedLexicon! }

    private func german(_ word: String) -> [String] {
        lexicon.german(for: word)
    }

    @Test func loadTimePrinted() {
        // A fresh instance, so the measurement includes reading and indexing the file.
        let fresh = BilingualLexicon()!
        #expect(!fresh.isLoaded)
        let clock = ContinuousClock()
        let cpuBefore = threadCPUMilliseconds()
        let elapsed = clock.measure { fresh.preload() }
        let cpu = threadCPUMilliseconds() - cpuBefore
        #expect(fresh.isLoaded)
        #expect(fresh.keyCount > 300_000)
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        print("BilingualLexicon load: \(Int(ms)) ms wall, \(Int(cpu)) ms CPU, \(fresh.keyCount) English keys")
    }

    /// CPU time of the calling thread (the wall clock is noisy on a shared build machine).
    private func threadCPUMilliseconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
    }

    @Test func missingFileGivesNil() {
        #expect(BilingualLexicon(path: "/nonexistent/de-en") == nil)
    }

    /// Role nouns of the news that the dictionary translates badly come from the news-words list first.
    @Test func roleNouns() {
        #expect(german("leader").contains("Vorsitzender"))
        #expect(german("spokesman").contains("Sprecher"))
    }

    @Test func weapons() {
        #expect(german("weapons").contains("Waffen"))
        #expect(german("weapon").first == "Waffe")
    }

    @Test func supplies() {
        for w in ["supplies", "supply"] {
            let g = german(w)
            #expect(g.contains("liefern") || g.contains("Lieferung"), "\(w) → \(g)")
        }
    }

    @Test func denied() {
        for w in ["denied", "deny", "denies"] {
            let g = german(w)
            #expect(g.contains("bestreiten") || g.contains("leugnen") || g.contains("dementieren"), "\(w) → \(g)")
        }
    }

    @Test func letters() {
        let g = german("letters")
        #expect(g.contains("Brief") || g.contains("Briefe"), "\(g)")
    }

    @Test func exchange() {
        let g = german("exchange")
        #expect(g.contains("austauschen") || g.contains("Austausch"), "\(g)")
    }

    @Test func names() {
        #expect(german("north korea").first == "Nordkorea")
        #expect(german("russia").first == "Russland")
        #expect(german("moscow").first == "Moskau")
        #expect(german("pyongyang").first == "Pjöngjang")
        #expect(german("germany").first == "Deutschland")
        #expect(german("united states").contains("Vereinigte Staaten"))
        #expect(german("white house").contains("Weißes Haus"))
        #expect(german("syria").first == "Syrien")   // ISO 3166-1 table
    }

    @Test func roles() {
        #expect(german("spokesman").contains("Sprecher"))
        #expect(german("spokesmen").contains("Sprecher"))
        #expect(german("foreign minister").first == "Außenminister")
    }

    @Test func functionWordsHaveNoTranslations() {
        for w in ["who", "the", "of", "that", "to", "did"] {
            #expect(german(w).isEmpty, "\(w)")
        }
    }

    @Test func limitAndNoDuplicates() {
        let g = lexicon.german(for: "exchange", limit: 3)
        #expect(g.count == 3)
        #expect(Set(g).count == g.count)
        #expect(lexicon.german(for: "exchange", limit: 0).isEmpty)
        #expect(german("qwxzvj").isEmpty)
    }

    @Test func inputIsNormalized() {
        #expect(german("  North   Korea ").first == "Nordkorea")
        #expect(german("russia's").first == "Russland")
    }

    @Test func formsOfStrongVerbs() {
        let entries = lexicon.germanWithForms(for: "denied", limit: 10)
        let bestreiten = entries.first { $0.german == "bestreiten" }
        #expect(bestreiten?.forms.contains("bestritten") == true, "\(entries)")
        #expect(lexicon.germanWithForms(for: "weapon").first?.forms == ["Waffen"])
    }

    @Test func phraseSplitsGreedily() {
        let words = "who denied that north korea supplies weapons to russia".split(separator: " ").map(String.init)
        let units = lexicon.translatePhrase(words)
        #expect(units.map(\.english) == ["who", "denied", "that", "north korea", "supplies", "weapons", "to", "russia"])
        #expect(units[0].german.isEmpty)
        #expect(units[3].german.first == "Nordkorea")
        #expect(units[6].german.isEmpty)
        #expect(units[7].german.first == "Russland")

        let minister = lexicon.translatePhrase(["the", "german", "foreign", "minister", "said"])
        #expect(minister.map(\.english) == ["the", "german", "foreign minister", "said"])
        #expect(minister[2].german.first == "Außenminister")

        let house = lexicon.translatePhrase(["the", "white", "house", "spokesman"])
        #expect(house.map(\.english) == ["the white house", "spokesman"])
        #expect(house[0].german.first == "Weißes Haus")
    }

    @Test func pluralPhraseUsesLemma() {
        let units = lexicon.translatePhrase(["foreign", "ministers"])
        #expect(units.count == 1)
        #expect(units.first?.german.contains("Außenminister") == true, "\(units)")
    }

    @Test func lemmaCandidates() {
        #expect(BilingualLexicon.lemmaCandidates("supplies").first == "supply")
        #expect(BilingualLexicon.lemmaCandidates("denied").first == "deny")
        #expect(BilingualLexicon.lemmaCandidates("weapons").first == "weapon")
        #expect(BilingualLexicon.lemmaCandidates("stopped").contains("stop"))
        #expect(BilingualLexicon.lemmaCandidates("said").first == "say")
        #expect(BilingualLexicon.lemmaCandidates("crisis").isEmpty)
    }

    /// "Who V-ed …?" in English: the verb's German translations find it in the text, and its agent answers (here the agent
    /// of a passive: "von X verurteilt").
    @Test func englishWhoVerbFindsTheAgent() {
        let builder = KnowledgeBuilder()!
        builder.add([Document(id: "d1", text: "Nach Angaben der Zeitung Nordkurier wurde der neue Hafenplan von den Fischern aus Quellheim scharf verurteilt.")])
        let a = Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon)!
        #expect(a.answer("Who condemned the new harbour plan?").text?.contains("Fischern") == true)
    }

    /// German closed compounds for English noun phrases: each first part of the modifier (noun translations with
    /// linking elements, the dictionary's combining forms such as "Bürger…" :: civil) joined with each noun of the head.
    @Test(arguments: [
        (["justice"], "minister", "Justizminister"),
        (["transport"], "minister", "Verkehrsminister"),
        (["police"], "spokesman", "Polizeisprecher"),
        (["interior"], "ministry", "Innenministerium"),
        (["harbour"], "plan", "Hafenplan"),
        (["civil", "protection"], "minister", "Bürgerschutzminister"),
    ])
    func compoundCandidates(modifier: [String], head: String, expected: String) {
        let candidates = lexicon.compoundCandidates(modifier: modifier, head: head)
        #expect(candidates.contains(expected), "\(modifier) \(head) → \(candidates.prefix(12))")
        #expect(Set(candidates).count == candidates.count)
    }

    @Test func combiningFormsAndLinkingElements() {
        #expect(lexicon.combiningForms(for: "civil").contains("Bürger"))
        #expect(lexicon.combiningForms(for: "federal").contains("Bundes"))
        #expect(BilingualLexicon.linkedForms("Verkehr") == ["Verkehr", "Verkehrs", "Verkehren"])
        #expect(BilingualLexicon.linkedForms("Schule") == ["Schule", "Schules", "Schulen", "Schul"])
        #expect(BilingualLexicon.linkedForms("Justiz") == ["Justiz", "Justizen"])
    }

    /// One invented article with three ministers, the asked one last (corpus order breaks ties).
    private func ministers() -> Answerer {
        let builder = KnowledgeBuilder()!
        builder.add([Document(id: "d1", text: "In Quellland hat die neue Regierung am Montag ihre Arbeit aufgenommen. "
            + "Verkehrsministerin Lena Stein will die Bahnstrecken ausbauen. Innenminister Paul Ostermann stellte mehr Polizisten ein. "
            + "Die Gerichte reformiert Justizminister Tom Weller.")])
        return Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon)!
    }

    /// An English role phrase of two nouns asks for the German compound role: "justice minister", "minister of
    /// justice", "minister for justice" are the "Justizminister", not any minister.
    @Test(arguments: ["Who is the justice minister of Quellland?", "Who is Quellland's minister of justice?",
                      "Who is the minister for justice?", "Who is the justice minister?"])
    func compoundRoleFindsItsHolder(question: String) {
        #expect(ministers().answer(question).text == "Tom Weller")
    }

    /// A combining form of the dictionary as the first part: "interior" → "Innen…".
    @Test func interiorMinisterIsTheInnenminister() {
        #expect(ministers().answer("Who is the interior minister?").text == "Paul Ostermann")
    }

    /// A two-word modifier ("civil protection") after "for" and before the head, and a role stated in apposition.
    @Test(arguments: ["Who is the minister for civil protection?", "Who is the civil protection minister of Quellland?"])
    func twoWordModifier(question: String) {
        let builder = KnowledgeBuilder()!
        builder.add([Document(id: "d1", text: "Nach dem Waldbrand im Süden von Quellland hat die Regierung Hilfe zugesagt. "
            + "Die Finanzministerin Lena Stein versprach Geld für den Wiederaufbau. "
            + "Paul Ostermann, der Bürgerschutzminister, sagte, die Feuerwehr habe die Lage unter Kontrolle.")])
        let a = Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon)!
        #expect(a.answer(question).text == "Paul Ostermann")
    }

    /// Outside role questions the compound is the phrase's term group: the sentence with "Hafenplan" answers, not the
    /// one with "Plan" alone.
    @Test func compoundPhraseRanksItsSentence() {
        let builder = KnowledgeBuilder()!
        builder.add([Document(id: "d1", text: "Am 5. Januar 2021 billigte der Stadtrat von Quellheim den Plan für neue Radwege. "
            + "Am 3. März 2021 billigte der Stadtrat auch den Hafenplan.")])
        let a = Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon)!
        let q = a.parser.parse("When did the city council of Quellheim approve the harbour plan?")
        #expect(a.compoundPhrases(q).map(\.words) == [["harbour", "plan"]])
        #expect(a.answer(q).text?.contains("3. März 2021") == true)
    }

    /// A phrase the dictionary translates whole ("foreign minister") stays the dictionary's; names make no compounds.
    @Test func dictionaryPhrasesAndNamesMakeNoCompounds() {
        let a = ministers()
        #expect(a.compoundPhrases(a.parser.parse("Who is the foreign minister?")).isEmpty)
        #expect(a.compoundPhrases(a.parser.parse("Who is the Quellland minister?")).isEmpty)
    }

    /// "Which court …?" asks for an organisation: here the passive agent.
    @Test func whichCourtAskedInEnglish() {
        let builder = KnowledgeBuilder()!
        builder.add([Document(id: "d1", text: "Die Großdemonstration wurde vom Quellheimer Verwaltungsgerichtshof unter Auflagen erlaubt.")])
        let a = Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon)!
        #expect(a.answer("Which court allowed the demonstration?").text?.contains("Verwaltungsgerichtshof") == true)
    }

    /// A postpositive English compound written with a space ("director general") is the dictionary's hyphenated entry.
    @Test func postpositiveCompoundWithSpace() {
        #expect(german("director general").contains("Generaldirektor"))
        #expect(lexicon.phraseUnits(["director", "general", "of", "the", "agency"]).first == 2)
    }

    /// English capitalizes titles inside a name run ("the Quellland Prime Minister", "the UN Secretary-General"): the
    /// title is no part of the name, the institution is translated ("UN" → Uno), and a stated role with that
    /// institution's German form answers.
    @Test(arguments: ["Who is the UN Secretary-General?", "Who is the UN Secretary-General who visited the Quellheim camp?",
                      "Who is the secretary general of the UN?"])
    func titlesInsideNameRuns(question: String) {
        let builder = KnowledgeBuilder()!
        builder.add([Document(id: "d1", text: "Quellheim – UNO-Generalsekretär Jan Ostrow hat am Montag das Lager in Quellheim besucht. "
            + "Die Lage sei ernst, sagte er.")])
        let a = Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon)!
        let q = a.resolvingAnchors(a.parser.parse(question))
        #expect(!q.names.contains { $0.contains("Secretary") })
        #expect(a.answer(question).text == "Jan Ostrow")
    }

    /// An English adjective ("Quellish" is not a word, "Austrian" is) is no misspelt name of the corpus.
    @Test func dictionaryWordIsNoMisspeltName() {
        let builder = KnowledgeBuilder()!
        builder.add([Document(id: "d1", text: "Der Verein Austria Quellheim gewann. Österreichs Außenminister Paul Ostermann reiste nach Rom.")])
        let a = Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon)!
        #expect(!a.resolvingAnchors(a.parser.parse("Who is the Austrian foreign minister?")).names.contains("Austria"))
        #expect(a.answer("Who is the Austrian foreign minister?").text?.hasPrefix("Paul Ostermann") == true)
    }

    /// "Who called X a Y?" asks for a speaker with a verb of no speech row: the speaker of the attribution that holds the
    /// question's words.
    @Test func agentQuestionAnsweredBySpeaker() {
        let builder = KnowledgeBuilder()!
        builder.add([Document(id: "d1", text: "Die neue Brücke in Quellheim sei ein teurer Fehler, sagte ein Stadtrat am Montag. "
            + "Die Bauarbeiten dauern seit 2019.")])
        let a = Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon)!
        #expect(a.answer("Who called the new bridge in Quellheim an expensive mistake?").text?.contains("Stadtrat") == true)
    }

    /// An English country name typed as a name ("Turkey", also a dictionary word) is translated (Türkei).
    @Test func countryNameAsNameIsTranslated() {
        let builder = KnowledgeBuilder()!
        builder.add([Document(id: "d1", text: "Nach dem Gipfel in Quellheim kritisierte Karl Brenner die Türkei scharf.")])
        let a = Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon)!
        #expect(a.answer("Who criticised Turkey after the summit in Quellheim?").text?.contains("Karl Brenner") == true)
    }
}
