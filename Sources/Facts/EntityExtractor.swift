// EntityExtractor: the token view, the extraction run and its main pass (persons, linked name parts, coordinations).
import WordLists

import TextAnalysis

/// Finds person mentions (with their roles and titles), organisations and places in a document
/// by general rules and word lists.
///
/// Persons are found by
/// - a known given name followed by capitalized name parts ("Anna-Lena Brandt", "Ho Chi Minh", "Franz von Papen"),
/// - a role noun right before capitalized name parts ("Bürgermeister Müller", "Regierungssprecher Iwan Petrow"),
/// - appositions ("die Sprecherin der Stadtwerke, Ina Roth," / "Jonas Berg, ein Sprecher der Stadtwerke,"),
/// - speech cues and titles around a bare surname ("sagte Müller", "Müller zufolge", "Dr. Müller"),
/// - links to a name introduced in full elsewhere in the document ("Petrow" → "Iwan Petrow"),
/// - the syntax around a bare surname that is no ordinary German word: inverted subject after a finite verb
///   ("Damit hatte Gallus die …"), subject before an auxiliary at the sentence start ("Kolb war …"), genitive
///   before a noun ("Zabels Entscheidung"), a foreign surname ending ("Demirović"), an age ("Müller ( 45 )"),
///   and coordination with a person ("Blatter und Beckenbauer").
///
/// Roles come with their adjectives, genitive premodifiers and complements
/// ("russische Verteidigungsminister", "Frankreichs Präsident", "Beauftragte für Menschenrechte der Landesregierung").
/// Precision comes before recall: a capitalized word becomes a person only on positive evidence.
public struct EntityExtractor: Sendable {
    public init() {}

    /// All entity mentions of `doc`, in text order.
    public func extract(_ doc: AnalyzedDocument) -> [EntityMention] {
        extract(doc, table: TokenTable(doc))
    }

    /// All entity mentions of `doc`, read from its token table.
    func extract(_ doc: AnalyzedDocument, table: TokenTable) -> [EntityMention] {
        var run = Run(doc: doc, table: table)
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

    init(doc: AnalyzedDocument, table: TokenTable) {
        self.doc = doc
        for (si, s) in doc.sentences.enumerated() {
            let begin = toks.count
            for ti in s.tokens {
                let t = doc.tokens[ti]
                toks.append(EntityToken(text: table.words[ti], lower: table.lower[ti], range: t.range, kind: t.kind, sentence: si))
            }
            sentenceRanges.append(begin..<toks.count)
        }
        claimed = Array(repeating: false, count: toks.count)
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
        // Later bare name parts ("Petrow", "Brandt", "Merkels").
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
}
