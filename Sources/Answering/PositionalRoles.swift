import Corpus
import TextAnalysis
import Retrieval
import Facts
import WordLists

/// Where a descriptor stands next to a name, in the order `answerPositionalRole` prefers them.
enum DescriptorPosition: Int, Comparable {
    /// A common noun right before the name ("unser Kameramann Ole Varden", "zuständige Vorstand Ole Varden").
    case premodifier
    /// A noun phrase after the name and a comma, opened by an article ("Ole Varden, der Leiter des Archivs, …").
    case appositionAfter
    /// A noun phrase that opens the sentence and ends in a comma right before the name ("Der Leiter des Archivs, Ole Varden, …").
    case appositionBefore
    /// The institution after "von"/"vom"/"aus dem" ("Ole Varden von der Stadtbibliothek").
    case affiliation

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    var name: String {
        switch self {
        case .premodifier: "premodifier"
        case .appositionAfter: "apposition after the name"
        case .appositionBefore: "apposition before the name"
        case .affiliation: "affiliation"
        }
    }
}

// "Wer ist X?" when no role noun of the lexicon is stated with the name: the descriptor that stands next to it. German
// news introduce a person with a noun phrase in one of four places (the close and loose apposition of German
// grammars, and the prepositional attribute): a noun right before the name, an apposition after or before it, or the
// institution after "von". Any common noun there describes the person, listed as a role or not ("Ausstatter",
// "Verwalter", "Vorstand").
extension Answerer {
    /// The descriptor next to a mention of the question's person, read from the text (the person need not be a
    /// recognized entity). Sentences are those whose index terms hold the name's rarest word, in agreeing documents;
    /// the best position wins, then the earliest sentence. `nil` when no mention has a descriptor.
    /// A question with a word of `occupation-word` ("Welchen Beruf hat X?") takes only role and agent nouns; others
    /// ("Wer ist X?", "Welche Rolle hat X?") any noun, and "Wer ist X?" the affiliation too.
    func answerPositionalRole(_ q: Question) -> Answer? {
        let occupation = q.words.contains { QuestionWords.shared.contains(NameKey.of($0.lowercased()), .occupationWord) }
        let affiliation = q.row == "role.who-is-name" || q.row == "holder.who-is-the" || q.row == "holder.what-name-of"
        guard let asked = q.subject ?? q.names.first else { return nil }
        let subject = Self.withoutArticle(asked)
        // A person's name (two words, or one that is no common noun: not the "Vereine" of "Als was treten Vereine auf?"); its
        // sentences are read from the postings of its rarest word.
        let words = subject.split(separator: " ").map(String.init)
        let nameKeys = words.map { NameKey.of($0) }
        guard !nameKeys.isEmpty, let last = words.last, words.count >= 2 || (last.first?.isUppercase == true && !LexiconQueries.isCommonNoun(last)),
              let postings = words.flatMap({ analyzer.terms(of: $0) }).compactMap({ knowledgeBase.index.postingList($0) })
                .min(by: { $0.documentFrequency < $1.documentFrequency }) else { return nil }
        var best: (position: DescriptorPosition, ref: SentenceRef, text: String)? = nil
        for s in postings.sentences.prefix(400) {
            let ref = knowledgeBase.index.sentenceRefs[Int(s)]
            guard documentAgrees(ref.document, q, except: subject) else { continue }
            let doc = knowledgeBase.documents[ref.document]
            let toks = Array(doc.sentences[ref.sentence].tokens)
            let keys = toks.map { NameKey.of(doc.surface($0)) }
            var k = 0
            while k + nameKeys.count <= toks.count {
                defer { k += 1 }
                guard Array(keys[k..<k + nameKeys.count]) == nameKeys else { continue }
                let reader = DescriptorReader(doc: doc, toks: toks, keys: keys, occupation: occupation)
                // The institution a person works for answers "Wer ist X?", not "Welchen Beruf hat X?".
                guard let found = reader.descriptor(nameStart: k, nameEnd: k + nameKeys.count, affiliation: affiliation),
                      !questionHolds(found.text, q) else { continue }
                if best == nil || found.position < best!.position || (found.position == best!.position && ref < best!.ref) {
                    best = (found.position, ref, found.text)
                }
            }
        }
        guard let b = best else { return nil }
        return Answer(question: q.text, kind: .role, text: b.text, speaker: subject, citations: [citation(b.ref)],
                      confidence: 0.5, explanation: "descriptor of \(subject) next to the name (\(b.position.name))")
    }
}

extension Answerer {
    /// Whether a "Wer ist der …?" question names someone rather than a role: its subject is capitalized words with no
    /// role noun among them ("Wer ist der Dalai Lama?", not "Wer ist der Trainer des Vereins?").
    func namesSomeone(_ q: Question) -> Bool {
        guard q.row == "holder.who-is-the" || q.row == "holder.what-name-of", let subject = q.subject else { return false }
        let words = Self.withoutArticle(subject).split(separator: " ").map(String.init)
        return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase == true && !LexiconQueries.isRoleNoun($0) }
    }

    /// A name without the article a question puts before it ("der Dalai Lama" → "Dalai Lama").
    static func withoutArticle(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, let first = words.first, DescriptorReader.articles.contains(first.lowercased()) else { return name }
        return words.dropFirst().joined(separator: " ")
    }

    /// Whether every content term of a descriptor is among the question's terms (it restates the question).
    func questionHolds(_ descriptor: String, _ q: Question) -> Bool {
        let asked = Set(q.words.flatMap { analyzer.terms(of: $0) })
        let terms = analyzer.terms(of: descriptor)
        return !terms.isEmpty && terms.allSatisfy { asked.contains($0) }
    }
}

/// Reads the descriptor next to a name in one sentence's tokens (`toks`: document token indices; `keys`: their folded
/// forms, `NameKey.of`).
struct DescriptorReader {
    let doc: AnalyzedDocument
    let toks: [Int]
    let keys: [String]
    /// The question asks for an occupation or office, not for any description of the person.
    let occupation: Bool

    /// Definite and indefinite articles (`words/determiners.txt`), and the English ones.
    static let articles: Set<String> = Set(Concepts.determiners(["definite", "indefinite"])).union(["the", "a", "an"])
    /// Possessive determiners (`words/determiners.txt`), German and English.
    static let possessives: Set<String> = Set(Concepts.determiners(["possessive", "english"])).subtracting(articles)

    func surface(_ t: Int) -> String { doc.surface(toks[t]) }
    func isWord(_ t: Int) -> Bool { doc.tokens[toks[t]].kind == .word }
    func isLower(_ t: Int) -> Bool { isWord(t) && surface(t).first?.isLowercase == true }

    /// A capitalized common noun that is no given name, place or function word ("Ausstatter", "Vorstand").
    func isDescriptorNoun(_ t: Int) -> Bool {
        guard isWord(t) else { return false }
        let w = surface(t)
        guard w.first?.isUppercase == true, w.count >= 3, !LexiconQueries.isFunctionWord(w.lowercased()),
              !LexiconQueries.isGivenName(w), !LexiconQueries.isPlaceName(w) else { return false }
        // An occupation question ("Welchen Beruf hat X?") needs a role or agent noun; "Wer ist X?" takes any descriptor.
        return LexiconQueries.isRoleNoun(w) || LexiconQueries.isAgentNoun(w) || (!occupation && LexiconQueries.isNounLike(w))
    }

    /// An inflected attribute between an article and its noun ("zuständigen", "australischen", "ehemalige").
    func isAttribute(_ t: Int) -> Bool {
        guard isLower(t), !LexiconQueries.isFunctionWord(keys[t]), !LexiconQueries.isAuxiliary(keys[t]),
              !LexiconQueries.isSpeechCue(keys[t]) else { return false }
        return ["e", "en", "er", "es", "em"].contains { keys[t].hasSuffix($0) }
    }

    func text(_ a: Int, _ b: Int) -> String {
        doc.text(Int(doc.tokens[toks[a]].start)..<Int(doc.tokens[toks[b - 1]].end))
    }

    func descriptor(nameStart k: Int, nameEnd e: Int, affiliation allowed: Bool) -> (position: DescriptorPosition, text: String)? {
        if let p = premodifier(k) { return (.premodifier, p) }
        if let p = appositionAfter(e) { return (.appositionAfter, p) }
        if let p = appositionBefore(k, e) { return (.appositionBefore, p) }
        if allowed, let p = affiliation(e) { return (.affiliation, p) }
        return nil
    }

    /// "[Artikel] [Attribute] Nomen NAME": the noun, with its attributes when an article or possessive opens them.
    func premodifier(_ k: Int) -> String? {
        guard k >= 1, isDescriptorNoun(k - 1) else { return nil }
        var first = k - 1
        while first >= 1, first > k - 5, isAttribute(first - 1) { first -= 1 }
        let opener = first >= 1 ? keys[first - 1] : ""
        let determined = Self.articles.contains(opener) || Self.possessives.contains(opener)
        if !determined { first = k - 1 }
        // A noun at the opening of the sentence with nothing before it may be a sentence adverb's capital; it needs an
        // article or possessive, a punctuation mark or word before it, or must be listed as a role.
        guard determined || first >= 1 || LexiconQueries.isRoleNoun(surface(k - 1)) else { return nil }
        return text(first, k)
    }

    /// "NAME, der/den [Attribute] Nomen [Attribut …]," up to the next comma, at most eight words.
    func appositionAfter(_ e: Int) -> String? {
        guard e + 2 < toks.count, surface(e) == ",", Self.articles.contains(keys[e + 1]) else { return nil }
        var n = e + 2
        while n < toks.count, n < e + 6, isAttribute(n) { n += 1 }
        guard n < toks.count, isDescriptorNoun(n) else { return nil }
        var end = n + 1
        while end < toks.count, end < e + 2 + 8, isWord(end) || surface(end) == "-" {
            // A finite verb or a relative clause ends the phrase ("…, der Leiter, sagte").
            if isLower(end), LexiconQueries.isAuxiliary(keys[end]) || LexiconQueries.isSpeechCue(keys[end]) { break }
            end += 1
        }
        return text(e + 2, end)
    }

    /// "Der [Attribute] Nomen [Genitiv …], NAME, …" at the opening of the sentence (or after a colon), the apposition
    /// closed by a comma after the name.
    func appositionBefore(_ k: Int, _ e: Int) -> String? {
        // "…, der Dalai Lama, …": an article may open the name.
        let comma = k >= 1 && Self.articles.contains(keys[k - 1]) ? k - 2 : k - 1
        guard comma >= 2, surface(comma) == ",", e < toks.count, surface(e) == "," else { return nil }
        var d = comma - 1
        while d > 0, comma - 1 - d < 10, isWord(d) { d -= 1 }
        if !isWord(d) { d += 1 }
        guard d < comma - 1, d == 0 || [":", "–", "-"].contains(surface(d - 1)), Self.articles.contains(keys[d]) else { return nil }
        var n = d + 1
        while n < comma, isAttribute(n) { n += 1 }
        guard n < comma, isDescriptorNoun(n) else { return nil }
        return text(d + 1, comma)
    }

    /// "NAME von der / vom / aus dem Institution": up to four capitalized words or numbers ("von der MA 22").
    func affiliation(_ e: Int) -> String? {
        guard e + 1 < toks.count, ["von", "vom", "aus", "from", "of"].contains(keys[e]) else { return nil }
        var p = e + 1
        let hasArticle = ["der", "dem", "den", "the"].contains(keys[p])
        if hasArticle { p += 1 }
        // "aus Quellheim" names where someone comes from, not an institution.
        guard keys[e] != "aus" || hasArticle || keys[e] == "vom" else { return nil }
        var end = p
        while end < toks.count, end < p + 4 {
            let w = surface(end)
            let capital = isWord(end) && w.first?.isUppercase == true && !LexiconQueries.isFunctionWord(keys[end])
            let number = doc.tokens[toks[end]].kind == .number
            guard capital || (number && end > p) else { break }
            end += 1
        }
        guard end > p else { return nil }
        // A single place name is an origin ("von Quellheim"), not an affiliation.
        if end == p + 1, LexiconQueries.isPlaceName(surface(p)) { return nil }
        return text(e, end)
    }
}
