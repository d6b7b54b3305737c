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
