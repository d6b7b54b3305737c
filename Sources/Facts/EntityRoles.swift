// Roles stated with a person's name: premodifier, apposition and copula role phrases with their complements.
import TextAnalysis

extension Run {
    /// The role stated with the name at tokens `first..<end`.
    func findRole(_ first: Int, _ end: Int) -> (TextSpan, String)? {
        let r = sentenceRanges[toks[first].sentence]
        var start = first
        // Skip titles before the name ("Dr.", "Prof.").
        while start > r.lowerBound {
            let p = toks[start - 1]
            if p.text == ".", start - 2 >= r.lowerBound, Lexicons.titles.contains(toks[start - 2].text) { start -= 2; continue }
            if Lexicons.titles.contains(p.text), !Self.isRoleNoun(p) { start -= 1; continue }
            break
        }
        if let role = roleBefore(nameStart: start, in: r, allowComma: true) { return role }
        if end < r.upperBound, toks[end].text == ",", let role = roleAfterComma(end, in: r) { return role }
        // The relative clause or apposition may follow the clause-final verb or its separable particle ("wurde von X
        // gehalten, der … ist", "fuhr X vor, der Finanzminister des Landes, …").
        var comma = end
        while comma < min(end + 2, r.upperBound), toks[comma].isLowerWord,
              !Lexicons.functionWords.contains(toks[comma].lower) || SeparableVerbForms.isParticle(toks[comma].lower) { comma += 1 }
        if comma < r.upperBound, toks[comma].text == ",", let role = roleInRelativeClause(comma, in: r) { return role }
        if comma > end, comma < r.upperBound, toks[comma].text == ",", comma + 1 < r.upperBound, Lexicons.determiners.contains(toks[comma + 1].lower),
           let role = roleAfterComma(comma, in: r) { return role }
        if let role = roleByCopula(first, end, in: r) { return role }
        if let role = roleInParentheses(after: end, in: r) { return role }
        return affiliation(after: end, in: r)
    }

    /// "Name (Leiter des X)", "Name (Medientheoretiker, Publizist)": a parenthesis right after the name that opens with
    /// a role noun states the role, up to the closing parenthesis (a party, an age or a country in parentheses is none).
    func roleInParentheses(after end: Int, in r: Range<Int>) -> (TextSpan, String)? {
        guard end + 1 < r.upperBound, toks[end].text == "(", Self.isRoleNoun(toks[end + 1]),
              let close = (end + 1..<min(r.upperBound, end + 12)).first(where: { toks[$0].text == ")" }), close > end + 1 else { return nil }
        return (span(end + 1, close), "parenthesis")
    }

    /// "Name vom Landeskriminalamt Bayern", "Name von der Universität Quellheim": the institution the person belongs to
    /// (a capitalized word ending in a head of `roles/institution-heads.txt`, with up to three capitalized words after
    /// it), stated as the role when no role noun is.
    func affiliation(after end: Int, in r: Range<Int>) -> (TextSpan, String)? {
        guard end + 1 < r.upperBound, toks[end].isLowerWord, ["vom", "von"].contains(toks[end].lower) else { return nil }
        var p = end + 1
        if toks[end].lower == "von", p < r.upperBound, ["der", "dem"].contains(toks[p].lower) { p += 1 }
        guard p < r.upperBound, toks[p].isCapitalized,
              Lexicons.institutionHeads.contains(where: { toks[p].lower.hasSuffix($0) }) else { return nil }
        var e = p + 1
        while e < r.upperBound, e - p < 5 {
            // An abbreviation's full stop belongs to the name ("Zollamt St. Pölten").
            if toks[e].text == ".", toks[e - 1].isCapitalized, toks[e - 1].text.count <= 3, e + 1 < r.upperBound, toks[e + 1].isCapitalized {
                e += 1
                continue
            }
            guard toks[e].isCapitalized, !Lexicons.functionWords.contains(toks[e].lower) else { break }
            e += 1
        }
        return (span(end, e), "affiliation")
    }

    func span(_ a: Int, _ b: Int) -> TextSpan {
        let s = Span(toks[a].range.lowerBound, toks[b - 1].range.upperBound)
        return TextSpan(text: doc.text(s.range), span: s)
    }

    /// A role noun phrase that ends right before the name (or before a comma before it).
    func roleBefore(nameStart: Int, in r: Range<Int>, allowComma: Bool) -> (TextSpan, String)? {
        var end = nameStart
        var rule = "premodifier"
        if allowComma, end > r.lowerBound, toks[end - 1].text == "," { end -= 1; rule = "apposition" }
        guard end > r.lowerBound else { return nil }
        let lowest = max(r.lowerBound, end - 14)
        var k = lowest
        while k < end {
            if Self.isRoleNoun(toks[k]), complementParses(from: k + 1, to: end, in: r) {
                // A role inside another role's genitive ("des Ministers") is handled by the outer one;
                // a role right after a determiner or link word may start here.
                var first = premodifierStart(k, in: r)
                // Coordinated roles before the name ("Landesparteiobmann und Klubobmann X", "Trainer und Sportdirektor X").
                while rule != "apposition", first - 2 >= r.lowerBound, ["und", "sowie"].contains(toks[first - 1].lower),
                      toks[first - 1].isLowerWord, Self.isRoleNoun(toks[first - 2]) {
                    first = premodifierStart(first - 2, in: r)
                }
                if rule == "apposition", first == k, k > r.lowerBound, !Lexicons.determiners.contains(toks[k - 1].lower),
                   toks[k - 1].kind != .punctuation {
                    // "…, Name" needs a role phrase that opens with an article, or stands alone.
                    k += 1; continue
                }
                // "ein Sprecher von Innenminister X", "die Sprecherin des Bürgermeisters X": the role right before the name
                // is the person's; the first one is someone else's who serves that person.
                if rule == "premodifier", end - 1 > k + 1, Self.isRoleNoun(toks[end - 1]),
                   (k + 1..<end - 1).contains(where: { ["von", "vom", "des"].contains(toks[$0].lower) }) {
                    return (span(premodifierStart(end - 1, in: r), end), "premodifier")
                }
                return (span(first, end), k + 1 == end ? (rule == "apposition" ? "apposition" : "premodifier") : rule)
            }
            k += 1
        }
        return nil
    }

    /// Where the role phrase starts: adjectives after an article, or a genitive ("Frankreichs Präsident"), or a
    /// genitive before adjectives ("Müllers wissenschaftlicher Mitarbeiter").
    func premodifierStart(_ k: Int, in r: Range<Int>) -> Int {
        var s = k
        if isGenitiveName(s - 1, in: r) { return s - 1 }
        var a = s
        // (A speech verb before the role is none: "erklärte Trainer X".)
        while a - 1 >= r.lowerBound, Self.isAdjectiveShaped(toks[a - 1]), !Lexicons.speechVerbs.contains(toks[a - 1].lower) { a -= 1 }
        if a < s, a - 1 >= r.lowerBound, Lexicons.determiners.contains(toks[a - 1].lower) || Lexicons.complementLinks.contains(toks[a - 1].lower) || Self.isFunctionWord(toks[a - 1]) {
            s = a
        } else if a < s, isGenitiveName(a - 1, in: r) {
            s = a - 1
        }
        return s
    }

    /// A capitalized genitive in -s that is a place, an organisation or no common noun ("Frankreichs", "Müllers").
    func isGenitiveName(_ i: Int, in r: Range<Int>) -> Bool {
        guard i >= r.lowerBound else { return false }
        let p = toks[i]
        return p.isCapitalized && p.text.hasSuffix("s") && !Self.isFunctionWord(p) && !Self.isRoleNoun(p)
            && (Self.isPlace(p.text) || Self.isOrganisationWord(p) || !Lexicons.isCommonNoun(p.text))
    }

    /// Whether tokens `a..<b` form a role complement: genitive or prepositional phrases
    /// ("für Menschenrechte der Landesregierung", "von der Partei in Bayern", "Frankreichs").
    func complementParses(from a: Int, to b: Int, in r: Range<Int>) -> Bool {
        var pos = a
        if pos < b, toks[pos].isCapitalized, toks[pos].text.hasSuffix("s"), !Self.isFunctionWord(toks[pos]) {
            pos += 1
        }
        while pos < b {
            guard Lexicons.complementLinks.contains(toks[pos].lower), toks[pos].isLowerWord else { return false }
            pos += 1
            if pos < b, Lexicons.determiners.contains(toks[pos].lower), toks[pos].isLowerWord { pos += 1 }
            while pos < b, Self.isAdjectiveShaped(toks[pos]) { pos += 1 }
            let contentStart = pos
            while pos < b, toks[pos].isCapitalized || toks[pos].kind == .number || toks[pos].text == "/" { pos += 1 }
            if pos == contentStart { return false }
        }
        return pos == b
    }

    /// Greedy complement after a role noun ending at `k`; returns the exclusive end.
    func complementEnd(after k: Int, in r: Range<Int>) -> Int {
        var pos = k
        if pos < r.upperBound, toks[pos].isCapitalized, toks[pos].text.hasSuffix("s"),
           Self.isPlace(toks[pos].text) || Self.isOrganisationWord(toks[pos]) {
            pos += 1
        }
        while pos < r.upperBound {
            var p = pos
            guard Lexicons.complementLinks.contains(toks[p].lower), toks[p].isLowerWord else { break }
            p += 1
            if p < r.upperBound, Lexicons.determiners.contains(toks[p].lower), toks[p].isLowerWord { p += 1 }
            while p < r.upperBound, Self.isAdjectiveShaped(toks[p]) { p += 1 }
            let contentStart = p
            while p < r.upperBound, toks[p].isCapitalized || toks[p].kind == .number || toks[p].text == "/" { p += 1 }
            if p == contentStart { break }
            pos = p
        }
        return pos
    }

    /// "Name, [ein] [adj] ROLE complement," → the role phrase.
    func roleAfterComma(_ comma: Int, in r: Range<Int>) -> (TextSpan, String)? {
        var p = comma + 1
        if p < r.upperBound, Lexicons.determiners.contains(toks[p].lower), toks[p].isLowerWord { p += 1 }
        // A genitive name before the role ("…, Müllers Anwalt").
        else if p + 1 < r.upperBound, isGenitiveName(p, in: r), Self.isRoleNoun(toks[p + 1]) { p += 1 }
        let start = p == comma + 2 && !Lexicons.determiners.contains(toks[comma + 1].lower) ? comma + 1 : p
        while p < r.upperBound, Self.isAdjectiveShaped(toks[p]) { p += 1 }
        guard p < r.upperBound, Self.isRoleNoun(toks[p]) else { return nil }
        var end = complementEnd(after: p + 1, in: r)
        // Coordinated roles ("Anwalt und Präsident des Vereins"), or a coordinated part that says more of the person
        // ("FPÖ-Chef in Oberösterreich und seit … auch …"): the role runs to the second role's end, or ends before "und".
        // (With an article, "…, der Gründer der Firma X und …" may be the next item of a list of persons.)
        if start == comma + 1, end < r.upperBound, ["und", "sowie", "and"].contains(toks[end].lower), toks[end].isLowerWord {
            var q = end + 1
            while q < r.upperBound, Self.isAdjectiveShaped(toks[q]) { q += 1 }
            // Only a bare first role coordinates ("Anwalt und Präsident …"); after a complement ("Gouverneur Floridas und
            // Bruder des …") the second part is another relation.
            guard end == p + 1, q < r.upperBound, Self.isRoleNoun(toks[q]) else { return (span(start, end), "apposition") }
            let first = end
            end = complementEnd(after: q + 1, in: r)
            if !Self.endsApposition(end, in: r, toks) { return (span(start, first), "apposition") }
        }
        guard Self.endsApposition(end, in: r, toks) else { return nil }
        return (span(start, end), "apposition")
    }

    /// Whether an apposition may end before token `end`: at the sentence's end, a punctuation mark, or a speech verb.
    static func endsApposition(_ end: Int, in r: Range<Int>, _ toks: [EntityToken]) -> Bool {
        guard end < r.upperBound else { return true }
        let next = toks[end]
        return [",", ".", ";", ":", "–", ")", "!", "?"].contains(next.text) || (next.isLowerWord && Lexicons.speechVerbs.contains(next.lower))
    }

    /// "Name, der … [adj] ROLE [complement] ist," → the role phrase: a relative clause after the name that ends in
    /// a copula names the person's role ("Karl Berg, der seit 2010 Bürgermeister der Stadt ist, …").
    func roleInRelativeClause(_ comma: Int, in r: Range<Int>) -> (TextSpan, String)? {
        guard comma + 2 < r.upperBound, ["der", "die", "who"].contains(toks[comma + 1].lower), toks[comma + 1].isLowerWord else { return nil }
        var stop = comma + 2
        while stop < r.upperBound, ![",", ".", ";", ":", "–", "!", "?"].contains(toks[stop].text) { stop += 1 }
        let copula = stop - 1
        guard copula > comma + 2, Lexicons.copulas.contains(toks[copula].lower), toks[copula].isLowerWord else { return nil }
        for k in stride(from: copula - 1, to: comma + 1, by: -1) where Self.isRoleNoun(toks[k]) && toks[k].isCapitalized {
            guard complementEnd(after: k + 1, in: r) >= copula else { continue }
            // The role phrase: the role noun with the capitalized words and adjectives right before it ("General Manager").
            var start = k
            // A place there ends a phrase before it ("nach seinem Umzug nach Dänemark Taxifahrer war"), not the role.
            while start - 1 > comma + 1, toks[start - 1].isCapitalized, !Lexicons.functionWords.contains(toks[start - 1].lower),
                  !Self.isPlace(toks[start - 1].text) { start -= 1 }
            return (span(start, copula), "relative-copula")
        }
        return nil
    }

    /// "Name ist [der] ROLE …" or "ist Name ROLE …".
    func roleByCopula(_ first: Int, _ end: Int, in r: Range<Int>) -> (TextSpan, String)? {
        var p: Int
        if end < r.upperBound, Lexicons.copulas.contains(toks[end].lower), toks[end].isLowerWord {
            p = end + 1
        } else if first > r.lowerBound, Lexicons.copulas.contains(toks[first - 1].lower), toks[first - 1].isLowerWord {
            p = end
        } else {
            return nil
        }
        if p < r.upperBound, Lexicons.determiners.contains(toks[p].lower), toks[p].isLowerWord { p += 1 }
        let start = p
        while p < r.upperBound, Self.isAdjectiveShaped(toks[p]) { p += 1 }
        guard p < r.upperBound, Self.isRoleNoun(toks[p]) else { return nil }
        return (span(start, complementEnd(after: p + 1, in: r)), "copula")
    }
}
