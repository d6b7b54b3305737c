import Facts
import WordLists
/// One element of a question-table pattern: what one word (or the whole question) must be.
indirect enum Slot: Sendable {
    /// A word of a class of `question-words.txt`.
    case word(WordClass)
    /// One of these words (lowercase, folded like `NameKey.of`).
    case words(Set<String>)
    /// A word whose first letter is upper case (a name or a noun), not the first word.
    case capitalized
    /// A lower-case word that is no question word, determiner, auxiliary or copula (a verb in second position).
    case lowerWord
    /// In an opening: the slot may be skipped.
    case optional(Slot)
    /// Any of the slots.
    case either([Slot])
    /// A property of the whole question (`QuestionFeature`), not of one word.
    case feature(QuestionFeature)
}

/// Properties of a whole question, computed from its annotated words before the table runs.
enum QuestionFeature: Sendable {
    /// A denial cue: a denial verb ("bestritt", "dementierte", "wies … zurück", "tat … ab"), "in Abrede stellen",
    /// "von sich weisen", "als falsch/haltlos bezeichnen", or a negated "bestätigen".
    case denial
    /// An accusation cue: "beschuldigen", "bezichtigen", "vorwerfen" ("wirft … vor"), "accuse".
    case accusation
    /// A speech verb that is not reflexive ("meldete sich" is no speech).
    case speech
    /// A speech verb before "dass/that/ob" and a denial or confirmation after it: the denial is part of the statement.
    case reportedDenial
    /// Every word after the copula is capitalized or a name particle: "Wer ist Anna Berg?".
    case restIsName
    /// After "Wer + copula", a predicative adjective or participle with its complements, no noun phrase: "Wer war an
    /// der Gründung beteiligt?", "Wer ist für die Finanzen zuständig?" (the rest opens with neither a determiner nor a
    /// capitalized word, and ends in a lower-case word; the question is not typed all in lower case).
    case predicativeRest
}

/// A named row of the question table: a pattern over the question's words and what it fills in.
///
/// `opening` matches the first words in order (an `.optional` slot may be skipped); each slot of `requires`
/// must match some word after the opening (or be a feature the question has); no slot of `excludes` may match.
struct QuestionRow: Sendable {
    var name: String
    var opening: [Slot]
    var requires: [Slot] = []
    var excludes: [Slot] = []
    var kind: QuestionKind
    var answer: AnswerType
    var relation: Relation
    var voice: Voice = .active
}

/// The question table, first match wins. Each row's name is shown by `.explain`; `QuestionTableTests` holds
/// at least three phrasings (German and English) per row.
///
/// Order: cues that decide the relation whatever the question word (reported denials, accusations) come first;
/// then the question words that name a type (when, where, how many); then denials, roles, holders, speakers and
/// statements; last, agent and object of any verb, and the search fallback.
enum QuestionTable {
    static let byWords: Slot = .words(["von", "by", "durch"])
    /// German prepositions that may open "wie viele" ("Seit wie vielen …", "Über wie viel …"), folded.
    static let countPrepositions: Set<String> = ["gegen", "bei", "von", "mit", "an", "fuer", "um", "auf", "in", "seit", "ueber", "unter",
                                                  "aus", "nach", "vor", "zu"]
    /// The prepositions of `words/prepositions.txt`, folded as question words are, without those of a passive agent
    /// ("Von wem wurde X …?" asks for the agent) and those whose "wen" asks for the verb's partner (`who.object`).
    static let foldedPrepositions: Set<String> = Set(Concepts.prepositions.map { NameKey.of($0) }).subtracting(["von", "vom", "by", "durch", "gegen", "mit", "against", "with"])
    static let actorNoun: Slot = .either([.word(.personNoun), .word(.organisationNoun), .word(.countryNoun)])

    static let rows: [QuestionRow] = [
        // Cues that decide first.
        QuestionRow(name: "speaker.reported-denial", opening: [.either([.word(.who), .word(.which), .word(.what)])],
                    requires: [.feature(.reportedDenial)], kind: .speaker, answer: .agent, relation: .speakerOf),
        QuestionRow(name: "accusation.accused", opening: [.word(.whoObject)], requires: [.feature(.accusation)], excludes: [.feature(.denial)],
                    kind: .accused, answer: .person, relation: .accusedBy),
        QuestionRow(name: "accusation.accuser", opening: [.optional(byWords), .word(.who)], requires: [.feature(.accusation)],
                    excludes: [.feature(.denial)], kind: .accuser, answer: .agent, relation: .accuserOf),
        QuestionRow(name: "accusation.accuser-which", opening: [.word(.which), actorNoun], requires: [.feature(.accusation)],
                    excludes: [.feature(.denial)], kind: .accuser, answer: .agent, relation: .accuserOf),
        QuestionRow(name: "accusation.content", opening: [.either([.word(.what), .word(.which)])], requires: [.feature(.accusation)],
                    excludes: [.feature(.denial)], kind: .accusation, answer: .accusation, relation: .accusationOf),

        // When.
        QuestionRow(name: "when.wann", opening: [.optional(.word(.sinceUntil)), .word(.whenWord)], kind: .when, answer: .date, relation: .timeOf),
        QuestionRow(name: "when.how-long", opening: [.words(["wie", "how"]), .word(.duration)], kind: .when, answer: .duration, relation: .timeOf),
        QuestionRow(name: "when.which-period", opening: [.optional(.words(["fuer", "ueber", "in", "for", "over"])), .word(.which), .word(.periodNoun)],
                    kind: .when, answer: .duration, relation: .timeOf),
        QuestionRow(name: "when.clock", opening: [.words(["um", "at"]), .either([.words(["wie"]), .word(.which)]), .optional(.words(["viel"])), .word(.clockNoun)],
                    kind: .when, answer: .time, relation: .timeOf),
        QuestionRow(name: "when.which-time", opening: [.optional(.either([.words(["in", "an", "am", "im", "zu", "on", "at", "during"]), .word(.sinceUntil)])),
                                                       .word(.which), .word(.timeNoun)], kind: .when, answer: .date, relation: .timeOf),

        // Denials, active and passive.
        QuestionRow(name: "denial.denier-passive", opening: [byWords, .word(.who)], requires: [.feature(.denial)],
                    kind: .denier, answer: .agent, relation: .denierOf, voice: .passive),
        QuestionRow(name: "denial.denier", opening: [.word(.who)], requires: [.feature(.denial)], kind: .denier, answer: .agent, relation: .denierOf),
        QuestionRow(name: "denial.denier-which", opening: [.word(.which), actorNoun], requires: [.feature(.denial)],
                    kind: .denier, answer: .agent, relation: .denierOf),
        // "Welche Seite streitet ab …?": a nominative "welche N" right before the denial verb is its subject.
        QuestionRow(name: "denial.denier-which-subject", opening: [.words(["welche", "welcher", "welches", "which"]), .capitalized,
                                                                   .either([.word(.denialPrefix), .word(.denialVerbWithParticle)])],
                    requires: [.feature(.denial)], kind: .denier, answer: .agent, relation: .denierOf),
        QuestionRow(name: "denial.content", opening: [.either([.word(.what), .word(.which)])], requires: [.feature(.denial)],
                    kind: .denied, answer: .deniedContent, relation: .deniedBy),

        // Where.
        QuestionRow(name: "where.wo", opening: [.optional(.word(.sinceUntil)), .word(.whereWord)], kind: .where, answer: .place, relation: .placeOf),
        QuestionRow(name: "where.which-place", opening: [.optional(.word(.wherePreposition)), .word(.which), .optional(.word(.attribute)), .word(.placeNoun)],
                    kind: .where, answer: .place, relation: .placeOf),
        QuestionRow(name: "where.in-which-institution", opening: [.word(.wherePreposition), .word(.which), .word(.institutionNoun)],
                    kind: .where, answer: .place, relation: .placeOf),
        QuestionRow(name: "where.in-which-country", opening: [.word(.wherePreposition), .word(.which), .optional(.word(.attribute)), .word(.countryNoun)],
                    kind: .where, answer: .place, relation: .placeOf),

        // How many, how much.
        QuestionRow(name: "count.how-many", opening: [.optional(.words(countPrepositions.union(["for", "with", "by", "against", "at", "after", "over"]))),
                                                      .words(["wie", "how"]), .word(.howMany)], kind: .howMany, answer: .number, relation: .countOf),
        QuestionRow(name: "count.how-many-fused", opening: [.optional(.words(countPrepositions)), .word(.howManyFused)],
                    kind: .howMany, answer: .number, relation: .countOf),
        // "Was ist der Durchmesser von X?", "What was the length of X?": a measure noun asks for its number.
        QuestionRow(name: "count.what-measure", opening: [.word(.what), .word(.copula), .optional(.word(.determiner)), .word(.measureNoun)],
                    kind: .howMany, answer: .number, relation: .countOf),
        // "Welche Kapazität hat X?", "Welches Gewicht hat X?": a measure noun after "welche" asks for its number.
        QuestionRow(name: "count.which-measure", opening: [.word(.which), .word(.measureNoun)], kind: .howMany, answer: .number, relation: .countOf),
        // "Zu welcher Geldstrafe wurde X verurteilt?", "Welche Summe zahlte X?": an amount of money.
        QuestionRow(name: "count.which-money", opening: [.optional(.words(countPrepositions)), .word(.which), .word(.moneyNoun)],
                    kind: .howMany, answer: .number, relation: .countOf),
        // "Auf welchem Platz liegt X?", "Welchen Rang belegte X?", "What rank does X hold?": an ordinal.
        QuestionRow(name: "count.which-rank", opening: [.optional(.words(["auf", "an", "on", "in", "at"])), .word(.which), .word(.rankNoun)],
                    kind: .howMany, answer: .number, relation: .countOf),
        QuestionRow(name: "count.measure", opening: [.optional(.words(["mit", "with", "at", "auf"])), .words(["wie", "how"]), .word(.howMeasure)],
                    kind: .howMany, answer: .number, relation: .countOf),

        // Roles of a named person ("Als was bezeichnete X Y?" is a statement, checked first).
        QuestionRow(name: "role.what-office", opening: [.word(.what), .word(.roleQuestionNoun)], kind: .role, answer: .role, relation: .roleOf),
        QuestionRow(name: "role.which-office", opening: [.optional(.words(["in", "als", "as", "in"])), .word(.which), .word(.roleQuestionNoun)],
                    kind: .role, answer: .role, relation: .roleOf),
        QuestionRow(name: "role.what-is-job", opening: [.word(.what), .word(.copula)], requires: [.word(.roleQuestionNoun)],
                    kind: .role, answer: .role, relation: .roleOf),
        QuestionRow(name: "said.how-named", opening: [.words(["wie", "how", "als"]), .optional(.word(.what))], requires: [.word(.namingVerb)], excludes: [.words(["man", "one"])],
                    kind: .said, answer: .statement, relation: .saidBy),
        QuestionRow(name: "role.als-was", opening: [.words(["als", "as"]), .word(.what)], kind: .role, answer: .role, relation: .roleOf),
        QuestionRow(name: "role.who-is-name", opening: [.word(.who), .word(.copula)], requires: [.feature(.restIsName)],
                    kind: .role, answer: .role, relation: .roleOf),

        // Holders of a role.
        QuestionRow(name: "holder.who-is-the", opening: [.word(.who), .word(.copula)], excludes: [.feature(.predicativeRest)],
                    kind: .holder, answer: .person, relation: .holderOf),
        QuestionRow(name: "holder.verb", opening: [.word(.who)], requires: [.word(.holderVerb)], excludes: [.feature(.speech)],
                    kind: .holder, answer: .person, relation: .holderOf),
        // "Wie heißt der Sprecher der Regierung?": the name of a role's holder.
        QuestionRow(name: "holder.how-called-role", opening: [.words(["wie"]), .word(.calledVerb), .word(.determiner), .optional(.word(.attribute)), .word(.roleNoun)],
                    kind: .holder, answer: .person, relation: .holderOf),

        // "What is the name of the CEO …?": the holder of the role that follows.
        QuestionRow(name: "holder.what-name-of", opening: [.word(.what), .word(.copula), .words(["the"]), .words(["name"]), .words(["of"])],
                    kind: .holder, answer: .person, relation: .holderOf),

        // Speakers.
        QuestionRow(name: "speaker.whose-statement", opening: [byWords, .word(.who)], requires: [.word(.attributionNoun)],
                    kind: .speaker, answer: .agent, relation: .speakerOf),
        QuestionRow(name: "speaker.ascribed", opening: [.optional(.words(["to"])), .word(.who)], requires: [.word(.ascribePrefix)],
                    kind: .speaker, answer: .agent, relation: .speakerOf, voice: .passive),
        QuestionRow(name: "speaker.wem-zufolge", opening: [.word(.who)], requires: [.words(["zufolge"])],
                    kind: .speaker, answer: .agent, relation: .speakerOf),
        QuestionRow(name: "speaker.according-to-whom", opening: [.words(["laut", "according"]), .optional(.words(["to"])), .word(.who)],
                    kind: .speaker, answer: .agent, relation: .speakerOf),
        QuestionRow(name: "speaker.according-to-which", opening: [.words(["laut"]), .either([.words(["wessen"]), .word(.which)])],
                    kind: .speaker, answer: .agent, relation: .speakerOf),
        QuestionRow(name: "speaker.by-whose-account", opening: [.words(["nach"]), .word(.accordingNoun), .word(.which)],
                    kind: .speaker, answer: .agent, relation: .speakerOf),
        QuestionRow(name: "speaker.after-whose", opening: [.words(["nach"]), .words(["wessen"])],
                    kind: .speaker, answer: .agent, relation: .speakerOf),
        QuestionRow(name: "speaker.who-said", opening: [.optional(byWords), .word(.who)], requires: [.feature(.speech)],
                    kind: .speaker, answer: .agent, relation: .speakerOf),
        QuestionRow(name: "speaker.which-said", opening: [.word(.which), actorNoun], requires: [.feature(.speech)],
                    kind: .speaker, answer: .agent, relation: .speakerOf),

        // Statements.
        QuestionRow(name: "said.what-said", opening: [.word(.what)], requires: [.word(.saidVerb)], kind: .said, answer: .statement, relation: .saidBy),
        // "Was ist laut X das erste Ziel?", "Was spielt laut X keine Rolle?": what X's statement says.
        QuestionRow(name: "said.what-according", opening: [.word(.what)], requires: [.word(.according)], kind: .said, answer: .statement, relation: .saidBy),
        // "Was lehnt X ab?", "Was empfahlen die Entwickler?": what any verb says its actor did (no auxiliary or copula:
        // "Was ist X?", "Was hat X getan?" stay searches).
        QuestionRow(name: "said.what-verb", opening: [.word(.what), .lowerWord], excludes: [.word(.auxiliary), .word(.copula)],
                    kind: .said, answer: .statement, relation: .objectOf),
        // "Was wurde vom Stadtrat beschlossen?", "Was wird in der Studie untersucht?": the passive's subject, or what the
        // verb says its agent did in an active sentence.
        QuestionRow(name: "said.what-passive", opening: [.word(.what), .word(.passiveAuxiliary)], requires: [.lowerWord],
                    kind: .said, answer: .statement, relation: .objectOf, voice: .passive),
        // "Womit wurde X abgedeckt?", "Wogegen protestieren die Bauern?": the phrase of the adverb's preposition.
        QuestionRow(name: "said.wo-preposition", opening: [.word(.prepositionalQuestion)], kind: .said, answer: .statement, relation: .objectOf),
        // "Für wen …?", "Nach wem …?", "Aus wem …?": the phrase that preposition opens in the best sentence.
        QuestionRow(name: "said.preposition-whom", opening: [.words(foldedPrepositions), .word(.whoObject)], kind: .said, answer: .statement, relation: .objectOf),
        // "Was hat X gefunden?", "Was hatten X dem Toten mitgegeben?": the participle at the end is the verb.
        QuestionRow(name: "said.what-perfect", opening: [.word(.what), .words(["hat", "hatte", "hatten", "haben", "habe"])], requires: [.lowerWord],
                    excludes: [.word(.copula)], kind: .said, answer: .statement, relation: .objectOf),
        // "Was wollte X wissen?", "Was will X erreichen?": the infinitive at the end is the verb.
        QuestionRow(name: "said.what-modal-verb", opening: [.word(.what), .word(.modal)], requires: [.lowerWord], excludes: [.word(.copula)],
                    kind: .said, answer: .statement, relation: .objectOf),

        // Agent or object of any verb.
        QuestionRow(name: "who.which-role", opening: [.optional(byWords), .word(.which), .word(.roleNoun)], kind: .who, answer: .person, relation: .agentOf),
        QuestionRow(name: "who.object", opening: [.optional(.words(["gegen", "mit", "against", "with"])), .word(.whoObject)], kind: .who, answer: .agent, relation: .objectOf),
        QuestionRow(name: "who.which-actor", opening: [.optional(byWords), .word(.which), actorNoun], kind: .who, answer: .agent, relation: .agentOf),
        QuestionRow(name: "who.agent", opening: [.optional(byWords), .word(.who)], kind: .who, answer: .agent, relation: .agentOf),

        // "In welchem Fachblatt …?", "Welches Medikament …?": the name the text gives right after that noun.
        QuestionRow(name: "name.which-noun", opening: [.optional(.either([.word(.wherePreposition), .words(countPrepositions)])), .word(.which),
                                                       .optional(.word(.attribute)), .capitalized],
                    kind: .search, answer: .name, relation: .instanceOf),
        // "Which club …?", "Near which oasis …?": the same for an English question, whose noun is lower case.
        QuestionRow(name: "name.which-noun-en", opening: [.optional(.words(["in", "at", "near", "from", "for", "to", "with", "by"])),
                                                          .words(["which"]), .optional(.word(.attribute)), .lowerWord],
                    kind: .search, answer: .name, relation: .instanceOf),
        // "Wie heißt die Ausstellung …?": the same, for the noun after the naming verb.
        QuestionRow(name: "name.how-called", opening: [.words(["wie"]), .word(.calledVerb)],
                    kind: .search, answer: .name, relation: .instanceOf),

        QuestionRow(name: "search.fallback", opening: [], kind: .search, answer: .sentence, relation: .search),
    ]
}
