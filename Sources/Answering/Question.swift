/// The kind of answer a question asks for.
public enum QuestionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// "Wer ist X?" — the role or title of a named person.
    case role
    /// "Wer ist die Präsidentin des Vereins?" — the person who holds a role.
    case holder
    /// "Wer sagte, dass …?" — the speaker of a statement.
    case speaker
    /// "Wer bestreitet …?" — who denied something.
    case denier
    /// "Was bestreiten X und Y?" — what was denied (or not confirmed).
    case denied
    /// Any other "wer/who" question: a person or organisation.
    case who
    /// "Wann …?" — a date expression.
    case when
    /// "Wo …?" — a place.
    case `where`
    /// "Wie viele …?" — a number.
    case howMany = "how-many"
    /// "Was sagte X?" — what someone said.
    case said
    /// "Wer beschuldigt X?" — who accuses someone (claims).
    case accuser
    /// "Wen beschuldigt X?" — whom someone accuses (claims).
    case accused
    /// "Was wird X vorgeworfen?" — what someone is accused of (claims).
    case accusation
    /// Anything else: the best sentences.
    case search

    /// The label used in JSON output (`type`): who, when, denial, claim, where, how-many, said, search.
    public var label: String {
        switch self {
        case .role, .holder, .speaker, .who, .accuser, .accused: return "who"
        case .accusation: return "claim"
        case .denier, .denied: return "denial"
        case .when: return "when"
        case .where: return "where"
        case .howMany: return "how-many"
        case .said: return "said"
        case .search: return "search"
        }
    }
}

/// What kind of thing the answer is (the expected answer type).
public enum AnswerType: String, Sendable, Hashable, CaseIterable {
    case person, organisation
    /// A person or an organisation (or a team, a country acting): "Wer gewann …?".
    case agent
    case role, date, time, duration, place, number, statement
    /// What was denied or not confirmed.
    case deniedContent = "denied-content"
    /// What someone is accused of.
    case accusation
    /// The name of something the question's noun names ("In welchem Fachblatt …?" → the journal's name).
    case name
    /// No typed answer: the best sentences.
    case sentence
}

/// How the answer relates to the question's anchors.
public enum Relation: String, Sendable, Hashable, CaseIterable {
    case roleOf = "role-of", holderOf = "holder-of", speakerOf = "speaker-of", saidBy = "said-by"
    case denierOf = "denier-of", deniedBy = "denied-by", accuserOf = "accuser-of", accusedBy = "accused-by", accusationOf = "accusation-of"
    case agentOf = "agent-of", objectOf = "object-of", timeOf = "time-of", placeOf = "place-of", countOf = "count-of"
    /// The named instance of the question's noun ("Welches Medikament …?" → the drug's name).
    case instanceOf = "instance-of"
    case search
}

/// The part of a date a when-question asks for.
public enum TimeGranularity: String, Sendable, Hashable {
    case century, year, month, day
}

/// Active or passive question ("Wer wies … zurück?" / "Von wem wurde … zurückgewiesen?").
public enum Voice: String, Sendable, Hashable {
    case active, passive
}

/// A parsed question.
public struct Question: Sendable, Hashable {
    /// The question as typed (trimmed).
    public var text: String
    public var kind: QuestionKind
    /// `de` or `en`.
    public var language: String
    /// The subject of a role / denied / said question ("Anna Berg"), or the role phrase of a holder question.
    public var subject: String?
    /// Words of the question that look like names (capitalized, not question-initial), as typed.
    public var names: [String]
    /// Content words of the question (no question words, no stop words, no cue words), as typed.
    public var contentWords: [String]
    /// For denial questions: the question asks about "nicht bestätigt" (not confirmed).
    public var asksNotConfirmed: Bool
    /// The main verb of the question as typed ("starb" in "Wann starb X?", "verhaftet" in "Wann wurde X verhaftet?"), if found.
    public var predicate: String? = nil
    /// The name of the question-table row that typed the question (`QuestionTable`).
    public var row: String = "search.fallback"
    public var answerType: AnswerType = .sentence
    public var relation: Relation = .search
    public var voice: Voice = .active
    /// Phrases of the question in quotation marks, as typed.
    public var quoted: [String] = []
    /// "Wie viele Soldaten …": the counted noun, as typed.
    public var countedNoun: String? = nil
    /// "Wie oft …?", "How many times …?": the answer is a frequency ("zweimal", "3-mal", "fünf Mal").
    public var asksFrequency: Bool = false
    /// What a how-many question measures: a count (the default), an amount of money (a number with a currency unit:
    /// "Wie viel Geld …?"), an age ("Wie alt …?") or a rank in a list ("Auf welchem Platz …?").
    public var quantity: Quantity = .count
    /// "Wie schwer …?", "Wie lang …?": the units of the asked dimension (`units/measures.txt`, lower case); a value in one of
    /// them answers, no other number does. Empty for other questions.
    public var measureUnits: Set<String> = []
    /// "Wie viele der N …?": a part of a whole is asked; a number that counts the whole ("von den 198 N") is not it.
    public var asksPart: Bool = false
    /// Role nouns the question's verb implies ("Wer leitet X?" → Leiter, Chef, …), lowercase.
    public var impliedRoles: [String] = []
    /// Words after "bevor"/"before": they describe a later state, not the one asked about.
    public var laterClause: [String] = []
    /// Years the question dates its event by, outside when-questions ("im Februar 2010" → 2010): a constraint on
    /// the document (its text or its date), not a word the answer sentence must hold.
    public var years: [Int] = []
    /// Words of a phrase that sets the scene of the asked event ("nach dem Unfall auf der A3" → Unfall, A3): like
    /// `years`, the article must give them; the answer sentence need not (`TermGroup.isSetting`).
    public var settingWords: [String] = []
    /// What a when-question asks for ("In welchem Jahr" → year, "An welchem Tag" → day, "In welchem Monat" → month).
    public var timeGranularity: TimeGranularity? = nil
    /// The question holds a negation ("nicht", "kein", "not").
    public var negated: Bool = false
    /// Every word of the question as typed, in order (no punctuation).
    public var words: [String] = []
    /// The folded name key of the whole question (`NameKey.of`), for "is this already named in the question" checks.
    public var nameKey: String = ""

    public init(text: String, kind: QuestionKind, language: String, subject: String?, names: [String], contentWords: [String], asksNotConfirmed: Bool) {
        self.text = text
        self.kind = kind
        self.language = language
        self.subject = subject
        self.names = names
        self.contentWords = contentWords
        self.asksNotConfirmed = asksNotConfirmed
    }
}

extension Question {
    /// The question asking for another relation (its words, anchors and voice unchanged): "Wer leitet X?" read as
    /// the agent of "leitet" when no role holder answers it.
    /// The question with its verb among the content words (a denial cue is left out of them: "zurückgewiesen"), so that
    /// evidence finds the verb and its synonyms.
    func withPredicateAsContent() -> Question {
        guard let p = predicate, !contentWords.contains(p) else { return self }
        var q = self
        q.contentWords.append(p)
        return q
    }

    func asking(_ relation: Relation) -> Question {
        var q = self
        q.relation = relation
        return q
    }
}

/// What a how-many question measures (`Question.quantity`).
public enum Quantity: String, Sendable {
    case count, money, age, rank
}
