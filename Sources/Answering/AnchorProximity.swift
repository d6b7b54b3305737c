import TextAnalysis
import Retrieval
import Facts

// Which of several mentions in one sentence the question is about.
extension Answerer {
    /// How close the mention at `span` (UTF-8 byte range in the document) lies to the question's words in the
    /// sentence of `view`. Each question term group found in the sentence outside the mention adds `idf / (1 + d)`, where `d` is
    /// the number of word tokens between the mention and the group's nearest occurrence (0 when adjacent), and
    /// `idf` more when that occurrence is in the mention's own clause (clauses end at commas, colons, semicolons,
    /// dashes, brackets and coordinators). Groups that only date the question (`TermGroup.isDating`) do not count.
    ///
    /// A sentence that holds two dates, places or numbers usually ties each to its own clause, verb and nouns
    /// ("zogen 1930 ab, und die Miliz besetzte die Stadt 1936"); the mention nearest to the words the question repeats
    /// is the one asked about: the term-proximity idea of Büttcher, Clarke and Lushman (SIGIR 2006) within a sentence,
    /// with the clause as the unit of one event.
    /// The sentence is read once for all its mentions (`ProximityView`).
    func anchorProximity(_ view: ProximityView, span: Range<Int>) -> Double {
        let doc = knowledgeBase.documents[view.ref.document]
        guard let first = view.words.firstIndex(where: { doc.tokens[$0].range.overlaps(span) }),
              let last = view.words.lastIndex(where: { doc.tokens[$0].range.overlaps(span) }) else { return 0 }
        let groups = view.evidence.groups
        var nearest = [Int](repeating: Int.max, count: groups.count)
        var sameClause = [Bool](repeating: false, count: groups.count)
        for (k, ids) in view.ids.enumerated() where (k < first || k > last) && !ids.isEmpty {
            let d = k < first ? first - k - 1 : k - last - 1
            for (g, group) in groups.enumerated() where !group.isDating && ids.contains(where: view.groupIDs[g].contains) {
                nearest[g] = min(nearest[g], d)
                if view.clause[k] == view.clause[first] { sameClause[g] = true }
            }
        }
        return groups.indices.reduce(0) { sum, g in
            nearest[g] == Int.max ? sum : sum + groups[g].idf * (1 / Double(1 + nearest[g]) + (sameClause[g] ? 1 : 0))
        }
    }

    static let clauseMarks: Set<String> = [",", ";", ":", "(", ")", "–", "—"]

    /// The mention of `pool` (not empty) nearest the question's words (`anchorProximity`); mentions within
    /// `MentionChoice.proximityTie` of the nearest are ordered by `fallback` (an ascending "less than"), whose last wins.
    func closestMention<M>(_ pool: [M], in ref: SentenceRef, evidence ev: QueryEvidence, span: (M) -> Range<Int>,
                           fallback: (M, M) -> Bool) -> M {
        guard pool.count > 1 else { return pool[0] }
        let view = ProximityView(self, ref, ev)
        let scored = pool.map { (mention: $0, proximity: anchorProximity(view, span: span($0))) }
        let best = scored.map(\.proximity).max() ?? 0
        let near = scored.filter { $0.proximity >= best * (1 - MentionChoice.proximityTie) }.map(\.mention)
        return near.max(by: fallback)!
    }
}

/// How `closestMention` chooses among mentions of one sentence.
enum MentionChoice {
    /// Mentions whose proximity is within this fraction of the best count as equally near (fit on the training split
    /// of the development questions).
    static let proximityTie = 0.1
}

/// A sentence as `anchorProximity` reads it: its word tokens (no punctuation), the clause of each, their index term
/// ids, and the question's term groups as ids.
struct ProximityView {
    let ref: SentenceRef
    let evidence: QueryEvidence
    /// Word tokens of the sentence (indices into `AnalyzedDocument.tokens`).
    var words: [Int] = []
    /// Clause ordinal of every word: clauses end at `Answerer.clauseMarks` and at coordinators.
    var clause: [Int] = []
    /// Index term ids of every word (`InvertedIndex.tokenTerms`).
    var ids: [ArraySlice<Int32>] = []
    /// Index term ids of every question term group.
    let groupIDs: [Set<Int32>]

    init(_ answerer: Answerer, _ ref: SentenceRef, _ ev: QueryEvidence) {
        self.ref = ref
        evidence = ev
        groupIDs = ev.groups.map { answerer.termIDs($0.terms) }
        let doc = answerer.knowledgeBase.documents[ref.document]
        var current = 0
        for t in doc.sentences[ref.sentence].tokens {
            let surface = doc.surface(t)
            if doc.tokens[t].kind == .punctuation {
                if Answerer.clauseMarks.contains(surface) { current += 1 }
                continue
            }
            if LexiconQueries.isCoordinator(surface.lowercased()) { current += 1 }
            words.append(t)
            clause.append(current)
            ids.append(answerer.termIDs(ofToken: t, in: ref.document))
        }
    }
}
