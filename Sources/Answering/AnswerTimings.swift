/// Where the time of one answer went, in nanoseconds of a clock the caller supplies (`Answerer.answer(_:clock:)`).
/// The three parts add up to the whole answer.
public struct AnswerTimings: Sendable, Equatable {
    /// Parsing the question (`QuestionParser`) and resolving its anchors against the fact store, in nanoseconds.
    public var questionAnalysis: UInt64
    /// Building the question's evidence against the index and BM25 retrieval (`evidence`, `retrieve`),
    /// summed over every call the strategies make, in nanoseconds.
    public var retrieval: UInt64
    /// Everything else, in nanoseconds: the typed-answer strategies, candidate ranking, abstention, the search fallback.
    public var answerExtraction: UInt64

    public init(questionAnalysis: UInt64, retrieval: UInt64, answerExtraction: UInt64) {
        self.questionAnalysis = questionAnalysis
        self.retrieval = retrieval
        self.answerExtraction = answerExtraction
    }
}

extension Answerer {
    /// `answer(_:)`, timed by phase: `clock` returns a monotonic time in nanoseconds (the answerer never reads a clock
    /// itself). The answer is the same as `answer(_:)` gives.
    public func answer(_ text: String, clock: @escaping () -> UInt64) -> (answer: Answer, timings: AnswerTimings) {
        phaseClock = clock
        retrievalNanoseconds = 0
        retrievalDepth = 0
        defer { phaseClock = nil }
        let t0 = clock()
        let q = resolvingAnchors(parser.parse(text))
        let t1 = clock()
        let retrievalInAnalysis = retrievalNanoseconds
        let a = answerResolved(q)
        let t2 = clock()
        let retrieval = retrievalNanoseconds
        return (a, AnswerTimings(questionAnalysis: (t1 &- t0) &- retrievalInAnalysis, retrieval: retrieval,
                                 answerExtraction: (t2 &- t1) &- (retrieval &- retrievalInAnalysis)))
    }

    /// Starts a retrieval interval when a phase clock is set; an interval nested in another counts once.
    func retrievalStarted() -> UInt64? {
        guard let clock = phaseClock else { return nil }
        defer { retrievalDepth += 1 }
        return retrievalDepth == 0 ? clock() : nil
    }

    /// Ends the interval `retrievalStarted` began.
    func retrievalEnded(_ started: UInt64?) {
        guard let clock = phaseClock else { return }
        retrievalDepth -= 1
        if let started { retrievalNanoseconds += clock() &- started }
    }
}
