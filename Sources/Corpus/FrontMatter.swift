/// Metadata from an optional front-matter block at the top of a `.txt` / `.md` article.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var date: CalendarDate?
    public var source: String?
    public var language: String?

    public struct ParseError: Error, Sendable {
        /// 1-based line of the problem in the file.
        public var line: Int
        public var message: String
    }

    /// Splits `text` into front matter and body. Without a leading `---` line the whole text is the body
    /// and every field is `nil`. Keys other than title, date, source, lang are ignored.
    /// Fails when the block is not closed or the date is not YYYY-MM-DD.
    public static func parse(_ text: String) -> Result<(FrontMatter, String), ParseError> {
        var meta = FrontMatter()
        let trimmedStart = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = trimmedStart.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: " \t\r") == "---" else { return .success((meta, trimmedStart)) }
        var index = 1
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: " \t\r")
            if line == "---" {
                let body = lines[(index + 1)...].joined(separator: "\n")
                return .success((meta, body))
            }
            if !line.isEmpty, let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].trimmingCharacters(in: " \t").lowercased()
                var value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
                if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
                    value = String(value.dropFirst().dropLast())
                }
                let v: String? = value.isEmpty || value == "null" ? nil : value
                switch key {
                case "title": meta.title = v
                case "source": meta.source = v
                case "lang", "language": meta.language = v
                case "date":
                    if let v {
                        guard let d = CalendarDate(iso: v) else {
                            return .failure(ParseError(line: index + 1, message: "date \"\(v)\" is not YYYY-MM-DD; the file was not loaded"))
                        }
                        meta.date = d
                    }
                default: break
                }
            }
            index += 1
        }
        return .failure(ParseError(line: 1, message: "front matter opened with --- is never closed; the file was not loaded"))
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
