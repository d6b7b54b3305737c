// Person candidates: given-name, listed-surname, role, apposition, speech-cue and bare-surname rules.
import WordLists
import TextAnalysis

extension Run {
    func findPersons(in r: Range<Int>) -> [PersonCandidate] {
        var out = givenNamePersons(in: r)
        out += listedSurnamePersons(in: r)
        out += rolePrefixedPersons(in: r)
        out += appositionPersons(in: r)
        out += speechCuePersons(in: r)
        out += findBareSurnames(in: r)
        return out
    }

    /// Rule 1: names anchored on a known given name ("Anna-Lena Brandt", "Franz von Papen").
    func givenNamePersons(in r: Range<Int>) -> [PersonCandidate] {
        var out: [PersonCandidate] = []
        var i = r.lowerBound
        // 1. Given-name anchored names.
        while i < r.upperBound {
            let t = toks[i]
            guard t.isCapitalized, t.isGivenName, !Self.isFunctionWord(t) else { i += 1; continue }
            var j = i + 1
            var givenCount = 1
            while j < r.upperBound, toks[j].isCapitalized, toks[j].isGivenName || Self.isInitial(j, toks, r) {
                j += Self.isInitial(j, toks, r) ? 2 : 1
                givenCount += 1
            }
            var surnames = 0
            while j < r.upperBound, surnames < 3 {
                let u = toks[j]
                // An article after a surname is no name particle ("Renate Schmidt den Nerv").
                if surnames > 0, ["den", "dem", "das", "die"].contains(u.text) { break }
                if let after = particlesEnd(j, in: r) { j = after + 1; surnames += 1; continue }
                if Concepts.isHyphenJoinedParticleName(u.text) { j += 1; surnames += 1; continue }
                if Self.isInitial(j, toks, r) { j += 2; continue }
                if surnames > 0, Self.looksLikePluralNoun(u.lower) { break }
                // A common noun or place after a surname starts the next phrase ("Matthew Williams Liebeskummer").
                if surnames > 0, u.isCapitalized, !Lexicons.nounSurnames.contains(u.text),
                   Lexicons.isCommonNoun(u.text) || Self.isPlace(u.text) || Self.isOrdinaryWord(u.text) { break }
                if Self.isSurnameLike(u, afterGivenName: true) || (u.isCapitalized && Self.isPlace(u.text) && surnames == 0 && !Self.isFunctionWord(u) && !Lexicons.isCommonNoun(u.text)) {
                    j += 1; surnames += 1; continue
                }
                // A common noun as the only surname, when no noun phrase continues ("Christiane Holländer, …",
                // "Jonas Hirsch sagte").
                if surnames == 0, u.isCapitalized, Lexicons.isCommonNoun(u.text), !Self.isRoleNoun(u),
                   !Self.isAmbiguousGivenName(t.text), !Lexicons.calendarWords.contains(u.text), !Self.isFunctionWord(u),
                   j + 1 >= r.upperBound || toks[j + 1].kind == .punctuation || toks[j + 1].isLowerWord {
                    j += 1; surnames += 1; continue
                }
                // Regnal numbers: "Elisabeth II.".
                if Lexicons.regnalNumbers.contains(u.text), j + 1 < r.upperBound, toks[j + 1].text == "." {
                    j += 2; surnames += 1; continue
                }
                break
            }
            if j < r.upperBound, toks[j].isCapitalized, Lexicons.nameBasedHeads.contains(toks[j].text) {
                // A name inside a longer proper name ("Jones House", "Lee Strasberg Theatre").
                i = j + 1; continue
            }
            if surnames > 0 || givenCount > 1 {
                out.append(PersonCandidate(first: i, end: j, strong: true))
            } else if !Self.isAmbiguousGivenName(t.text) && !Self.isPlace(t.text) && !Lexicons.isCommonNoun(t.text),
                      i == r.lowerBound || !toks[i - 1].isCapitalized || Self.isFunctionWord(toks[i - 1]) || Self.isRoleNoun(toks[i - 1]),
                      !(i >= 2 && toks[i - 1].text == "." && ["St", "Sankt"].contains(toks[i - 2].text)),
                      !(i >= 1 && toks[i - 1].text == "Sankt") {
                // A lone given name after another capitalized word is part of some other name ("Hotel Maria").
                out.append(PersonCandidate(first: i, end: i + 1, strong: false))
            }
            i = max(j, i + 1)
        }
        return out
    }

    /// Rules 1b and 1c: well-known and listed surnames on their own, and a name run before a party.
    func listedSurnamePersons(in r: Range<Int>) -> [PersonCandidate] {
        var out: [PersonCandidate] = []
        // 1b. Well-known surnames on their own ("Merkel", "Stalin").
        for k in r where Lexicons.knownSurnames.contains(toks[k].text) || (toks[k].text.hasSuffix("s") && Lexicons.knownSurnames.contains(String(toks[k].text.dropLast()))) {
            out.append(PersonCandidate(first: k, end: k + 1, strong: false))
        }
        // 1c. Listed surnames that are no German or English words ("Tarantino"), and a name run before a party
        // in parentheses ("Pinkwart ( FDP )").
        for k in r where toks[k].isCapitalized && Self.isSurnameLike(toks[k], afterGivenName: false) {
            let t = toks[k]
            if k > r.lowerBound, Lexicons.determiners.contains(toks[k - 1].lower) { continue }
            // A listed surname alone at the start of a sentence is no evidence ("Hofstetter operierte …").
            let listedOK = k > r.lowerBound
            let base = t.text.hasSuffix("s") ? String(t.text.dropLast()) : t.text
            if listedOK, Lexicons.listedSurnames.contains(t.text) || Lexicons.listedSurnames.contains(base) {
                let next = k + 1 < r.upperBound ? toks[k + 1] : nil
                if next == nil || next!.kind != .word || next!.isLowerWord {
                    // With initials before it: "H. Dietz", "Robert R. Livingston" (the given name joins by rule 1).
                    var first = k
                    while first - 2 >= r.lowerBound, Self.isInitial(first - 2, toks, r) { first -= 2 }
                    out.append(PersonCandidate(first: first, end: k + 1, strong: first < k))
                }
            }
            if let end = nameRun(from: k, in: r), end + 2 < r.upperBound, toks[end].text == "(",
               Lexicons.parties.contains(toks[end + 1].text), toks[end + 2].text == ")" {
                out.append(PersonCandidate(first: k, end: end, strong: true))
            }
        }
        return out
    }

    /// Rule 2: a role noun or title right before name parts.
    func rolePrefixedPersons(in r: Range<Int>) -> [PersonCandidate] {
        var out: [PersonCandidate] = []
        // 2. Role noun (or title) right before name parts: "Bürgermeister Müller", "Dr. Müller".
        for k in r where Self.isRoleNoun(toks[k]) || Lexicons.titles.contains(toks[k].text) {
            var j = k + 1
            if Lexicons.titles.contains(toks[k].text), j < r.upperBound, toks[j].text == "." { j += 1 }
            // "Frau"/"Herr" after an article are common nouns ("die Frau").
            if ["Frau", "Herr", "Herrn"].contains(toks[k].text), k > r.lowerBound, toks[k - 1].isLowerWord { continue }
            while j < r.upperBound, Lexicons.titles.contains(toks[j].text) {
                j += 1
                if j < r.upperBound, toks[j].text == "." { j += 1 }
            }
            if let end = nameRun(from: j, in: r) {
                out.append(PersonCandidate(first: j, end: end, strong: true))
            } else if j == k + 1, j + 1 < r.upperBound, isSurnameAfterRole(j), toks[j + 1].isLowerWord || toks[j + 1].text == ",",
                      k == r.lowerBound || !Self.obliqueArticles.contains(toks[k - 1].lower) {
                // A surname that is also a common noun, right after the role and before the verb or a comma
                // ("Verbandspräsident Zwanziger sagte"): the role says it names a person.
                out.append(PersonCandidate(first: j, end: j + 1, strong: true))
            }
        }
        return out
    }

    /// Articles and fused prepositions of an oblique case: after them a capitalized adjective is no role ("dem Obersten Gericht").
    static let obliqueArticles: Set<String> = ["dem", "den", "des", "einem", "einen", "eines", "vom", "zum", "zur", "beim", "im", "am", "ins"]

    /// A capitalized word after a role noun that may be a surname although it is also a common noun: no function word,
    /// role, organisation word, place, calendar word or plural-looking noun.
    func isSurnameAfterRole(_ j: Int) -> Bool {
        let t = toks[j]
        guard t.isCapitalized, !t.isAllCaps, t.text.count >= 3, !Self.isFunctionWord(t), !Self.isRoleNoun(t), !Self.isOrganisationWord(t) else { return false }
        return !Self.isPlace(t.text) && !Lexicons.calendarWords.contains(t.text) && !t.text.contains(where: \.isNumber)
            && !Self.hasNounEnding(t.lower)
    }

    /// Rules 3 and 4: a role apposition before or after the name.
    func appositionPersons(in r: Range<Int>) -> [PersonCandidate] {
        var out: [PersonCandidate] = []
        // 3. Apposition before the name: "die Sprecherin der Stadtwerke, Ina Roth,".
        for k in r where toks[k].text == "," && k + 1 < r.upperBound {
            guard let end = nameRun(from: k + 1, in: r) else { continue }
            let after = end < r.upperBound ? toks[end].text : "."
            guard [",", ".", ";", ":", "–", ")"].contains(after) else { continue }
            if roleBefore(nameStart: k + 1, in: r, allowComma: true) != nil {
                out.append(PersonCandidate(first: k + 1, end: end, strong: true))
            }
        }
        // 4. Apposition after the name: "Müller, ein Sprecher der Stadtwerke, sagte".
        for k in r where k == r.lowerBound || !toks[k - 1].isCapitalized {
            guard var end = nameRun(from: k, in: r), end < r.upperBound else { continue }
            // A last name part that is also an ordinary word, right before the apposition ("Lim Soo Eng, die Sprecherin …").
            if toks[end].text != ",", end - k < 3, end + 1 < r.upperBound, toks[end + 1].text == ",", toks[end].isCapitalized,
               !Lexicons.isCommonNoun(toks[end].text), !Self.isFunctionWord(toks[end]), !Self.isPlace(toks[end].text) {
                end += 1
            }
            guard toks[end].text == "," else { continue }
            if roleAfterComma(end, in: r) != nil { out.append(PersonCandidate(first: k, end: end, strong: true)) }
        }
        return out
    }

    /// Rule 5: speech cues and titles around a name.
    func speechCuePersons(in r: Range<Int>) -> [PersonCandidate] {
        var out: [PersonCandidate] = []
        // 5. Speech cues: "sagte Müller", ", so Müller", "Müller zufolge", "Müller sagte".
        for k in r where toks[k].isCapitalized {
            guard let end = nameRun(from: k, in: r) else { continue }
            let prev = k > r.lowerBound ? toks[k - 1] : nil
            let next = end < r.upperBound ? toks[end] : nil
            let nextIsBoundary = next == nil || next!.kind == .punctuation || next!.isLowerWord
            var cue = false
            if let p = prev, Lexicons.speechVerbs.contains(p.lower), p.isLowerWord, nextIsBoundary {
                cue = true
            }
            if let p = prev, p.lower == "so", p.isLowerWord, k - 2 >= r.lowerBound,
               [",", "“", "\"", "«", "»"].contains(toks[k - 2].text), next == nil || next!.kind == .punctuation {
                cue = true
            }
            if let n = next, n.lower == "zufolge", prev == nil || !prev!.isLowerWord { cue = true }
            if let n = next, Lexicons.speechVerbs.contains(n.lower), n.isLowerWord,
               prev == nil || [",", "„", "“", "\"", ":", "–", "»", "«"].contains(prev!.text) {
                cue = true
            }
            if end == k + 1, !toks[k].isGivenName, !Lexicons.knownSurnames.contains(toks[k].text),
               toks[k].lower.hasSuffix("en") || toks[k].lower.hasSuffix("ern") {
                cue = false  // bare plural-looking nouns ("Studien zufolge")
            }
            if end == k + 1, let n = next, n.isLowerWord, SeparableVerbForms.isParticle(n.lower),
               end + 1 >= r.upperBound || toks[end + 1].kind == .punctuation,
               !toks[k].isGivenName, !Lexicons.knownSurnames.contains(toks[k].text),
               !Lexicons.listedSurnames.contains(toks[k].text), Self.hasCommonNounHead(toks[k].text) {
                cue = false  // a compound noun as the object of a verb with its particle ("rief Katastrophenalarm aus.")
            }
            var first = k
            if titleBefore(k) {
                cue = true
                if let p = prev, ["Lady", "Lord", "Sir", "Dame"].contains(p.text) { first = k - 1 }
            }
            if cue { out.append(PersonCandidate(first: first, end: end, strong: true)) }
        }
        return out
    }

    /// Auxiliaries, modals and frequent strong past forms that may stand right before an inverted subject.
    static let finiteVerbForms: Set<String> = WordLists.set("verbs/finite-verb-forms.txt")

    /// Lower-case words ending like a finite verb that are no verbs.
    static let nonVerbsEndingInT: Set<String> = Lexicons.words("""
        nicht jetzt selbst erst meist zumeist zuletzt längst bereits somit zunächst bislang bisher seit nebst samt
        recht gut bestimmt zuerst jeweils erneut selbstverständlich insbesondere weit breit ganze halbe beste erste
        zweite dritte vierte fünfte letzte nächste größte meiste meisten gerade heute
        """)

    /// A lower-case word that looks like a finite verb ("sagte", "hatte", "gehört", "stieg").
    func isFiniteVerbLike(_ i: Int, in r: Range<Int>) -> Bool {
        guard r.contains(i) else { return false }
        let t = toks[i]
        guard t.isLowerWord, t.text.count >= 3 else { return false }
        if Self.finiteVerbForms.contains(t.lower) || Lexicons.speechVerbs.contains(t.lower) { return true }
        if Self.isFunctionWord(t) || Lexicons.determiners.contains(t.lower) || Lexicons.nameParticles.contains(t.lower)
            || Cues.adverbs.contains(t.lower) || Self.nonVerbsEndingInT.contains(t.lower) { return false }
        guard t.lower.hasSuffix("te") || t.lower.hasSuffix("t") else { return false }
        // Superlatives ("populärste"), but not "musste", "passte".
        if t.lower.hasSuffix("ste"), !t.lower.hasSuffix("sste") { return false }
        // An inflected adjective or participle after an article or preposition ("die geplante Reform").
        if i > r.lowerBound, toks[i - 1].isLowerWord, Lexicons.determiners.contains(toks[i - 1].lower) || Self.isFunctionWord(toks[i - 1]) && !["sich", "es", "er", "sie", "man"].contains(toks[i - 1].lower) {
            return false
        }
        return true
    }

    /// Foreign surname endings ("Demirović", "Kowalski", "Kulikow", "Popescu", "Nilsson").
    static let foreignSurnameEndings = ["ić", "ič", "vic", "ski", "ska", "sky", "skij", "ow", "owa", "ova", "ová", "enko", "escu", "sson", "poulos", "wicz", "czyk", "aschwili"]

    /// Whether the token after a bare name closes it: punctuation, a lower-case word or the sentence end.
    func closesName(_ end: Int, in r: Range<Int>) -> Bool {
        end >= r.upperBound || toks[end].kind == .punctuation || toks[end].isLowerWord
    }

    /// Bare surnames found by their syntax: the inverted subject after a finite verb ("Damit hatte Gallus …",
    /// "distanzierte sich Moein"), the subject at the start of a sentence before a finite verb ("Kolb war …"),
    /// a genitive before a noun ("Zabels Entscheidung"), a foreign surname ending ("Demirović") and an age
    /// in parentheses ("Müller ( 45 )").
    func findBareSurnames(in r: Range<Int>) -> [PersonCandidate] {
        var out: [PersonCandidate] = []
        for k in r where toks[k].isCapitalized && Self.isSurnameLike(toks[k], afterGivenName: false) {
            let t = toks[k]
            if t.lower.hasSuffix("en") || t.lower.hasSuffix("ern") { if !Lexicons.knownSurnames.contains(t.text) { continue } }
            let end = k + 1
            guard closesName(end, in: r), !Self.hasCommonNounHead(t.text), !Self.isOrdinaryWord(t.text) else { continue }
            let prev = k > r.lowerBound ? toks[k - 1] : nil
            var cue = false
            // Inverted subject: "hatte Schulz seine …", "distanzierte sich Moein von …". The clause goes on
            // after the name (an object noun ends its phrase: "studierte Medizin ."), and a copula takes
            // predicate nouns ("war Gast").
            let verbIndex = prev?.lower == "sich" ? k - 2 : k - 1
            if let p = prev, p.isLowerWord, isFiniteVerbLike(verbIndex, in: r), !Lexicons.copulas.contains(toks[verbIndex].lower),
               end < r.upperBound, toks[end].isLowerWord, !["und", "oder", "sowie", "zu", "als"].contains(toks[end].lower) {
                cue = true
            }
            // Sentence-initial subject: "Kolb war", "Blakemore benutzte".
            if k == r.lowerBound || ["„", "\"", "»", "«", "“", ":"].contains(prev!.text), end < r.upperBound, !Self.looksLikeSentenceAdverb(t.lower) {
                let n = toks[end]
                // Only auxiliaries, modals and frequent strong forms: a full verb alone is no evidence
                // ("Hofstetter operierte den Patienten" may open a report about a clinic).
                if n.isLowerWord, Self.finiteVerbForms.contains(n.lower) {
                    cue = true
                }
            }
            // Age in apposition: "Müller ( 45 )", "Müller , 45 ,".
            if end + 2 < r.upperBound, ["(", ","].contains(toks[end].text), toks[end + 1].kind == .number,
               let age = Int(toks[end + 1].text), (1...110).contains(age), [")", ","].contains(toks[end + 2].text) {
                cue = true
            }
            // Foreign surname endings.
            if end == k + 1, t.text.count >= 5, Self.foreignSurnameEndings.contains(where: { t.text.hasSuffix($0) }),
               prev == nil || !Lexicons.determiners.contains(prev!.lower) {
                cue = true
            }
            if cue {
                // With initials before it: "W. Fesenko".
                var first = k
                while first - 2 >= r.lowerBound, Self.isInitial(first - 2, toks, r) { first -= 2 }
                out.append(PersonCandidate(first: first, end: end, strong: true))
            }
        }
        // Genitives before a noun: "Zabels Entscheidung", "Nerudas gesundheitliche Verfassung".
        for k in r where toks[k].isCapitalized && toks[k].text.hasSuffix("s") && toks[k].text.count >= 4 {
            let t = toks[k]
            let base = String(t.text.dropLast())
            guard !Lexicons.isCommonNoun(t.text), !Self.isFunctionWord(t), !Self.isPlace(t.text),
                  !Self.isOrganisationWord(t), !Self.genitiveLookalikes.contains(t.lower),
                  let last = base.last, !"sxzß".contains(last) else { continue }
            let bt = EntityToken(text: base, lower: base.lowercased(), range: t.range, kind: .word, sentence: t.sentence)
            guard Self.isSurnameLike(bt, afterGivenName: false) || bt.isGivenName, !Self.isOrdinaryWord(base), !Self.isOrdinaryWord(t.text),
                  !(Self.isAmbiguousGivenName(base)) else { continue }
            if k > r.lowerBound {
                let p = toks[k - 1]
                if Lexicons.determiners.contains(p.lower) || (p.isCapitalized && !Self.isFunctionWord(p)) { continue }
            }
            var n = k + 1
            while n < r.upperBound, Self.isAdjectiveShaped(toks[n]) { n += 1 }
            guard n < r.upperBound, toks[n].isCapitalized, !Self.isFunctionWord(toks[n]),
                  Lexicons.isCommonNoun(toks[n].text) || Self.hasNounEnding(toks[n].lower) || Self.isRoleNoun(toks[n]) else { continue }
            out.append(PersonCandidate(first: k, end: k + 1, strong: true))
        }
        return out
    }

    /// Whether a capitalized word at the start of a sentence is rather an adverb, pronoun, adjective or
    /// participle than a name ("Immerhin", "Dies", "Unklar", "Gegründet").
    static func looksLikeSentenceAdverb(_ lower: String) -> Bool {
        if Lexicons.functionWords.contains(lower) || Cues.adverbs.contains(lower) || Cues.nonNounWords.contains(lower)
            || sentenceAdverbs.contains(lower) { return true }
        if ["hin", "her", "mal", "lich", "ig", "bar", "sam", "los", "isch", "weise", "dings", "iert", "ell", "al"].contains(where: { lower.hasSuffix($0) }) { return true }
        if lower.hasPrefix("ge"), lower.hasSuffix("t"), lower.count >= 6 { return true }
        if lower.hasPrefix("dar") || lower.hasPrefix("wor") || lower.hasPrefix("hier") { return true }
        return false
    }

    /// Sentence-initial words that are no names.
    static let sentenceAdverbs: Set<String> = WordLists.set("words/sentence-adverbs.txt")

    /// A word whose lower-case form is an ordinary German word ("Geld", "Dies"), unless it is a known surname.
    static func isOrdinaryWord(_ w: String) -> Bool {
        Lexicons.wordForms.contains(w.lowercased()) && !Lexicons.knownSurnames.contains(w)
    }

    /// A compound whose head is a listed common noun of four or more letters ("Reihenhaus", "Schlagzeug").
    static func hasCommonNounHead(_ w: String) -> Bool {
        let chars = Array(w)
        guard chars.count >= 7 else { return false }
        // Heads of at most `longestHead` letters: linear in the word's length (a 100,000-letter word loads at once).
        let longestHead = 30
        for i in max(3, chars.count - longestHead)...(chars.count - 4) {
            let head = String(chars[i]).uppercased() + String(chars[(i + 1)...])
            if Lexicons.isCommonNoun(head) { return true }
        }
        return false
    }

    /// Capitalized words ending in -s that are no genitive names ("Anfangs", "Nichts").
    static let genitiveLookalikes: Set<String> = WordLists.set("words/genitive-lookalikes.txt")

    /// Whether a title ("Dr.", "Prof.", "Herr") stands right before token `k`, even across a sentence
    /// break after the abbreviation's dot.
    func titleBefore(_ k: Int) -> Bool {
        var p = k - 1
        if p >= 0, toks[p].text == "." { p -= 1 }
        guard p >= 0, Lexicons.titles.contains(toks[p].text) else { return false }
        if ["Frau", "Herr", "Herrn", "Lady", "Lord"].contains(toks[p].text) {
            // "die Frau", "der Herr" are common nouns; "Frau." is no title.
            if toks[k - 1].text == "." { return false }
            if p > 0, toks[p - 1].isLowerWord { return false }
        }
        return true
    }

    /// If particles start at `j` ("von der", "van", "al") and a surname follows them, the surname's index.
    func particlesEnd(_ j: Int, in r: Range<Int>) -> Int? {
        var p = j
        while p < r.upperBound, toks[p].isLowerWord, Lexicons.nameParticles.contains(toks[p].text), p - j < 3 { p += 1 }
        guard p > j, p < r.upperBound, Self.isSurnameLike(toks[p], afterGivenName: true) else { return nil }
        return p
    }

    /// A plural-looking noun ("Briefe", "Kosten") does not continue a name after its first surname.
    static func looksLikePluralNoun(_ lower: String) -> Bool {
        lower.hasSuffix("e") || lower.hasSuffix("en") || lower.hasSuffix("ern")
    }

    /// A run of 1–3 surname-like tokens (particles and given names allowed inside) starting at `k`.
    func nameRun(from k: Int, in r: Range<Int>) -> Int? {
        guard k < r.upperBound else { return nil }
        let t = toks[k]
        guard t.isCapitalized else { return nil }
        let startsWithGiven = t.isGivenName && !Self.isFunctionWord(t)
        guard startsWithGiven || Self.isSurnameLike(t, afterGivenName: false) else { return nil }
        var j = k + 1
        var parts = 1
        while j < r.upperBound, parts < 3 {
            let u = toks[j]
            // An article after a surname is no name particle ("Renate Schmidt den Nerv").
            if parts >= 2, !toks[j - 1].isGivenName, ["den", "dem", "das", "die"].contains(u.text) { break }
            if let after = particlesEnd(j, in: r) { j = after + 1; parts += 1; continue }
            // A particle joined to its name part by a hyphen ("al-Faki") inside a name after its first part.
            if Concepts.isHyphenJoinedParticleName(u.text) { j += 1; parts += 1; continue }
            if Self.isInitial(j, toks, r) { j += 2; continue }
            if Self.looksLikePluralNoun(u.lower) { break }
            // After a surname, a common noun, place or ordinary word starts the next phrase ("… Matthew Williams Liebeskummer").
            if parts >= 2, !toks[j - 1].isGivenName, u.isCapitalized, !u.isGivenName, !Lexicons.nounSurnames.contains(u.text),
               Lexicons.isCommonNoun(u.text) || Self.isPlace(u.text) || Self.isOrdinaryWord(u.text) { break }
            if u.isCapitalized, u.isGivenName || Self.isSurnameLike(u, afterGivenName: startsWithGiven) {
                j += 1; parts += 1; continue
            }
            break
        }
        return j
    }
}
