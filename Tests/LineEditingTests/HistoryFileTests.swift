import Foundation
import Testing
import LineEditing

/// The suites that create `EditLineReader`s in this process. libedit's terminal set-up (terminfo) is not thread-safe, so
/// they run one test at a time, together and not only within each suite.
@Suite(.serialized) enum LibEditSuites {}

extension LibEditSuites {
    /// Issue 9, lost history: lines are merged into the file under a lock, through a temporary file and a rename.
    @Suite struct HistoryFileTests {
        private func directory() throws -> URL {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("beleg-history-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }

        private func entries(_ path: String) -> [String] {
            EditLineReader(programName: "beleg-tests", historyFile: path, completer: { _ in [] }).historyEntries()
        }

        /// Eight writers appending at once (each append opens its own lock) keep all 200 lines.
        @Test func concurrentAppendsKeepEveryLine() throws {
            let path = try directory().appendingPathComponent("history").path
            DispatchQueue.concurrentPerform(iterations: 8) { writer in
                let file = HistoryFile(path: path, capacity: 1000)
                for n in 0..<25 { #expect(file.append("writer \(writer) line \(n)")) }
            }
            let kept = entries(path)
            #expect(kept.count == 200)
            #expect(Set(kept) == Set((0..<8).flatMap { w in (0..<25).map { "writer \(w) line \($0)" } }))
        }

        /// Two readers (two sessions) taking turns: each keeps the other's lines in the file.
        @Test func twoReadersTakingTurnsKeepBothSessionsLines() throws {
            let path = try directory().appendingPathComponent("history").path
            let a = EditLineReader(programName: "beleg-tests", historyFile: path, completer: { _ in [] })
            let b = EditLineReader(programName: "beleg-tests", historyFile: path, completer: { _ in [] })
            a.addHistory("a1"); b.addHistory("b1"); a.addHistory("a2"); b.addHistory("b2")
            #expect(entries(path) == ["a1", "b1", "a2", "b2"])
            #expect(a.historyEntries() == ["a1", "a2"])
        }

        @Test func entriesOver4KBAreNotStored() throws {
            let path = try directory().appendingPathComponent("history").path
            let file = HistoryFile(path: path, capacity: 1000)
            #expect(file.append("kurz"))
            #expect(!file.append(String(repeating: "x", count: 4097)))
            #expect(file.append(String(repeating: "y", count: 4096)))
            #expect(entries(path).map(\.count) == [4, 4096])
        }

        /// A save killed half-way leaves `history.tmp` behind; the file itself is whole and the next save succeeds.
        @Test func aLeftoverTemporaryFileDoesNoHarm() throws {
            let path = try directory().appendingPathComponent("history").path
            let file = HistoryFile(path: path, capacity: 1000)
            #expect(file.append("eins"))
            try "_HiStOrY_V2_\nhalb".write(toFile: path + ".tmp", atomically: false, encoding: .utf8)
            #expect(entries(path) == ["eins"])
            #expect(file.append("zwei"))
            #expect(entries(path) == ["eins", "zwei"])
            #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }

        @Test(arguments: [
            (["BELEG_HISTORY": "/tmp/h", "XDG_STATE_HOME": "/s"], "/tmp/h" as String?),
            (["BELEG_HISTORY": "", "XDG_STATE_HOME": "/s"], nil),
            (["XDG_STATE_HOME": "/s"], "/s/beleg/history"),
        ])
        func historyPathHonoursBelegHistory(environment: [String: String], expected: String?) {
            #expect(historyPath(environment: environment) == expected)
        }
    }
}
