import Foundation
import Testing
import LineEditing

/// libedit keeps process-wide state (locale, terminal setup): one reader at a time.
extension LibEditSuites {
    @Suite struct EditLineReaderHistoryTests {
        private func temporaryDirectory() throws -> URL {
            let url = FileManager.default.temporaryDirectory
                .appendingPathComponent("beleg-lineedit-\(UUID().uuidString)", isDirectory: true)
            return url
        }

        private func makeReader(historyFile: String?) -> EditLineReader {
            EditLineReader(programName: "beleg-tests", historyFile: historyFile, completer: { _ in [] })
        }

        @Test func historyRoundTripsThroughTheFile() throws {
            let directory = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            // Parent directories do not exist yet: the reader creates them.
            let file = directory.appendingPathComponent("state/beleg/history").path
            let entries = [
                "Wer bestätigte die Größe?",
                ".load docs/news 2024.jsonl",
                "back\\slash and\ttab",
                "Wer bestätigte die Größe?",
            ]
            do {
                let reader = makeReader(historyFile: file)
                #expect(reader.historyEntries() == [])
                for entry in entries { reader.addHistory(entry) }
                reader.addHistory(entries.last!)  // a consecutive duplicate is not added
                #expect(reader.historyEntries() == entries)
            }
            let contents = try String(contentsOfFile: file, encoding: .utf8)
            #expect(contents.hasPrefix("_HiStOrY_V2_\n"))
            #expect(contents.contains(".load\\040docs/news\\0402024.jsonl"))

            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)

            let reopened = makeReader(historyFile: file)
            #expect(reopened.historyEntries() == entries)
            reopened.addHistory(".quit")
            #expect(makeReader(historyFile: file).historyEntries() == entries + [".quit"])
        }

        @Test func historyKeepsTheNewestThousandEntries() throws {
            let directory = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("history").path
            do {
                let reader = makeReader(historyFile: file)
                for number in 1...1005 { reader.addHistory("question \(number)") }
                let kept = reader.historyEntries()
                #expect(kept.count == EditLineReader.historyCapacity)
                #expect(kept.first == "question 6")
                #expect(kept.last == "question 1005")
            }
            let reopened = makeReader(historyFile: file).historyEntries()
            #expect(reopened.count == 1000)
            #expect(reopened.first == "question 6")
        }

        @Test func withoutAFileHistoryStaysInMemory() {
            let reader = makeReader(historyFile: nil)
            reader.addHistory("eins")
            reader.addHistory("zwei")
            #expect(reader.historyEntries() == ["eins", "zwei"])
        }

        @Test func aMissingFileStartsEmpty() throws {
            let directory = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let reader = makeReader(historyFile: directory.appendingPathComponent("nope/history").path)
            #expect(reader.historyEntries() == [])
        }
    }
}
