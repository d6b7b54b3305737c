// German period rules: years, decades, centuries, seasons and holidays.

extension GermanRules {
    /// Years: "1939", "Jahr 2022", "Jahres 1939", "499 v. Chr.", "1941/42".
    func yearExpr(_ i: Int) -> Candidate? {
        if v.isWord(i, ["jahr", "jahre", "jahres"]), v.capitalized(i), let y = year(i + 1, allowShort: true) {
            return Candidate(i, y.end, "DATE", .date(year: y.year, month: nil, day: nil, part: nil))
        }
        guard let y = year(i) else { return nil }
        if y.year < 0 || era(i + 1) != nil { return Candidate(i, y.end, "DATE", .date(year: y.year, month: nil, day: nil, part: nil)) }
        guard plausibleBareYear(i, end: y.end) else { return nil }
        // "1990er" belongs to the decade rule.
        if v.word(i + 1).map({ $0.hasPrefix("er") }) == true, v.attached(i + 1) { return nil }
        return Candidate(i, y.end, "DATE", .date(year: y.year, month: nil, day: nil, part: nil))
    }

    /// Decades: "1990er Jahre", "1930er-Jahren", "90er Jahre", "neunziger Jahre", "Neunzigerjahre".
    func decade(_ i: Int) -> Candidate? {
        if let n = v.number(i), let w = v.word(i + 1), v.attached(i + 1), w.hasPrefix("er"), n % 10 == 0 {
            var j = i + 2
            var hasJahre = false
            if w == "erjahre" || w == "erjahren" || w == "ern" { hasJahre = true }
            if v.isDash(j), v.isWord(j + 1, ["jahre", "jahren", "jahrs"]) { j += 2; hasJahre = true }
            else if v.isWord(j, ["jahre", "jahren", "jahrs"]) { j += 1; hasJahre = true }
            var bc = false
            if let e = era(j) { j = e.end; bc = e.bc }
            switch v.digits(i) {
            case 4, 3:
                let dec = n / 10
                if bc { return Candidate(i, j, "DATE", .fixed("BC" + TimexFormat.pad(dec, 3))) }
                guard hasJahre || v.digits(i) == 4 else { return nil }
                return Candidate(i, j, "DATE", .fixed(TimexFormat.pad(dec, 3)))
            case 2:
                guard hasJahre else { return nil }
                return Candidate(i, j, "DATE", .shortDecade(n / 10))
            default: return nil
            }
        }
        if let w = v.word(i) {
            for (name, d) in Lexicon.deDecadeWords where w.hasPrefix(name) {
                let rest = w.dropFirst(name.count)
                if rest == "jahre" || rest == "jahren" { return Candidate(i, i + 1, "DATE", .shortDecade(d)) }
                if rest.isEmpty, v.isWord(i + 1, ["jahre", "jahren"]) { return Candidate(i, i + 2, "DATE", .shortDecade(d)) }
            }
        }
        return nil
    }

    /// Centuries and millennia: "20. Jahrhunderts" → "19", "4. Jh. v. Chr." → "BC03".
    func century(_ i: Int) -> Candidate? {
        guard let n = v.dayOrdinal(i), n <= 21 else { return nil }
        var j = i + 2
        var millennium = false
        switch v.word(j) {
        case "jahrhundert", "jahrhunderts", "jahrhunderte": j += 1
        case "jh", "jhd", "jhdt": j += 1; if v.punct(j, ".") { j += 1 }
        case "jahrtausend", "jahrtausends": j += 1; millennium = true
        default: return nil
        }
        if let e = era(j) {
            let value = e.bc ? "BC" + TimexFormat.pad(n - 1, millennium ? 1 : 2) : TimexFormat.pad(n - 1, millennium ? 1 : 2)
            return Candidate(i, e.end, "DATE", .fixed(value))
        }
        return Candidate(i, j, "DATE", .fixed(TimexFormat.pad(n - 1, millennium ? 1 : 2)))
    }

    /// Seasons: "Sommer 2005", "Sommer", "späten Frühjahr 1861", "Winter 1941/42", "Herbst des Jahres 1972".
    func seasonExpr(_ i: Int) -> Candidate? {
        var j = i
        var mod: String?
        if v.isWord(i, ["späten", "spät", "späteren"]) { mod = "END"; j += 1 }
        if v.isWord(i, ["frühen", "früh"]) { mod = "START"; j += 1 }
        guard var w = v.word(j), v.capitalized(j) else { return nil }
        if w.hasPrefix("spät"), Lexicon.deSeasons[String(w.dropFirst(4))] != nil { mod = "END"; w = String(w.dropFirst(4)) }
        else if w.hasPrefix("früh"), w != "frühjahr", w != "frühjahrs", w != "frühling", w != "frühlings", Lexicon.deSeasons[String(w.dropFirst(4))] != nil { mod = "START"; w = String(w.dropFirst(4)) }
        guard let code = Lexicon.deSeasons[w] else { return nil }
        let prev = v.word(i - 1)
        if let ys = yearSuffix(j + 1) {
            return Candidate(i, ys.end, "DATE", .season(code: code, year: ys.year, yearOffset: ys.offset, anchor: ys.anchor), mod: mod)
        }
        // Bare season: not after a capitalised name ("Theo Sommer", "Martin Winter").
        if v.capitalized(i - 1) && !v.sentenceInitial(i - 1) && mod == nil { return nil }
        if v.word(i - 1) == nil && mod == nil && !v.sentenceInitial(i) { return nil }
        let p = prev ?? ""
        if v.capitalized(j + 1), !(v.word(j + 1).map { ["und", "oder"].contains($0) } ?? false), v.word(j + 1).map({ Lexicon.deMonths[$0] == nil }) ?? true {
            // "Im Sommer Berlin..." is fine, but "Theo Sommer" would not have a preposition anyway.
        }
        var offset = 0
        var anchor: Anchor = .context
        if p == "vergangenen" || p == "letzten" { offset = -1; anchor = .deictic }
        if p == "kommenden" || p == "nächsten" { offset = 1; anchor = .deictic }
        if p == "diesen" || p == "dieses" || p == "diesem" { anchor = .deictic }
        return Candidate(i, j + 1, "DATE", .season(code: code, year: nil, yearOffset: offset, anchor: anchor), mod: mod)
    }

    /// Holidays: "Weihnachten 2005", "Ostern", "Pfingstmontag", "Silvester", "Neujahr",
    /// "ersten Weihnachtstag 1776", "Tag der Deutschen Einheit".
    func holiday(_ i: Int) -> Candidate? {
        guard let w = v.word(i), v.capitalized(i) || Lexicon.deOrdinals[w] != nil else { return nil }
        var j = i + 1
        var fixed: (Int, Int)?
        var easter: Int?
        switch w {
        case "weihnachten", "weihnachtstag": fixed = (12, 25)
        case "heiligabend": fixed = (12, 24)
        case "silvester": fixed = (12, 31)
        case "neujahr", "neujahrstag": fixed = (1, 1)
        case "ostern", "ostersonntag": easter = 0
        case "ostermontag": easter = 1
        case "karfreitag": easter = -2
        case "gründonnerstag": easter = -3
        case "pfingsten", "pfingstsonntag": easter = 49
        case "pfingstmontag": easter = 50
        case "himmelfahrt": easter = 39
        case "ersten", "zweiten":
            guard v.isWord(i + 1, "weihnachtstag") || (v.isWord(i + 1, "weihnachtsfeiertag")) else { return nil }
            fixed = (12, w == "ersten" ? 25 : 26); j = i + 2
        default: return nil
        }
        var year: Int?
        if let y = self.year(j) { year = y.year; j = y.end }
        if let (m, d) = fixed {
            return Candidate(i, j, "DATE", .date(year: year, month: m, day: d, part: nil))
        }
        return Candidate(i, j, "DATE", .easter(offset: easter!, year: year))
    }
}
