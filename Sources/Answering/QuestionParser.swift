import Foundation
import Corpus
import TextAnalysis
import Facts

/// Types questions (German and English) by their question words and cue words.
///
/// Rules, first match wins: a denial cue (bestreiten, dementieren, zurückweisen, leugnen, abstreiten,
/// nicht bestätigen; deny, reject, dispute, not confirm) makes a denier / denied question unless the
/// question asks when; then when / where / how many by their question words; "wer ist X" asks for a
/// role (or, with a determiner, for the holder of a role); wer/who with a speech cue asks for a speaker;
/// "welches Amt" asks for a role; other wer/who questions ask for a person; "was sagte X" for a statement.
public struct QuestionParser: Sendable {
    public init() {}

    static let whoWords: Set<String> = ["wer", "wen", "wem", "wessen", "who", "whom", "whose"]
    static let whatWords: Set<String> = ["was", "what", "welche", "welcher", "welches", "welchen", "welchem", "which"]
    static let questionWords: Set<String> = whoWords.union(whatWords).union(["wann", "wo", "wohin", "woher", "wie", "warum", "weshalb", "wieso", "when", "where", "how", "why", "durch", "von", "mit"])
    static let determiners: Set<String> = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "the", "a", "an"]
    static let denialPrefixes = ["bestreit", "bestritt", "dementi", "zurückgewiesen", "zurückweis", "zurückzuweisen", "leugn", "geleugnet", "abstreit", "abgestritten", "deny", "denie", "denied", "reject", "disput", "refut"]
    static let rejectVerbs: Set<String> = ["wies", "weist", "wiesen", "weisen"]
    static let confirmPrefixes = ["bestätig", "confirm"]
    static let negations: Set<String> = ["nicht", "not", "kein", "keine", "nie", "didn't", "did", "never"]
    static let speechCues: Set<String> = ["sagte", "sagt", "sagten", "gesagt", "sagen", "erklärte", "erklärt", "erklärten", "berichtete", "berichtet", "berichteten", "meldete", "meldet", "betonte", "betont", "sprach", "spricht", "äußerte", "kritisierte", "forderte", "fordert", "warnte", "schrieb", "said", "says", "say", "told", "reported", "reports", "stated", "announced", "claimed", "meinte", "bezeichnete", "nannte", "fragte", "antwortete", "kündigte", "teilte", "mitteilte", "verkündete", "bestätigte", "glaubt", "behauptete"]
    static let roleQuestionNouns: Set<String> = ["amt", "funktion", "rolle", "position", "posten", "beruf", "office", "position", "role", "job", "title"]
    static let placeNouns: Set<String> = ["stadt", "land", "ort", "region", "staat", "bundesland", "city", "country", "place", "town"]
    static let howManyWords: Set<String> = ["viele", "viel", "oft", "weit", "hoch", "lange", "groß", "alt", "schwer", "teuer", "many", "much", "often", "far", "long", "old", "high", "large"]
    static let englishMarkers: Set<String> = ["who", "whom", "whose", "what", "when", "where", "which", "how", "why", "did", "does", "do", "is", "was", "the", "of"]

    /// Folded spelling for cue look-ups (ä→ae, ö→oe, ü→ue, ß→ss), the same folding as entity name keys.
    static func fold(_ w: String) -> String { NameKey.of(w) }
    /// Prefixes of accusation cues (folded): beschuldigen, bezichtigen, vorwerfen, accuse.
    static let accusationPrefixes = ["beschuldig", "bezichtig", "vorgeworfen", "vorwerf", "accus"]
    static let foldedDenialPrefixes = denialPrefixes.map(fold)
    static let foldedConfirmPrefixes = confirmPrefixes.map(fold)

    public func parse(_ raw: String) -> Question {
        // Questions get the same hygiene as articles (NFC, no soft hyphens, …).
        let text = TextHygiene.normalize(raw).trimmingCharacters(in: .whitespaces)
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        Tokenizer().tokenize(bytes, 0..<bytes.count, into: &tokens)
        let words: [(text: String, lower: String, index: Int)] = tokens.enumerated().compactMap { i, t in
            guard t.kind != .punctuation else { return nil }
            let s = String(decoding: bytes[t.range], as: UTF8.self)
            return (s, s.lowercased(), i)
        }
        let lower = words.map(\.lower)
        // Cue look-ups also accept ae/oe/ue/ss spellings ("bestaetigte").
        let folded = words.map { Self.fold($0.lower) }
        let english = lower.filter { Self.englishMarkers.contains($0) }.count >= 2 || (lower.first.map { ["who", "what", "when", "where", "which", "how", "whom"].contains($0) } ?? false)
        let w0 = lower.first ?? ""
        let w1 = lower.count > 1 ? lower[1] : ""

        let hasDenialVerb = folded.contains { w in Self.foldedDenialPrefixes.contains { w.hasPrefix($0) } }
            || (lower.contains { Self.rejectVerbs.contains($0) } && folded.contains("zurueck"))
        let hasConfirm = folded.contains { w in Self.foldedConfirmPrefixes.contains { w.hasPrefix($0) } }
        let negated = lower.contains { Self.negations.contains($0) }
        let notConfirmed = hasConfirm && negated
        let denial = hasDenialVerb || notConfirmed
        let startsWho = Self.whoWords.contains(w0) || (["durch", "von", "mit", "by"].contains(w0) && Self.whoWords.contains(w1))
        let startsWhat = Self.whatWords.contains(w0)
        let timeNouns: Set<String> = ["jahr", "jahrhundert", "jahrzehnt", "monat", "tag", "datum", "zeitraum", "year", "date", "day", "month", "century"]
        let w2 = lower.count > 2 ? lower[2] : ""
        let startsWhen = w0 == "wann" || w0 == "when" || (["seit", "bis"].contains(w0) && w1 == "wann")
            || (["in", "an", "im", "am", "what", "which"].contains(w0) && (timeNouns.contains(w1) || (["welchem", "welcher", "which", "what"].contains(w1) && timeNouns.contains(w2))))
            || lower.starts(with: ["in", "what", "year"]) || lower.starts(with: ["in", "which", "year"]) || lower.starts(with: ["on", "what", "date"])
        let startsWhere = ["wo", "wohin", "woher", "where"].contains(w0)
            || (["in", "an", "aus", "at"].contains(w0) && ["welcher", "welchem", "which", "what"].contains(w1) && lower.count > 2 && Self.placeNouns.contains(lower[2]))
        let startsHowMany = (["wie", "how"].contains(w0) && Self.howManyWords.contains(w1))

        // "Welche Agentur berichtete, dass X Y nicht bestätigte?": a speech cue before "dass"/"that" makes the
        // denial part of the reported statement; the question asks for the speaker.
        let thatIndex = lower.firstIndex { $0 == "dass" || $0 == "that" || $0 == "ob" }
        let cueBeforeThat = thatIndex.map { i in lower[..<i].contains { Self.speechCues.contains($0) } } ?? false
        let denialAfterThat = thatIndex.map { i in
            lower[i...].contains { w in Self.denialPrefixes.contains { w.hasPrefix($0) } || Self.confirmPrefixes.contains { w.hasPrefix($0) } }
        } ?? false
        var kind: QuestionKind = .search
        var subject: String? = nil
        // Accusation cues: beschuldigen, vorwerfen ("wirft … vor", "vorgeworfen"), bezichtigen, accuse.
        let accusation = folded.contains { w in Self.accusationPrefixes.contains { w.hasPrefix($0) } }
            || (lower.contains { ["wirft", "warf", "werfen", "warfen"].contains($0) } && lower.contains("vor"))
        if cueBeforeThat && denialAfterThat && (startsWho || startsWhat) {
            kind = .speaker
        } else if accusation && !denial && startsWho {
            kind = .accuser
        } else if accusation && !denial && startsWhat {
            kind = .accusation
        } else if startsWhen {
            kind = .when
        } else if denial && (startsWho || (startsWhat && isPersonNoun(w1))) {
            kind = .denier
        } else if denial && startsWhat {
            kind = .denied
        } else if startsWhere {
            kind = .where
        } else if startsHowMany {
            kind = .howMany
        } else if startsWho && lower.count >= 3 && ["ist", "war", "is", "was"].contains(w1) {
            let rest = words.dropFirst(2)
            subject = restText(text, bytes, tokens, from: rest.first?.index)
            if let first = rest.first, Self.determiners.contains(first.lower) || first.text.first?.isLowercase == true {
                kind = .holder
            } else if rest.count >= 1, rest.allSatisfy({ $0.text.first?.isUppercase == true || ["von", "van", "de", "der", "al", "bin"].contains($0.lower) }) {
                kind = .role
            } else {
                kind = .holder
            }
        } else if startsWho && lower.indices.contains(where: { i in Self.speechCues.contains(lower[i]) && !(i + 1 < lower.count && lower[i + 1] == "sich") }) {
            // ("meldete sich … zurück" is no speech.)
            kind = .speaker
        } else if startsWho {
            kind = .who
        } else if startsWhat && Self.roleQuestionNouns.contains(w1) {
            kind = .role
        } else if startsWhat && ["sagte", "sagt", "erklärte", "said", "say", "did"].contains(w1) && !denial {
            kind = lower.contains(where: { ["say", "said", "sagte", "sagt", "erklärte"].contains($0) }) ? .said : .search
        } else if startsWhat && isPersonNoun(w1) {
            kind = lower.contains(where: { Self.speechCues.contains($0) }) ? .speaker : .who
        } else if startsWhat && Self.placeNouns.contains(w1) {
            kind = .where
        }

        // Names: runs of capitalized words after the first word (particles inside a run allowed).
        var names: [String] = []
        var run: [String] = []
        func flush() {
            while let l = run.last, l.first?.isLowercase == true { run.removeLast() }
            if !run.isEmpty { names.append(run.joined(separator: " ")) }
            run = []
        }
        for (k, w) in words.enumerated() {
            let capital = w.text.first?.isUppercase == true
            if k > 0 && capital && !Self.questionWords.contains(w.lower) {
                run.append(w.text)
            } else if !run.isEmpty && ["von", "van", "de", "al", "bin", "di", "da", "du", "le", "la"].contains(w.lower) {
                run.append(w.text)
            } else {
                flush()
            }
        }
        flush()

        let cueLike: Set<String> = ["nicht", "not", "zurück", "konnte", "hat", "hatte", "did", "does"]
        // "Anfang 2008", "Mitte August": a time constraint of the question, not something to look for.
        let months: Set<String> = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
                                   "january", "february", "march", "june", "july", "october", "december"]
        let timeConstraint: Set<Int> = Set(words.indices.filter { k in
            ["anfang", "mitte", "ende", "beginn", "early", "mid", "late"].contains(words[k].lower) && k + 1 < words.count
                && (months.contains(words[k + 1].lower) || (words[k + 1].text.count == 4 && Int(words[k + 1].text) != nil))
        })
        let contentWords = words.enumerated().compactMap { k, w -> String? in
            if timeConstraint.contains(k) { return nil }
            if k == 0 && Self.questionWords.contains(w.lower) { return nil }
            if Self.questionWords.contains(w.lower) && k <= 1 { return nil }
            if StopWords.all.contains(w.lower) || cueLike.contains(w.lower) || Self.auxiliaries.contains(w.lower) { return nil }
            if kind == .denier || kind == .denied {
                let f = Self.fold(w.lower)
                if Self.foldedDenialPrefixes.contains(where: { f.hasPrefix($0) }) || Self.rejectVerbs.contains(w.lower) { return nil }
                if Self.foldedConfirmPrefixes.contains(where: { f.hasPrefix($0) }) { return nil }
            }
            if kind == .role && Self.roleQuestionNouns.contains(w.lower) { return nil }
            if kind == .accuser || kind == .accusation {
                let f = Self.fold(w.lower)
                if Self.accusationPrefixes.contains(where: { f.hasPrefix($0) }) || ["wirft", "warf", "vor"].contains(w.lower) { return nil }
            }
            if kind == .speaker && Self.speechCues.contains(w.lower) { return nil }
            if kind == .howMany && Self.howManyWords.contains(w.lower) && k <= 1 { return nil }
            if kind == .where && k <= 3 && Self.placeNouns.contains(w.lower) { return nil }
            if kind == .when && k <= 3 && ["jahr", "tag", "monat", "datum", "year", "date", "day", "month"].contains(w.lower) { return nil }
            return w.text
        }

        if kind == .role && subject == nil {
            subject = names.first
        }
        if kind == .said {
            subject = names.first
        }
        var question = Question(text: text, kind: kind, language: english ? "en" : "de", subject: subject, names: names,
                                contentWords: contentWords, asksNotConfirmed: notConfirmed && !hasDenialVerb)
        question.predicate = english ? nil : Self.predicate(words.map(\.text))
        return question
    }

    static let auxiliaries: Set<String> = ["wurde", "wurden", "wird", "werden", "hat", "hatte", "hatten", "haben", "ist", "war", "waren", "sind",
                                           "konnte", "konnten", "kann", "soll", "sollte", "sollen", "muss", "musste", "mussten", "will", "wollte", "darf", "durfte"]

    /// The main verb of a German W-question: the word after the question word unless it is an auxiliary,
    /// else the last word (the participle or infinitive: "Wann wurde X verhaftet?"). Lowercase words only.
    /// Light verbs carry little meaning of their own ("fand … statt", "gab es"): never the predicate.
    static let lightVerbs: Set<String> = ["fand", "fanden", "findet", "finden", "statt", "gab", "gibt", "geben", "kam", "kamen", "kommt",
                                          "ging", "gingen", "geht", "stand", "steht", "lag", "liegt", "machte", "macht", "erfolgte", "erfolgt"]

    static func predicate(_ words: [String]) -> String? {
        guard words.count >= 3 else { return nil }
        let second = words[1]
        if lightVerbs.contains(second.lowercased()) { return nil }
        if second.first?.isLowercase == true, !auxiliaries.contains(second), !StopWords.all.contains(second), !questionWords.contains(second) {
            return second
        }
        if auxiliaries.contains(second.lowercased()), let last = words.last, last.first?.isLowercase == true, !StopWords.all.contains(last), !lightVerbs.contains(last) {
            return last
        }
        return nil
    }

    private func isPersonNoun(_ w: String) -> Bool {
        ["person", "personen", "politiker", "politikerin", "sender", "zeitung", "nachrichtenagentur", "agentur", "partei", "organisation",
         "mannschaft", "team", "verein", "spieler", "spielerin", "minister", "ministerin", "firma", "unternehmen", "behörde", "regierung",
         "person", "people", "newspaper", "agency", "party", "organization", "organisation", "team", "club", "player", "company", "broadcaster", "station", "minister", "politician", "country", "land", "länder", "staaten", "staat"].contains(w)
    }

    private func restText(_ text: String, _ bytes: [UInt8], _ tokens: [Token], from tokenIndex: Int?) -> String? {
        guard let tokenIndex else { return nil }
        var end = tokens.count
        while end > tokenIndex, tokens[end - 1].kind == .punctuation { end -= 1 }
        guard end > tokenIndex else { return nil }
        return String(decoding: bytes[Int(tokens[tokenIndex].start)..<Int(tokens[end - 1].end)], as: UTF8.self)
    }
}
