import TestSupport
import Foundation
import Testing

/// Runs the shared grader on the public seed questions (25 questions over the built-in article) against the built
/// binary. Small enough for every `swift test`; the larger question sets are graded by `make grade`.
@Suite(.sharedData("eval/grade.py", "eval/seed-public.jsonl"))
struct GradeTests {
    @Test func seedPublicScore() throws {
        let grader = SharedData.url("eval/grade.py").path
        let questions = SharedData.url("eval/seed-public.jsonl").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", grader, questions, "--cmd", belegBinary()]
        var env = ProcessInfo.processInfo.environment
        env["BELEG_CORPUS"] = SharedData.packageRoot.appendingPathComponent("corpus").path
        env["XDG_CACHE_HOME"] = SharedData.cacheHome
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = String(decoding: data, as: UTF8.self)
        let last = report.split(separator: "\n").last.map(String.init) ?? ""
        let passed = Int(last.split(separator: " ").first ?? "") ?? -1
        #expect(passed == 25, "grade.py seed-public (25/25 measured 2026-12-06): \(report)")
        #expect(report.contains("protocol errors 0"))
    }
}
