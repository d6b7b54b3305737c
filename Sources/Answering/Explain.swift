import Retrieval
import Facts

extension Answerer {
    /// A readable account of how a question is read and which sentences compete for it:
    /// the question type, its term groups (idf, document frequency, name or not), and the best
    /// BM25 sentences with their coverage. Used by the shell's `.explain`.
    public func explain(_ text: String) -> String {
        let q = resolvingAnchors(parser.parse(text))
        let ev = evidence(q)
        var lines: [String] = []
        lines.append("row: \(q.row)")
        lines.append("type: \(q.kind.rawValue) (\(q.kind.label)), expected answer: \(q.answerType.rawValue), relation: \(q.relation.rawValue), voice: \(q.voice.rawValue), language: \(q.language)\(q.subject.map { ", subject: \($0)" } ?? "")")
        lines.append("anchors: names [\(q.names.joined(separator: ", "))], quoted [\(q.quoted.joined(separator: " | "))], content [\(q.contentWords.joined(separator: ", "))]"
                     + (q.countedNoun.map { ", counted noun \($0)" } ?? "") + (q.impliedRoles.isEmpty ? "" : ", implied roles \(q.impliedRoles.joined(separator: "/"))")
                     + (q.laterClause.isEmpty ? "" : ", later clause [\(q.laterClause.joined(separator: " "))]")
                     + (q.settingWords.isEmpty ? "" : ", setting [\(q.settingWords.joined(separator: ", "))]"))
        for c in compoundPhrases(q) {
            lines.append("  compound \(c.words.joined(separator: " ")) → \(c.terms.joined(separator: " | "))")
        }
        for g in ev.groups {
            let idf = (g.idf * 100).rounded() / 100
            lines.append("  term \(g.word) → \(g.terms.joined(separator: " | "))  df \(g.documentFrequency)  idf \(idf)\(g.isName ? "  [name]" : "")\(g.synonyms.isEmpty ? "" : "  synonyms " + g.synonyms.sorted().joined(separator: " | "))")
        }
        let accepted = Set(candidates(q, evidence: ev).map(\.ref))
        for hit in searcher.search(ev.queryTerms, limit: 8) {
            let c = ev.coverage(of: sentenceTerms(hit.ref))
            let doc = knowledgeBase.documents[hit.ref.document]
            let score = (hit.score * 100).rounded() / 100
            let share = (c.share * 100).rounded() / 100
            lines.append("  \(accepted.contains(hit.ref) ? "+" : "-") \(doc.document.id) #\(hit.ref.sentence + 1) bm25 \(score) coverage \(share): \(String(doc.sentenceText(hit.ref.sentence).prefix(100)))")
        }
        func show(_ label: String, _ list: [Candidate]) {
            for c in list.prefix(5) {
                let doc = knowledgeBase.documents[c.ref.document]
                let features = c.features.map { "\($0.name) \(($0.value * 100).rounded() / 100)" }.joined(separator: ", ")
                lines.append("  \(label) \(doc.document.id) #\(c.ref.sentence + 1) score \((c.score * 100).rounded() / 100) [\(features)]\(holdsAskedType(c.ref, q, excludingQuestion: true) ? " holds a \(q.answerType.rawValue)" : ""): \(String(doc.sentenceText(c.ref.sentence).prefix(90)))")
            }
        }
        show("candidate", candidates(q, evidence: ev))
        show("ranked", searchRanking(q))
        let a = answer(q)
        lines.append("answer: \(a.text ?? "none") — \(a.explanation)")
        return lines.joined(separator: "\n")
    }
}
