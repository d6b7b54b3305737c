/// How a claim verb distributes its roles.
enum ClaimVerbKind: Sendable, Hashable {
    /// beschuldigen, bezichtigen, anklagen, accuse: claimant (subject) accuses a target (accusative object)
    /// of a content (zu-infinitive, genitive, "wegen …", "of …").
    case accuse
    /// vorwerfen, unterstellen: claimant (subject) reproaches a target (dative object) with a content
    /// (accusative object, zu-infinitive or dass-clause).
    case reproach
    /// behaupten, claim, allege: claimant (subject) asserts a content (dass-clause, complement or object).
    case assert
}

/// Cue lexicons for claims (accusations and assertions). All keys are lowercase written forms.
extension Cues {
    /// The role pattern of each claim verb lemma.
    static let claimVerbKinds: [String: ClaimVerbKind] = [
        "beschuldigen": .accuse, "bezichtigen": .accuse, "anklagen": .accuse, "accuse": .accuse,
        "vorwerfen": .reproach, "unterstellen": .reproach,
        "behaupten": .assert, "claim": .assert, "allege": .assert,
    ]

    /// Claim verbs: written form → cues (finite forms, separable forms with their particle, participles and infinitives).
    static let claimVerbs: [String: [VerbCue]] = {
        var t: [String: [VerbCue]] = [:]
        func add(_ forms: [String], _ cue: VerbCue) {
            for f in forms where !(t[f] ?? []).contains(cue) { t[f, default: []].append(cue) }
        }
        func finite(_ lemma: String, particle: String? = nil) -> VerbCue {
            VerbCue(lemma: lemma, particle: particle, particleFinal: particle != nil, finite: true)
        }
        func nonFinite(_ lemma: String) -> VerbCue { VerbCue(lemma: lemma, particle: nil, particleFinal: false, finite: false) }
        // Weak verbs without particle.
        for (lemma, stem, participle) in [("beschuldigen", "beschuldig", "beschuldigt"), ("bezichtigen", "bezichtig", "bezichtigt"),
                                          ("behaupten", "behaupt", "behauptet"), ("unterstellen", "unterstell", "unterstellt")] {
            add(weakFinite(stem), finite(lemma))
            add([participle, lemma], nonFinite(lemma))
        }
        // Separable verbs: "wirft … vor", "klagte … an"; fused in verb-final clauses ("vorwirft", "anklagte").
        let separable: [(lemma: String, particle: String, finite: [String], participle: String)] = [
            ("vorwerfen", "vor", ["werfe", "wirfst", "wirft", "werfen", "werft", "warf", "warfst", "warfen", "warft", "würfe"], "vorgeworfen"),
            ("anklagen", "an", weakFinite("klag"), "angeklagt"),
        ]
        for s in separable {
            add(s.finite, finite(s.lemma, particle: s.particle))
            add(s.finite.map { s.particle + $0 }, finite(s.lemma))
            add([s.participle, s.lemma, s.particle + "zu" + String(s.lemma.dropFirst(s.particle.count))], nonFinite(s.lemma))
        }
        // English.
        add(["accuse", "accuses", "accused"], finite("accuse"))
        add(["accused"], nonFinite("accuse"))
        add(["allege", "alleges"], finite("allege"))
        add(["claim", "claims", "claimed"], finite("claim"))
        return t
    }()

    /// Nouns naming a claim ("Vorwurf", "Vorwürfe", "Anschuldigungen", "allegations"): as the content of a
    /// denial they refer back to an earlier claim; with a complement they are a claim of their own.
    static let claimNouns: Set<String> = [
        "vorwurf", "vorwurfs", "vorwurfes", "vorwürfe", "vorwürfen", "anschuldigung", "anschuldigungen",
        "beschuldigung", "beschuldigungen", "behauptung", "behauptungen", "unterstellung", "unterstellungen",
        "anklage", "anklagen", "anklagepunkte", "bezichtigung", "bezichtigungen",
        "accusation", "accusations", "allegation", "allegations",
    ]
    /// Claim nouns, plus English words that are nouns only after a determiner ("denied the claims").
    static let claimReferenceNouns: Set<String> = claimNouns.union(["claim", "claims", "charge", "charges"])

    /// Words marking an allegation without a claimant ("angeblich", "mutmaßlich", "alleged"), all inflected forms.
    static let allegationMarkers: Set<String> = {
        var s: Set<String> = ["alleged", "allegedly", "reportedly", "purported", "purportedly"]
        for stem in ["angeblich", "mutmaßlich", "vermeintlich"] {
            for ending in ["", "e", "en", "er", "es", "em"] { s.insert(stem + ending) }
        }
        return s
    }()

    /// Modal forms of "sollen" that report an allegation with a perfect infinitive ("soll … hinterzogen haben").
    static let reportingModals: Set<String> = ["soll", "sollen", "solle", "sollst"]
    /// Infinitive auxiliaries closing a reported allegation ("… haben", "… sein", "… worden sein").
    static let perfectAuxiliaries: Set<String> = ["haben", "sein"]

    /// Object pronouns that can be the target of an accusation ("beschuldigte ihn", "warf ihr … vor").
    static let objectPronouns: Set<String> = ["ihn", "ihm", "ihr", "ihnen", "sie", "uns", "mich", "mir", "dich", "dir", "euch", "him", "her", "them", "us", "me"]
}
