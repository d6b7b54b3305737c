/// Claims in which a name takes part: as claimant, as target, or inside the content; all claims for `nil` or a blank name.
///
/// A name matches a claimant through its resolved (canonical) name or written text, and a target or content
/// through its text; comparison uses `NameKey` (case and umlaut folded) on whole words or hyphen parts, and
/// entity names known to the store match by their parts too ("Kramp-Karrenbauer" parts: "Karrenbauer").
/// Ordered by document, then sentence, then cue position.
public func claims(about name: String?, in store: FactStore) -> [(document: Int, claim: Claim)] {
    var out: [(document: Int, claim: Claim)] = []
    let needles = claimNeedles(name, store)
    for (d, facts) in store.documents.enumerated() {
        for c in facts.claims {
            if needles.isEmpty { out.append((d, c)); continue }
            var texts = c.resolvedClaimants + c.claimants.map(\.text)
            if let t = c.target { texts.append(t.text) }
            if let t = c.content { texts.append(t.text) }
            if texts.contains(where: { mentions($0, needles) }) { out.append((d, c)) }
        }
    }
    return out.sorted { ($0.document, $0.claim.sentence, $0.claim.cue.span.start) < ($1.document, $1.claim.sentence, $1.claim.cue.span.start) }
}

/// The keyed word sequences to look for: the name itself and, when the store knows entities matching it, their canonical names.
private func claimNeedles(_ name: String?, _ store: FactStore) -> [[String]] {
    guard let name, !name.trimmingCharactersInSpaces.isEmpty else { return [] }
    var needles: [[String]] = [claimWords(name)]
    for key in store.matchingKeys(name) {
        let words = claimWords(key)
        if !needles.contains(words) { needles.append(words) }
    }
    return needles.filter { !$0.isEmpty }
}

/// Lowercase, folded words of a text (split at spaces and punctuation; hyphenated words kept whole).
private func claimWords(_ text: String) -> [String] {
    NameKey.of(text).split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).map(String.init)
}

/// Whether `text` contains one of the word sequences, or a word whose hyphen parts contain it ("Karrenbauer").
private func mentions(_ text: String, _ needles: [[String]]) -> Bool {
    let words = claimWords(text)
    for needle in needles where !needle.isEmpty && needle.count <= words.count {
        for i in 0...(words.count - needle.count) where Array(words[i..<i + needle.count]).elementsEqual(needle, by: { matchesWord($0, $1) }) {
            return true
        }
    }
    return false
}

/// A word matches a needle word when equal, when it is a genitive of it ("Russlands"), or a hyphen part of it.
private func matchesWord(_ word: String, _ needle: String) -> Bool {
    if word == needle || word == needle + "s" { return true }
    return word.contains("-") && word.split(separator: "-").contains { $0 == needle }
}

private extension String {
    var trimmingCharactersInSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
