import Foundation
import Facts
import Answering
import Rendering

/// The listings: `.sources`, `.claims`.
extension Session {
    /// `.sources`: every loaded document with its title, date and sentence count.
    func listSources() -> LineOutcome {
        let kb = knowledgeBase
        if format == .json {
            for d in kb.documents {
                emitJSON(Self.jsonLine(["doc": d.document.id, "title": d.document.title, "date": d.document.date?.description,
                                           "source": d.document.source, "sentences": d.sentences.count]))
            }
            return .ok
        }
        var lines: [String] = []
        for d in kb.documents {
            let doc = d.document
            lines.append("\(doc.id)\t\(doc.title ?? "-")\t\(doc.date?.description ?? "-")\t\(d.sentences.count) sentences")
        }
        lines.append("\(kb.documents.count) document\(kb.documents.count == 1 ? "" : "s")")
        emit(lines.joined(separator: "\n"))
        return .ok
    }

    /// `.claims [NAME]`: the claims about a name (all claims without one), with their status.
    func listClaims(_ argument: String) -> LineOutcome {
        let kb = knowledgeBase
        let found = claims(about: argument.isEmpty ? nil : argument, in: kb.facts)
        if format == .json {
            for (d, c) in found {
                emitJSON(Self.jsonLine(["doc": kb.documents[d].document.id, "sentence": c.sentence + 1, "cue": c.cue.text,
                                           "claimants": c.resolvedClaimants.isEmpty ? c.claimants.map(\.text) : c.resolvedClaimants,
                                           "target": c.target?.text, "content": c.content?.text, "status": c.status.rawValue]))
            }
            return .ok
        }
        var lines: [String] = []
        for (d, c) in found {
            let who = (c.resolvedClaimants.isEmpty ? c.claimants.map(\.text) : c.resolvedClaimants).joined(separator: ", ")
            let doc = kb.documents[d]
            lines.append("\(doc.document.id) #\(c.sentence + 1)  [\(c.status.rawValue)] \(who.isEmpty ? "(unattributed)" : who) — \(c.cue.text)"
                         + (c.target.map { " \($0.text)" } ?? "") + (c.content.map { ": \($0.text)" } ?? ""))
            lines.append("    \(doc.sentenceText(c.sentence))")
        }
        emit(lines.isEmpty ? "No claims\(argument.isEmpty ? "" : " about \(argument)") in the corpus." : lines.joined(separator: "\n"))
        return .ok
    }
}
