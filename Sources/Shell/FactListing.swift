import Facts
import Answering

/// Text listing of the fact store for `.facts [NAME]`: a count, then one fact a line.
struct FactListing {
    let knowledgeBase: KnowledgeBase

    func render(name: String?) -> String {
        var lines: [String] = []
        let keys = name.map { knowledgeBase.facts.matchingKeys($0) }
        if let name, keys?.isEmpty != false {
            return "No entity named \(name) in the fact store."
        }
        for (d, facts) in knowledgeBase.facts.documents.enumerated() {
            let doc = knowledgeBase.documents[d]
            let id = doc.document.id
            func about(_ names: [String]) -> Bool {
                guard let keys else { return true }
                return names.contains { keys.contains(NameKey.of($0)) }
            }
            for m in facts.entities where about([m.canonicalName]) {
                var line = "\(id) #\(m.sentence + 1)  \(m.kind.rawValue): \(m.name.text)"
                if m.canonicalName != m.name.text { line += " → \(m.canonicalName)" }
                if let r = m.role { line += "  role: \(r.text)" }
                lines.append(line)
            }
            for a in facts.attributions where about([a.resolvedSpeaker ?? a.speaker?.text ?? ""]) {
                lines.append("\(id) #\(a.sentence + 1)  attribution (\(a.form.rawValue), \(a.rule)): \(a.resolvedSpeaker ?? a.speaker?.text ?? "?") — \(a.cue.text)\(a.message.map { ": \($0.text)" } ?? "")")
            }
            for dn in facts.denials where about(dn.resolvedDeniers + dn.deniers.map(\.text)) {
                let who = (dn.resolvedDeniers.isEmpty ? dn.deniers.map(\.text) : dn.resolvedDeniers).joined(separator: ", ")
                lines.append("\(id) #\(dn.sentence + 1)  \(dn.notConfirmed ? "not confirmed" : "denial"): \(who) — \(dn.cue.text)\(dn.content.map { ": \($0.text)" } ?? "")")
            }
            if keys == nil {
                for t in facts.times {
                    lines.append("\(id) #\(t.sentence + 1)  time: \(t.text.text) = \(t.value ?? "?")\(t.mod.map { " (\($0))" } ?? "")")
                }
            }
        }
        guard !lines.isEmpty else { return name.map { "No facts about \($0) in the fact store." } ?? "The fact store is empty." }
        let count = "\(lines.count) fact\(lines.count == 1 ? "" : "s")\(name.map { " about \($0)" } ?? "")"
        return ([count] + lines).joined(separator: "\n")
    }
}
