import TextAnalysis
import WordLists

/// A noun phrase found by `NounPhraseChunker`: token indices into `AnalyzedDocument.tokens`.
struct NounPhrase: Sendable, Hashable {
    /// All tokens of the phrase, appositions included (`Jonas Berg, ein Sprecher der Stadtwerke`).
    var tokens: Range<Int>
    /// The personal name inside the phrase, role words stripped (`Hans Berger` in `Regierungssprecher Hans Berger`), if any.
    var name: Range<Int>?
    /// The phrase is a personal pronoun (`er`, `sie`).
    var isPronoun: Bool
    /// The lowercase determiner that opens the phrase, if any.
    var determiner: String?
}

/// Token-level view of an analyzed document shared by the attribution and denial extractors:
/// surfaces, lowercase forms, repaired sentence units and a small noun-phrase chunker.
///
/// Units are the splitter's sentences, re-joined where the split is clearly wrong (after an ordinal
/// day before a month name, after an abbreviation, before a lowercase word or a comma), so that
/// clause analysis does not depend on the splitter's quirks. Facts still report the splitter's sentence index.
struct NounPhraseChunker {
    let doc: AnalyzedDocument
    /// Surface of every token.
    let words: [String]
    /// Lowercase surface of every token.
    let lower: [String]
    /// Whether every token is a role or title word (`Cues.isRole`).
    let isRoleWord: [Bool]
    /// The case of every token's first letter.
    let initialCase: [InitialCase]
    /// Sentence index of every token.
    let sentenceOfToken: [Int]
    /// Repaired sentence units as token ranges, in order.
    let units: [Range<Int>]
    /// Unit index of every token.
    let unitOfToken: [Int]
    /// Paragraph of every unit.
    let unitParagraph: [Int]

    /// - Parameter table: the document's token table when the caller built it already (`FactPipeline`).
    init(_ doc: AnalyzedDocument, table: TokenTable? = nil) {
        self.doc = doc
        let table = table ?? TokenTable(doc)
        let words = table.words
        self.words = words
        let lower = table.lower
        self.lower = lower
        isRoleWord = table.isRoleWord
        initialCase = words.map(Self.initialCase)
        self.sentenceOfToken = table.sentenceOfToken

        var units: [Range<Int>] = []
        var paragraphs: [Int] = []
        for s in doc.sentences where !s.tokens.isEmpty {
            if let last = units.last, paragraphs.last == s.paragraph,
               Self.shouldJoin(previous: last, next: s.tokens, words: words, lower: lower, tokens: doc.tokens, bytes: doc.bytes) {
                units[units.count - 1] = last.lowerBound..<s.tokens.upperBound
            } else {
                units.append(s.tokens)
                paragraphs.append(s.paragraph)
            }
        }
        self.units = units
        self.unitParagraph = paragraphs
        var unitOfToken = [Int](repeating: 0, count: doc.tokens.count)
        for (u, r) in units.enumerated() { for t in r { unitOfToken[t] = u } }
        self.unitOfToken = unitOfToken
    }

    private static func shouldJoin(previous: Range<Int>, next: Range<Int>, words: [String], lower: [String], tokens: [Token], bytes: [UInt8]) -> Bool {
        let first = next.lowerBound
        let firstWord = words[first]
        // Next piece starts with a comma, a closing quote or a lowercase word: the split was inside a sentence.
        if [",", ";", "“", "”", "«", "»", ")"].contains(firstWord) { return true }
        if let c = firstWord.unicodeScalars.first, c.properties.isLowercase { return true }
        guard previous.count >= 2 else { return false }
        let lastTok = previous.upperBound - 1
        guard words[lastTok] == "." else { return false }
        let before = lastTok - 1
        // Ordinal day before a month name ("18. August").
        if tokens[before].kind == .number, words[before].count <= 2, Cues.months.contains(lower[first]) { return true }
        // Abbreviation ("Dr. Müller"), or a single capital letter initial ("John F. Kennedy").
        if tokens[before].kind == .word, Cues.abbreviations.contains(lower[before]) || (words[before].count == 1 && words[before].uppercased() == words[before]) {
            return tokens[before].end == tokens[lastTok].start
        }
        return false
    }

    // MARK: - Token tests

    var count: Int { doc.tokens.count }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < count && doc.tokens[i].kind == .word }

    /// A word that starts with an uppercase letter.
    func isCapitalized(_ i: Int) -> Bool { isWord(i) && initialCase[i] == .upper }

    func isLowerWord(_ i: Int) -> Bool { isWord(i) && initialCase[i] == .lower }

    /// The case of a token's first scalar.
    enum InitialCase { case upper, lower, other }

    static func initialCase(_ word: String) -> InitialCase {
        guard let c = word.unicodeScalars.first else { return .other }
        if c.properties.isUppercase { return .upper }
        return c.properties.isLowercase ? .lower : .other
    }

    /// Whether token `i` is one of `set` (lowercase comparison).
    func `is`(_ i: Int, _ set: Set<String>) -> Bool { i >= 0 && i < count && set.contains(lower[i]) }

    /// Quotation marks, any style.
    static let quoteMarks: Set<String> = ["„", "“", "”", "\"", "»", "«", "‚", "‘", "’", "›", "‹"]
    /// Tokens that end a clause.
    static let clauseBoundaries: Set<String> = [",", ":", ";", "–", "—", ".", "!", "?", "„", "“", "”", "\"", "»", "«"]

    func isBoundary(_ i: Int) -> Bool { doc.tokens[i].kind == .punctuation && Self.clauseBoundaries.contains(words[i]) }

    /// A capitalized word that can be part of a name or noun (not a sentence-initial function word).
    func isNounLike(_ i: Int) -> Bool {
        guard isCapitalized(i) else {
            // "84-jährige", "US-amerikanische" start with digits or are adjectives; not nouns.
            return false
        }
        // A sentence-initial clause adverb ("Zugleich", "Zudem") is no noun either.
        return !Cues.nonNounWords.contains(lower[i]) && !Cues.determiners.contains(lower[i]) && !Cues.adverbs.contains(lower[i])
    }

    /// A lowercase adjective or participle inside a noun phrase ("italienische", "beteiligten"), or a number-adjective ("84-jährige").
    func isAdjective(_ i: Int) -> Bool {
        guard i >= 0 && i < count else { return false }
        let w = lower[i]
        if doc.tokens[i].kind == .number { return w.contains("-") }
        guard isLowerWord(i) else { return false }
        if Cues.determiners.contains(w) || Cues.adverbs.contains(w) || Cues.subordinators.contains(w) || Cues.negations.contains(w) { return false }
        return w.hasSuffix("e") || w.hasSuffix("en") || w.hasSuffix("er") || w.hasSuffix("es") || w.hasSuffix("em")
    }

    /// Byte span of tokens `r` (non-empty).
    func span(_ r: Range<Int>) -> Span { Span(Int(doc.tokens[r.lowerBound].start), Int(doc.tokens[r.upperBound - 1].end)) }

    /// Text and byte span of tokens `r` (non-empty).
    func textSpan(_ r: Range<Int>) -> TextSpan {
        let s = span(r)
        return TextSpan(text: doc.text(s.range), span: s)
    }

    /// A discontinuous cue (`wies … zurück`) or a single word.
    func cueSpan(_ verb: Int, _ particle: Int?) -> TextSpan {
        guard let p = particle, p != verb else { return textSpan(verb..<verb + 1) }
        if p == verb + 1 { return textSpan(verb..<p + 1) }
        return TextSpan(text: words[verb] + " … " + words[p], span: span(verb..<p + 1))
    }

    /// The unit's tokens without closing sentence punctuation.
    func unitBody(_ u: Int) -> Range<Int> {
        var r = units[u]
        while r.count > 1, [".", "!", "?", ":", ";"].contains(words[r.upperBound - 1]) { r = r.lowerBound..<r.upperBound - 1 }
        return r
    }

    // MARK: - Noun phrases

    /// The personal name in a run of capitalized tokens: leading role words stripped ("Regierungssprecher Hans Berger" → "Hans Berger").
    func nameInRun(_ run: Range<Int>, hasDeterminer: Bool) -> Range<Int>? {
        // Strip everything up to the last role word ("Frankreichs Präsident Jean Dupont" → "Jean Dupont").
        var lastRole: Int?
        for k in run where isRoleWord[k] { lastRole = k }
        var s = run.lowerBound
        if let r = lastRole {
            if r == run.upperBound - 1 {
                // A role word last: a surname like "Richter" after a given name, else no name at all.
                if run.count >= 2, !isRoleWord[run.lowerBound], !hasDeterminer { return run }
                return nil
            }
            s = r + 1
        }
        // "die Bundesregierung", "der Bundestag": a determiner with one unstripped noun is a common noun.
        if hasDeterminer && lastRole == nil && run.count == 1 { return nil }
        while s < run.upperBound, !isCapitalized(s) { s += 1 }
        guard s < run.upperBound else { return nil }
        return s..<run.upperBound
    }

    /// A run of capitalized name/noun words from `i` (with name particles between capitals), up to `limit`.
    func capitalRun(from i: Int, limit: Int) -> Range<Int>? {
        guard i < limit, isNounLike(i) else { return nil }
        var j = i + 1
        while j < limit, j - i < 7 {
            if isCapitalized(j) && !Cues.determiners.contains(lower[j]) && !Cues.nonNounWords.contains(lower[j]) { j += 1; continue }
            // A particle joined to the next name part by a hyphen ("Muhammad al-Faki Suleiman").
            if isWord(j), Concepts.isHyphenJoinedParticleName(words[j]) { j += 1; continue }
            // "Ursula von der Leyen", "Thomas de Maizière": particle after a non-role capital, before a capital.
            if Cues.nameParticles.contains(words[j]), !isRoleWord[j - 1] {
                var k = j + 1
                if k < limit, ["der", "den"].contains(words[k]) { k += 1 }
                if k < limit, isCapitalized(k), !Cues.nonNounWords.contains(lower[k]) { j = k + 1; continue }
            }
            break
        }
        return i..<j
    }

    /// Parses one noun phrase starting at token `i`, ending before `limit`.
    ///
    /// Recognizes a pronoun, a capitalized name run ("Regierungssprecher Hans Berger", "ZDF"), or a determiner
    /// with adjectives and a noun ("der italienische Innenminister", "die Duisburger Polizei"), each optionally
    /// followed by genitives ("des Senats"), `prepositions` phrases and, when `appositions`, a comma-enclosed
    /// apposition ("der Sprecher des Ministeriums, Hans Berger," / "Jonas Berg, ein Sprecher der Stadtwerke,").
    /// `bareAdjectives`: a phrase may open with adjectives and no determiner ("sudanesische Streitkräfte"), as objects and
    /// passive agents do; speakers without a determiner open with their name.
    /// A word that opens with digits and a hyphen before a capital letter ("20-Jährige", "3-Tonner").
    func isNumberedNoun(_ k: Int) -> Bool {
        let w = words[k].unicodeScalars
        guard let dash = w.firstIndex(of: "-"), dash != w.startIndex, w[..<dash].allSatisfy({ $0.properties.numericType != nil }) else { return false }
        let rest = w[w.index(after: dash)...]
        return rest.first?.properties.isUppercase == true
    }

    func parse(from i: Int, limit: Int, appositions: Bool = true, prepositions: Set<String> = Cues.speakerPrepositions, allowPronoun: Bool = true,
               bareAdjectives: Bool = false) -> NounPhrase? {
        guard i >= 0, i < limit, limit <= count else { return nil }
        if allowPronoun, Cues.subjectPronouns.contains(lower[i]), isWord(i) {
            return NounPhrase(tokens: i..<i + 1, name: nil, isPronoun: true, determiner: nil)
        }
        var j = i
        var determiner: String?
        if Cues.determiners.contains(lower[j]), isWord(j) { determiner = lower[j]; j += 1 }
        // Premodifiers: lowercase adjectives, and capitalized place adjectives before a noun ("Duisburger Polizei").
        if let d = determiner, Self.englishDeterminers.contains(d), !isCapitalized(j) {
            // English: adjectives and noun are lowercase ("the former minister").
        } else {
            while j < limit, isAdjective(j), !isNumberedNoun(j) { j += 1 }
        }
        // A quoted name after the determiner ("der „Quellheimer Bote“", "das Komitee „Freie Wahl“" is a run first):
        // the name is the quotation, the phrase ends after its closing mark.
        var name: Range<Int>?
        var end: Int
        if determiner != nil, let quoted = quotedName(at: j, limit: limit) {
            name = quoted
            end = quoted.upperBound + 1
        } else if determiner != nil, j < limit, isNumberedNoun(j) {
            // "der 20-Jährige", "die 34-Jährige": a noun that opens with a number, never a name.
            name = nil
            end = j + 1
        } else {
            guard let run = capitalRun(from: j, limit: limit) ?? englishHead(from: j, limit: limit, determiner: determiner) else { return nil }
            if determiner == nil && run.lowerBound > i && !bareAdjectives { return nil }  // adjectives without determiner: not a speaker phrase
            name = nameInRun(run, hasDeterminer: determiner != nil)
            end = run.upperBound
        }
        // A short parenthesis after a name: "Guido Westerwelle (FDP)".
        if end + 2 < limit, words[end] == "(", let close = (end + 1..<min(limit, end + 5)).first(where: { words[$0] == ")" }), close > end + 1 {
            end = close + 1
        }
        // Postmodifiers: genitives and allowed prepositional phrases (at most three).
        var mods = 0
        while mods < 3, end < limit {
            let w = lower[end]
            let isGenitive = (w == "des" || w == "der") && isWord(end)
            let isPrep = prepositions.contains(w) && isWord(end)
            guard isGenitive || isPrep else { break }
            var k = end + 1
            if isPrep, k < limit, Cues.determiners.contains(lower[k]) { k += 1 }
            while k < limit, isAdjective(k) { k += 1 }
            guard let r = capitalRun(from: k, limit: limit) else { break }
            end = r.upperBound
            // Coordinated nouns inside a modifier ("zwischen Paris und Berlin").
            if prepositions == Cues.contentPrepositions, end + 1 < limit, Cues.coordinators.contains(lower[end]), let r2 = capitalRun(from: end + 1, limit: limit) {
                end = r2.upperBound
            }
            mods += 1
        }
        // Apposition.
        if appositions, end + 1 < limit, words[end] == "," {
            if determiner != nil || name == nil, let r = capitalRun(from: end + 1, limit: limit),
               let n = nameInRun(r, hasDeterminer: false), r.upperBound == limit || words[r.upperBound] == "," {
                // "der Sprecher des Ministeriums, Hans Berger,"
                name = n
                end = r.upperBound
            } else if determiner == nil || !Cues.objectDeterminers.contains(lower[end + 1]), Cues.determiners.contains(lower[end + 1]),
                      let app = parse(from: end + 1, limit: limit, appositions: false), app.determiner != nil,
                      app.tokens.upperBound < limit, words[app.tokens.upperBound] == "," {
                // "Jonas Berg, ein Sprecher der Stadtwerke,", "Die Regierungspartei Palästinas, die Hamas,"
                end = app.tokens.upperBound
            }
        }
        return NounPhrase(tokens: i..<end, name: name, isPronoun: false, determiner: determiner)
    }

    /// The tokens inside a quotation that opens at `j` and closes within six words: one to five words, the first
    /// capitalized. `nil` otherwise.
    func quotedName(at j: Int, limit: Int) -> Range<Int>? {
        guard j + 2 < limit, ["„", "»", "“", "\""].contains(words[j]), isCapitalized(j + 1) else { return nil }
        guard let close = (j + 2..<min(limit, j + 7)).first(where: { ["“", "«", "”", "\""].contains(words[$0]) }) else { return nil }
        return j + 1..<close
    }

    /// English determiners, whose nouns are lowercase ("the minister", "a spokesman").
    static let englishDeterminers: Set<String> = ["the", "a", "an", "his", "her", "their", "its"]

    /// Lowercase head words after an English determiner, up to a verb, function word or boundary (at most three).
    private func englishHead(from j: Int, limit: Int, determiner: String?) -> Range<Int>? {
        guard let d = determiner, Self.englishDeterminers.contains(d) else { return nil }
        var k = j
        while k < limit, k - j < 3, isLowerWord(k), Cues.speechVerbs[lower[k]] == nil, Cues.denialVerbs[lower[k]] == nil,
              !Cues.auxiliaries.contains(lower[k]), !Cues.nonNounWords.contains(lower[k]), !Cues.adverbs.contains(lower[k]),
              !Cues.negations.contains(lower[k]), !Cues.relativePronouns.contains(lower[k]) {
            k += 1
        }
        return k > j ? j..<k : nil
    }

    /// Parses noun phrases joined by "und"/"sowie" ("Berlin und Paris").
    func parseCoordinated(from i: Int, limit: Int) -> [NounPhrase] {
        guard let first = parse(from: i, limit: limit) else { return [] }
        var result = [first]
        var end = first.tokens.upperBound
        while end + 1 < limit, Cues.coordinators.contains(lower[end]) || (words[end] == "," && end + 2 < limit),
              let next = parse(from: end + 1, limit: limit, appositions: false) {
            if words[end] == "," {
                // "A, B und C": a comma continues the list only if a coordinator follows later.
                guard (next.tokens.upperBound..<limit).contains(where: { Cues.coordinators.contains(lower[$0]) }) else { break }
            }
            result.append(next)
            end = next.tokens.upperBound
        }
        return result
    }

    /// The name text of a phrase, or nil.
    func nameText(_ np: NounPhrase) -> String? {
        guard let n = np.name else { return nil }
        return doc.text(span(n).range)
    }

    // MARK: - Clauses

    /// Start of the clause containing token `i`: the token after the nearest boundary to the left, or the unit start.
    func clauseStart(_ i: Int) -> Int {
        let u = units[unitOfToken[i]]
        var j = i - 1
        while j >= u.lowerBound {
            if isBoundary(j) { return j + 1 }
            j -= 1
        }
        return u.lowerBound
    }

    /// End (exclusive) of the clause containing token `i`: the nearest boundary to the right, or the unit end.
    func clauseEnd(_ i: Int) -> Int {
        let u = units[unitOfToken[i]]
        var j = i + 1
        while j < u.upperBound {
            if isBoundary(j) { return j }
            j += 1
        }
        return u.upperBound
    }

    /// Index of the first token at or after byte offset `offset`, or nil.
    func token(atOrAfter offset: Int) -> Int? {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(doc.tokens[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < count ? lo : nil
    }

    /// Index of the last token that ends at or before byte offset `offset`, or nil.
    func token(endingAtOrBefore offset: Int) -> Int? {
        guard let t = token(atOrAfter: offset) else { return count > 0 ? count - 1 : nil }
        return t > 0 ? t - 1 : nil
    }
}
