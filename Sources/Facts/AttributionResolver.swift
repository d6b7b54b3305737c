/// Resolves speaker and denier phrases to canonical names.
///
/// Order of evidence:
/// 1. an entity mention overlapping the phrase (its `canonicalName`);
/// 2. the name inside the phrase, linked to a fuller name of the same document ending in it ("Berger" → "Hans Berger");
/// 3. for `er`/`sie`: the last named speaker of an earlier attribution (across paragraphs), else the last
///    compatible person mention, else the last named clause-initial subject before the pronoun;
/// 4. for a definite description without a name ("der Trainer", "die 20-Jährige"): the last person before it whose
///    stated role holds the description's head noun, else, for an age ("der 20-Jährige") or a role noun the article
///    gives no one, the last person named in that sentence or the two before it. News name a person once and go on
///    with such descriptions.
struct AttributionResolver {
    let np: NounPhraseChunker
    let entities: [EntityMention]
    /// Full names (two words or more) of the document, by last word, in text order.
    let fullNames: [String: [(token: Int, name: String)]]
    /// Named phrases that open a unit (likely subjects), in text order.
    let unitSubjects: [(token: Int, name: String, determiner: String?)]

    /// A speaker already resolved, usable as an antecedent for later pronouns.
    struct Antecedent {
        var token: Int
        var name: String
        var determiner: String?
    }

    init(_ np: NounPhraseChunker, entities: [EntityMention]) {
        self.np = np
        self.entities = entities.sorted { ($0.name.span.start, $0.name.span.end) < ($1.name.span.start, $1.name.span.end) }
        var full: [String: [(token: Int, name: String)]] = [:]
        var subjects: [(token: Int, name: String, determiner: String?)] = []
        var i = 0
        while i < np.count {
            if let run = np.capitalRun(from: i, limit: np.units[np.unitOfToken[i]].upperBound) {
                // A run inside a determiner phrase ("des … angeführten Bündnisses Paris") is no name unless a role word precedes the name.
                let prev = run.lowerBound - 1
                let free = prev < np.units[np.unitOfToken[i]].lowerBound || !(np.isAdjective(prev) || Cues.determiners.contains(np.lower[prev]))
                if let name = np.nameInRun(run, hasDeterminer: false), name.count >= 2, free || name.lowerBound > run.lowerBound {
                    let text = np.doc.text(np.span(name).range)
                    full[np.words[name.upperBound - 1], default: []].append((name.lowerBound, text))
                }
                i = run.upperBound
            } else { i += 1 }
        }
        for u in np.units.indices {
            let start = np.units[u].lowerBound
            if let phrase = np.parse(from: start, limit: np.units[u].upperBound, allowPronoun: false), let n = phrase.name {
                subjects.append((start, np.doc.text(np.span(n).range), phrase.determiner))
            }
        }
        self.fullNames = full
        self.unitSubjects = subjects
    }

    /// The canonical name for a non-pronoun phrase, or nil when it names nobody ("die Bundesregierung").
    /// Words that attach an institution to a role noun before it ("Sprecherin des Gerichts", "Chef von X").
    static let attachmentWords: Set<String> = ["des", "der", "von", "vom", "beim", "bei"]

    func name(of phrase: NounPhrase) -> String? {
        let span = np.span(phrase.tokens)
        let target = phrase.name.map { np.span($0) } ?? span
        // A person in the phrase before a place or organisation that qualifies it ("Kassels Oberbürgermeister Anna Berg").
        func overlaps(_ m: EntityMention, _ s: Span) -> Bool { m.name.span.start < s.end && s.start < m.name.span.end }
        // A role before the institution it serves ("eine Sprecherin des Landgerichts"): the person the phrase describes,
        // not the institution. (A name right after the role noun is the role's own name: "die Agentur X" is X.)
        if !entities.contains(where: { $0.kind == .person && overlaps($0, span) }),
           let head = phrase.tokens.first(where: { np.isCapitalized($0) && !Cues.determiners.contains(np.lower[$0]) }), Cues.isRole(np.words[head]),
           let m = entities.first(where: { overlaps($0, span) }), m.name.span.start > np.span(head..<head + 1).start,
           phrase.tokens.contains(where: { $0 > head && np.span($0..<$0 + 1).end <= m.name.span.start && Self.attachmentWords.contains(np.lower[$0]) }) {
            return np.doc.text(span.range)
        }
        if let m = entities.first(where: { $0.kind == .person && overlaps($0, target) })
            ?? entities.first(where: { overlaps($0, target) })
            ?? entities.first(where: { $0.kind == .person && overlaps($0, span) })
            ?? entities.first(where: { overlaps($0, span) }) {
            return m.canonicalName
        }
        guard let n = phrase.name else { return nil }
        let text = np.doc.text(np.span(n).range)
        if n.count == 1, let candidates = fullNames[np.words[n.lowerBound]] {
            // The nearest full name before the mention, else the first one after it.
            if let before = candidates.last(where: { $0.token < n.lowerBound }) { return before.name }
            return candidates.first?.name
        }
        return text
    }

    /// Whether an antecedent opened by `determiner` can be referred to by `pronoun`.
    static func compatible(pronoun: String, determiner: String?) -> Bool {
        guard let d = determiner else { return true }
        switch pronoun {
        case "er", "he": return !Cues.feminineOrPluralDeterminers.contains(d)
        case "sie", "she", "they": return !Cues.masculineDeterminers.contains(d)
        default: return true
        }
    }

    /// The person a definite description without a name refers back to (evidence 4 above), or nil.
    func describedPerson(_ phrase: NounPhrase) -> String? {
        guard phrase.name == nil, let d = phrase.determiner, ["der", "die", "the"].contains(d), phrase.tokens.count <= 4 else { return nil }
        // "Der Abgeordnete und Fraktionschef Ole Varden …": the description opens a list that names the person after it.
        let after = phrase.tokens.upperBound
        if after < np.count, np.words[after] == "," || Cues.coordinators.contains(np.lower[after]) { return nil }
        let head = phrase.tokens.upperBound - 1
        let offset = Int(np.doc.tokens[phrase.tokens.lowerBound].start)
        let before = entities.filter { $0.kind == .person && $0.name.span.end <= offset }
        let lower = np.lower[head]
        // A person whose stated role holds the description's head noun ("Landestrainer" for "der Trainer").
        func holdsRole(_ m: EntityMention) -> Bool {
            m.role.map { r in r.text.lowercased().split(separator: " ").contains { $0.hasSuffix(lower) } } ?? false
        }
        if np.isRoleWord[head], let m = before.last(where: holdsRole) { return m.canonicalName }
        // "der 20-Jährige", "die 34-jährige": an age stands for the person just named; so does a role noun that the
        // article gives no one ("der Stürmer" after "Pietro Sisto traf …").
        let age = phrase.tokens.contains { np.lower[$0].contains("jährig") }
        let unclaimed = np.isRoleWord[head] && !entities.contains { $0.kind == .person && holdsRole($0) }
        guard age || unclaimed else { return nil }
        let sentence = np.sentenceOfToken[phrase.tokens.lowerBound]
        return before.last(where: { sentence - $0.sentence <= 2 })?.canonicalName
    }

    /// Resolves a phrase at its position, given earlier resolved speakers (in text order).
    func resolve(_ phrase: NounPhrase, antecedents: [Antecedent]) -> String? {
        guard phrase.isPronoun else { return name(of: phrase) ?? describedPerson(phrase) }
        let at = phrase.tokens.lowerBound
        let pronoun = np.lower[at]
        if ["ich", "wir", "i", "we"].contains(pronoun) { return nil }
        if let a = antecedents.last(where: { $0.token < at && Self.compatible(pronoun: pronoun, determiner: $0.determiner) }) {
            return a.name
        }
        let offset = Int(np.doc.tokens[at].start)
        if let m = entities.last(where: { $0.kind == .person && $0.name.span.end <= offset }) { return m.canonicalName }
        if let s = unitSubjects.last(where: { $0.token < at && Self.compatible(pronoun: pronoun, determiner: $0.determiner) }) {
            return s.name.split(separator: " ").count == 1 ? (fullNames[s.name]?.last(where: { $0.token < at })?.name ?? s.name) : s.name
        }
        return nil
    }
}
