/// The kind of answer a question asks for.
public enum QuestionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// "Wer ist X?" — the role or title of a named person.
    case role
    /// "Wer ist der Sprecher des Kreml?" — the person who holds a role.
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
    /// "Was wird X vorgeworfen?" — what someone is accused of (claims).
    case accusation
    /// Anything else: the best sentences.
    case search

    /// The label used in JSON output (`type`): who, when, denial, claim, where, how-many, said, search.
    public var label: String {
        switch self {
        case .role, .holder, .speaker, .who, .accuser: return "who"
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
