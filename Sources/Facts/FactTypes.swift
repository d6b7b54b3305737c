import TextAnalysis

/// A UTF-8 byte range in a document's normalized text (`end` exclusive).
public struct Span: Sendable, Hashable, Comparable, Codable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public init(_ range: Range<Int>) { self.start = range.lowerBound; self.end = range.upperBound }
    public var range: Range<Int> { start..<end }
    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// A piece of a document: its text and byte span.
public struct TextSpan: Sendable, Hashable {
    public var text: String
    public var span: Span
    public init(text: String, span: Span) { self.text = text; self.span = span }
}

/// What kind of named entity a mention refers to.
public enum EntityKind: String, Sendable, Hashable, Codable {
    case person, organisation, place
}

/// One mention of a named entity in a sentence ("Anna-Lena Brandt", later "Brandt").
public struct EntityMention: Sendable, Hashable {
    public var kind: EntityKind
    /// 0-based sentence index in the document.
    public var sentence: Int
    /// The name as written.
    public var name: TextSpan
    /// The canonical (fullest) name of the entity this mention was linked to, e.g. "Anna-Lena Brandt" for "Brandt".
    public var canonicalName: String
    /// Role or title stated with this mention, if any ("Verteidigungsminister", "Sprecher des Senats").
    public var role: TextSpan?
    /// Which rule found the role ("apposition", "premodifier", "compound", ...).
    public var roleRule: String?

    public init(kind: EntityKind, sentence: Int, name: TextSpan, canonicalName: String, role: TextSpan? = nil, roleRule: String? = nil) {
        self.kind = kind
        self.sentence = sentence
        self.name = name
        self.canonicalName = canonicalName
        self.role = role
        self.roleRule = roleRule
    }
}

/// How a statement is reported.
public enum AttributionForm: String, Sendable, Hashable, Codable {
    case direct, indirect, reported
}

/// A speech event: who said what, marked by which cue.
public struct Attribution: Sendable, Hashable {
    /// 0-based sentence of the cue.
    public var sentence: Int
    /// The speaker as written ("Brandt", "er", "die Sprecherin der Stadtwerke").
    public var speaker: TextSpan?
    /// The entity the speaker was resolved to (canonical name), when known.
    public var resolvedSpeaker: String?
    /// The cue ("sagte", "zufolge", "so", "nach Angaben").
    public var cue: TextSpan
    /// The reported content (quotation without its marks, or the dass-clause).
    public var message: TextSpan?
    public var form: AttributionForm
    /// The rule that fired, for `.explain`.
    public var rule: String

    public init(sentence: Int, speaker: TextSpan?, resolvedSpeaker: String?, cue: TextSpan, message: TextSpan?, form: AttributionForm, rule: String) {
        self.sentence = sentence
        self.speaker = speaker
        self.resolvedSpeaker = resolvedSpeaker
        self.cue = cue
        self.message = message
        self.form = form
        self.rule = rule
    }
}

/// A denial: deniers rejected, disputed or did not confirm some content.
public struct Denial: Sendable, Hashable {
    public var sentence: Int
    /// The deniers as written (each a name, group or pronoun), in text order.
    public var deniers: [TextSpan]
    /// Canonical names the deniers were resolved to (same order; the written text when unresolved).
    public var resolvedDeniers: [String]
    /// The cue ("bestritten", "wies … zurück", "bestätigte … nicht").
    public var cue: TextSpan
    /// What was denied.
    public var content: TextSpan?
    /// `true` for "nicht bestätigen" (not confirmed) rather than an outright denial.
    public var notConfirmed: Bool
    public var rule: String

    public init(sentence: Int, deniers: [TextSpan], resolvedDeniers: [String], cue: TextSpan, content: TextSpan?, notConfirmed: Bool, rule: String) {
        self.sentence = sentence
        self.deniers = deniers
        self.resolvedDeniers = resolvedDeniers
        self.cue = cue
        self.content = content
        self.notConfirmed = notConfirmed
        self.rule = rule
    }
}

/// How a claim stands: asserted, denied by someone, or not confirmed.
public enum ClaimStatus: String, Sendable, Hashable, Codable {
    case asserted, denied, notConfirmed = "not confirmed"
}

/// An accusation or assertion ("X beschuldigte Y, …", "X wirft Y … vor", "soll … haben", "angeblich"),
/// with its status and, when linked, the denial of the same content.
public struct Claim: Sendable, Hashable {
    /// 0-based sentence of the cue.
    public var sentence: Int
    /// Who accuses or asserts, as written; empty for reported allegations ("soll … haben", "angeblich").
    public var claimants: [TextSpan]
    /// Canonical names of the claimants when known (same order), else the written text.
    public var resolvedClaimants: [String]
    /// Who is accused, when stated.
    public var target: TextSpan?
    /// The cue ("beschuldigt", "wirft … vor", "behauptet", "soll … haben", "angeblich", "Vorwurf").
    public var cue: TextSpan
    /// What is claimed.
    public var content: TextSpan?
    public var status: ClaimStatus
    /// Index into `DocumentFacts.denials` of the denial of this claim, when linked.
    public var denial: Int?
    /// The rule that fired, for `.explain`.
    public var rule: String

    public init(sentence: Int, claimants: [TextSpan], resolvedClaimants: [String], target: TextSpan?, cue: TextSpan,
                content: TextSpan?, status: ClaimStatus = .asserted, denial: Int? = nil, rule: String) {
        self.sentence = sentence
        self.claimants = claimants
        self.resolvedClaimants = resolvedClaimants
        self.target = target
        self.cue = cue
        self.content = content
        self.status = status
        self.denial = denial
        self.rule = rule
    }
}

/// A temporal expression with its TIMEX3-style value.
public struct TemporalFact: Sendable, Hashable {
    public var sentence: Int
    public var text: TextSpan
    /// TIMEX3 type: DATE, TIME, DURATION, SET.
    public var type: String
    /// TIMEX3 value (`2023-08-18`, `2023-08`, `XXXX-08-18`, `P3M`, `PRESENT_REF`), or nil when unresolvable.
    public var value: String?
    /// TIMEX3 `mod` (`MID`, `START`, `END`, `APPROX`), when any.
    public var mod: String?
    /// For a range ("vom 12. bis 18. August"): the values of its first and last day.
    public var intervalStart: String?
    public var intervalEnd: String?

    public init(sentence: Int, text: TextSpan, type: String, value: String?, mod: String?, intervalStart: String? = nil, intervalEnd: String? = nil) {
        self.sentence = sentence
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.intervalStart = intervalStart
        self.intervalEnd = intervalEnd
    }
}

/// Everything extracted from one document.
public struct DocumentFacts: Sendable {
    public var entities: [EntityMention] = []
    public var attributions: [Attribution] = []
    public var denials: [Denial] = []
    public var times: [TemporalFact] = []
    /// Accusations and assertions, linked to their denials.
    public var claims: [Claim] = []
    public init() {}
}
