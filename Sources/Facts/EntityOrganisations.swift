// Organisations and places: listed phrases, company forms, acronyms, place names and organisation suffixes.
import TextAnalysis

extension Run {
    mutating func findOrganisationsAndPlaces(in r: Range<Int>) -> [EntityMention] {
        var out: [EntityMention] = []
        var i = r.lowerBound
        func emit(_ kind: EntityKind, _ a: Int, _ b: Int, canonical: String? = nil) {
            let s = span(a, b)
            out.append(EntityMention(kind: kind, sentence: toks[a].sentence, name: s, canonicalName: canonical ?? s.text))
            for x in a..<b { claimed[x] = true }
        }
        func phraseMatch(_ phrases: [[String]], at i: Int) -> Int? {
            var best: Int?
            for ph in phrases where ph.count > 1 && i + ph.count <= r.upperBound {
                if (0..<ph.count).allSatisfy({ !claimed[i + $0] && toks[i + $0].text == ph[$0] }) {
                    best = max(best ?? 0, ph.count)
                }
            }
            return best
        }
        while i < r.upperBound {
            let t = toks[i]
            if claimed[i] || !t.isCapitalized { i += 1; continue }
            if let n = phraseMatch(Lexicons.organisationPhrases, at: i) { emit(.organisation, i, i + n); i += n; continue }
            if let n = phraseMatch(Lexicons.placePhrases, at: i) { emit(.place, i, i + n); i += n; continue }
            // Company names: "Siemens AG".
            if i + 1 < r.upperBound, Lexicons.companyForms.contains(toks[i + 1].text), !Self.isFunctionWord(t) {
                var a = i
                while a - 1 >= r.lowerBound, !claimed[a - 1], toks[a - 1].isCapitalized, !Self.isFunctionWord(toks[a - 1]), i - a < 2 { a -= 1 }
                out.removeAll { $0.name.span.start >= toks[a].range.lowerBound }
                emit(.organisation, a, i + 2); i += 2; continue
            }
            if Lexicons.placeAcronyms.contains(t.text) { emit(.place, i, i + 1); i += 1; continue }
            if Self.isOrganisationWord(t) { emit(.organisation, i, i + 1); i += 1; continue }
            if !Self.isFunctionWord(t), let base = Self.placeBase(t.text) { emit(.place, i, i + 1, canonical: base); i += 1; continue }
            let lower = t.lower
            if Lexicons.organisationSuffixMatcher.matchesSomeSuffix(of: lower), Lexicons.organisationSuffixes.contains(where: { lower.hasSuffix($0) && lower.count >= $0.count + 3 }) {
                // A descriptor before the actual name ("Nachrichtenagentur dpa") is not itself the name.
                let next = i + 1 < r.upperBound ? toks[i + 1] : nil
                if next == nil || !(next!.isCapitalized && (Self.isOrganisationWord(next!) || !Lexicons.isCommonNoun(next!.text))) {
                    emit(.organisation, i, i + 1)
                }
            }
            i += 1
        }
        return out
    }
}
