import Foundation
import Facts
import Answering
import Rendering

/// The listings: `.sources`, `.claims`.
extension Session {
    /// `.sources`: every loaded document with its date, sentence count and title. Text: a count, a header and
    /// columns aligned with spaces (the title last, unpadded).
    func listSources() -> LineOutcome {
        let kb = knowledgeBase
        if format == .json {
            for d in kb.documents {
                emitJSON(Self.jsonLine(["doc": d.document.id, "title": d.document.title, "date": d.document.date?.description,
                                        "source": d.document.source, "sentences": d.sentences.count]))
            }
            return .ok
        }
        let rows = [["id", "date", "sentences", "title"]] + kb.documents.map { d in
            [d.document.id, d.document.date?.description ?? "-", String(d.sentences.count), d.document.title ?? "-"].map(TerminalText.sanitized)
        }
        var lines = ["\(kb.documents.count) document\(kb.documents.count == 1 ? "" : "s")"]
        lines += Self.aligned(rows)
        emitListing(lines.joined(separator: "\n"))
        return .ok
    }

    /// Rows as lines, every column but the last padded to its widest cell (in `Character`s) plus two spaces.
    static func aligned(_ rows: [[String]]) -> [String] {
        guard let columns = rows.first?.count, columns > 0 else { return [] }
        let widths = (0..<columns - 1).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            zip(row.dropLast(), widths).map { $0 + String(repeating: " ", count: $1 - $0.count + 2) }.joined() + row[columns - 1]
        }
    }

    /// `.claims [NAME]`: the claims about a name (all claims without one), with their status. Text: a count,
    /// then each claim; the sentence is printed once below the claims it holds (two claims in one sentence
    /// used to print it twice), and a claim found twice is listed once.
    func listClaims(_ argument: String) -> LineOutcome {
        let kb = knowledgeBase
        var seen = Set<[Int]>()
        let found = claims(about: argument.isEmpty ? nil : argument, in: kb.facts).filter { d, c in
            seen.insert([d, c.sentence, c.cue.span.start, c.cue.span.end, c.content?.span.start ?? -1, c.content?.span.end ?? -1]).inserted
        }
        if format == .json {
            for (d, c) in found {
                emitJSON(Self.jsonLine(["doc": kb.documents[d].document.id, "sentence": c.sentence + 1, "cue": c.cue.text,
                                        "claimants": c.resolvedClaimants.isEmpty ? c.claimants.map(\.text) : c.resolvedClaimants,
                                        "target": c.target?.text, "content": c.content?.text, "status": c.status.rawValue]))
            }
            return .ok
        }
        guard !found.isEmpty else {
            emit("No claims\(argument.isEmpty ? "" : " about \(argument)") in the corpus.")
            return .ok
        }
        var lines = ["\(found.count) claim\(found.count == 1 ? "" : "s")\(argument.isEmpty ? "" : " about \(argument)")"]
        for (i, (d, c)) in found.enumerated() {
            let who = (c.resolvedClaimants.isEmpty ? c.claimants.map(\.text) : c.resolvedClaimants).joined(separator: ", ")
            let doc = kb.documents[d]
            lines.append("\(doc.document.id) #\(c.sentence + 1)  [\(c.status.rawValue)] \(who.isEmpty ? "(unattributed)" : who) — \(c.cue.text)"
                         + (c.target.map { " \($0.text)" } ?? "") + (c.content.map { ": \($0.text)" } ?? ""))
            let next = i + 1 < found.count ? found[i + 1] : nil
            if next?.document != d || next?.claim.sentence != c.sentence {
                lines.append("    \(doc.sentenceText(c.sentence))")
            }
        }
        emitListing(lines.joined(separator: "\n"))
        return .ok
    }
}
