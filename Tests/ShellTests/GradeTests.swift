import Foundation
import Testing

/// Runs the shared grader on the public seed questions against the built binary.
@Suite struct GradeTests {
    @Test func seedPublicScore() throws {
        let grader = sharedDirectory.appendingPathComponent("eval/grade.py").path
        let questions = sharedDirectory.appendingPathComponent("eval/seed-public.jsonl").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", grader, questions, "--cmd", belegBinary()]
        var env = ProcessInfo.processInfo.environment
        env["BELEG_CORPUS"] = packageRoot.appendingPathComponent("corpus").path
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = String(decoding: data, as: UTF8.self)
        let last = report.split(separator: "\n").last.map(String.init) ?? ""
        let passed = Int(last.split(separator: " ").first ?? "") ?? -1
        #expect(passed >= 23, "grade.py seed-public: \(report)")
        #expect(report.contains("protocol errors 0"))
    }
}
