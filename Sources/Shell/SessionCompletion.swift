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

    /// Completion candidates for what is being typed: dot-commands at the start of a line; paths after `.load`,
    /// `.read`, `.output`, `.once` (`~` from `$HOME`); the values of `.mode`, `.bail`, `.timer`, `.help`; entity
    /// names elsewhere, ignoring case and whole multi-word names ("Wer ist anna b" → "Anna Berg").
    public static func completions(lineBeforeCursor line: String, entityNames: [String],
                                   home: String? = ProcessInfo.processInfo.environment["HOME"]) -> [String] {
        let command = commandName(line)
        if line.hasPrefix("."), line.contains(" ") {
            let argument = String(line.dropFirst(command.count)).drop { $0 == " " }
            switch command {
            case ".load", ".read", ".output", ".once": return PathCompletion.candidates(String(argument), home: home)
            case ".mode": return ["text", "json"].filter { $0.hasPrefix(argument.lowercased()) }
            case ".bail", ".timer": return ["on", "off"].filter { $0.hasPrefix(argument.lowercased()) }
            case ".help": return commandNames.filter { $0.hasPrefix(argument.lowercased()) }
            default: return []
            }
        }
        if line.hasPrefix(".") {
            return commandNames.filter { $0.hasPrefix(line.lowercased()) }
        }
        return entityCandidates(line, entityNames: entityNames)
    }

    /// Names that start with the longest tail of the line (at most four words, at word starts) that any name
    /// starts with, ignoring case.
    static func entityCandidates(_ line: String, entityNames: [String]) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        guard let last = words.last, !last.isEmpty else { return [] }
        let lowered = entityNames.map { $0.lowercased() }
        for count in stride(from: min(4, words.count), through: 1, by: -1) {
            let tail = words.suffix(count).joined(separator: " ").lowercased()
            let found = zip(entityNames, lowered).filter { $0.1.hasPrefix(tail) }.map(\.0)
            if !found.isEmpty { return found }
        }
        return []
    }
}

/// File-name completion for `.load`.
enum PathCompletion {
    /// Entries of the directory `partial` names, starting with its last part; `~` and `~/` expand from `home`.
    static func candidates(_ partial: String, home: String?) -> [String] {
        if partial == "~" { return home == nil ? [] : ["~/"] }
        var expanded = partial
        if let home, partial == "~" || partial.hasPrefix("~/") { expanded = home + partial.dropFirst() }
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
