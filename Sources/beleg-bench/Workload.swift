import Foundation

/// The questions a benchmark asks, read from files.
enum Workload {
    /// Asked when no question file is given and the shared question sets are missing.
    static let builtin = [
        "Wer ist die Sprecherin?", "Wann begann die Konferenz?", "Was bestritt der Minister?", "Wer bestreitet die Vorwürfe?",
        "Wo wurde der Präsident geboren?", "Wie viele Menschen wurden verletzt?", "Wer sagte, dass die Regierung zurücktritt?",
        "Who denied the report?", "Wann starb der Sänger?", "Welche Partei gewann die Wahl?",
    ]

    /// The default question files: XQuAD-de (`../shared/eval/xquad-de.jsonl`) and the MLQA-de dev set, relative to
    /// the package root; only those that exist.
    static func defaultFiles(packageRoot: URL) -> [String] {
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return [shared.appendingPathComponent("eval/xquad-de.jsonl").path,
                shared.appendingPathComponent("data/mlqa-de/mlqa.dev.de-de.json").path]
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// The questions of `path`: JSON Lines with a "question" field (`.jsonl`), a SQuAD file (`.json`: data →
    /// paragraphs → qas → question), or one question a line (anything else; empty lines skipped).
    static func questions(in path: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        if path.hasSuffix(".jsonl") {
            return try data.split(separator: UInt8(ascii: "\n")).compactMap { line in
                guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) else { return nil }
                let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
                return object?["question"] as? String
            }
        }
        if path.hasSuffix(".json") {
            let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let articles = root?["data"] as? [[String: Any]] ?? []
            return articles.flatMap { article in
                (article["paragraphs"] as? [[String: Any]] ?? []).flatMap { paragraph in
                    (paragraph["qas"] as? [[String: Any]] ?? []).compactMap { $0["question"] as? String }
                }
            }
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
}
