/// A news article as loaded from a corpus file, after text hygiene.
///
/// `text` is the normalized article text (NFC, LF line ends, no byte-order mark,
/// no soft hyphens, no-break spaces turned into spaces). Every UTF-8 byte offset
/// Beleg reports (sentences, tokens, facts, citations) is an offset into `text.utf8`.
public struct Document: Sendable, Hashable {
    /// Document id: the JSONL `id`, else the path relative to the loaded root without extension.
    public var id: String
    /// Title from front matter or JSONL; `nil` when the file does not give one (never invented).
    public var title: String?
    /// Publication date (the document creation time) from front matter or JSONL; `nil` when unknown.
    public var date: CalendarDate?
    /// Source (publisher) from front matter or JSONL.
    public var source: String?
    /// Language code (`de`, `en`) when given.
    public var language: String?
    /// Normalized article text; paragraphs are separated by blank lines.
    public var text: String
    /// Where the document came from, for error messages: the file path (as given).
    public var origin: String
    /// The 1-based line of `origin` for a JSONL article; `nil` for a whole file.
    public var originLine: Int?

    /// `origin`, with `:LINE` for a JSONL article.
    public var originDescription: String { originLine.map { "\(origin):\($0)" } ?? origin }

    public init(id: String, title: String? = nil, date: CalendarDate? = nil, source: String? = nil,
                language: String? = nil, text: String, origin: String = "", originLine: Int? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.language = language
        self.text = TextHygiene.normalize(text)
        self.origin = origin
        self.originLine = originLine
    }
}

/// A calendar date (proleptic Gregorian), used for document creation times.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (a longer ISO 8601 timestamp is cut after the day); `nil` if malformed or out of range.
    public init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...CalendarDate.daysInMonth(year: y, month: m)).contains(d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
