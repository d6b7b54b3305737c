import Foundation
import TextAnalysis

/// Writes Beleg's sentences as JSON Lines, one document a line:
/// `{"id", "sentences": [[start, end], ...], "texts": [...]}`, offsets in Unicode code points (end exclusive)
/// into the document text after `TextHygiene` (as SoMaJo's export in `bench-s/somajo-sentences.jsonl` counts them).
func writeSentences(_ documents: [AnalyzedDocument], to path: String) throws {
    var out = Data()
    let encoder = JSONEncoder()
    struct Line: Encodable {
        var id: String
        var sentences: [[Int]]
        var texts: [String]
    }
    for doc in documents {
        var line = Line(id: doc.document.id, sentences: [], texts: [])
        var byte = 0, scalar = 0
        func advance(to target: Int) {
            while byte < target {
                if doc.bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
                byte += 1
            }
        }
        for sentence in doc.sentences {
            advance(to: sentence.range.lowerBound)
            let start = scalar
            advance(to: sentence.range.upperBound)
            line.sentences.append([start, scalar])
            line.texts.append(doc.text(sentence.range))
        }
        out.append(try encoder.encode(line))
        out.append(UInt8(ascii: "\n"))
    }
    try out.write(to: URL(fileURLWithPath: path))
}
