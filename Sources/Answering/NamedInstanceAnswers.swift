import TextAnalysis
import Retrieval
import Facts

// "In welchem Fachblatt …?", "Welches Medikament …?", "Wie heißt die Ausstellung?": the name the best sentence gives
// right after that noun.
extension Answerer {
    /// The name written right after the question's noun in the best sentence (a close
    /// apposition: "im Magazin Nordkurier", "das Medikament Lindovir", "der Version 2.4.1", "die Zeitung „Der Quellbote“"): a
    /// quotation right after the noun, or up to four capitalized words that are no common nouns, or a number or code.
    /// `nil` when no sentence writes a name there, or the name is the question's own.
    func answerNamedInstance(_ q: Question) -> Answer? {
        // The noun after "welche…" or after "heißt/hieß".
        guard let which = q.words.firstIndex(where: { w in
                  let key = NameKey.of(w.lowercased())
                  return QuestionWords.shared.contains(key, .which) || QuestionWords.shared.contains(key, .calledVerb)
              }),
              let noun = q.row == "name.which-noun-en" ? q.words[(which + 1)...].first(where: { w in q.contentWords.contains(w) })
                  : q.words[(which + 1)...].first(where: { $0.first?.isUppercase == true }) else { return nil }
        let ev = evidence(q)
        let nounIDs = termIDs(ev.groups.first { $0.word == noun }?.terms ?? analyzer.terms(of: noun))
        guard !nounIDs.isEmpty else { return nil }
        // Only the best sentence, when the ranking agrees: a weaker one names another thing of that kind.
        guard let cand = candidates(q, evidence: ev).first, cand.ref == searchRanking(q).first?.ref else { return nil }
        let doc = knowledgeBase.documents[cand.ref.document]
        let toks = Array(doc.sentences[cand.ref.sentence].tokens)
        let questionIDs = termIDs(ev.groups.filter { $0.word != noun }.flatMap(\.terms))
        // Of several occurrences of the noun ("dänischer Konsul A; finnischer Konsul B"), the one whose
        // words before it the question repeats; then the first.
        var best: (score: Int, k: Int, range: Range<Int>)? = nil
        for (k, t) in toks.enumerated() where termIDs(ofToken: t, in: cand.ref.document).contains(where: nounIDs.contains) {
            guard let range = nameRange(after: k, in: toks, doc), !inQuestion(doc.text(range), q) else { continue }
            // Nearer words weigh more: 3 for the word right before the noun, 1 for the third.
            let score = (1...3).filter { k - $0 >= 0 && termIDs(ofToken: toks[k - $0], in: cand.ref.document).contains(where: questionIDs.contains) }
                .reduce(0) { $0 + 4 - $1 }
            if best == nil || score > best!.score { best = (score, k, range) }
        }
        guard let b = best else { return nil }
        return Answer(question: q.text, kind: .search, text: doc.text(b.range), citations: [citation(cand.ref)], confidence: cand.coverage,
                      explanation: "name after „\(doc.surface(toks[b.k]))“ in the best sentence")
    }

    /// The UTF-8 byte range of the name right after position `k`: a quotation, or a run of name-like words.
    private func nameRange(after k: Int, in toks: [Int], _ doc: AnalyzedDocument) -> Range<Int>? {
        guard k + 1 < toks.count else { return nil }
        let open = doc.surface(toks[k + 1])
        if QuoteMarks.opening.contains(open), let close = toks[(k + 2)...].firstIndex(where: { QuoteMarks.closing.contains(doc.surface($0)) }),
           close > k + 2, close - k <= 8 {
            return Int(doc.tokens[toks[k + 2]].start)..<Int(doc.tokens[toks[close - 1]].end)
        }
        var j = k + 1
        while j < toks.count, j - k <= 4 {
            let w = doc.surface(toks[j])
            // A year after the noun dates it ("der Vertrag 1972"); a place's genitive is an attribute ("der Markt Europas").
            let year = w.count == 4 && Int(w).map { (1000...2100).contains($0) } == true
            // A number with a word ending ("25-mal", "3-fach", "5-jährige") counts or qualifies; it names nothing.
            let counted = w.split(separator: "-").last.map { $0.first?.isLowercase == true } == true && w.contains("-")
            let code = (doc.tokens[toks[j]].kind == .number || w.contains(where: \.isNumber)) && !year && !counted
            let genitive = w.hasSuffix("s") && LexiconQueries.isPlaceName(String(w.dropLast()))
            // Mixed case names a brand ("iLOQ", "eBay").
            let mixedCase = w.first?.isLowercase == true && w.dropFirst().contains(where: \.isUppercase)
            let name = (w.first?.isUppercase == true || mixedCase) && !LexiconQueries.isCommonNoun(w) && !StopWords.all.contains(w.lowercased()) && !genitive
            guard doc.tokens[toks[j]].kind != .punctuation, code || name else { break }
            j += 1
        }
        guard j > k + 1 else { return nil }
        return Int(doc.tokens[toks[k + 1]].start)..<Int(doc.tokens[toks[j - 1]].end)
    }
}
