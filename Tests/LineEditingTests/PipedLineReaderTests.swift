import Testing
import LineEditing

/// Feeds `lines` one by one, then `nil`, the way `readLine()` ends.
private func feeder(_ lines: [String]) -> () -> String? {
    var remaining = lines[...]
    return { remaining.popFirst() }
}

@Suite struct PipedLineReaderTests {
    @Test func returnsEachLineThenEndOfInput() {
        let reader = PipedLineReader(readLineFunction: feeder(["Wer bestätigte die Größe?", "", ".load docs/"]))
        #expect(reader.readLine(prompt: "beleg> ") == .line("Wer bestätigte die Größe?"))
        #expect(reader.readLine(prompt: "beleg> ") == .line(""))
        #expect(reader.readLine(prompt: "beleg> ") == .line(".load docs/"))
        #expect(reader.readLine(prompt: "beleg> ") == .endOfInput)
        #expect(reader.readLine(prompt: "beleg> ") == .endOfInput)
    }

    @Test func emptyInputIsEndOfInputAtOnce() {
        let reader = PipedLineReader(readLineFunction: feeder([]))
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test func promptIsIgnored() {
        var prompts: [String] = []
        let reader = PipedLineReader(readLineFunction: {
            prompts.append("asked")
            return nil
        })
        _ = reader.readLine(prompt: "beleg> ")
        #expect(prompts == ["asked"])
    }
}
