import WordLists

import TextAnalysis

/// Finds person mentions (with their roles and titles), organisations and places in a document
/// by general rules and word lists.
///
/// Persons are found by
/// - a known given name followed by capitalized name parts ("Anna-Lena Brandt", "Kim Jong-un", "Franz von Papen"),
/// - a role noun right before capitalized name parts ("Bürgermeister Müller", "Kreml-Sprecher Iwan Petrow"),
/// - appositions ("die Sprecherin der Stadtwerke, Ina Roth," / "Jonas Berg, ein Sprecher der Stadtwerke,"),
/// - speech cues and titles around a bare surname ("sagte Müller", "Müller zufolge", "Dr. Müller"),
/// - links to a name introduced in full elsewhere in the document ("Petrow" → "Iwan Petrow"),
/// - the syntax around a bare surname that is no ordinary German word: inverted subject after a finite verb
///   ("Damit hatte Gallus die …"), subject before an auxiliary at the sentence start ("Kolb war …"), genitive
///   before a noun ("Zabels Entscheidung"), a foreign surname ending ("Demirović"), an age ("Müller ( 45 )"),
///   and coordination with a person ("Blatter und Beckenbauer").
///
/// Roles come with their adjectives, genitive premodifiers and complements
/// ("russische Verteidigungsminister", "Nordkoreas Machthaber", "Beauftragte für Menschenrechte der Landesregierung").
/// Precision comes before recall: a capitalized word becomes a person only on positive evidence.
public struct EntityExtractor: Sendable {
    public init() {}

    /// All entity mentions of `doc`, in text order.
    public func extract(_ doc: AnalyzedDocument) -> [EntityMention] {
        var run = Run(doc: doc)
        return run.extract()
    }

    /// Whether `word` is a role noun by the lexicon and the compound-head rules ("Vatikansprecher": yes).
    static func isRoleNoun(_ word: String) -> Bool {
        Run.isRoleNoun(EntityToken(text: word, lower: word.lowercased(), range: 0..<0, kind: .word, sentence: 0))
    }
}

// MARK: - Token view

/// A token with the properties the rules look at, computed once per token (the rules ask again and again).
struct EntityToken {
    let text: String
    let lower: String
    let range: Range<Int>
    let kind: TokenKind
    let sentence: Int

    /// Starts with an upper-case letter.
    let isCapitalized: Bool
    /// A lower-case word.
    let isLowerWord: Bool
    let isAllCaps: Bool
    /// A role noun by the lexicon and the compound-head rules (`Run.roleNoun`).
    private(set) var isRoleNoun = false
    /// A known given name, or a hyphenated compound of them (`Run.isGivenName`); capitalized words only.
    private(set) var isGivenName = false
    /// `Run.surnameLike(_:afterGivenName: false)` and `…: true`.
    private(set) var isSurnameLike = false
    private(set) var isSurnameLikeAfterGivenName = false

    var isWord: Bool { kind == .word }

    init(text: String, lower: String, range: Range<Int>, kind: TokenKind, sentence: Int) {
        self.text = text
        self.lower = lower
        self.range = range
        self.kind = kind
        self.sentence = sentence
        let first = text.first
        isCapitalized = kind == .word && (first?.isUppercase ?? false)
        isLowerWord = kind == .word && (first?.isLowercase ?? false)
        // The Character test first: it stops at the first lower-case letter.
        isAllCaps = kind == .word && text.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" } && text.count >= 2 && text.contains { $0.isLetter }
        guard kind == .word else { return }
        isRoleNoun = Run.roleNoun(self)
        guard isCapitalized else { return }
        isGivenName = Run.isGivenName(text)
        isSurnameLike = Run.surnameLike(self, afterGivenName: false)
        isSurnameLikeAfterGivenName = Run.surnameLike(self, afterGivenName: true)
    }
}

/// What a person candidate was found by.
struct PersonCandidate {
    var first: Int
    var end: Int          // exclusive token index
    var strong: Bool      // multi-part name or explicit evidence
}

/// One extraction run over one document.
struct Run {
    let doc: AnalyzedDocument
    var toks: [EntityToken] = []
    /// Token index range per sentence.
    var sentenceRanges: [Range<Int>] = []
    /// Which tokens already belong to a mention.
    var claimed: [Bool] = []

    init(doc: AnalyzedDocument) {
        self.doc = doc
        for (si, s) in doc.sentences.enumerated() {
            let begin = toks.count
            for ti in s.tokens {
                let t = doc.tokens[ti]
                let text = doc.text(t.range)
                toks.append(EntityToken(text: text, lower: text.lowercased(), range: t.range, kind: t.kind, sentence: si))
            }
            sentenceRanges.append(begin..<toks.count)
        }
        claimed = Array(repeating: false, count: toks.count)
    }

    // MARK: Word classes

    func tok(_ i: Int, in r: Range<Int>) -> EntityToken? { r.contains(i) ? toks[i] : nil }

    static func isGivenName(_ w: String) -> Bool {
        if isListedGivenName(w) { return true }
        guard w.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = w.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { isListedGivenName(String($0)) }
    }

    static func isListedGivenName(_ w: String) -> Bool {
        Lexicons.firstNames.contains(w) || Lexicons.moreFirstNames.contains(w)
    }

    /// A given name that is also a common word or place; it names a person only with a surname.
    static func isAmbiguousGivenName(_ w: String) -> Bool {
        Lexicons.ambiguousFirstNames.contains(w) || Lexicons.moreAmbiguousFirstNames.contains(w)
    }

    static func isRoleNoun(_ t: EntityToken) -> Bool { t.isRoleNoun }

    /// Computes `EntityToken.isRoleNoun`.
    static func roleNoun(_ t: EntityToken) -> Bool {
        guard t.kind == .word else { return false }
        if !t.isCapitalized { return Lexicons.englishRoles.contains(t.text) }
        if Lexicons.englishRoles.contains(t.lower) { return true }
        let lower = t.lower
        if Lexicons.roleExceptions.contains(lower) { return false }
        let last = lower.split(separator: "-").last.map(String.init) ?? lower
        if Lexicons.roleExceptions.contains(last) { return false }
        if Lexicons.roleWords.contains(last) { return true }
        guard Lexicons.roleHeadFormMatcher.matchesSomeSuffix(of: last) else { return false }
        // Any suffix that is a role head form, the whole word or after a prefix of two or more letters.
        var k = 0
        var index = last.startIndex
        while index < last.endIndex {
            if (k == 0 || k >= 2), Lexicons.roleHeadFormSet.contains(last[index...]) { return true }
            index = last.index(after: index)
            k += 1
        }
        return false
    }

    static func isFunctionWord(_ t: EntityToken) -> Bool { Lexicons.functionWords.contains(t.lower) }

    static func isPlace(_ w: String) -> Bool { placeBase(w) != nil }

    /// The nominative place name of `w` ("Südkoreas" → "Südkorea"), if `w` names a place.
    static func placeBase(_ w: String) -> String? {
        if Lexicons.places.contains(w) { return w }
        if w.hasSuffix("s"), Lexicons.places.contains(String(w.dropLast())) { return String(w.dropLast()) }
        if w.hasSuffix("es"), Lexicons.places.contains(String(w.dropLast(2))) { return String(w.dropLast(2)) }
        return nil
    }

    static func hasNounEnding(_ lower: String) -> Bool {
        Lexicons.nounEndingMatcher.matchesSomeSuffix(of: lower) && Lexicons.nounEndings.contains { lower.hasSuffix($0) && lower.count > $0.count + 2 }
    }

    static func isOrganisationWord(_ t: EntityToken) -> Bool {
        if Lexicons.organisations.contains(t.text) { return true }
        if t.isAllCaps && !Lexicons.nonOrganisationAcronyms.contains(t.text) && !Lexicons.placeAcronyms.contains(t.text) { return true }
        return false
    }

    /// Could `t` be a part of a person name that is not a given name (a surname)?
    /// `afterGivenName` relaxes the common-noun test for surnames like "Berg" or "Richter".
    static func isSurnameLike(_ t: EntityToken, afterGivenName: Bool) -> Bool {
        afterGivenName ? t.isSurnameLikeAfterGivenName : t.isSurnameLike
    }

    /// Computes `EntityToken.isSurnameLike` and `isSurnameLikeAfterGivenName`.
    static func surnameLike(_ t: EntityToken, afterGivenName: Bool) -> Bool {
        guard t.isCapitalized, t.text.count >= 2, !t.isAllCaps else { return false }
        if isFunctionWord(t) || Lexicons.calendarWords.contains(t.text) || Lexicons.titles.contains(t.text) { return false }
        if afterGivenName, Lexicons.nounSurnames.contains(t.text) { return true }
        if isRoleNoun(t) || isOrganisationWord(t) { return false }
        if t.text.contains(where: { $0.isNumber }) { return false }
        if Lexicons.nounSurnames.contains(t.text) || Lexicons.knownSurnames.contains(t.text) { return true }
        if Lexicons.isCommonNoun(t.text) { return false }
        if !afterGivenName {
            if isPlace(t.text) || hasNounEnding(t.lower) || isListedGivenName(t.text) && isAmbiguousGivenName(t.text) { return false }
            // Nationality and other adjectival nouns ("Deutsche", "Russen", "Grünen").
            if t.lower.hasSuffix("ischen") || t.lower.hasSuffix("ische") { return false }
        } else {
            if hasStrongNounEnding(t.lower) { return false }
        }
        return true
    }

    static func hasStrongNounEnding(_ lower: String) -> Bool {
        ["ung", "heit", "keit", "schaft", "tion", "ismus"].contains { lower.hasSuffix($0) && lower.count > $0.count + 2 }
    }

    static func isAdjectiveShaped(_ t: EntityToken) -> Bool {
        guard t.isLowerWord, !Lexicons.functionWords.contains(t.lower), t.text.count >= 3 else { return false }
        return ["e", "en", "er", "es", "em"].contains { t.lower.hasSuffix($0) }
    }

    static func isInitial(_ i: Int, _ toks: [EntityToken], _ r: Range<Int>) -> Bool {
        let t = toks[i]
        guard t.kind == .word, t.text.count == 1, t.text.first!.isUppercase, r.contains(i + 1) else { return false }
        return toks[i + 1].text == "."
    }

    // MARK: Main

    mutating func extract() -> [EntityMention] {
        var candidates: [PersonCandidate] = []
        for r in sentenceRanges {
            candidates += findPersons(in: r)
        }
        // Resolve overlaps: longer first, then earlier.
        candidates.sort { ($0.end - $0.first, -$0.first) > ($1.end - $1.first, -$1.first) }
        var accepted: [PersonCandidate] = []
        for c in candidates where !(c.first..<c.end).contains(where: { claimed[$0] }) {
            for i in c.first..<c.end { claimed[i] = true }
            accepted.append(c)
        }
        accepted.sort { $0.first < $1.first }
        accepted = addCoordinatedSurnames(accepted)

        // Entities: group name forms, fullest name is canonical.
        var entityNames: [[String]] = []       // token texts of the canonical name per entity
        var entityOf: [Int] = []               // per accepted candidate
        for c in accepted {
            let parts = (c.first..<c.end).map { toks[$0].text }.filter { $0 != "." }
            if let e = entityNames.firstIndex(where: { Self.sameEntity($0, parts) }) {
                if parts.count > entityNames[e].count { entityNames[e] = parts }
                entityOf.append(e)
            } else {
                entityNames.append(parts)
                entityOf.append(entityNames.count - 1)
            }
        }
        // Later bare name parts ("Petrow", "Jong-un", "Putins").
        var linked: [(first: Int, end: Int, entity: Int)] = []
        let starts = accepted.enumerated().map { ($0.element.first, entityOf[$0.offset]) }
        for r in sentenceRanges {
            for i in r where !claimed[i] && toks[i].isCapitalized {
                let t = toks[i]
                if Self.isFunctionWord(t) || Lexicons.calendarWords.contains(t.text) || Self.isRoleNoun(t) { continue }
                var keys = [t.text]
                if t.text.hasSuffix("s") { keys.append(String(t.text.dropLast())) }
                if t.text.hasSuffix("’s") || t.text.hasSuffix("'s") { keys.append(String(t.text.dropLast(2))) }
                var matches: [Int] = []
                for (e, parts) in entityNames.enumerated() {
                    if keys.contains(where: { k in parts.contains(k) && !Lexicons.nameParticles.contains(k) }) { matches.append(e) }
                }
                guard !matches.isEmpty else { continue }
                // A common noun after an article is not a name ("der Berg").
                if Lexicons.isCommonNoun(t.text) || Self.isPlace(t.text) {
                    if i > r.lowerBound, toks[i - 1].isLowerWord || toks[i - 1].kind == .number { continue }
                    if i == r.lowerBound { continue }
                }
                // Prefer the entity named most recently before, else the first named after.
                let before = starts.last { $0.0 < i && matches.contains($0.1) }
                let entity = before?.1 ?? starts.first { matches.contains($0.1) }!.1
                claimed[i] = true
                linked.append((i, i + 1, entity))
            }
        }

        var mentions: [EntityMention] = []
        for (k, c) in accepted.enumerated() {
            mentions.append(personMention(c.first, c.end, canonical: entityNames[entityOf[k]].joined(separator: " ")))
        }
        for l in linked {
            mentions.append(personMention(l.first, l.end, canonical: entityNames[l.entity].joined(separator: " ")))
        }
        for r in sentenceRanges { mentions += findOrganisationsAndPlaces(in: r) }
        mentions.sort { ($0.name.span.start, $0.name.span.end) < ($1.name.span.start, $1.name.span.end) }
        return mentions
    }

    /// Bare surnames coordinated with a person ("Blatter und Beckenbauer", "Pinnick , Tabor und Gaskill").
    mutating func addCoordinatedSurnames(_ accepted: [PersonCandidate]) -> [PersonCandidate] {
        var result = accepted
        var queue = accepted
        while let c = queue.popLast() {
            let r = sentenceRanges[toks[c.first].sentence]
            var found: [PersonCandidate] = []
            // After the person: "X und Y".
            if c.end + 1 < r.upperBound, ["und", "sowie", "oder"].contains(toks[c.end].text) {
                let k = c.end + 1
                if !claimed[k], coordinatedSurname(k, in: r), closesName(k + 1, in: r), !Self.hasCommonNounHead(toks[k].text) {
                    found.append(PersonCandidate(first: k, end: k + 1, strong: true))
                }
            }
            // Before the person: "Y und X", "Y , X".
            if c.first - 2 >= r.lowerBound, ["und", "sowie", "oder"].contains(toks[c.first - 1].text) {
                let k = c.first - 2
                let p = k > r.lowerBound ? toks[k - 1] : nil
                if !claimed[k], coordinatedSurname(k, in: r), !Self.hasCommonNounHead(toks[k].text),
                   p == nil || p!.kind == .punctuation || p!.isLowerWord && !Lexicons.determiners.contains(p!.lower) {
                    found.append(PersonCandidate(first: k, end: k + 1, strong: true))
                }
            }
            for f in found {
                claimed[f.first] = true
                result.append(f)
                queue.append(f)
            }
        }
        result.sort { $0.first < $1.first }
        return result
    }

    /// A capitalized word that may be a bare surname in a coordination (no common noun, place or organisation).
    func coordinatedSurname(_ k: Int, in r: Range<Int>) -> Bool {
        let t = toks[k]
        guard t.isCapitalized, Self.isSurnameLike(t, afterGivenName: false) || t.isGivenName && !Self.isAmbiguousGivenName(t.text) else { return false }
        if Self.isPlace(t.text) || Self.isOrganisationWord(t) || Lexicons.isCommonNoun(t.text) { return false }
        if Self.looksLikePluralNoun(t.lower), !Lexicons.knownSurnames.contains(t.text) { return false }
        if Self.isOrdinaryWord(t.text) { return false }
        return true
    }

    /// Two name forms belong to one entity when one's parts all occur in the other and they share the last part
    /// (or one of them is a single part of the other).
    static func sameEntity(_ a: [String], _ b: [String]) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.allSatisfy({ long.contains($0) }) else { return false }
        return short.last == long.last || short.count == 1
    }

    func personMention(_ first: Int, _ end: Int, canonical: String) -> EntityMention {
        let span = Span(toks[first].range.lowerBound, toks[end - 1].range.upperBound)
        var m = EntityMention(kind: .person, sentence: toks[first].sentence,
                              name: TextSpan(text: doc.text(span.range), span: span), canonicalName: canonical)
        if let (role, rule) = findRole(first, end) {
            m.role = role
            m.roleRule = rule
        }
        return m
    }

    // MARK: Person candidates

    func findPersons(in r: Range<Int>) -> [PersonCandidate] {
        var out: [PersonCandidate] = []
        var i = r.lowerBound
        // 1. Given-name anchored names.
        while i < r.upperBound {
            let t = toks[i]
            guard t.isCapitalized, t.isGivenName, !Self.isFunctionWord(t) else { i += 1; continue }
            var j = i + 1
            var givenCount = 1
            while j < r.upperBound, toks[j].isCapitalized, toks[j].isGivenName || Self.isInitial(j, toks, r) {
                j += Self.isInitial(j, toks, r) ? 2 : 1
                givenCount += 1
            }
            var surnames = 0
            while j < r.upperBound, surnames < 3 {
                let u = toks[j]
                // An article after a surname is no name particle ("Renate Schmidt den Nerv").
                if surnames > 0, ["den", "dem", "das", "die"].contains(u.text) { break }
                if let after = particlesEnd(j, in: r) { j = after + 1; surnames += 1; continue }
                if Self.isInitial(j, toks, r) { j += 2; continue }
                if surnames > 0, Self.looksLikePluralNoun(u.lower) { break }
                // A common noun or place after a surname starts the next phrase ("Matthew Williams Liebeskummer").
                if surnames > 0, u.isCapitalized, !Lexicons.nounSurnames.contains(u.text),
                   Lexicons.isCommonNoun(u.text) || Self.isPlace(u.text) || Self.isOrdinaryWord(u.text) { break }
                if Self.isSurnameLike(u, afterGivenName: true) || (u.isCapitalized && Self.isPlace(u.text) && surnames == 0 && !Self.isFunctionWord(u) && !Lexicons.isCommonNoun(u.text)) {
                    j += 1; surnames += 1; continue
                }
                // A common noun as the only surname, when no noun phrase continues ("Christiane Holländer, …",
                // "Jonas Hirsch sagte").
                if surnames == 0, u.isCapitalized, Lexicons.isCommonNoun(u.text), !Self.isRoleNoun(u),
                   !Self.isAmbiguousGivenName(t.text), !Lexicons.calendarWords.contains(u.text), !Self.isFunctionWord(u),
                   j + 1 >= r.upperBound || toks[j + 1].kind == .punctuation || toks[j + 1].isLowerWord {
                    j += 1; surnames += 1; continue
                }
                // Regnal numbers: "Elisabeth II.".
                if Lexicons.regnalNumbers.contains(u.text), j + 1 < r.upperBound, toks[j + 1].text == "." {
                    j += 2; surnames += 1; continue
                }
                break
            }
            if j < r.upperBound, toks[j].isCapitalized, Lexicons.nameBasedHeads.contains(toks[j].text) {
                // A name inside a longer proper name ("Jones House", "Lee Strasberg Theatre").
                i = j + 1; continue
            }
            if surnames > 0 || givenCount > 1 {
                out.append(PersonCandidate(first: i, end: j, strong: true))
            } else if !Self.isAmbiguousGivenName(t.text) && !Self.isPlace(t.text) && !Lexicons.isCommonNoun(t.text),
                      i == r.lowerBound || !toks[i - 1].isCapitalized || Self.isFunctionWord(toks[i - 1]) || Self.isRoleNoun(toks[i - 1]),
                      !(i >= 2 && toks[i - 1].text == "." && ["St", "Sankt"].contains(toks[i - 2].text)),
                      !(i >= 1 && toks[i - 1].text == "Sankt") {
                // A lone given name after another capitalized word is part of some other name ("Hotel Maria").
                out.append(PersonCandidate(first: i, end: i + 1, strong: false))
            }
            i = max(j, i + 1)
        }
        // 1b. Well-known surnames on their own ("Merkel", "Stalin").
        for k in r where Lexicons.knownSurnames.contains(toks[k].text) || (toks[k].text.hasSuffix("s") && Lexicons.knownSurnames.contains(String(toks[k].text.dropLast()))) {
            out.append(PersonCandidate(first: k, end: k + 1, strong: false))
        }
        // 1c. Listed surnames that are no German or English words ("Tarantino"), and a name run before a party
        // in parentheses ("Pinkwart ( FDP )").
        for k in r where toks[k].isCapitalized && Self.isSurnameLike(toks[k], afterGivenName: false) {
            let t = toks[k]
            if k > r.lowerBound, Lexicons.determiners.contains(toks[k - 1].lower) { continue }
            // A listed surname alone at the start of a sentence is no evidence ("Hofstetter operierte …").
            let listedOK = k > r.lowerBound
            let base = t.text.hasSuffix("s") ? String(t.text.dropLast()) : t.text
            if listedOK, Lexicons.listedSurnames.contains(t.text) || Lexicons.listedSurnames.contains(base) {
                let next = k + 1 < r.upperBound ? toks[k + 1] : nil
                if next == nil || next!.kind != .word || next!.isLowerWord {
                    // With initials before it: "H. Dietz", "Robert R. Livingston" (the given name joins by rule 1).
                    var first = k
                    while first - 2 >= r.lowerBound, Self.isInitial(first - 2, toks, r) { first -= 2 }
                    out.append(PersonCandidate(first: first, end: k + 1, strong: first < k))
                }
            }
            if let end = nameRun(from: k, in: r), end + 2 < r.upperBound, toks[end].text == "(",
               Lexicons.parties.contains(toks[end + 1].text), toks[end + 2].text == ")" {
                out.append(PersonCandidate(first: k, end: end, strong: true))
            }
        }
        // 2. Role noun (or title) right before name parts: "Bürgermeister Müller", "Dr. Müller".
        for k in r where Self.isRoleNoun(toks[k]) || Lexicons.titles.contains(toks[k].text) {
            var j = k + 1
            if Lexicons.titles.contains(toks[k].text), j < r.upperBound, toks[j].text == "." { j += 1 }
            // "Frau"/"Herr" after an article are common nouns ("die Frau").
            if ["Frau", "Herr", "Herrn"].contains(toks[k].text), k > r.lowerBound, toks[k - 1].isLowerWord { continue }
            while j < r.upperBound, Lexicons.titles.contains(toks[j].text) {
                j += 1
                if j < r.upperBound, toks[j].text == "." { j += 1 }
            }
            if let end = nameRun(from: j, in: r) { out.append(PersonCandidate(first: j, end: end, strong: true)) }
        }
        // 3. Apposition before the name: "die Sprecherin der Stadtwerke, Ina Roth,".
        for k in r where toks[k].text == "," && k + 1 < r.upperBound {
            guard let end = nameRun(from: k + 1, in: r) else { continue }
            let after = end < r.upperBound ? toks[end].text : "."
            guard [",", ".", ";", ":", "–", ")"].contains(after) else { continue }
            if roleBefore(nameStart: k + 1, in: r, allowComma: true) != nil {
                out.append(PersonCandidate(first: k + 1, end: end, strong: true))
            }
        }
        // 4. Apposition after the name: "Müller, ein Sprecher der Stadtwerke, sagte".
        for k in r where k == r.lowerBound || !toks[k - 1].isCapitalized {
            guard let end = nameRun(from: k, in: r), end < r.upperBound, toks[end].text == "," else { continue }
            if roleAfterComma(end, in: r) != nil { out.append(PersonCandidate(first: k, end: end, strong: true)) }
        }
        // 5. Speech cues: "sagte Müller", ", so Müller", "Müller zufolge", "Müller sagte".
        for k in r where toks[k].isCapitalized {
            guard let end = nameRun(from: k, in: r) else { continue }
            let prev = k > r.lowerBound ? toks[k - 1] : nil
            let next = end < r.upperBound ? toks[end] : nil
            let nextIsBoundary = next == nil || next!.kind == .punctuation || next!.isLowerWord
            var cue = false
            if let p = prev, Lexicons.speechVerbs.contains(p.lower), p.isLowerWord, nextIsBoundary {
                cue = true
            }
            if let p = prev, p.lower == "so", p.isLowerWord, k - 2 >= r.lowerBound,
               [",", "“", "\"", "«", "»"].contains(toks[k - 2].text), next == nil || next!.kind == .punctuation {
                cue = true
            }
            if let n = next, n.lower == "zufolge", prev == nil || !prev!.isLowerWord { cue = true }
            if let n = next, Lexicons.speechVerbs.contains(n.lower), n.isLowerWord,
               prev == nil || [",", "„", "“", "\"", ":", "–", "»", "«"].contains(prev!.text) {
                cue = true
            }
            if end == k + 1, !toks[k].isGivenName, !Lexicons.knownSurnames.contains(toks[k].text),
               toks[k].lower.hasSuffix("en") || toks[k].lower.hasSuffix("ern") {
                cue = false  // bare plural-looking nouns ("Studien zufolge")
            }
            var first = k
            if titleBefore(k) {
                cue = true
                if let p = prev, ["Lady", "Lord", "Sir", "Dame"].contains(p.text) { first = k - 1 }
            }
            if cue { out.append(PersonCandidate(first: first, end: end, strong: true)) }
        }
        out += findBareSurnames(in: r)
        return out
    }

    /// Auxiliaries, modals and frequent strong past forms that may stand right before an inverted subject.
    static let finiteVerbForms: Set<String> = WordLists.set("verbs/finite-verb-forms.txt")

    /// Lower-case words ending like a finite verb that are no verbs.
    static let nonVerbsEndingInT: Set<String> = Lexicons.words("""
        nicht jetzt selbst erst meist zumeist zuletzt längst bereits somit zunächst bislang bisher seit nebst samt
        recht gut bestimmt zuerst jeweils erneut selbstverständlich insbesondere weit breit ganze halbe beste erste
        zweite dritte vierte fünfte letzte nächste größte meiste meisten gerade heute
        """)

    /// A lower-case word that looks like a finite verb ("sagte", "hatte", "gehört", "stieg").
    func isFiniteVerbLike(_ i: Int, in r: Range<Int>) -> Bool {
        guard r.contains(i) else { return false }
        let t = toks[i]
        guard t.isLowerWord, t.text.count >= 3 else { return false }
        if Self.finiteVerbForms.contains(t.lower) || Lexicons.speechVerbs.contains(t.lower) { return true }
        if Self.isFunctionWord(t) || Lexicons.determiners.contains(t.lower) || Lexicons.nameParticles.contains(t.lower)
            || Cues.adverbs.contains(t.lower) || Self.nonVerbsEndingInT.contains(t.lower) { return false }
        guard t.lower.hasSuffix("te") || t.lower.hasSuffix("t") else { return false }
        // Superlatives ("populärste"), but not "musste", "passte".
        if t.lower.hasSuffix("ste"), !t.lower.hasSuffix("sste") { return false }
        // An inflected adjective or participle after an article or preposition ("die geplante Reform").
        if i > r.lowerBound, toks[i - 1].isLowerWord, Lexicons.determiners.contains(toks[i - 1].lower) || Self.isFunctionWord(toks[i - 1]) && !["sich", "es", "er", "sie", "man"].contains(toks[i - 1].lower) {
            return false
        }
        return true
    }

    /// Foreign surname endings ("Demirović", "Kowalski", "Kulikow", "Popescu", "Nilsson").
    static let foreignSurnameEndings = ["ić", "ič", "vic", "ski", "ska", "sky", "skij", "ow", "owa", "ova", "ová", "enko", "escu", "sson", "poulos", "wicz", "czyk", "aschwili"]

    /// Whether the token after a bare name closes it: punctuation, a lower-case word or the sentence end.
    func closesName(_ end: Int, in r: Range<Int>) -> Bool {
        end >= r.upperBound || toks[end].kind == .punctuation || toks[end].isLowerWord
    }

    /// Bare surnames found by their syntax: the inverted subject after a finite verb ("Damit hatte Gallus …",
    /// "distanzierte sich Moein"), the subject at the start of a sentence before a finite verb ("Kolb war …"),
    /// a genitive before a noun ("Zabels Entscheidung"), a foreign surname ending ("Demirović") and an age
    /// in parentheses ("Müller ( 45 )").
    func findBareSurnames(in r: Range<Int>) -> [PersonCandidate] {
        var out: [PersonCandidate] = []
        for k in r where toks[k].isCapitalized && Self.isSurnameLike(toks[k], afterGivenName: false) {
            let t = toks[k]
            if t.lower.hasSuffix("en") || t.lower.hasSuffix("ern") { if !Lexicons.knownSurnames.contains(t.text) { continue } }
            let end = k + 1
            guard closesName(end, in: r), !Self.hasCommonNounHead(t.text), !Self.isOrdinaryWord(t.text) else { continue }
            let prev = k > r.lowerBound ? toks[k - 1] : nil
            var cue = false
            // Inverted subject: "hatte Schulz seine …", "distanzierte sich Moein von …". The clause goes on
            // after the name (an object noun ends its phrase: "studierte Medizin ."), and a copula takes
            // predicate nouns ("war Gast").
            let verbIndex = prev?.lower == "sich" ? k - 2 : k - 1
            if let p = prev, p.isLowerWord, isFiniteVerbLike(verbIndex, in: r), !Lexicons.copulas.contains(toks[verbIndex].lower),
               end < r.upperBound, toks[end].isLowerWord, !["und", "oder", "sowie", "zu", "als"].contains(toks[end].lower) {
                cue = true
            }
            // Sentence-initial subject: "Kolb war", "Blakemore benutzte".
            if k == r.lowerBound || ["„", "\"", "»", "«", "“", ":"].contains(prev!.text), end < r.upperBound, !Self.looksLikeSentenceAdverb(t.lower) {
                let n = toks[end]
                // Only auxiliaries, modals and frequent strong forms: a full verb alone is no evidence
                // ("Hofstetter operierte den Patienten" may open a report about a clinic).
                if n.isLowerWord, Self.finiteVerbForms.contains(n.lower) {
                    cue = true
                }
            }
            // Age in apposition: "Müller ( 45 )", "Müller , 45 ,".
            if end + 2 < r.upperBound, ["(", ","].contains(toks[end].text), toks[end + 1].kind == .number,
               let age = Int(toks[end + 1].text), (1...110).contains(age), [")", ","].contains(toks[end + 2].text) {
                cue = true
            }
            // Foreign surname endings.
            if end == k + 1, t.text.count >= 5, Self.foreignSurnameEndings.contains(where: { t.text.hasSuffix($0) }),
               prev == nil || !Lexicons.determiners.contains(prev!.lower) {
                cue = true
            }
            if cue {
                // With initials before it: "W. Fesenko".
                var first = k
                while first - 2 >= r.lowerBound, Self.isInitial(first - 2, toks, r) { first -= 2 }
                out.append(PersonCandidate(first: first, end: end, strong: true))
            }
        }
        // Genitives before a noun: "Zabels Entscheidung", "Nerudas gesundheitliche Verfassung".
        for k in r where toks[k].isCapitalized && toks[k].text.hasSuffix("s") && toks[k].text.count >= 4 {
            let t = toks[k]
            let base = String(t.text.dropLast())
            guard !Lexicons.isCommonNoun(t.text), !Self.isFunctionWord(t), !Self.isPlace(t.text),
                  !Self.isOrganisationWord(t), !Self.genitiveLookalikes.contains(t.lower),
                  let last = base.last, !"sxzß".contains(last) else { continue }
            let bt = EntityToken(text: base, lower: base.lowercased(), range: t.range, kind: .word, sentence: t.sentence)
            guard Self.isSurnameLike(bt, afterGivenName: false) || bt.isGivenName, !Self.isOrdinaryWord(base), !Self.isOrdinaryWord(t.text),
                  !(Self.isAmbiguousGivenName(base)) else { continue }
            if k > r.lowerBound {
                let p = toks[k - 1]
                if Lexicons.determiners.contains(p.lower) || (p.isCapitalized && !Self.isFunctionWord(p)) { continue }
            }
            var n = k + 1
            while n < r.upperBound, Self.isAdjectiveShaped(toks[n]) { n += 1 }
            guard n < r.upperBound, toks[n].isCapitalized, !Self.isFunctionWord(toks[n]),
                  Lexicons.isCommonNoun(toks[n].text) || Self.hasNounEnding(toks[n].lower) || Self.isRoleNoun(toks[n]) else { continue }
            out.append(PersonCandidate(first: k, end: k + 1, strong: true))
        }
        return out
    }

    /// Whether a capitalized word at the start of a sentence is rather an adverb, pronoun, adjective or
    /// participle than a name ("Immerhin", "Dies", "Unklar", "Gegründet").
    static func looksLikeSentenceAdverb(_ lower: String) -> Bool {
        if Lexicons.functionWords.contains(lower) || Cues.adverbs.contains(lower) || Cues.nonNounWords.contains(lower)
            || sentenceAdverbs.contains(lower) { return true }
        if ["hin", "her", "mal", "lich", "ig", "bar", "sam", "los", "isch", "weise", "dings", "iert", "ell", "al"].contains(where: { lower.hasSuffix($0) }) { return true }
        if lower.hasPrefix("ge"), lower.hasSuffix("t"), lower.count >= 6 { return true }
        if lower.hasPrefix("dar") || lower.hasPrefix("wor") || lower.hasPrefix("hier") { return true }
        return false
    }

    /// Sentence-initial words that are no names.
    static let sentenceAdverbs: Set<String> = WordLists.set("words/sentence-adverbs.txt")

    /// A word whose lower-case form is an ordinary German word ("Geld", "Dies"), unless it is a known surname.
    static func isOrdinaryWord(_ w: String) -> Bool {
        Lexicons.wordForms.contains(w.lowercased()) && !Lexicons.knownSurnames.contains(w)
    }

    /// A compound whose head is a listed common noun of four or more letters ("Reihenhaus", "Schlagzeug").
    static func hasCommonNounHead(_ w: String) -> Bool {
        let chars = Array(w)
        guard chars.count >= 7 else { return false }
        // Heads of at most `longestHead` letters: linear in the word's length (a 100,000-letter word loads at once).
        let longestHead = 30
        for i in max(3, chars.count - longestHead)...(chars.count - 4) {
            let head = String(chars[i]).uppercased() + String(chars[(i + 1)...])
            if Lexicons.isCommonNoun(head) { return true }
        }
        return false
    }

    /// Capitalized words ending in -s that are no genitive names ("Anfangs", "Nichts").
    static let genitiveLookalikes: Set<String> = WordLists.set("words/genitive-lookalikes.txt")

    /// Whether a title ("Dr.", "Prof.", "Herr") stands right before token `k`, even across a sentence
    /// break after the abbreviation's dot.
    func titleBefore(_ k: Int) -> Bool {
        var p = k - 1
        if p >= 0, toks[p].text == "." { p -= 1 }
        guard p >= 0, Lexicons.titles.contains(toks[p].text) else { return false }
        if ["Frau", "Herr", "Herrn", "Lady", "Lord"].contains(toks[p].text) {
            // "die Frau", "der Herr" are common nouns; "Frau." is no title.
            if toks[k - 1].text == "." { return false }
            if p > 0, toks[p - 1].isLowerWord { return false }
        }
        return true
    }

    /// If particles start at `j` ("von der", "van", "al") and a surname follows them, the surname's index.
    func particlesEnd(_ j: Int, in r: Range<Int>) -> Int? {
        var p = j
        while p < r.upperBound, toks[p].isLowerWord, Lexicons.nameParticles.contains(toks[p].text), p - j < 3 { p += 1 }
        guard p > j, p < r.upperBound, Self.isSurnameLike(toks[p], afterGivenName: true) else { return nil }
        return p
    }

    /// A plural-looking noun ("Briefe", "Kosten") does not continue a name after its first surname.
    static func looksLikePluralNoun(_ lower: String) -> Bool {
        lower.hasSuffix("e") || lower.hasSuffix("en") || lower.hasSuffix("ern")
    }

    /// A run of 1–3 surname-like tokens (particles and given names allowed inside) starting at `k`.
    func nameRun(from k: Int, in r: Range<Int>) -> Int? {
        guard k < r.upperBound else { return nil }
        let t = toks[k]
        guard t.isCapitalized else { return nil }
        let startsWithGiven = t.isGivenName && !Self.isFunctionWord(t)
        guard startsWithGiven || Self.isSurnameLike(t, afterGivenName: false) else { return nil }
        var j = k + 1
        var parts = 1
        while j < r.upperBound, parts < 3 {
            let u = toks[j]
            // An article after a surname is no name particle ("Renate Schmidt den Nerv").
            if parts >= 2, !toks[j - 1].isGivenName, ["den", "dem", "das", "die"].contains(u.text) { break }
            if let after = particlesEnd(j, in: r) { j = after + 1; parts += 1; continue }
            if Self.isInitial(j, toks, r) { j += 2; continue }
            if Self.looksLikePluralNoun(u.lower) { break }
            // After a surname, a common noun, place or ordinary word starts the next phrase ("… Matthew Williams Liebeskummer").
            if parts >= 2, !toks[j - 1].isGivenName, u.isCapitalized, !u.isGivenName, !Lexicons.nounSurnames.contains(u.text),
               Lexicons.isCommonNoun(u.text) || Self.isPlace(u.text) || Self.isOrdinaryWord(u.text) { break }
            if u.isCapitalized, u.isGivenName || Self.isSurnameLike(u, afterGivenName: startsWithGiven) {
                j += 1; parts += 1; continue
            }
            break
        }
        return j
    }

    // MARK: Roles

    /// The role stated with the name at tokens `first..<end`.
    func findRole(_ first: Int, _ end: Int) -> (TextSpan, String)? {
        let r = sentenceRanges[toks[first].sentence]
        var start = first
        // Skip titles before the name ("Dr.", "Prof.").
        while start > r.lowerBound {
            let p = toks[start - 1]
            if p.text == ".", start - 2 >= r.lowerBound, Lexicons.titles.contains(toks[start - 2].text) { start -= 2; continue }
            if Lexicons.titles.contains(p.text), !Self.isRoleNoun(p) { start -= 1; continue }
            break
        }
        if let role = roleBefore(nameStart: start, in: r, allowComma: true) { return role }
        if end < r.upperBound, toks[end].text == ",", let role = roleAfterComma(end, in: r) { return role }
        if let role = roleByCopula(first, end, in: r) { return role }
        return nil
    }

    func span(_ a: Int, _ b: Int) -> TextSpan {
        let s = Span(toks[a].range.lowerBound, toks[b - 1].range.upperBound)
        return TextSpan(text: doc.text(s.range), span: s)
    }

    /// A role noun phrase that ends right before the name (or before a comma before it).
    func roleBefore(nameStart: Int, in r: Range<Int>, allowComma: Bool) -> (TextSpan, String)? {
        var end = nameStart
        var rule = "premodifier"
        if allowComma, end > r.lowerBound, toks[end - 1].text == "," { end -= 1; rule = "apposition" }
        guard end > r.lowerBound else { return nil }
        let lowest = max(r.lowerBound, end - 14)
        var k = lowest
        while k < end {
            if Self.isRoleNoun(toks[k]), complementParses(from: k + 1, to: end, in: r) {
                // A role inside another role's genitive ("des Ministers") is handled by the outer one;
                // a role right after a determiner or link word may start here.
                let first = premodifierStart(k, in: r)
                if rule == "apposition", first == k, k > r.lowerBound, !Lexicons.determiners.contains(toks[k - 1].lower),
                   toks[k - 1].kind != .punctuation {
                    // "…, Name" needs a role phrase that opens with an article, or stands alone.
                    k += 1; continue
                }
                return (span(first, end), k + 1 == end ? (rule == "apposition" ? "apposition" : "premodifier") : rule)
            }
            k += 1
        }
        return nil
    }

    /// Where the role phrase starts: adjectives after an article, or a genitive ("Nordkoreas Machthaber").
    func premodifierStart(_ k: Int, in r: Range<Int>) -> Int {
        var s = k
        if s - 1 >= r.lowerBound {
            let p = toks[s - 1]
            if p.isCapitalized, p.text.hasSuffix("s"), !Self.isFunctionWord(p), !Self.isRoleNoun(p),
               Self.isPlace(p.text) || Self.isOrganisationWord(p) || !Lexicons.isCommonNoun(p.text) {
                return s - 1
            }
        }
        var a = s
        while a - 1 >= r.lowerBound, Self.isAdjectiveShaped(toks[a - 1]) { a -= 1 }
        if a < s, a - 1 >= r.lowerBound, Lexicons.determiners.contains(toks[a - 1].lower) || Lexicons.complementLinks.contains(toks[a - 1].lower) || Self.isFunctionWord(toks[a - 1]) {
            s = a
        }
        return s
    }

    /// Whether tokens `a..<b` form a role complement: genitive or prepositional phrases
    /// ("für Menschenrechte der Landesregierung", "von der Partei in Bayern", "Südkoreas").
    func complementParses(from a: Int, to b: Int, in r: Range<Int>) -> Bool {
        var pos = a
        if pos < b, toks[pos].isCapitalized, toks[pos].text.hasSuffix("s"), !Self.isFunctionWord(toks[pos]) {
            pos += 1
        }
        while pos < b {
            guard Lexicons.complementLinks.contains(toks[pos].lower), toks[pos].isLowerWord else { return false }
            pos += 1
            if pos < b, Lexicons.determiners.contains(toks[pos].lower), toks[pos].isLowerWord { pos += 1 }
            while pos < b, Self.isAdjectiveShaped(toks[pos]) { pos += 1 }
            let contentStart = pos
            while pos < b, toks[pos].isCapitalized || toks[pos].kind == .number || toks[pos].text == "/" { pos += 1 }
            if pos == contentStart { return false }
        }
        return pos == b
    }

    /// Greedy complement after a role noun ending at `k`; returns the exclusive end.
    func complementEnd(after k: Int, in r: Range<Int>) -> Int {
        var pos = k
        if pos < r.upperBound, toks[pos].isCapitalized, toks[pos].text.hasSuffix("s"),
           Self.isPlace(toks[pos].text) || Self.isOrganisationWord(toks[pos]) {
            pos += 1
        }
        while pos < r.upperBound {
            var p = pos
            guard Lexicons.complementLinks.contains(toks[p].lower), toks[p].isLowerWord else { break }
            p += 1
            if p < r.upperBound, Lexicons.determiners.contains(toks[p].lower), toks[p].isLowerWord { p += 1 }
            while p < r.upperBound, Self.isAdjectiveShaped(toks[p]) { p += 1 }
            let contentStart = p
            while p < r.upperBound, toks[p].isCapitalized || toks[p].kind == .number || toks[p].text == "/" { p += 1 }
            if p == contentStart { break }
            pos = p
        }
        return pos
    }

    /// "Name, [ein] [adj] ROLE complement," → the role phrase.
    func roleAfterComma(_ comma: Int, in r: Range<Int>) -> (TextSpan, String)? {
        var p = comma + 1
        if p < r.upperBound, Lexicons.determiners.contains(toks[p].lower), toks[p].isLowerWord { p += 1 }
        let start = p
        while p < r.upperBound, Self.isAdjectiveShaped(toks[p]) { p += 1 }
        guard p < r.upperBound, Self.isRoleNoun(toks[p]) else { return nil }
        let end = complementEnd(after: p + 1, in: r)
        let next = end < r.upperBound ? toks[end] : nil
        guard next == nil || [",", ".", ";", ":", "–", ")", "!", "?"].contains(next!.text) || (next!.isLowerWord && Lexicons.speechVerbs.contains(next!.lower)) else {
            return nil
        }
        return (span(start, end), "apposition")
    }

    /// "Name ist [der] ROLE …" or "ist Name ROLE …".
    func roleByCopula(_ first: Int, _ end: Int, in r: Range<Int>) -> (TextSpan, String)? {
        var p: Int
        if end < r.upperBound, Lexicons.copulas.contains(toks[end].lower), toks[end].isLowerWord {
            p = end + 1
        } else if first > r.lowerBound, Lexicons.copulas.contains(toks[first - 1].lower), toks[first - 1].isLowerWord {
            p = end
        } else {
            return nil
        }
        if p < r.upperBound, Lexicons.determiners.contains(toks[p].lower), toks[p].isLowerWord { p += 1 }
        let start = p
        while p < r.upperBound, Self.isAdjectiveShaped(toks[p]) { p += 1 }
        guard p < r.upperBound, Self.isRoleNoun(toks[p]) else { return nil }
        return (span(start, complementEnd(after: p + 1, in: r)), "copula")
    }

    // MARK: Organisations and places

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
                // A descriptor before the actual name ("Nachrichtenagentur Reuters") is not itself the name.
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
