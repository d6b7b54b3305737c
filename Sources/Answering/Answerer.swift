import Foundation
import Corpus
import TextAnalysis
import Retrieval
import Facts
import WordLists

/// Answers questions from the fact store first, with the sentence index as support.
///
/// Every answer cites real sentences. When neither facts nor the index support an answer
/// well enough (see `minimumCoverage`), the answer is `nil`: a wrong answer is worse than none.
/// Not thread-safe (owns an analyzer); one answerer per session.
public final class Answerer {
    public let knowledgeBase: KnowledgeBase
    let analyzer: Analyzer
    let searcher: Searcher
    let parser = QuestionParser()  // internal: used by explain()
    var sentenceTermCache: [SentenceRef: Set<String>] = [:]
    var documentTermCache: [Int: Set<String>] = [:]
    var documentCountCache: [Int: [String: Int]] = [:]
    var compoundCache: [String: [String]] = [:]
    /// A compound's term → the longer index terms that extend it (`compoundExtensions`), for all questions.
    var compoundExtensionCache: [String: [String]] = [:]
    /// An English head noun → whether the index holds compounds of its German translations (`headEndsCompounds`).
    var compoundHeadCache: [String: Bool] = [:]
    /// The English phrases of the last question that German writes as closed compounds (`compoundPhrases`).
    var compoundPhraseCache: (key: [String], phrases: [CompoundPhrase])?
    /// The index terms by their first and last characters (`compounds(containing:)`), built on first use.
    lazy var termAffixes = TermAffixIndex(knowledgeBase.index)
    /// The last `searchRanking`, keyed by what it depends on: a typed answer, its abstention check and the search
    /// fallback rank the same question.
    var lastRanking: (key: String, ranking: [Candidate])?
    /// Per document: each person's canonical name → (sentence, index terms of the name and role stated there),
    /// for `personDescriptionTerms`.
    var personDescriptionCache: [Int: [String: [(sentence: Int, terms: Set<String>)]]] = [:]
    /// Verb-argument readers of the documents asked about (`answerFromVerbSlot`).
    var verbArgumentCache: [Int: VerbArguments] = [:]
    /// The last question evidence built, keyed by what it depends on: a typed answer and the ranking that
    /// checks it ask for the same evidence.
    var lastEvidence: (key: [String], evidence: QueryEvidence)?
    /// The last hits of `retrieve` for each limit, with the query terms they answer.
    var lastRetrieval: [Int: (query: [QueryTerm], hits: [ScoredSentence])] = [:]

    /// Stated role text → its index terms with hyphen parts (`statedRoleTerms`).
    var roleTermCache: [String: Set<String>] = [:]
    /// The person mentions stating a role, by the terms of the role (`roleHolderMentions`), built on first use.
    var roleMentionIndex: RoleMentionIndex?
    /// Per document: for each attribution, the index terms of its sentence and its message (`answerSpeaker`).
    var attributionTermsCache: [Int: [Set<String>]] = [:]
    /// Those terms inverted over the whole corpus (`attributions(coveringAtLeast:_:)`), built on first use.
    var attributionTermIndex: AttributionTermIndex?
    /// The documents that agree with the last question's names (`agreeingDocuments`), `nil` when all do.
    var agreeingDocumentsCache: (key: String, documents: Set<Int>?)?
    /// The words of the last question's name key (`inQuestion` asks once per mention of the corpus).
    var questionKeyWords: (key: String, words: [Substring])?
    /// Name text → its name parts of three letters or more (`nameKeyParts`), for all questions.
    var namePartCache: [String: [String]] = [:]
    /// Name text → whether it is named in the question, for the last question (`inQuestion`).
    var inQuestionCache: (key: String, names: [String: Bool])?
    /// The documents a scan of the fact store reads for the last question (`documentsToScan`).
    var documentsToScanCache: (key: String, documents: [Int])?
    /// Documents by the year of their date, and statements by their speaker's key (`CorpusScans`), built on first use.
    lazy var documentsByYear = Self.documentsByYear(knowledgeBase)
    lazy var statementsBySpeaker = Self.statementsBySpeaker(knowledgeBase.facts)
    /// The name parts `documentAgrees` requires, for the last question asked.
    var agreementCache: (key: String, parts: [(key: String, terms: [String])])?
    /// Name parts of the fact store by spelling-neutral key, built on first use.
    lazy var nameSpellings = NameSpellings(knowledgeBase.facts)
    /// The index terms by first letter and length in Unicode scalars (`indexSpelling`), built on first use.
    lazy var termSpellings = SpellingBuckets(knowledgeBase.index.terms, length: \.unicodeScalars.count)

    /// The caller's clock while `answer(_:clock:)` runs (`AnswerTimings`), else `nil`.
    var phaseClock: (() -> UInt64)?
    /// Nanoseconds spent in retrieval so far in the running `answer(_:clock:)`, and how deeply retrieval calls nest.
    var retrievalNanoseconds: UInt64 = 0
    var retrievalDepth = 0

    /// Share of the question's idf mass a sentence must contain to support an answer.
    public var minimumCoverage = 0.5

    /// English → German translations for English questions over German text, when available.
    let lexicon: BilingualLexicon?

    public init?(knowledgeBase: KnowledgeBase, lexicon: BilingualLexicon? = nil) {
        guard let analyzer = Analyzer() else { return nil }
        self.knowledgeBase = knowledgeBase
        self.lexicon = lexicon
        self.analyzer = analyzer
        self.searcher = Searcher(index: knowledgeBase.index)
    }

    /// Parses and answers one question.
    public func answer(_ text: String) -> Answer {
        let question = parser.parse(text)
        return answer(question)
    }

    public func answer(_ typed: Question) -> Answer {
        answerResolved(resolvingAnchors(typed))
    }

    /// Answers a question whose anchors are resolved.
    func answerResolved(_ q: Question) -> Answer {
        let a = typedAnswer(q)
        if let outranked = outranked(a, q) { return outranked }
        guard a.text == nil, a.citations.isEmpty, q.kind != .search, q.kind != .said else { return a }
        // No answer of the asked type: offer the best-matching sentences, still without an answer.
        let s = answerSearch(q)
        guard !s.citations.isEmpty else { return a }
        return Answer(question: q.text, kind: q.kind, text: nil, citations: s.citations, confidence: 0,
                      explanation: "\(a.explanation); best-matching sentences (BM25)")
    }

    func typedAnswer(_ q: Question) -> Answer {
        let words = q.contentWords
        if words.isEmpty && q.subject == nil {
            // "Was wurde dementiert?", "Wer hat etwas bestritten?": every denial of the corpus, in corpus order.
            if q.kind == .denied || q.kind == .denier, let listed = listDenials(q) { return listed }
            return .none(q.text, kind: q.kind, why: "the question has no content words")
        }
        switch q.kind {
        case .role: return answerRole(q) ?? (knowledgeBase.facts.matchingKeys(q.subject ?? "").isEmpty && q.row == "role.who-is-name" ? answerHolder(q) : nil)
            ?? answerDescribedRole(q) ?? answerPositionalRole(q) ?? .none(q.text, kind: q.kind, why: "no role of \(q.subject ?? "?") in the corpus")
        case .holder:
            // A person's name typed in lower case ("wer ist anna berg"): the subject is a known name after all.
            if let subject = q.subject, knowledgeBase.facts.entitiesByKey[NameKey.of(subject)] != nil {
                return answerRole(q) ?? .none(q.text, kind: .role, why: "no role of \(subject) in the corpus")
            }
            // "Wer leitet X?" without a holder of a role the verb implies: the agent of the verb, as for any verb.
            return answerRoleHolder(q) ?? answerGroupLeader(q) ?? answerHolder(q) ?? answerWho(q, requireRoleNoun: true) ?? (q.row == "holder.verb" ? answerWho(q.asking(.agentOf)) : nil)
                ?? (namesSomeone(q) ? answerPositionalRole(q) : nil)
                ?? .none(q.text, kind: q.kind, why: "no person with that role in the corpus")
        case .denier: return answerDenier(q) ?? denialCueFallback(q) ?? answerNegatedStatement(q) ?? .none(q.text, kind: q.kind, why: "no matching denial in the corpus")
        case .denied:
            // Without a denial fact or cue, what the question's verb (or one of its synonyms) says its actor rejected
            // ("hat ein Referendum abgelehnt" for "Was wurde von X zurückgewiesen?").
            return answerDenied(q) ?? denialCueFallback(q) ?? answerNegatedStatement(q) ?? answerVerbObject(q.withPredicateAsContent())
                ?? .none(q.text, kind: q.kind, why: "no matching denial in the corpus")
        case .speaker:
            // "Welcher Sender berichtete …?": without a speaking organisation, the name the best sentence gives after that noun.
            // A speech verb that also names an act ("rief … aus"): the agent of the verb, as for any verb.
            return answerSpeaker(q) ?? answerContinuedQuote(q) ?? answerWho(q) ?? (q.row == "speaker.which-said" ? answerNamedInstance(q) : nil)
                ?? (q.language == "de" && q.row == "speaker.who-said" ? answerWho(q.asking(.agentOf)) : nil)
                ?? .none(q.text, kind: q.kind, why: "no matching statement in the corpus")
        case .who:
            // "Welcher Sender …?" with no person or organisation mention: the name the best sentence gives after that noun.
            // For an organisation, the name after the question's noun ("des Unternehmens X") before a speaker: a source that
            // reported the news ("…, berichtete Y") is no agent of the question's verb.
            let instanceFirst = q.row.hasPrefix("who.which") && q.answerType == .organisation
            return answerRoleHolder(q) ?? (instanceFirst ? answerNamedInstance(q) : nil) ?? answerWho(q)
                ?? (q.row.hasPrefix("who.which") && !instanceFirst ? answerNamedInstance(q) : nil)
                // A verb that says something of a speaker's words ("Who called X a Y?", "Wer warnte …?"): the speaker of the
                // attribution that holds the question's words.
                ?? (q.row == "who.agent" ? answerSpeaker(q, verbOutsideMessage: true) : nil)
                ?? .none(q.text, kind: q.kind, why: "no supported answer in the corpus")
        case .when: return answerWhen(q) ?? .none(q.text, kind: q.kind, why: "no date found for this in the corpus")
        case .where: return answerWhere(q) ?? .none(q.text, kind: q.kind, why: "no place found for this in the corpus")
        case .howMany: return answerHowMany(q) ?? .none(q.text, kind: q.kind, why: "no number found for this in the corpus")
        case .said:
            if q.row == "said.wo-preposition" || q.row == "said.preposition-whom" { return answerPrepositionalObject(q) ?? answerSearch(q) }
            // (What any verb did is no statement of its actor: no fallback to what the actor said.)
            if q.row == "said.what-perfect" || q.row == "said.what-passive" { return answerVerbObject(q) ?? answerSearch(q) }
            // What the actor said only when the question's verb is one of saying or opinion ("Was forderte X?", "Was hält X
            // von Y?"), not of doing ("Was lieferte X?").
            if q.row == "said.what-verb" || q.row == "said.what-modal-verb" {
                let saying = q.predicate.map { p in
                    LexiconQueries.isSpeechCue(p.lowercased()) || QuestionWords.shared.contains(NameKey.of(p.lowercased()), .opinionVerb)
                } ?? true
                return answerVerbObject(q) ?? (saying ? answerSaid(q) : nil) ?? answerSearch(q)
            }
            return (q.row == "said.how-named" ? answerNaming(q) : nil) ?? answerSaid(q) ?? answerNaming(q, requireNames: q.row != "said.how-named")
                ?? answerVerbObject(q) ?? answerSearch(q)
        case .accuser, .accusation: return answerClaim(q) ?? .none(q.text, kind: q.kind, why: "no matching accusation in the corpus")
        case .accused:
            // Without an accusation the claim extractor holds, the object of the accusing verb ("hat X beschuldigt").
            return answerClaim(q) ?? answerObjectSlot(q) ?? .none(q.text, kind: q.kind, why: "no matching accusation in the corpus")
        case .search: return (q.relation == .instanceOf ? answerNamedInstance(q) : nil) ?? answerSearch(q)
        }
    }
}

extension Answerer {
    /// Reads the word lists that question answering reads on first use (synonym sets, common nouns and word forms), so that
    /// a caller can read them on another thread while it loads a corpus. Safe from any thread (each list is a `static let`).
    public static func preloadQuestionLexicons() {
        _ = SynonymSets.shared.contains("haus")
        _ = LexiconQueries.isCommonNoun("Haus")
    }
}
