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

    /// "Which court …?" asks for an organisation: here the passive agent.
    @Test func whichCourtAskedInEnglish() {
        let builder = KnowledgeBuilder()!
        builder.add([Document(id: "d1", text: "Die Großdemonstration wurde vom Quellheimer Verwaltungsgerichtshof unter Auflagen erlaubt.")])
        let a = Answerer(knowledgeBase: builder.knowledgeBase, lexicon: lexicon)!
        #expect(a.answer("Which court allowed the demonstration?").text?.contains("Verwaltungsgerichtshof") == true)
    }
}
