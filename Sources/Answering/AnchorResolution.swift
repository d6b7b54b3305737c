import Foundation
import TextAnalysis
import Facts

/// Question anchors matched against the names the corpus holds, whatever their spelling: case ("sergej rjabkow"),
/// an English possessive ("Rjabkow's"), transliteration (Gorbatschow / Gorbachev, Tschaikowski / Tchaikovsky,
/// Jelzin / Yeltsin) and one-letter typos of a name part of at least five letters.
///
/// The question's names, subject and content words are rewritten to the corpus spelling, so that retrieval and the
/// fact look-ups see the name as the articles write it.
struct NameSpellings {
    /// Transliteration key → name-part keys of the fact store with that key.
    private var byTransliteration: [String: [String]] = [:]
    /// Name-part key → the part as written in a canonical name.
    private var written: [String: String] = [:]
    /// The transliteration keys, bucketed for the one-typo search.
    private var transliterations: [String] = []
    private var transliterationBuckets = SpellingBuckets([], length: \.count)

    init(_ facts: FactStore) {
        for refs in facts.entitiesByKey.values {
            for r in refs {
                for part in r.name.split(whereSeparator: { $0 == " " }) {
                    let key = NameKey.of(String(part))
                    guard key.count >= 3, written[key] == nil else { continue }
                    written[key] = String(part)
                    byTransliteration[Self.transliterationKey(key), default: []].append(key)
                }
            }
        }
        for k in byTransliteration.keys { byTransliteration[k]?.sort() }
        transliterations = Array(byTransliteration.keys)
        transliterationBuckets = SpellingBuckets(transliterations, length: \.count)
    }

    /// A spelling-neutral key for names written in German, English or French transliteration:
    /// tsch/ch → ch, sch/sh → sh, w → v, j/y → i, ts/tz → z, x → ks, ph → f, ck → k, doubled letters once.
    /// Rule source: the German (Duden) and English (BGN/PCGN) romanizations of Russian differ in exactly these letters.
    static func transliterationKey(_ key: String) -> String {
        var s = key
        for (a, b) in [("tsch", "ch"), ("sch", "sh"), ("ck", "k"), ("ph", "f"), ("tz", "z"), ("ts", "z"), ("x", "ks"), ("w", "v"), ("j", "i"), ("y", "i")] {
            s = s.replacingOccurrences(of: a, with: b)
        }
        var out = ""
        for ch in s where out.last != ch { out.append(ch) }
        return out
    }

    /// The corpus spelling of a question word that is a name part, if the word matches one only loosely
    /// (another transliteration or one typo). `nil` when the word is a known part as typed or matches none.
    func corpusSpelling(of word: String) -> String? {
        let key = NameKey.of(word)
        guard key.count >= 4, key.count <= 40, written[key] == nil else { return nil }
        let t = Self.transliterationKey(key)
        if let hit = byTransliteration[t]?.first { return written[hit] }
        guard key.count >= 5 else { return nil }
        // One typo: one letter replaced, added or dropped (on the transliteration keys).
        var best: String? = nil
        // (Keys of the fact store are never empty, so an empty `t` matches none.)
        guard let first = t.first else { return nil }
        for i in transliterationBuckets.candidates(first: first, length: t.count) {
            let candidate = transliterations[Int(i)]
            if Self.withinOneEdit(candidate, t), let k = byTransliteration[candidate]?.first {
                if best == nil || k < best! { best = k }
            }
        }
        return best.flatMap { written[$0] }
    }

    /// One typo at most: a letter replaced, added or dropped (Levenshtein distance 1), or two neighbouring
    /// letters swapped ("Mekrel" for "Merkel", Damerau's transposition).
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x == y { return true }
        if abs(x.count - y.count) > 1 { return false }
        if x.count == y.count {
            let diff = x.indices.filter { x[$0] != y[$0] }
            if diff.count == 2, diff[1] == diff[0] + 1, x[diff[0]] == y[diff[1]], x[diff[1]] == y[diff[0]] { return true }
        }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }

    /// Whether a name-part key is known as typed.
    func isKnown(_ key: String) -> Bool { written[key] != nil }
}

extension Answerer {
    /// A capitalized question word of at least five letters that no sentence holds and that is no common noun, respelt as
    /// the one index term within one typo of it (`NameSpellings.withinOneEdit`; the most frequent when several are,
    /// then the first in sort order): a name the fact store does not know as an entity ("Lidner" for a "Linder" of the
    /// text). `nil` when no term is that close, and for an English word that the bilingual dictionary translates.
    func indexSpelling(of word: String, language: String) -> String? {
        // An English word the dictionary translates is no name.
        if language == "en", !(lexicon?.german(for: word.lowercased(), limit: 1).isEmpty ?? true) { return nil }
        guard word.count >= 5, word.first?.isUppercase == true, !LexiconQueries.isCommonNoun(word),
              let term = analyzer.terms(of: word).first, term.count >= 5 else { return nil }
        let index = knowledgeBase.index
        let n = term.unicodeScalars.count
        var best: (df: Int, term: String)? = nil
        // The terms that start with the same letter and are one letter longer or shorter at most (`termSpellings`).
        for id in termSpellings.candidates(first: term.first!, length: n).map(Int.init) {
            let t = index.terms[id]
            // A letter more or less at the end is another inflection or a longer compound, not a typo.
            guard NameSpellings.withinOneEdit(t, term), !t.hasPrefix(term), !term.hasPrefix(t) else { continue }
            let df = index.postings[id].documentFrequency
            if best == nil || df > best!.df || (df == best!.df && t < best!.term) { best = (df, t) }
        }
        guard let hit = best?.term else { return nil }
        let written = hit.prefix(1).uppercased() + hit.dropFirst()
        // Only a spelling that the analyzer reads back as that term.
        return analyzer.terms(of: written).first == hit ? written : nil
    }

    /// An English name run split at its title words, which English capitalizes ("UN Secretary-General" → "UN",
    /// "President Obama" → "Obama"): a word whose German translation is a role noun. A run the corpus knows as a name
    /// stays whole; an adjective left over ("British" of "British Prime Minister") is no name.
    func splittingTitles(_ name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2, let lexicon, knowledgeBase.facts.entitiesByKey[NameKey.of(name)] == nil else { return [name] }
        var parts: [String] = []
        var run: [String] = []
        var k = 0
        // Dictionary units, so that a title of several words ("Prime Minister") goes as one.
        for n in lexicon.phraseUnits(words) {
            let unit = words[k..<(k + n)]
            k += n
            let isTitle = lexicon.german(for: unit.joined(separator: " ").lowercased(), limit: 3)
                .contains { $0.first?.isUppercase == true && LexiconQueries.isRoleNoun($0) }
            if isTitle {
                if !run.isEmpty { parts.append(run.joined(separator: " ")) }
                run = []
            } else {
                run += unit
            }
        }
        if !run.isEmpty { parts.append(run.joined(separator: " ")) }
        // What a title leaves is a name unless it is one word German writes in lower case, an adjective ("British").
        return parts.filter { p in
            p.contains(" ") || lexicon.german(for: p.lowercased(), limit: 1).first?.first?.isLowercase != true
        }
    }

    /// The question with its names found in the fact store whatever their case or spelling (see `NameSpellings`).
    /// Words of the question that are no name of the corpus and not in the index stay as typed.
    func resolvingAnchors(_ q: Question) -> Question {
        var q = q
        let facts = knowledgeBase.facts
        // English possessives: "Rjabkow's" → "Rjabkow".
        func bare(_ w: String) -> String {
            for suffix in ["'s", "’s", "'", "’"] where w.hasSuffix(suffix) && w.count > suffix.count + 2 { return String(w.dropLast(suffix.count)) }
            return w
        }
        var rewrite: [String: String] = [:]
        // Spelling repairs only for words typed as names (capitalized), or in a question typed all in lower case.
        let lowerCaseQuestion = !q.words.contains { $0.contains { $0.isUppercase } }
        for w in q.words {
            let b = bare(w)
            if b != w { rewrite[w] = b }
            guard b.count >= 4, !StopWords.all.contains(b.lowercased()) else { continue }
            // Only words the index has never seen can be misspelt names.
            if analyzer.terms(of: b).contains(where: { knowledgeBase.index.documentFrequency($0) > 0 }) { continue }
            guard lowerCaseQuestion || b.first?.isUppercase == true else { continue }
            // An English country name ("Italy" → Italien) is translated, not respelt ("Italia").
            if q.language == "en", CountryNames.lookup[b.lowercased()] != nil { continue }
            // An English word the dictionary translates ("Austrian" → österreichisch) is a word, not a misspelt name.
            if q.language == "en", let lexicon, !lexicon.german(for: b.lowercased(), limit: 1).isEmpty { continue }
            if let spelled = nameSpellings.corpusSpelling(of: b) ?? indexSpelling(of: b, language: q.language) { rewrite[w] = spelled }
        }
        // Lower-case names: runs of question words that together (or alone, as a surname) name an entity.
        var names = q.names
        let words = q.words.map { rewrite[$0] ?? bare($0) }
        var k = 1
        while k < words.count {
            var matched = 0
            for n in stride(from: min(4, words.count - k), through: 1, by: -1) {
                let phrase = words[k..<(k + n)].joined(separator: " ")
                let key = NameKey.of(phrase)
                guard phrase.first?.isLowercase == true || rewrite[q.words[k]] != nil else { continue }
                if n == 1 && (StopWords.all.contains(key) || QuestionWords.shared.contains(key, .questionWord) || QuestionWords.shared.contains(key, .auxiliary)) { continue }
                let known = facts.entitiesByKey[key] != nil
                    || (n == 1 && key.count >= 4 && facts.nameParts[key] != nil && !LexiconQueries.isCommonNoun(phrase.capitalized)
                        && !StopWords.all.contains(key) && !QuestionWords.shared.contains(key, .questionWord))
                if known {
                    let name = words[k..<(k + n)].map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
                    if !names.contains(name) { names.append(name) }
                    matched = n
                    break
                }
            }
            k += max(matched, 1)
        }
        q.names = names.map { n in n.split(separator: " ").map { rewrite[String($0)] ?? bare(String($0)) }.joined(separator: " ") }
        if q.language == "en" { q.names = q.names.flatMap(splittingTitles) }
        q.contentWords = q.contentWords.map { rewrite[$0] ?? bare($0) }
        if let s = q.subject { q.subject = s.split(separator: " ").map { rewrite[String($0)] ?? bare(String($0)) }.joined(separator: " ") }
        if (q.kind == .role || q.kind == .said), q.subject.map({ facts.matchingKeys($0).isEmpty }) ?? true,
           let known = q.names.first(where: { !facts.matchingKeys($0).isEmpty }) {
            q.subject = known
        }
        // "wer ist anna berg" typed in lower case: a known name after all.
        if q.kind == .holder, let s = q.subject, facts.entitiesByKey[NameKey.of(s)] != nil { q.kind = .role; q.relation = .roleOf; q.answerType = .role }
        return q
    }
}
