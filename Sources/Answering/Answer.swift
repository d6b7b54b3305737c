/// A sentence that supports an answer.
public struct Citation: Sendable, Hashable, Codable {
    /// Document id.
    public var doc: String
    /// 1-based sentence number in the document.
    public var sentence: Int
    /// The sentence text.
    public var text: String
    /// UTF-8 byte offset of the sentence in the document's normalized text.
    public var start: Int
    /// UTF-8 byte offset just past the sentence.
    public var end: Int

    public init(doc: String, sentence: Int, text: String, start: Int, end: Int) {
        self.doc = doc
        self.sentence = sentence
        self.text = text
        self.start = start
        self.end = end
    }
}

/// The answer to one question: a short phrase (or none) with the sentences that prove it.
public struct Answer: Sendable, Hashable {
    public var question: String
    public var kind: QuestionKind
    /// The short answer (a name, a role, a date expression as written, the denied content); `nil` when the corpus holds none.
    public var text: String?
    /// Normalized value: a TIMEX3 value for when-questions.
    public var value: String?
    /// The speaker or denier, when the answer comes from an attribution or denial.
    public var speaker: String?
    /// Supporting sentences, best first.
    public var citations: [Citation]
    /// 0…1, how well the evidence covers the question.
    public var confidence: Double
    /// Which fact or rule produced the answer (for `.explain` and JSON `source`).
    public var explanation: String

    public init(question: String, kind: QuestionKind, text: String?, value: String? = nil, speaker: String? = nil,
                citations: [Citation], confidence: Double, explanation: String) {
        self.question = question
        self.kind = kind
        self.text = text
        self.value = value
        self.speaker = speaker
        self.citations = citations
        self.confidence = confidence
        self.explanation = explanation
    }

    /// An answer saying the corpus holds none.
    public static func none(_ question: String, kind: QuestionKind, why: String) -> Answer {
        Answer(question: question, kind: kind, text: nil, citations: [], confidence: 0, explanation: why)
    }
}
