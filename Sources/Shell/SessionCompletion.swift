import Foundation
import Facts
import Answering
import Rendering

extension Session {
    /// Names offered by completion: every entity's canonical name and its parts.
    public func completionNames() -> [String] {
        var out = Set<String>()
        // A name holding control characters is never offered: completion writes to the terminal raw.
        for n in knowledgeBase.facts.entityNames() where !n.unicodeScalars.contains(where: TerminalText.needsEscape) {
            out.insert(n)
            for part in n.split(separator: " ") where part.count > 1 { out.insert(String(part)) }
        }
        return out.sorted()
    }

    /// Completion candidates for the word being typed: dot-commands at the start of a line,
    /// paths after `.load`, entity names (and their parts) elsewhere.
    public static func completions(lineBeforeCursor line: String, entityNames: [String]) -> [String] {
        if line.hasPrefix(".load ") {
            return PathCompletion.candidates(String(line.dropFirst(6)).trimmingCharacters(in: .whitespaces))
        }
        if !line.contains(" ") && line.hasPrefix(".") {
            return commandNames.filter { $0.hasPrefix(line.lowercased()) }
        }
        let word = line.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        guard !word.isEmpty else { return [] }
        return entityNames.filter { $0.hasPrefix(word) && !$0.contains(" ") }
    }
}

/// File-name completion for `.load`.
enum PathCompletion {
    static func candidates(_ partial: String) -> [String] {
        let expanded = (partial as NSString).expandingTildeInPath
        let dir = partial.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
        let prefix = partial.hasSuffix("/") ? "" : (expanded as NSString).lastPathComponent
        let listDir = dir.isEmpty ? "." : dir
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: listDir) else { return [] }
        let typedDir = partial.hasSuffix("/") ? partial : (partial.contains("/") ? String(partial[...partial.lastIndex(of: "/")!]) : "")
        return entries.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.sorted().map { e in
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (listDir as NSString).appendingPathComponent(e), isDirectory: &isDir)
            return typedDir + e + (isDir.boolValue ? "/" : "")
        }
    }
}
