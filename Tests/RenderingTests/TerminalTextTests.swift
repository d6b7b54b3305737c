import Testing
import Rendering

/// Issue 9, terminal injection: control characters from the corpus are shown as visible escapes in text output.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("plain text, Größe „zitiert“ – fine", "plain text, Größe „zitiert“ – fine"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
        ("\u{1B}[2J\u{1B}[Hcleared", "\\x1b[2J\\x1b[Hcleared"),                           // clear screen
        ("\u{1B}]0;pwned\u{07}title", "\\x1b]0;pwned\\x07title"),                          // window title
        ("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "\\x1b]8;;http://x\\x1b\\link\\x1b]8;;\\x1b\\"), // OSC 8
        ("\u{1B}]52;c;cHduZWQ=\u{07}", "\\x1b]52;c;cHduZWQ=\\x07"),                         // OSC 52 clipboard
        ("a\rb\u{0}c\u{7F}d", "a\\x0db\\x00c\\x7fd"),                                       // CR, NUL, DEL
        ("\u{9B}31mred\u{85}", "\\u009b31mred\\u0085"),                                     // C1: CSI, NEL
        ("\u{A0}\u{200B}", "\u{A0}\u{200B}"),                                              // not controls
    ])
    func sanitizes(input: String, expected: String) {
        #expect(TerminalText.sanitized(input) == expected)
    }

    @Test func nothingToEscapeIsReturnedUnchanged() {
        let text = String(repeating: "Kreml-Sprecher sagte: „Nein.“\n", count: 100)
        #expect(TerminalText.sanitized(text) == text)
    }
}
