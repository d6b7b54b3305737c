import Testing
@testable import WordLists

@Suite struct WordListsTests {
    @Test func entriesSkipCommentsAndBlanks() {
        let words = WordLists.entries("words/function-words.txt")
        #expect(!words.isEmpty)
        #expect(!words.contains { $0.hasPrefix("#") || $0.isEmpty || $0.hasPrefix(" ") || $0.hasSuffix(" ") })
        #expect(words.contains("der"))
    }

    @Test func rowsSplitFields() {
        let rows = WordLists.rows("places/country-names-en-de.txt", separator: UInt8(ascii: "|"))
        let germany = rows.first { $0.first == "germany" }
        #expect(germany?.dropFirst().first == "Deutschland")
        let verbs = WordLists.rows("verbs/strong-verbs.txt")
        #expect(verbs.allSatisfy { $0.count >= 4 })
    }

    /// Every resource names its source and licence in its header.
    @Test func everyListNamesSourceAndLicence() throws {
        for path in WordLists.allFiles where path.hasSuffix(".txt") && !path.contains("LGPL") {
            let head = String(decoding: WordLists.contents(path).prefix(1500), as: UTF8.self)
            #expect(head.contains("Source"), "\(path) names no source")
            #expect(head.contains("Licence"), "\(path) names no licence")
        }
    }
}

@Suite struct ConceptTests {
    @Test func monthsAndWeekdays() {
        #expect(Concepts.monthNames("de").count == 14)   // with Jänner and Feber
        #expect(Set(Concepts.months.filter { $0.language == "de" }.map(\.number)) == Set(1...12))
        #expect(Concepts.monthNames("de", full: false, abbreviations: true).contains("Jän"))
        #expect(Concepts.weekdayNames("en").count == 7)
    }

    @Test func classesSelectEntries() {
        let articles = Concepts.determiners(["definite"])
        #expect(Set(articles) == ["der", "die", "das", "den", "dem", "des"])
        #expect(Concepts.nameParticles(["preposition"]) == ["zu"])
        #expect(Concepts.nameParticles(["particle", "article"]).contains("der"))
        #expect(!Concepts.nameParticles(["particle"]).contains("der"))
    }

    @Test func wordSetMatchesExactly() {
        let set = WordSet("words/function-words.txt")
        #expect(set.contains("der"))
        #expect(set.contains(Substring("über")))
        #expect(!set.contains("Der"))
        #expect(!set.contains(""))
        #expect(!set.contains("#"))
        #expect(set.count == WordLists.set("words/function-words.txt").count)
    }

    /// Synonym sets: every term of a set has the others, in file order, without itself; look-ups ignore case.
    @Test func synonymSetsShareTheirTerms() {
        let sets = SynonymSets(rows: [["untersagen", "verbieten"], ["Aufmarsch", "Demonstration", "Kundgebung"], ["verbieten", "sperren"]])
        #expect(sets.synonyms(of: "Untersagen") == ["verbieten"])
        #expect(sets.synonyms(of: "verbieten") == ["untersagen", "sperren"])
        #expect(sets.synonyms(of: "kundgebung") == ["Aufmarsch", "Demonstration"])
        #expect(sets.synonyms(of: "Demonstration", limit: 1) == ["Aufmarsch"])
        #expect(sets.synonyms(of: "laufen").isEmpty)
        // The shipped sets load and hold a set of common verbs.
        #expect(SynonymSets.shared.synonyms(of: "untersagen", limit: 40).contains("verbieten"))
    }
}
