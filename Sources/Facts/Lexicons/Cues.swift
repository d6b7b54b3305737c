import WordLists

/// A verb that marks speech or denial, as found by one of its written forms.
///
/// Snowball does not unify strong verb forms (`bestritten` → `bestritt`, `bestreitet` → `bestreitet`),
/// so the lexicons list every written form and map it to the lemma here.
struct VerbCue: Sendable, Hashable {
    /// The lemma (`sagen`, `mitteilen`, `zurückweisen`).
    var lemma: String
    /// A word the verb needs in its clause: a separable particle (`mit`, `hinzu`, `zurück`)
    /// or a governed preposition (`von` for `sprach von`, `als` for `bezeichnete … als`).
    var particle: String?
    /// `true` when `particle` must be the last word of the clause (separable verb in verb-second position).
    var particleFinal: Bool
    /// How the form is used: finite verb (`sagte`) or non-finite (participle or infinitive: `gesagt`, `bestätigen`).
    var finite: Bool
}

/// Cue lexicons for attribution and denial extraction. All keys are lowercase written forms.
enum Cues {
    // MARK: - Building forms

    /// Present, past and subjunctive forms of a weak verb from its stem (`sag` → `sage`, `sagst`, `sagt`, `sagen`, `sagte`, `sagten`, ...).
    static func weakFinite(_ stem: String) -> [String] {
        let chars = Array(stem)
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "ä", "ö", "ü", "y"]
        var needsE = false
        if let last = chars.last {
            if last == "t" || last == "d" { needsE = true }
            else if (last == "n" || last == "m"), chars.count >= 2, !vowels.contains(chars[chars.count - 2]), !"lr".contains(chars[chars.count - 2]) { needsE = true }
        }
        let e = needsE ? "e" : ""
        // Stems ending in -er/-el (forder, äußer) take -n, not -en, in the plural.
        let plural = (stem.hasSuffix("er") || stem.hasSuffix("el")) ? stem + "n" : stem + "en"
        return [stem + "e", stem + e + "st", stem + e + "t", plural, stem + e + "te", stem + e + "ten", stem + e + "test", stem + e + "tet"]
    }

    private static func add(_ table: inout [String: [VerbCue]], _ forms: [String], _ cue: VerbCue) {
        for f in forms {
            var list = table[f] ?? []
            if !list.contains(cue) { list.append(cue) }
            table[f] = list
        }
    }

    /// Adds a verb: finite forms (V2 use, need `particle` when separable) and non-finite forms.
    private static func verb(_ table: inout [String: [VerbCue]], _ lemma: String, finite: [String], nonFinite: [String],
                             particle: String? = nil, particleFinal: Bool = true) {
        add(&table, finite, VerbCue(lemma: lemma, particle: particle, particleFinal: particleFinal, finite: true))
        add(&table, nonFinite, VerbCue(lemma: lemma, particle: nil, particleFinal: false, finite: false))
    }

    /// A weak verb without a separable particle: finite forms from `stem`, non-finite `participle` and the infinitive.
    private static func weak(_ table: inout [String: [VerbCue]], _ lemma: String, _ stem: String, _ participle: String, particle: String? = nil, particleFinal: Bool = false) {
        verb(&table, lemma, finite: weakFinite(stem), nonFinite: [participle, lemma], particle: particle, particleFinal: particleFinal)
    }

    /// A separable weak verb (`mit` + `teil` → `teilte … mit`, `mitteilte`, `mitgeteilt`, `mitzuteilen`).
    private static func separableWeak(_ table: inout [String: [VerbCue]], _ particle: String, _ stem: String, participle: String) {
        let lemma = particle + stem + (stem.hasSuffix("er") || stem.hasSuffix("el") ? "n" : "en")
        let finite = weakFinite(stem)
        verb(&table, lemma, finite: finite, nonFinite: [], particle: particle, particleFinal: true)
        // Fused forms (verb-final clauses: "wie X mitteilte"), participle and zu-infinitive.
        add(&table, finite.map { particle + $0 }, VerbCue(lemma: lemma, particle: nil, particleFinal: false, finite: true))
        add(&table, [participle, lemma, particle + "zu" + String(lemma.dropFirst(particle.count))],
            VerbCue(lemma: lemma, particle: nil, particleFinal: false, finite: false))
    }

    /// A separable strong verb with its finite forms listed (`wies`, `weist`, … + `zurück`).
    private static func separableStrong(_ table: inout [String: [VerbCue]], _ particle: String, lemma: String, finite: [String], participle: String) {
        verb(&table, lemma, finite: finite, nonFinite: [], particle: particle, particleFinal: true)
        add(&table, finite.map { particle + $0 }, VerbCue(lemma: lemma, particle: nil, particleFinal: false, finite: true))
        add(&table, [participle, lemma, particle + "zu" + String(lemma.dropFirst(particle.count))],
            VerbCue(lemma: lemma, particle: nil, particleFinal: false, finite: false))
    }

    // MARK: - Speech verbs

    /// The rows of `cues/verbs.txt` (one verb a line: class, lemma, kind, forms; see the file's header).
    static let verbRows: [[String]] = WordLists.rows("cues/verbs.txt")

    /// Adds the verbs of `cues/verbs.txt` of class `verbClass` to `table`, in file order.
    private static func addVerbs(of verbClass: String, to t: inout [String: [VerbCue]]) {
        func list(_ field: String) -> [String] { field == "-" ? [] : field.split(separator: ",").map(String.init) }
        for row in verbRows where row.count >= 5 && row[0] == verbClass {
            let lemma = row[1]
            let governed = row.dropFirst(3).first { $0.hasPrefix("governs=") }.map { String($0.dropFirst(8)) }
            switch row[2] {
            case "weak":
                weak(&t, lemma, row[3], row[4], particle: governed, particleFinal: false)
            case "strong":
                verb(&t, lemma, finite: list(row[3]), nonFinite: row.count > 4 && !row[4].hasPrefix("governs=") ? list(row[4]) : [],
                     particle: governed, particleFinal: governed == nil)
            case "separable-weak" where row.count >= 6:
                separableWeak(&t, row[3], row[4], participle: row[5])
            case "separable-strong" where row.count >= 6:
                separableStrong(&t, row[3], lemma: lemma, finite: list(row[4]), participle: row[5])
            default:
                continue
            }
        }
    }

    /// Speech verbs (German and English; class `speech` of `cues/verbs.txt`): written form → cues. A form may
    /// carry several cues (`gab … an`, `gab … bekannt`); the clause decides which one applies.
    static let speechVerbs: [String: [VerbCue]] = {
        var t: [String: [VerbCue]] = [:]
        addVerbs(of: "speech", to: &t)
        return t
    }()

    /// Third-person finite forms of the speech and denial verbs ("sagte", "sagt", "sagten", "bestritt", "said"):
    /// next to a bare capitalized word they mark it as a speaker ("sagte Müller"). Weak verbs give their
    /// -t, -te and -ten forms; listed forms count unless they are the lemma, first or second person, plural or
    /// subjunctive (ending in -en, -st, or -e other than a past -te after a consonant: "nannte", not "bestritte").
    static let thirdPersonForms: Set<String> = {
        var out: Set<String> = []
        func listed(_ field: String, lemma: String) {
            for f in field.split(separator: ",") where f != "-" && f != lemma {
                let w = Array(f)
                if f.hasSuffix("en") || f.hasSuffix("st") { continue }
                if f.hasSuffix("e") {
                    guard f.hasSuffix("te"), w.count >= 3, !"aeiouäöüyt".contains(w[w.count - 3]) else { continue }
                }
                out.insert(String(f))
            }
        }
        for row in verbRows where row.count >= 5 {
            switch row[2] {
            case "weak":
                let f = weakFinite(row[3])
                out.formUnion([f[2], f[4], f[5]])
            case "separable-weak" where row.count >= 6:
                let f = weakFinite(row[4])
                out.formUnion([f[2], f[4]])
            case "strong":
                listed(row[3], lemma: row[1])
            case "separable-strong" where row.count >= 6:
                listed(row[4], lemma: row[1])
            default:
                continue
            }
        }
        return out
    }()

    // MARK: - Denial verbs

    /// Denial verbs (class `denial` of `cues/verbs.txt`): written form → cues. `bestätigen` counts only when
    /// negated ("bestätigte … nicht").
    static let denialVerbs: [String: [VerbCue]] = {
        var t: [String: [VerbCue]] = [:]
        addVerbs(of: "denial", to: &t)
        return t
    }()

    /// Lemmas that deny only when negated ("bestätigte … nicht", "did not confirm").
    static let confirmLemmas: Set<String> = ["bestätigen", "confirm"]

    /// Negation words that turn a denial cue into "not denied" (or `bestätigen` into "not confirmed").
    static let negations: Set<String> = ["nicht", "nie", "niemals", "keineswegs", "not", "never", "n't"]

    // MARK: - Function words

    /// Finite auxiliaries and modal verbs that carry a participle or infinitive cue (`hat … gesagt`, `konnte … nicht bestätigen`).
    static let auxiliaries: Set<String> = WordLists.set("words/auxiliaries.txt")

    /// Passive auxiliaries (`wird … bestritten`, `wurde … zurückgewiesen`, `worden`).
    static let passiveAuxiliaries: Set<String> = ["wird", "wurde", "wurden", "werden", "worden", "würde", "würden", "werde", "was", "were", "been", "is", "are"]

    /// Determiners and possessives that open a noun phrase.
    static let determiners: Set<String> = Set(Concepts.determiners(
        ["definite", "indefinite", "negative", "demonstrative", "distributive", "possessive", "quantifier", "english"]))

    /// Determiners that cannot open a subject (accusative or dative forms).
    static let objectDeterminers: Set<String> = ["den", "dem", "einen", "einem", "jeden", "jedem", "diesen", "diesem", "seinen", "seinem", "ihren", "ihrem", "keinen", "keinem"]

    /// Feminine or plural determiners (a phrase opened by one is not referred to by `er`).
    static let feminineOrPluralDeterminers: Set<String> = ["die", "eine", "einer", "diese", "seine", "ihre", "beide", "mehrere", "einige", "viele", "alle", "zahlreiche", "keine", "jede"]
    /// Masculine or neuter determiners (a phrase opened by one is not referred to by `sie`).
    static let masculineDeterminers: Set<String> = ["der", "ein", "dieser", "sein", "jeder", "das", "kein"]

    /// Personal pronouns that can be speakers or deniers.
    static let subjectPronouns: Set<String> = ["er", "sie", "ich", "wir", "he", "she", "they", "we", "i"]
    /// Nouns of time that head an adverbial phrase without a preposition ("vergangenes Jahr", "diese Woche", "jeden Tag");
    /// weekdays and months are the calendar list (`Lexicons.calendarWords`).
    static let temporalNouns: Set<String> = ["jahr", "woche", "monat", "tag", "wochenende", "abend", "morgen", "nacht",
                                             "nachmittag", "vormittag", "mittag", "saison", "sommer", "winter", "frühjahr", "herbst",
                                             "frühling", "mal"]
    /// German pronouns and possessives of the first person: a sentence with one speaks as someone ("Mir ist …", "unser Ziel").
    static let firstPersonWords: Set<String> = ["ich", "mir", "mich", "mein", "meine", "meinen", "meinem", "meiner", "meines",
                                                "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"]
    /// Pronouns that are unambiguously nominative: right after the finite verb they are the subject.
    static let nominativePronouns: Set<String> = ["er", "ich", "wir", "du", "he", "she", "they", "we", "i"]

    /// Demonstratives that stand for a previous statement ("Das meldete die Agentur", "wies dies zurück").
    static let anaphoricObjects: Set<String> = ["das", "dies", "dieses", "this", "that", "it", "es"]

    /// Words that may sit between a finite verb and its subject, or around a content phrase, without belonging to either.
    static let adverbs: Set<String> = WordLists.set("words/clause-adverbs.txt")

    /// Words that open a subordinate clause (its finite verb comes last).
    static let subordinators: Set<String> = [
        "dass", "daß", "ob", "weil", "wie", "als", "nachdem", "obwohl", "obgleich", "da", "wenn", "während", "damit", "sodass",
        "bevor", "seit", "seitdem", "falls", "indem", "wo", "was", "wer", "welche", "welcher", "welches", "weshalb", "warum",
    ]

    /// Relative pronouns (after a comma they open a relative clause).
    static let relativePronouns: Set<String> = ["der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches", "was", "which", "who"]

    /// Coordinating words joining two deniers or speakers ("Berlin und Paris").
    static let coordinators: Set<String> = ["und", "sowie", "and", "&"]

    /// Capitalized words that never start a speaker phrase (sentence-initial function words).
    static let nonNounWords: Set<String> = Set(Concepts.weekdayNames("de").map { $0.lowercased() })
        .union(Concepts.monthNames("de").map { $0.lowercased() })
        .union(WordLists.entries("words/non-noun-words.txt"))

    /// Month names (an ordinal day before them does not end a sentence).
    static let months: Set<String> = Set(Concepts.monthNames("de").map { $0.lowercased() })

    /// Abbreviations whose dot does not end a sentence.
    static let abbreviations: Set<String> = ["dr", "prof", "st", "nr", "bzw", "ca", "vgl", "usw", "etc", "u", "z", "b", "a", "d", "h", "mr", "mrs", "ms", "jr", "sen", "gen", "hl", "abs", "inkl", "evtl", "ggf", "sog", "mio", "mrd", "bspw", "v", "chr"]

    /// Lowercase name particles allowed inside a personal name ("Ursula von der Leyen", "Thomas de Maizière").
    static let nameParticles: Set<String> = Set(Concepts.nameParticles(["particle", "preposition"]))

    /// Prepositions that may extend a speaker phrase ("Beauftragte für Menschenrechte", "Sprecher von Greenpeace").
    static let speakerPrepositions: Set<String> = ["für", "von", "of", "for"]
    /// Prepositions that may extend a denied content phrase ("Bericht über Preisabsprachen", "Zusammenhang mit Mafia-Morden").
    static let contentPrepositions: Set<String> = ["über", "von", "zu", "zur", "zum", "mit", "zwischen", "gegen", "in", "im", "auf", "an", "für", "um", "of", "about", "against", "that"]

    // MARK: - Roles

    /// Role and title words (lowercase, matched as whole word or word ending) that precede a name
    /// ("Regierungssprecher Hans Berger", "Bürgermeisterin Ruth Adler", "Nachrichtenagentur dpa").
    static let roleEndings: [String] = WordLists.entries("roles/role-endings.txt")

    /// Whether a word (any case) is a role or title word.
    /// `roleEndings` as a set, for suffix look-ups without allocation.
    static let roleEndingSet: Set<Substring> = Set(roleEndings.map { Substring($0) })
    /// A fast rejection test for `roleEndingSet` suffix look-ups.
    static let roleEndingMatcher = SuffixMatcher(roleEndings)

    /// The longest role ending in UTF-8 bytes: longer suffixes need no look-up.
    static let longestRoleEnding = roleEndings.map(\.utf8.count).max() ?? 0

    static func isRole(_ word: String) -> Bool { isRole(lowercased: word.lowercased()) }

    /// `isRole` for a word already in lower case.
    static func isRole(lowercased w: String) -> Bool {
        guard roleEndingMatcher.matchesSomeSuffix(of: w, ignoringTrailing: UInt8(ascii: "-")) else { return false }
        let last = w.split(whereSeparator: { $0 == "-" }).last ?? Substring(w)
        var index = last.startIndex
        while index < last.endIndex {
            if last.utf8[index...].count <= longestRoleEnding, roleEndingSet.contains(last[index...]) { return true }
            index = last.index(after: index)
        }
        return false
    }

    // MARK: - Reported-speech cues

    /// Nouns after "nach" that make "nach Angaben des X" a source phrase (matched as word endings).
    static let sourceNounEndings: [String] = [
        "angaben", "aussage", "aussagen", "informationen", "ansicht", "meinung", "auffassung", "bericht", "berichten",
        "einschätzung", "darstellung", "worten", "auskunft", "mitteilung", "erkenntnissen", "schätzungen", "zeugenaussagen",
        "schätzung", "erkenntnisstand", "berechnungen", "vernehmen", "medien", "quellen", "umfrage",
        "darstellungen", "stellungnahme", "ermittlungen", "bekunden", "recherchen",
    ]

    /// Whether `word` (lowercase) is a source noun of "nach Angaben …".
    static func isSourceNoun(_ word: String) -> Bool { sourceNounEndings.contains { word.hasSuffix($0) } }
}
