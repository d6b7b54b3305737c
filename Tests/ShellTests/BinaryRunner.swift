import TestSupport
import Foundation
import Testing

/// The built `beleg` executable: `$BELEG_BIN`, else the newest of the release and debug builds.
func belegBinary() -> String {
    if let env = ProcessInfo.processInfo.environment["BELEG_BIN"], !env.isEmpty { return env }
    let candidates = [".build/release/beleg", ".build/debug/beleg"].map { SharedData.packageRoot.appendingPathComponent($0).path }
    let existing = candidates.filter { FileManager.default.fileExists(atPath: $0) }
    func modified(_ p: String) -> Date { ((try? FileManager.default.attributesOfItem(atPath: p))?[.modificationDate] as? Date) ?? .distantPast }
    return existing.max { modified($0) < modified($1) } ?? candidates[1]
}

struct RunResult {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs the binary with `arguments`, feeding `stdin`, and returns what it printed and its exit status.
func runBeleg(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: belegBinary())
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["BELEG_CORPUS"] = SharedData.packageRoot.appendingPathComponent("corpus").path
    env["XDG_CACHE_HOME"] = SharedData.cacheHome
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let input = Pipe(), output = Pipe()
    let (error, errorFile) = try errorCapture()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return RunResult(stdout: String(decoding: out, as: UTF8.self), stderr: try readCapture(error, errorFile), status: process.terminationStatus)
}

/// Standard error goes to a temporary file, not a pipe: a pipe read only after standard output could fill up
/// (64 KB) and block the program for ever.
private func errorCapture() throws -> (FileHandle, URL) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("beleg-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    return (try FileHandle(forWritingTo: url), url)
}

private func readCapture(_ handle: FileHandle, _ url: URL) throws -> String {
    try handle.close()
    defer { try? FileManager.default.removeItem(at: url) }
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("beleg-shell-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs `script` with `/bin/sh -c`, where `"$BELEG"` names the built binary; returns its standard output, error and status.
func runShell(_ script: String, environment: [String: String] = [:]) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    var env = ProcessInfo.processInfo.environment
    env["BELEG"] = belegBinary()
    env["BELEG_CORPUS"] = SharedData.packageRoot.appendingPathComponent("corpus").path
    env["XDG_CACHE_HOME"] = SharedData.cacheHome
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let output = Pipe()
    let (error, errorFile) = try errorCapture()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return RunResult(stdout: String(decoding: out, as: UTF8.self), stderr: try readCapture(error, errorFile), status: process.terminationStatus)
}
