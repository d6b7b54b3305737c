import Foundation

/// One line of a `.jsonl` corpus file, read strictly: every field has one JSON type, and a value of another
/// type is reported instead of being converted (a boolean `id` is not "1") or dropped (a numeric `date`).
struct JSONLArticle {
    /// A problem with one line; `message` tells the user whether the article was kept or left out.
    struct Problem: Error {
        var message: String
    }

    var id: String
    var title: String?
    var date: CalendarDate?
    var source: String?
    var language: String?
    var text: String
    /// Problems that did not stop the article from loading (a bad date, a field of the wrong type).
    var warnings: [Problem] = []

    /// Reads one line. Fails (the line is skipped) on invalid UTF-8, a line that is not a JSON object, a missing
    /// or non-string `text`, or an `id` that is neither a string nor a number. `fallbackID` names an id-less line.
    static func parse(_ line: Data, fallbackID: String) -> Result<JSONLArticle, Problem> {
        guard String(validatingUTF8Data: line) != nil else { return .failure(Problem(message: "invalid UTF-8; the line was skipped")) }
        guard let object = try? JSONSerialization.jsonObject(with: line, options: []), let dict = object as? [String: Any] else {
            return .failure(Problem(message: "not a JSON object; the line was skipped"))
        }
        guard let text = dict["text"] as? String else { return .failure(Problem(message: "no \"text\" string; the line was skipped")) }
        let id: String
        switch dict["id"] {
        case let s as String: id = s.isEmpty ? fallbackID : s
        case let n as NSNumber where !isBoolean(n): id = n.stringValue
        case nil, is NSNull: id = fallbackID
        case let other?:
            return .failure(Problem(message: "\"id\" is \(typeName(other)), not a string or a number; the line was skipped"))
        }
        var article = JSONLArticle(id: id, text: text)
        article.title = article.string(dict, "title")
        article.source = article.string(dict, "source")
        article.language = article.string(dict, "lang")
        switch dict["date"] {
        case nil, is NSNull: break
        case let d as String:
            if d.isEmpty { break }
            if let parsed = CalendarDate(iso: d) { article.date = parsed } else {
                article.warnings.append(Problem(message: "date \"\(d)\" is not YYYY-MM-DD; the article was loaded without a date"))
            }
        case let other?:
            article.warnings.append(Problem(message: "\"date\" is \(typeName(other)), not a string YYYY-MM-DD; the article was loaded without a date"))
        }
        return .success(article)
    }

    /// A string field; `null` or missing is `nil`; another type is a warning and `nil`.
    private mutating func string(_ dict: [String: Any], _ key: String) -> String? {
        switch dict[key] {
        case nil, is NSNull: return nil
        case let s as String: return s
        case let other?:
            warnings.append(Problem(message: "\"\(key)\" is \(Self.typeName(other)), not a string; the field was ignored"))
            return nil
        }
    }

    /// JSON `true`/`false` (Foundation gives a boolean NSNumber, which `as? Bool` cannot tell from 0 and 1).
    static func isBoolean(_ n: NSNumber) -> Bool { String(cString: n.objCType) == "c" }

    static func typeName(_ value: Any) -> String {
        switch value {
        case let n as NSNumber: return isBoolean(n) ? "a boolean (\(n.boolValue))" : "a number (\(n.stringValue))"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "of another type"
        }
    }
}
