/// What one press of Tab does to the line being edited.
///
/// Lengths count Unicode scalars, which is what libedit's wide-character line
/// buffer holds (one `wchar_t` per scalar).
enum CompletionAction: Sendable, Equatable {
    /// Nothing to insert: no candidates, or several that share nothing beyond
    /// the current word (first Tab). The editor rings the bell.
    case beep
    /// Replace the current word (the last `wordLength` scalars before the
    /// cursor) with `replacement`.
    case replaceWord(wordLength: Int, replacement: String)
    /// Show these candidates below the line and leave the line as it is.
    case list([String])
}

/// The pure part of Tab completion: which word is completed and how.
enum Completion {
    /// The word being completed: the text after the last space before the
    /// cursor (the whole text if it has no space).
    static func currentWord(lineBeforeCursor: String) -> Substring {
        guard let space = lineBeforeCursor.lastIndex(of: " ") else { return lineBeforeCursor[...] }
        return lineBeforeCursor[lineBeforeCursor.index(after: space)...]
    }

    /// The text before the cursor that the candidates replace: the longest part of the line that starts at
    /// the line's start or after a space and that every candidate starts with, ignoring case (so a
    /// candidate "Anna Berg" replaces "anna b"); the current word when there is none such.
    static func replacedText(lineBeforeCursor line: String, candidates: [String]) -> Substring {
        guard !candidates.isEmpty else { return currentWord(lineBeforeCursor: line) }
        let lowered = candidates.map { $0.lowercased() }
        var starts = [line.startIndex]
        var index = line.startIndex
        while let space = line[index...].firstIndex(of: " ") {
            index = line.index(after: space)
            starts.append(index)
        }
        for start in starts {
            let tail = line[start...]
            let key = tail.lowercased()
            if lowered.allSatisfy({ $0.hasPrefix(key) }) { return tail }
        }
        return currentWord(lineBeforeCursor: line)
    }

    /// Decides what Tab does.
    ///
    /// - Parameters:
    ///   - lineBeforeCursor: The line's text before the cursor.
    ///   - candidates: Full replacements for the current word (or for the last
    ///     words, see ``replacedText(lineBeforeCursor:candidates:)``), as the
    ///     completer returned them (duplicates are ignored, order is kept).
    ///   - isRepeatedTab: Whether the previous key was a Tab that left the
    ///     line exactly as it is now (bash's "second Tab").
    /// - Returns: One candidate: replace the word with it plus a space (no
    ///   space after a trailing `/`). Several: replace the word with their
    ///   longest common prefix when that is longer than the word (or differs
    ///   from it, e.g. in case, at no loss of length); otherwise list them on a
    ///   repeated Tab and beep on the first.
    static func action(lineBeforeCursor: String, candidates: [String], isRepeatedTab: Bool) -> CompletionAction {
        let word = replacedText(lineBeforeCursor: lineBeforeCursor, candidates: candidates)
        let wordLength = word.unicodeScalars.count
        let distinct = uniqued(candidates)
        switch distinct.count {
        case 0:
            return .beep
        case 1:
            let only = distinct[0]
            return .replaceWord(wordLength: wordLength, replacement: only.hasSuffix("/") ? only : only + " ")
        default:
            let prefix = longestCommonPrefix(distinct)
            let progresses = prefix.unicodeScalars.count >= wordLength
                && !prefix.unicodeScalars.elementsEqual(word.unicodeScalars)
            if progresses {
                return .replaceWord(wordLength: wordLength, replacement: prefix)
            }
            return isRepeatedTab ? .list(distinct) : .beep
        }
    }

    /// The longest prefix, in Unicode scalars, that all `strings` share
    /// (`""` for no strings).
    static func longestCommonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for string in strings.dropFirst() {
            var shared = 0
            for (a, b) in zip(prefix, string.unicodeScalars) {
                guard a == b else { break }
                shared += 1
            }
            prefix.removeSubrange(shared...)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: prefix)
        return String(result)
    }

    /// Lays candidates out in columns, down then across (like `ls` and bash),
    /// to fit `width` terminal columns. Lines are separated by `"\n"`, with no
    /// trailing newline and no trailing spaces; widths count `Character`s.
    static func formatList(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let columnWidth = (candidates.map(\.count).max() ?? 0) + 2
        let columns = max(1, min(candidates.count, (width + 2) / columnWidth))
        let rows = (candidates.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                let item = candidates[index]
                line += item
                line += String(repeating: " ", count: columnWidth - item.count)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private static func uniqued(_ strings: [String]) -> [String] {
        var seen = Set<String>()
        return strings.filter { seen.insert($0).inserted }
    }
}
