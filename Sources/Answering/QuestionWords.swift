import Foundation
import Facts
import WordLists

/// A class of question words, one section of the resource `question-words.txt`.
enum WordClass: String, CaseIterable, Sendable {
    case questionWord = "question-word", who, whoObject = "who-object", what, which, calledVerb = "called-verb", determiner, auxiliary, copula, negation
    case speechVerb = "speech-verb", saidVerb = "said-verb", namingVerb = "naming-verb", attributionNoun = "attribution-noun"
    case ascribePrefix = "ascribe-prefix", according, accordingNoun = "according-noun"
    case denialPrefix = "denial-prefix", denialVerbWithParticle = "denial-verb-with-particle", denialParticle = "denial-particle"
    case denialJudgement = "denial-judgement", confirmPrefix = "confirm-prefix"
    case accusationPrefix = "accusation-prefix", accusationVerbWithParticle = "accusation-verb-with-particle"
    case roleQuestionNoun = "role-question-noun", placeNoun = "place-noun", institutionNoun = "institution-noun", timeNoun = "time-noun", timeUnit = "time-unit", periodNoun = "period-noun", clockNoun = "clock-noun"
    case howMany = "how-many", howManyFused = "how-many-fused", howMeasure = "how-measure", measureNoun = "measure-noun", duration
    case moneyNoun = "money-noun", rankNoun = "rank-noun", age = "age-word", lightParticle = "light-particle", modal, prepositionalQuestion = "prepositional-question", regionNoun = "region-noun"
    case personNoun = "person-noun", organisationNoun = "organisation-noun", countryNoun = "country-noun"
    case lightVerb = "light-verb", englishMarker = "english-marker", englishOpening = "english-opening"
    case timeConstraintHead = "time-constraint-head", month, laterClause = "later-clause", settingPreposition = "setting-preposition", chainPreposition = "chain-preposition"
    case roleQuestionSuffix = "role-question-suffix", opinionVerb = "opinion-verb", weightWord = "weight-word", lengthWord = "length-word"
    case whereWord = "where-word", wherePreposition = "where-preposition", whenWord = "when-word", sinceUntil = "since-until"
    case holderVerb = "holder-verb", frequency, passiveAuxiliary = "passive-auxiliary", occupationWord = "occupation-word", moneyVerb = "money-verb"
    /// A role noun by its ending (`Trainer`, `Ministerin`): computed from the fact extractors' role lexicon, no section.
    case roleNoun = "role-noun"
    /// An attribute before a noun: a German inflected adjective ("chilenischen") or an English demonym ("Chilean");
    /// computed from the word's shape, no section.
    case attribute

    /// Noun classes: a plural or case form of an entry belongs to them too ("Ländern", "Städten", "Jahren").
    var isNounClass: Bool {
        switch self {
        case .roleQuestionNoun, .placeNoun, .regionNoun, .institutionNoun, .timeNoun, .periodNoun, .measureNoun, .moneyNoun, .rankNoun,
             .personNoun, .organisationNoun, .countryNoun, .occupationWord: true
        default: false
        }
    }

    /// Sections whose entries are word beginnings rather than whole words.
    var isPrefixClass: Bool { rawValue.hasSuffix("-prefix") }
    /// Sections ending in -suffix hold word endings: a longer word that ends in one belongs to the class.
    var isSuffixClass: Bool { rawValue.hasSuffix("-suffix") }
}

/// The question-word lexicon, read once from the resource `question-words.txt` (see its header for the format).
///
/// Every entry is stored lowercase and folded (`NameKey.of`: ä→ae, ö→oe, ü→ue, ß→ss), and look-ups fold
/// the word the same way, so "bestaetigte" matches "bestätig".
struct QuestionWords: Sendable {
    private(set) var words: [WordClass: Set<String>] = [:]
    /// Entries of the prefix and suffix classes.
    private var prefixes: [WordClass: [String]] = [:]
    /// Holder verbs (folded form) → role nouns they imply (lowercase, as written).
    private(set) var impliedRoles: [String: [String]] = [:]

    /// The lexicon shipped with Beleg. A missing or unreadable resource is a build defect: it stops the program.
    static let shared: QuestionWords = {
        guard let url = Bundle.module.url(forResource: "question-words", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("Beleg is installed without its resource question-words.txt (Answering bundle)")
        }
        var lexicon = QuestionWords(parsing: text)
        lexicon.words[.month] = Set(Concepts.months.filter { !$0.isAbbreviation }.map { NameKey.of($0.form.lowercased()) })
        return lexicon
    }()

    /// Parses the resource format: `[section]` lines, words separated by spaces, `#` comments,
    /// `holder-verb` lines as `forms = roles`. Unknown sections are ignored.
    init(parsing text: String) {
        var section: WordClass? = nil
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                section = WordClass(rawValue: String(trimmed.dropFirst().dropLast()))
                continue
            }
            guard let section else { continue }
            if section == .holderVerb {
                let sides = trimmed.split(separator: "=", maxSplits: 1).map { $0.split(separator: " ").map { String($0).lowercased() } }
                guard sides.count == 2 else { continue }
                for form in sides[0] {
                    words[.holderVerb, default: []].insert(NameKey.of(form))
                    impliedRoles[NameKey.of(form)] = sides[1]
                }
                continue
            }
            for w in trimmed.split(separator: " ") {
                let key = NameKey.of(String(w).lowercased())
                if section.isPrefixClass || section.isSuffixClass { prefixes[section, default: []].append(key) } else { words[section, default: []].insert(key) }
            }
        }
    }

    /// Whether a folded lowercase word belongs to a class (for prefix classes: begins with one of its entries).
    func contains(_ folded: String, _ cls: WordClass) -> Bool {
        contains(folded, cls, baseForms: cls.isNounClass ? Self.baseForms(ofNoun: folded) : [])
    }

    /// `contains` with the word's noun base forms computed once by the caller (`classes(of:)` asks every class).
    private func contains(_ folded: String, _ cls: WordClass, baseForms: [String]) -> Bool {
        if cls.isPrefixClass { return prefixes[cls]?.contains { folded.hasPrefix($0) } ?? false }
        if cls.isSuffixClass { return prefixes[cls]?.contains { folded.count > $0.count + 2 && folded.hasSuffix($0) } ?? false }
        guard let set = words[cls] else { return false }
        if set.contains(folded) { return true }
        return cls.isNounClass && baseForms.contains { set.contains($0) }
    }

    /// Base forms a folded German plural or case form may have: a plural or case ending dropped, with its umlaut
    /// undone ("laendern" → "land", "staedten" → "stadt", "jahren" → "jahr", "tagen" → "tag").
    static func baseForms(ofNoun folded: String) -> [String] {
        var out: [String] = []
        for ending in ["ern", "er", "en", "nen", "n", "e", "es", "s"] where folded.hasSuffix(ending) && folded.count >= ending.count + 3 {
            let stem = String(folded.dropLast(ending.count))
            out.append(stem)
            for (umlaut, vowel) in [("ae", "a"), ("oe", "o"), ("ue", "u")] {
                if let r = stem.range(of: umlaut, options: .backwards) { out.append(stem.replacingCharacters(in: r, with: vowel)) }
            }
        }
        return out
    }

    /// Every class a folded lowercase word belongs to.
    func classes(of folded: String) -> Set<WordClass> {
        let bases = Self.baseForms(ofNoun: folded)
        return Set(WordClass.allCases.filter { contains(folded, $0, baseForms: $0.isNounClass ? bases : []) })
    }
}
