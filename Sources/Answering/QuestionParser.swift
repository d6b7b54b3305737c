import Foundation
import Corpus
import TextAnalysis
import Facts

/// One annotated word of a question.
struct QuestionWord {
    /// As typed.
    var text: String
    var lower: String
    /// Lowercase, folded (`NameKey.of`: ä→ae, ß→ss).
    var folded: String
    /// 0-based position among the question's words (punctuation left out).
    var position: Int
    /// Index of the token in the question's token list.
    var token: Int
    var classes: Set<WordClass>
    var capitalized: Bool { text.first?.isUppercase == true }
}

/// Types questions (German and English) with the declarative `QuestionTable` and collects their anchors.
///
/// The question gets the same hygiene and tokenizer as articles; each word is annotated with its classes from
/// `question-words.txt` (and the speech-cue lexicon of the fact extractors); whole-question features (a denial,
/// an accusation, a speech verb) are computed from those classes; the first table row that matches fills in the
/// question's kind, expected answer type, relation and voice. Anchors: names (runs of capitalized words after the
/// first word), quoted phrases, and content words (no question words, stop words, auxiliaries or the row's cue words).
public struct QuestionParser: Sendable {
    public init() {}

    let lexicon = QuestionWords.shared

    /// Folded spelling for cue look-ups (ä→ae, ö→oe, ü→ue, ß→ss), the same folding as entity name keys.
    static func fold(_ w: String) -> String { NameKey.of(w) }

    /// Question words that never count as content or names.
    static let questionWordClasses: [WordClass] = [.who, .what, .which, .whereWord, .whenWord]

    public func parse(_ raw: String) -> Question {
        // Questions get the same hygiene as articles (NFC, no soft hyphens, …).
        let text = TextHygiene.normalize(raw).trimmingCharacters(in: .whitespaces)
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        Tokenizer().tokenize(bytes, 0..<bytes.count, into: &tokens)
        let words = annotate(tokens, bytes)
        let features = self.features(words)
        let english = words.filter { $0.classes.contains(.englishMarker) }.count >= 2 || (words.first?.classes.contains(.englishOpening) ?? false)
        let row = QuestionTable.rows.first { matches($0, words, features) } ?? QuestionTable.rows[QuestionTable.rows.count - 1]
        let openingLength = self.openingLength(row, words) ?? 0

        var subject: String? = nil
        if row.name == "role.who-is-name" || row.name == "holder.who-is-the" || row.name == "holder.how-called-role" {
            subject = restText(text, bytes, tokens, from: words.dropFirst(2).first?.token)
        }
        if row.name == "holder.what-name-of" { subject = restText(text, bytes, tokens, from: words.dropFirst(5).first?.token) }
        let isYear: (QuestionWord) -> Bool = { w in w.text.count == 4 && (Int(w.text).map { (1800...2100).contains($0) } ?? false) }
        let timeConstraint = Set(words.indices.filter { k in
            words[k].classes.contains(.timeConstraintHead) && k + 1 < words.count
                && (words[k + 1].classes.contains(.month) || isYear(words[k + 1]))
        })
        // Outside when-questions, a year ("im Februar 2010") dates the event: the article must give it (in its text
        // or its date); the answer sentence need not (`Answerer.documentAgrees`, `Answerer.documentTerms`).
        let datingYears = row.kind == .when ? [] : words.filter(isYear).compactMap { Int($0.text) }
        // A noun of the opening asks for the answer's type ("An welchem Tag …?"): it names nothing.
        let names = Self.names(words, skipping: row.opening.count > 1 ? openingLength : 0).filter { n in !n.split(separator: " ").allSatisfy { lexicon.contains(Self.fold(String($0).lowercased()), .month) } }
        let contentWords = words.enumerated().compactMap { k, w -> String? in
            if timeConstraint.contains(k) || isCue(w, k, of: row, openingLength: openingLength) { return nil }
            return w.text
        }
        if row.kind == .role && subject == nil { subject = names.first }
        if row.kind == .said { subject = names.first }

        let notConfirmed = words.contains { $0.classes.contains(.confirmPrefix) } && words.contains { $0.classes.contains(.negation) }
        let denialVerb = features.contains(.denial) && !(notConfirmed && !hasDenialVerb(words))
        var question = Question(text: text, kind: row.kind, language: english ? "en" : "de", subject: subject, names: names,
                                contentWords: contentWords, asksNotConfirmed: notConfirmed && !denialVerb)
        question.predicate = english ? Self.englishPredicate(words) : Self.predicate(words)
        question.row = row.name
        question.answerType = row.answer
        question.relation = row.relation
        question.voice = row.voice
        // "Wer wurde (von X) beauftragt …?": a passive auxiliary right after the question word asks for the patient.
        if row.relation == .agentOf, words.count > 2, words[1].classes.contains(.passiveAuxiliary) { question.voice = .passive }
        question.quoted = Self.quoted(text)
        question.words = words.map(\.text)
        question.negated = words.contains { $0.classes.contains(.negation) }
        question.years = datingYears.sorted()
        question.nameKey = NameKey.of(text)
        refine(&question, words, row: row, openingLength: openingLength)
        return question
    }

    /// The question's words (no punctuation), each with its classes from `question-words.txt`, the speech-cue
    /// lexicon and the role-noun endings.
    func annotate(_ tokens: [Token], _ bytes: [UInt8]) -> [QuestionWord] {
        var words: [QuestionWord] = []
        for (i, t) in tokens.enumerated() where t.kind != .punctuation {
            let s = String(decoding: bytes[t.range], as: UTF8.self)
            let lower = s.lowercased()
            let folded = Self.fold(lower)
            var classes = lexicon.classes(of: folded)
            if LexiconQueries.isSpeechCue(lower) { classes.insert(.speechVerb) }
            // Inflected forms of a role noun too ("Abgeordneten", "Präsidenten").
            if s.first?.isUppercase == true, LexiconQueries.isRoleNoun(s)
                || (s.hasSuffix("n") && s.count > 4 && (LexiconQueries.isRoleNoun(String(s.dropLast())) || LexiconQueries.isRoleNoun(String(s.dropLast(2))))) {
                classes.insert(.roleNoun)
            }
            // An English agent noun after "which" ("Which teacher …?", "Which historian …?"): a person's role, by its
            // derivational suffix (-er, -or, -ian, -ist), as German role nouns are by their heads.
            if s.first?.isLowercase == true, s.count >= 5, let previous = words.last, ["which", "what"].contains(previous.lower),
               ["er", "or", "ian", "ist"].contains(where: { lower.hasSuffix($0) }), !StopWords.all.contains(lower) {
                classes.insert(.roleNoun)
            }
            let inflected = s.first?.isLowercase == true && s.count >= 5 && ["e", "en", "er", "es", "em"].contains { lower.hasSuffix($0) }
            // A compound of a role-question noun names an office too ("Ministeramt", "Vorstandsposten").
            if s.first?.isUppercase == true, classes.contains(.roleQuestionSuffix) { classes.insert(.roleQuestionNoun) }
            // A place adjective in -er ("Bremer" of Bremen, "Wiener" of Wien) qualifies the noun after it.
            let placeAdjective = LexiconQueries.place(ofAdjective: s) != nil
            let demonym = s.first?.isUppercase == true && ["an", "ian", "ese", "ish"].contains { lower.hasSuffix($0) } || placeAdjective
            if (inflected || demonym) && classes.isDisjoint(with: [.questionWord, .auxiliary, .determiner]) && !StopWords.all.contains(lower) {
                classes.insert(.attribute)
            }
            words.append(QuestionWord(text: s, lower: lower, folded: folded, position: words.count, token: i, classes: classes))
        }
        return words
    }

    /// What the row leaves open: the date part a when-question asks for, the counted noun, a "bevor" clause,
    /// the answer type an actor noun names, the roles a holder verb implies.
    func refine(_ question: inout Question, _ words: [QuestionWord], row: QuestionRow, openingLength: Int) {
        let contentWords = question.contentWords
        if row.kind == .when {
            for w in words.prefix(openingLength) {
                switch w.folded {
                case "jahrhundert", "century": question.timeGranularity = .century
                case "jahr", "year": question.timeGranularity = .year
                case "monat", "month": question.timeGranularity = .month
                case "tag", "datum", "wochentag", "day", "date": question.timeGranularity = .day
                default: break
                }
            }
        }
        if row.kind == .howMany, words.prefix(openingLength + 1).contains(where: { $0.classes.contains(.frequency) }) {
            question.asksFrequency = true
        }
        if row.kind == .howMany {
            if openingLength < words.count, ["der", "von"].contains(words[openingLength].lower) { question.asksPart = true }
            if words.prefix(openingLength).contains(where: { $0.classes.contains(.rankNoun) }) { question.quantity = .rank }
            else if words.prefix(openingLength).contains(where: { $0.classes.contains(.age) }) { question.quantity = .age }
            else if words.contains(where: { $0.classes.contains(.moneyNoun) || $0.classes.contains(.moneyVerb) }) { question.quantity = .money }
            if let m = words.prefix(openingLength).first(where: { $0.classes.contains(.weightWord) || $0.classes.contains(.lengthWord) }) {
                question.measureUnits = MeasureUnits.units(m.classes.contains(.weightWord) ? "weight" : "length")
            }
        }
        if row.kind == .howMany, let measure = words.prefix(openingLength).first(where: { $0.classes.contains(.measureNoun) || $0.classes.contains(.moneyNoun) }) {
            question.countedNoun = measure.text
        } else if row.kind == .howMany, !question.asksFrequency, words.contains(where: { $0.classes.contains(.howMany) || $0.classes.contains(.howManyFused) }) {
            // The counted noun: the first noun, not an adjective before it ("Wie viele äthiopische Soldaten …?").
            question.countedNoun = question.language == "de" ? contentWords.first { $0.first?.isUppercase == true } ?? contentWords.first : contentWords.first
            // "Für wie viele Tage …?" counts time: a duration answers it.
            if let noun = words.first(where: { $0.text == contentWords.first }), noun.classes.contains(.timeUnit) {
                question.kind = .when
                question.answerType = .duration
                question.relation = .timeOf
            }
        }
        if let later = words.firstIndex(where: { $0.classes.contains(.laterClause) }) {
            question.laterClause = words[(later + 1)...].map(\.text)
        }
        if question.language == "de" { question.settingWords = Self.settingWords(words, after: openingLength) }
        // "Welches Unternehmen …?", "Welcher Politiker …?": the actor noun after "welche" names the answer type.
        if row.answer == .agent, row.opening.count >= 2, let noun = words.dropFirst(openingLength - 1).first {
            if noun.classes.contains(.organisationNoun) { question.answerType = .organisation }
            else if noun.classes.contains(.countryNoun) { question.answerType = .place }
            else if noun.classes.contains(.personNoun) || noun.classes.contains(.roleNoun) { question.answerType = .person }
        }
        if row.relation == .holderOf {
            question.impliedRoles = words.compactMap { lexicon.impliedRoles[$0.folded] }.first ?? []
        }
    }

    /// The nouns and names of phrases that set the scene of the asked event: a setting preposition and a determiner
    /// ("nach dem Unfall", "während der Debatte", "beim Gipfel"), lower-case attributes, capitalized words, and the
    /// phrases chained onto them by a preposition or a genitive determiner ("… auf der A3", "… des Präsidenten").
    /// German questions; positions before `opening` (the question's opening) are skipped.
    static func settingWords(_ words: [QuestionWord], after opening: Int) -> [String] {
        var out: [String] = []
        var k = max(opening, 1)
        while k < words.count {
            guard words[k].classes.contains(.settingPreposition) else { k += 1; continue }
            var j = k + 1
            var first = true
            while j < words.count {
                let start = j
                if !first {
                    // A chained phrase: a preposition (and a determiner) or a genitive determiner.
                    if words[j].classes.contains(.chainPreposition) { j += 1 }
                    if j < words.count && words[j].classes.contains(.determiner) { j += 1 }
                    if j == start { break }
                } else if words[k].folded != "beim" {
                    guard j < words.count, words[j].classes.contains(.determiner) else { break }
                    j += 1
                }
                while j < words.count, words[j].text.first?.isLowercase == true, words[j].classes.contains(.attribute) { j += 1 }
                let nouns = j
                // The phrase's noun, and the name after a role noun, a place adjective or a given name ("dem Präsidenten Anna
                // Berg", "am Quellheimer Rathaus"); another
                // capitalized word is the question's own (its object: "… auf der A3 Gewässeralarm aus?").
                while j < words.count, let c = words[j].text.first, c.isUppercase || c.isNumber,
                      words[j].classes.isDisjoint(with: [.questionWord, .determiner]) {
                    out.append(words[j].text)
                    j += 1
                    let last = words[j - 1]
                    guard last.classes.contains(.roleNoun) || last.classes.contains(.attribute) || LexiconQueries.isGivenName(last.text) else { break }
                }
                if j == nouns { break }
                first = false
            }
            k = max(j, k + 1)
        }
        return out
    }

    // MARK: - Features and matching

    func hasDenialVerb(_ words: [QuestionWord]) -> Bool {
        let has: (WordClass) -> Bool = { c in words.contains { $0.classes.contains(c) } }
        if has(.denialPrefix) { return true }
        if has(.denialVerbWithParticle) && has(.denialParticle) { return true }
        let folded = words.map(\.folded)
        // "in Abrede stellen", "von sich weisen", "als falsch/haltlos bezeichnen".
        for k in folded.indices.dropLast() {
            if folded[k] == "in" && folded[k + 1].hasPrefix("abrede") { return true }
            if folded[k] == "von" && folded[k + 1] == "sich" && folded.contains(where: { $0.hasPrefix("wies") || $0.hasPrefix("weis") || $0.hasPrefix("gewiesen") }) { return true }
            if folded[k] == "als" && words[k + 1].classes.contains(.denialJudgement) { return true }
        }
        return false
    }

    func features(_ words: [QuestionWord]) -> Set<QuestionFeature> {
        var out = Set<QuestionFeature>()
        let has: (WordClass) -> Bool = { c in words.contains { $0.classes.contains(c) } }
        let notConfirmed = has(.confirmPrefix) && has(.negation)
        if hasDenialVerb(words) || notConfirmed { out.insert(.denial) }
        if has(.accusationPrefix) || (has(.accusationVerbWithParticle) && words.contains { $0.folded == "vor" }) { out.insert(.accusation) }
        // A separable speech verb speaks only with its particle ("stellte … fest", not "stellte … zusammen").
        if words.indices.contains(where: { i in words[i].classes.contains(.speechVerb) && !(i + 1 < words.count && words[i + 1].folded == "sich")
            && LexiconQueries.isSpeechCue(words[i].lower, following: words[(i + 1)...].map(\.lower)) }) {
            out.insert(.speech)
        }
        if let that = words.firstIndex(where: { ["dass", "that", "ob"].contains($0.folded) }),
           words[..<that].contains(where: { $0.classes.contains(.speechVerb) }),
           words[that...].contains(where: { $0.classes.contains(.denialPrefix) || $0.classes.contains(.confirmPrefix) }) {
            out.insert(.reportedDenial)
        }
        if words.count >= 3 {
            let rest = words.dropFirst(2)
            let particles = NameParticles.separate
            // "Wer ist Regierungschef von X?": a role noun before "von" asks for the holder, not a name.
            let roleOfSomething = rest.first!.classes.contains(.roleNoun) && rest.dropFirst().first.map { ["von", "der", "des"].contains($0.lower) } == true
            if rest.allSatisfy({ $0.capitalized || particles.contains($0.lower) }), !rest.first!.classes.contains(.determiner), !roleOfSomething {
                out.insert(.restIsName)
            }
            // ("an" is an English article too, and a German preposition.)
            let determiner = rest.first.map { $0.classes.contains(.determiner) && !$0.classes.contains(.wherePreposition) } ?? false
            if let first = rest.first, let last = rest.last, rest.count >= 2, !first.capitalized, !determiner,
               !last.capitalized, words[1].classes.contains(.copula), words[0].text.first?.isUppercase == true {
                // (A question typed all in lower case may end in a name: "wer ist anna berg".)
                out.insert(.predicativeRest)
            }
        }
        return out
    }

    func slotMatches(_ slot: Slot, _ w: QuestionWord, _ features: Set<QuestionFeature>) -> Bool {
        switch slot {
        case .word(let c): return w.classes.contains(c)
        case .words(let set): return set.contains(w.folded)
        case .capitalized: return w.position > 0 && w.capitalized
        case .lowerWord:
            return w.position > 0 && !w.capitalized && w.classes.isDisjoint(with: [.questionWord, .determiner, .auxiliary, .copula, .negation])
                && !StopWords.all.contains(w.lower)
        case .optional(let s): return slotMatches(s, w, features)
        case .either(let slots): return slots.contains { slotMatches($0, w, features) }
        case .feature(let f): return features.contains(f)
        }
    }

    /// How many words the row's opening consumes, or `nil` when it does not match.
    func openingLength(_ row: QuestionRow, _ words: [QuestionWord]) -> Int? {
        var k = 0
        for slot in row.opening {
            if k < words.count, slotMatches(slot, words[k], []) { k += 1; continue }
            if case .optional = slot { continue }
            return nil
        }
        return k
    }

    func matches(_ row: QuestionRow, _ words: [QuestionWord], _ features: Set<QuestionFeature>) -> Bool {
        guard let n = openingLength(row, words) else { return false }
        let rest = words[n...]
        for slot in row.requires {
            if case .feature(let f) = slot { if !features.contains(f) { return false }; continue }
            if !rest.contains(where: { slotMatches(slot, $0, features) }) { return false }
        }
        for slot in row.excludes {
            if case .feature(let f) = slot { if features.contains(f) { return false }; continue }
            if rest.contains(where: { slotMatches(slot, $0, features) }) { return false }
        }
        return true
    }

    // MARK: - Anchors

    /// Whether a word is a question word, a stop word or a cue word of the row (not content).
    func isCue(_ w: QuestionWord, _ k: Int, of row: QuestionRow, openingLength: Int) -> Bool {
        let c = w.classes
        if k <= 1 && c.contains(.questionWord) { return true }
        if k < openingLength && (c.contains(.who) || c.contains(.which) || ["von", "by", "durch", "wie", "how"].contains(w.folded)) { return true }
        if StopWords.all.contains(w.lower) || c.contains(.auxiliary) || ["nicht", "not", "zurueck", "did", "does"].contains(w.folded) { return true }
        // A preposition that opens a scene ("wegen der Drohung") is no content word.
        if c.contains(.settingPreposition) { return true }
        switch row.kind {
        case .denier, .denied:
            if c.contains(.denialPrefix) || c.contains(.denialVerbWithParticle) || c.contains(.confirmPrefix) || c.contains(.denialJudgement) { return true }
        case .role:
            if c.contains(.roleQuestionNoun) { return true }
        case .accuser, .accusation, .accused:
            if c.contains(.accusationPrefix) || c.contains(.accusationVerbWithParticle) || w.folded == "vor" { return true }
        case .speaker:
            if c.contains(.speechVerb) || c.contains(.attributionNoun) || c.contains(.ascribePrefix) || (k < openingLength && (c.contains(.according) || c.contains(.accordingNoun))) { return true }
        case .howMany:
            // The whole opening ("Seit wie vielen", "Über wie viel") asks; the counted noun comes after it, or is the
            // measure noun of the opening ("Was ist der Durchmesser …").
            if k < openingLength && !c.contains(.measureNoun) { return true }
        case .where:
            if k <= 3 && (c.contains(.placeNoun) || c.contains(.countryNoun)) { return true }
        case .when:
            if k < openingLength && (c.contains(.timeNoun) || c.contains(.clockNoun) || c.contains(.duration) || c.contains(.sinceUntil) || c.contains(.periodNoun)) { return true }
        default: break
        }
        return false
    }

    /// Names: runs of capitalized words after the first word (name particles inside a run allowed).
    static func names(_ words: [QuestionWord], skipping opening: Int = 0) -> [String] {
        var names: [String] = []
        var run: [String] = []
        func flush() {
            while let l = run.last, l.first?.isLowercase == true { run.removeLast() }
            if !run.isEmpty { names.append(run.joined(separator: " ")) }
            run = []
        }
        let particles = NameParticles.joined
        for (k, w) in words.enumerated() {
            let questionWord = questionWordClasses.contains { w.classes.contains($0) }
            if k < opening {
                flush()
            } else if k > 0 && w.capitalized && !questionWord {
                run.append(w.text)
            } else if !run.isEmpty && particles.contains(w.lower) && k + 1 < words.count && words[k + 1].capitalized
                        && !LexiconQueries.isCommonNoun(words[k + 1].text) {
                // A particle inside a name ("Karl von Stein"), not a preposition before a noun ("Bader von Beruf").
                run.append(w.text)
            } else {
                flush()
            }
        }
        flush()
        return names
    }

    /// Phrases between quotation marks („…“, "…", »…«, “…”).
    static func quoted(_ text: String) -> [String] {
        let pairs: [(Character, Character)] = QuoteMarks.pairs
        var out: [String] = []
        for (open, close) in pairs {
            var rest = Substring(text)
            while let a = rest.firstIndex(of: open) {
                let after = rest[rest.index(after: a)...]
                guard let b = after.firstIndex(of: close) else { break }
                let phrase = after[..<b].trimmingCharacters(in: .whitespaces)
                if !phrase.isEmpty { out.append(phrase) }
                rest = after[after.index(after: b)...]
            }
        }
        return out
    }

    /// The main verb of a German W-question: the word after the question word unless it is an auxiliary,
    /// else the last word (the participle or infinitive: "Wann wurde X verhaftet?"). Lowercase words only.
    /// Light verbs carry little meaning of their own ("fand … statt", "gab es"): never the predicate.
    /// The verb of an English "Who V-ed …?" question: the lower-case word after "who" when it is no auxiliary, copula or
    /// stop word ("Who condemned the plan?" → "condemned"); its German translations find the verb in the text.
    static func englishPredicate(_ words: [QuestionWord]) -> String? {
        // "Which court allowed the …?", "Which football club won a …?": the word before the object's determiner, after the
        // subject noun (English nouns and verbs are both lower case; the determiner tells them apart).
        if words.count >= 4, words[0].classes.contains(.which) {
            for k in 2...min(4, words.count - 2) where words[k + 1].classes.contains(.determiner) {
                let w = words[k]
                guard w.text.first?.isLowercase == true, w.classes.isDisjoint(with: [.auxiliary, .copula, .questionWord, .determiner]),
                      !StopWords.all.contains(w.lower) else { return nil }
                return w.text
            }
            return nil
        }
        guard words.count >= 3, words[0].classes.contains(.who) else { return nil }
        let second = words[1]
        // An adverb before the verb ("Who sharply condemned …?").
        let verb = second.lower.hasSuffix("ly") && words.count >= 4 ? words[2] : second
        guard verb.text.first?.isLowercase == true, verb.classes.isDisjoint(with: [.auxiliary, .copula, .questionWord]),
              !StopWords.all.contains(verb.lower) else { return nil }
        return verb.text
    }

    /// A light verb with a separable particle other than "statt" is a verb of its own ("gab … zu", "kam … an").
    static func predicate(_ words: [QuestionWord]) -> String? {
        // "Von wem wurde X V-t?": the passive's verb, after the preposition and question word.
        if words.count >= 4, words[1].classes.contains(.who), ["von", "durch"].contains(words[0].folded), words[2].classes.contains(.passiveAuxiliary) {
            return predicate(Array(words.dropFirst()))
        }
        guard words.count >= 3 else { return nil }
        let second = words[1]
        if second.classes.contains(.lightVerb) {
            guard words.count >= 4, let last = words.last, SeparableVerbForms.isParticle(last.lower), !last.classes.contains(.lightParticle) else { return nil }
            return second.text
        }
        let isQuestionWord = questionWordClasses.contains { second.classes.contains($0) } || ["wie", "durch", "von", "mit"].contains(second.folded)
        if second.text.first?.isLowercase == true, !second.classes.contains(.auxiliary), !StopWords.all.contains(second.text), !isQuestionWord {
            return second.text
        }
        if second.classes.contains(.auxiliary), let last = words.last, last.text.first?.isLowercase == true,
           !StopWords.all.contains(last.text), !last.classes.contains(.lightVerb) {
            return last.text
        }
        return nil
    }

    private func restText(_ text: String, _ bytes: [UInt8], _ tokens: [Token], from tokenIndex: Int?) -> String? {
        guard let tokenIndex else { return nil }
        var end = tokens.count
        while end > tokenIndex, tokens[end - 1].kind == .punctuation { end -= 1 }
        guard end > tokenIndex else { return nil }
        return String(decoding: bytes[Int(tokens[tokenIndex].start)..<Int(tokens[end - 1].end)], as: UTF8.self)
    }
}

/// Quotation marks as German and English texts write them: each opening mark with its closing one.
enum QuoteMarks {
    static let pairs: [(Character, Character)] = [("„", "“"), ("\"", "\""), ("»", "«"), ("“", "”"), ("‚", "‘")]
    static let opening: Set<String> = Set(pairs.map { String($0.0) })
    static let closing: Set<String> = Set(pairs.map { String($0.1) })
}
