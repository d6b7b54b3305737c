import Foundation
import Facts
import Answering

/// Writes the fact store as JSON Lines, one fact a line.
///
/// Every line has `kind` (person, organisation, place, attribution, timex, denial, claim), `doc` (document id),
/// `sentence` (1-based) and the fact's fields. Every span is an object
/// `{"text", "start", "end", "char_start", "char_end"}`: `text` is exactly the text of the range, `start`/`end`
/// are UTF-8 byte offsets into the document's normalized text, `char_start`/`char_end` the same range in
/// Unicode scalars; a discontinuous cue adds `display` ("fügte … hinzu").
public struct FactExport {
    public let knowledgeBase: KnowledgeBase

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
    }

    /// The JSON lines of all documents, or only of facts about the entity `name` (any mention of it).
    public func lines(about name: String? = nil) -> [String] {
        let keys = name.map { knowledgeBase.facts.matchingKeys($0) }
        var out: [String] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (d, facts) in knowledgeBase.facts.documents.enumerated() {
            let doc = knowledgeBase.documents[d]
            let offsets = ScalarOffsets(doc.bytes)
            func span(_ t: TextSpan) -> SpanJSON {
                // `text` is always the exact slice; a discontinuous cue ("fügte … hinzu") keeps its short form in `display`.
                let slice = doc.text(t.span.range)
                return SpanJSON(text: slice, start: t.span.start, end: t.span.end,
                                char_start: offsets.scalarIndex(t.span.start), char_end: offsets.scalarIndex(t.span.end),
                                display: slice == t.text ? nil : t.text)
            }
            func about(_ names: [String]) -> Bool {
                guard let keys else { return true }
                return names.contains { keys.contains(NameKey.of($0)) }
            }
            func emit(_ fact: FactJSON) {
                if let data = try? encoder.encode(fact) { out.append(String(decoding: data, as: UTF8.self)) }
            }
            let id = doc.document.id
            for m in facts.entities where about([m.canonicalName]) {
                var f = FactJSON(kind: m.kind.rawValue, doc: id, sentence: m.sentence + 1)
                f.name = span(m.name)
                f.canonical = m.canonicalName
                f.role = m.role.map(span)
                f.rule = m.roleRule
                emit(f)
            }
            for a in facts.attributions where about([a.resolvedSpeaker ?? a.speaker?.text ?? ""]) {
                var f = FactJSON(kind: "attribution", doc: id, sentence: a.sentence + 1)
                f.speaker = a.speaker.map(span)
                f.resolved_speaker = a.resolvedSpeaker
                f.cue = span(a.cue)
                f.message = a.message.map(span)
                f.form = a.form.rawValue
                f.rule = a.rule
                emit(f)
            }
            if keys == nil {
                for t in facts.times {
                    var f = FactJSON(kind: "timex", doc: id, sentence: t.sentence + 1)
                    f.expression = span(t.text)
                    f.type = t.type
                    f.value = t.value
                    f.mod = t.mod
                    emit(f)
                }
            }
            for c in facts.claims where about(c.resolvedClaimants + c.claimants.map(\.text) + [c.target?.text ?? ""]) {
                var f = FactJSON(kind: "claim", doc: id, sentence: c.sentence + 1)
                f.claimants = c.claimants.map(span)
                f.resolved_claimants = c.resolvedClaimants
                f.target = c.target.map(span)
                f.cue = span(c.cue)
                f.content = c.content.map(span)
                f.status = c.status.rawValue
                f.rule = c.rule
                emit(f)
            }
            for dn in facts.denials where about(dn.resolvedDeniers + dn.deniers.map(\.text)) {
                var f = FactJSON(kind: "denial", doc: id, sentence: dn.sentence + 1)
                f.deniers = dn.deniers.map(span)
                f.resolved_deniers = dn.resolvedDeniers
                f.cue = span(dn.cue)
                f.content = dn.content.map(span)
                f.status = dn.notConfirmed ? "not confirmed" : "denied"
                f.rule = dn.rule
                emit(f)
            }
        }
        return out
    }
}

/// Maps UTF-8 byte offsets to Unicode scalar offsets.
struct ScalarOffsets {
    /// `starts[k]` = byte offset of scalar k.
    private var starts: [Int] = []
    private let count: Int

    init(_ bytes: [UInt8]) {
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { starts.append(i) }
        count = bytes.count
    }

    func scalarIndex(_ byteOffset: Int) -> Int {
        if byteOffset >= count { return starts.count }
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < byteOffset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

struct SpanJSON: Encodable {
    let text: String
    let start: Int
    let end: Int
    let char_start: Int
    let char_end: Int
    let display: String?
}

struct FactJSON: Encodable {
    let kind: String
    let doc: String
    let sentence: Int
    var name: SpanJSON?
    var canonical: String?
    var role: SpanJSON?
    var speaker: SpanJSON?
    var resolved_speaker: String?
    var cue: SpanJSON?
    var message: SpanJSON?
    var form: String?
    var expression: SpanJSON?
    var type: String?
    var value: String?
    var mod: String?
    var deniers: [SpanJSON]?
    var resolved_deniers: [String]?
    var content: SpanJSON?
    var status: String?
    var claimants: [SpanJSON]?
    var resolved_claimants: [String]?
    var target: SpanJSON?
    var rule: String?

    init(kind: String, doc: String, sentence: Int) {
        self.kind = kind
        self.doc = doc
        self.sentence = sentence
    }
}
