import Testing
@testable import LineEditing

@Suite struct CompletionTests {
    @Test(arguments: [
        ("", ""),
        (".lo", ".lo"),
        (".load do", "do"),
        (".load ", ""),
        ("wer sagte Grö", "Grö"),
    ])
    func currentWord(line: String, word: String) {
        #expect(Completion.currentWord(lineBeforeCursor: line) == word[...])
    }

    @Test(arguments: [
        // One candidate: the word is replaced, a space follows.
        (".lo", [".load"], false, CompletionAction.replaceWord(wordLength: 3, replacement: ".load ")),
        // ... but not after a directory.
        (".load do", ["docs/"], false, .replaceWord(wordLength: 2, replacement: "docs/")),
        // The word is exactly the only candidate: still add the space.
        (".help", [".help"], false, .replaceWord(wordLength: 5, replacement: ".help ")),
        // Duplicates count once.
        (".lo", [".load", ".load"], false, .replaceWord(wordLength: 3, replacement: ".load ")),
        // Umlauts: lengths are Unicode scalars ("Grö" is 3).
        ("wer Grö", ["Größe"], false, .replaceWord(wordLength: 3, replacement: "Größe ")),
        // Several: insert the longest common prefix.
        ("x Gr", ["Größe", "Grönland"], false, .replaceWord(wordLength: 2, replacement: "Grö")),
        (".l", [".load", ".lookup"], false, .replaceWord(wordLength: 2, replacement: ".lo")),
        // A candidate may fix case when it is no shorter than the word.
        ("x grö", ["Größe", "Grönland"], false, .replaceWord(wordLength: 3, replacement: "Grö")),
        // Nothing more in common: beep first, list on the second Tab.
        (".lo", [".load", ".lookup"], false, .beep),
        (".lo", [".load", ".lookup"], true, .list([".load", ".lookup"])),
        (".", [".quit", ".load", ".quit"], true, .list([".quit", ".load"])),
        // Candidates sharing less than the word never shorten it.
        ("abc", ["abx", "aby"], false, .beep),
        ("abc", ["abx", "aby"], true, .list(["abx", "aby"])),
        // A multi-word candidate replaces the words it starts with, ignoring case.
        ("Wer ist john k", ["John Kirby"], false, .replaceWord(wordLength: 6, replacement: "John Kirby ")),
        ("Wer ist john", ["John Kirby", "John Doe"], false, .replaceWord(wordLength: 4, replacement: "John ")),
        ("Wer ist kir", ["Kirby"], false, .replaceWord(wordLength: 3, replacement: "Kirby ")),
        // A candidate that does not start with the word (an expanded path) replaces the current word.
        (".load ~/x", ["/home/u/x/"], false, .replaceWord(wordLength: 3, replacement: "/home/u/x/")),
        // No candidates.
        ("zzz", [], false, .beep),
        ("zzz", [], true, .beep),
    ])
    func action(line: String, candidates: [String], repeated: Bool, expected: CompletionAction) {
        #expect(Completion.action(lineBeforeCursor: line, candidates: candidates, isRepeatedTab: repeated) == expected)
    }

    @Test(arguments: [
        ([], ""),
        (["alone"], "alone"),
        ([".load", ".lookup", ".lo"], ".lo"),
        (["Größe", "Grönland"], "Grö"),
        (["abc", "xyz"], ""),
        (["same", "same"], "same"),
    ])
    func longestCommonPrefix(strings: [String], expected: String) {
        #expect(Completion.longestCommonPrefix(strings) == expected)
    }

    @Test func listFillsColumnsDownThenAcross() {
        let items = [".exit", ".explain", ".help", ".load", ".lookup", ".quit", ".read"]
        // Column width 8 + 2 = 10; 30 columns hold 3 (10 + 10 + 8 = 28 ≤ 30), so 3 rows.
        #expect(Completion.formatList(items, width: 30) == """
            .exit     .load     .read
            .explain  .lookup
            .help     .quit
            """)
    }

    @Test func listUsesOneColumnWhenNarrow() {
        #expect(Completion.formatList(["Größe", "Grönland"], width: 5) == "Größe\nGrönland")
    }

    @Test func listFitsOnOneLine() {
        #expect(Completion.formatList([".load", ".lookup"], width: 80) == ".load    .lookup")
        #expect(Completion.formatList([], width: 80) == "")
    }
}
