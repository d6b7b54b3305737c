import Foundation
import Answering

/// Output formats of answers.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, json
}

/// Turns answers into text for a terminal or JSON Lines for scripts. Renderers never print.
public struct Renderer: Sendable {
    public var format: OutputFormat

    public init(format: OutputFormat) {
        self.format = format
    }

    /// The rendering of one answer, without a trailing newline.
    public func render(_ answer: Answer) -> String {
        switch format {
        case .json: return Self.json(answer)
        case .text: return Self.text(answer)
        }
    }

    /// One JSON object (one line, keys sorted): `question`, `type`, `answer` (string or null), `value`, `speaker`,
    /// `confidence`, `citations` [{`doc`, `sentence` (1-based), `text`, `start`, `end` (UTF-8 byte offsets)}], `explanation`.
    public static func json(_ answer: Answer) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let payload = JSONAnswer(answer)
        guard let data = try? encoder.encode(payload) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Human-readable: the answer (or a clear "no answer" line), then each cited sentence with its place.
    public static func text(_ answer: Answer) -> String {
        var lines: [String] = []
        if let text = answer.text {
            var head = text
            if let value = answer.value, value != text { head += "  [\(value)]" }
            lines.append(head)
        } else if answer.citations.isEmpty {
            lines.append("No answer in the corpus.")
        } else {
            lines.append("No short answer; the best-matching sentences:")
        }
        for c in answer.citations {
            lines.append("  [\(c.doc) #\(c.sentence), bytes \(c.start)-\(c.end)] \(c.text)")
        }
        return lines.joined(separator: "\n")
    }
}

/// The JSON shape of an answer, in a fixed key order.
struct JSONAnswer: Encodable {
    let answer: Answer
    init(_ answer: Answer) { self.answer = answer }

    enum Keys: String, CodingKey {
        case question, type, answer, value, speaker, confidence, citations, explanation
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(answer.question, forKey: .question)
        try c.encode(answer.kind.label, forKey: .type)
        try c.encode(answer.text, forKey: .answer)
        if let v = answer.value { try c.encode(v, forKey: .value) }
        if let s = answer.speaker { try c.encode(s, forKey: .speaker) }
        try c.encode((answer.confidence * 100).rounded() / 100, forKey: .confidence)
        try c.encode(answer.citations, forKey: .citations)
        try c.encode(answer.explanation, forKey: .explanation)
    }
}
