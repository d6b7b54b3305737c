// German calendar-date rules: modified expressions, full dates, day lists and ranges, weekdays, months.

extension GermanRules {
    /// "Anfang/Mitte/Ende/Beginn [des|der] X", "Gegen Ende X", "Laufe des X", "Jahresende".
    func modified(_ i: Int) -> Candidate? {
        guard let w = v.word(i) else { return nil }
        switch w {
        case "jahresende", "jahresausklang": return Candidate(i, i + 1, "DATE", .shift(.year, amount: 0, anchor: .context, part: nil), mod: "END")
        case "jahresanfang", "jahresbeginn": return Candidate(i, i + 1, "DATE", .shift(.year, amount: 0, anchor: .context, part: nil), mod: "START")
        case "jahresmitte": return Candidate(i, i + 1, "DATE", .shift(.year, amount: 0, anchor: .context, part: nil), mod: "MID")
        case "monatsende": return Candidate(i, i + 1, "DATE", .shift(.month, amount: 0, anchor: .context, part: nil), mod: "END")
        case "monatsanfang", "monatsbeginn": return Candidate(i, i + 1, "DATE", .shift(.month, amount: 0, anchor: .context, part: nil), mod: "START")
        case "monatsmitte": return Candidate(i, i + 1, "DATE", .shift(.month, amount: 0, anchor: .context, part: nil), mod: "MID")
        // "in den späten 1980ern", "im frühen 19. Jahrhundert": the adjective bounds the decade or century.
        case "frühen", "späten", "mittleren":
            guard let c = decade(i + 1) ?? century(i + 1) else { break }
            return Candidate(i, c.end, c.type, c.sem, mod: w == "frühen" ? "START" : w == "späten" ? "END" : "MID")
        default: break
        }
        var j = i
        var mod: String?
        if w == "gegen" || w == "zu", v.isWord(i + 1, ["ende", "anfang", "beginn", "mitte"]) { j = i + 1 }
        switch v.word(j) {
        case "anfang", "anfangs", "beginn": mod = "START"
        case "mitte": mod = "MID"
        case "ende", "endes": mod = "END"
        case "laufe", "verlauf", "verlaufe": mod = nil
        default: return nil
        }
        // Capitalised noun use only ("Ende" not "ende" of a verb).
        guard v.capitalized(j) || w == "gegen" || w == "zu" else { return nil }
        let start = (w == "zu") ? i + 1 : i
        j += 1
        var k = j
        if v.isWord(k, ["des", "der", "dem", "den", "diesen", "dieses"]) { k += 1 }
        // Core expressions after the modifier.
        if let c = dayList(k).flatMap({ $0.count == 1 ? $0[0] : nil }) ?? fullDate(k) {
            return Candidate(start, c.end, c.type, c.sem, mod: mod ?? c.mod, rangeEnd: c.rangeEnd)
        }
        if let c = monthExpr(k, afterModifier: true)?.last { return Candidate(start, c.end, "DATE", c.sem, mod: mod) }
        if let c = decade(k) ?? century(k) ?? seasonExpr(k) { return Candidate(start, c.end, c.type, c.sem, mod: mod) }
        if let y = year(k, allowShort: v.isWord(k - 1, "jahres")), v.digits(k) == 4 || y.year < 0 || v.isWord(k - 1, "jahres") {
            return Candidate(start, y.end, "DATE", .date(year: y.year, month: nil, day: nil, part: nil), mod: mod)
        }
        if v.isWord(k - 1, ["des", "dieses"]) || v.isWord(k, ["dieses", "letzten", "vergangenen", "nächsten", "kommenden", "diesen"]) {
            var a = k
            var amount = 0
            var anchor: Anchor = v.isWord(k - 1, "dieses") ? .deictic : .context
            switch v.word(a) {
            case "letzten", "vergangenen", "vorigen": amount = -1; anchor = .deictic; a += 1
            case "nächsten", "kommenden": amount = 1; anchor = .deictic; a += 1
            case "folgenden", "darauffolgenden": amount = 1; a += 1
            case "dieses", "diesen", "laufenden": anchor = .deictic; a += 1
            case "gleichen", "selben": a += 1
            default: break
            }
            switch v.word(a) {
            case "jahres", "jahrs":
                if let y = year(a + 1, allowShort: true) {
                    return Candidate(start, y.end, "DATE", .date(year: y.year, month: nil, day: nil, part: nil), mod: mod)
                }
                return Candidate(start, a + 1, "DATE", .shift(.year, amount: amount, anchor: anchor, part: nil), mod: mod)
            case "vorjahres": return Candidate(start, a + 1, "DATE", .shift(.year, amount: -1, anchor: .deictic, part: nil), mod: mod)
            case "monats": return Candidate(start, a + 1, "DATE", .shift(.month, amount: amount, anchor: anchor, part: nil), mod: mod)
            case "woche": return Candidate(start, a + 1, "DATE", .shift(.week, amount: amount, anchor: anchor, part: nil), mod: mod)
            case "tages": return Candidate(start, a + 1, "DATE", .shift(.day, amount: amount, anchor: .context, part: nil), mod: mod)
            case "jahrzehnts":
                return nil
            default: break
            }
        }
        if v.isWord(k - 1, "der"), v.isWord(k, "woche") {
            return Candidate(start, k + 1, "DATE", .shift(.week, amount: 0, anchor: .deictic, part: nil), mod: mod)
        }
        return nil
    }

    /// "Dienstag, dem 4. März 2008", "18. August 2023", "7. Juli 1937", "18.08.2023",
    /// "2023-08-18", "1.9.39".
    func fullDate(_ i: Int) -> Candidate? {
        var k = i
        var weekdayPart: String?
        if let wd = weekday(i) {
            var j = i + 1
            if v.punct(j, ",") { j += 1 }
            if v.isWord(j, ["den", "dem"]) { j += 1 }
            guard v.dayOrdinal(j) != nil || v.number(j) != nil else { return nil }
            k = j
            weekdayPart = wd.part
        }
        if let d = v.dayOrdinal(k) {
            // Numeric: 18.08.2023 / 1.9.39
            if let m = v.number(k + 2), v.attached(k + 2), v.digits(k + 2) <= 2, m >= 1, m <= 12,
               v.punct(k + 3, "."), v.attached(k + 3), let y = v.number(k + 4), v.attached(k + 4),
               v.digits(k + 4) == 4 || v.digits(k + 4) == 2 {
                if v.punct(k + 5, "."), v.attached(k + 5), v.number(k + 6) != nil, v.attached(k + 6) { return nil }
                var year = y
                if v.digits(k + 4) == 2 { year = twoDigitYear(y) }
                guard SimpleDate.isValid(year: year, month: m, day: d) else { return nil }
                return Candidate(i, k + 5, "DATE", .date(year: year, month: m, day: d, part: weekdayPart))
            }
            if let m = month(k + 2) {
                var j = m.end
                if v.punct(j, ","), year(j + 1) != nil { j += 1 }
                var end = m.end
                var sem: Sem = .date(year: nil, month: m.month, day: d, part: weekdayPart)
                if let y = year(j) {
                    end = y.end
                    sem = .date(year: y.year, month: m.month, day: d, part: weekdayPart)
                } else if let ys = yearSuffix(m.end), ys.year != nil || !v.isWord(m.end, ["nächsten", "kommenden", "letzten", "vergangenen", "vorigen"]) {
                    end = ys.end
                    sem = ys.year.map { .date(year: $0, month: m.month, day: d, part: weekdayPart) }
                        ?? .dateInYear(month: m.month, day: d, yearOffset: ys.offset, anchor: ys.anchor, part: weekdayPart)
                }
                // "17. Juli morgens"
                if let w = v.word(end), ["morgens", "abends", "nachts", "vormittags", "nachmittags"].contains(w), case let .date(y, mm, dd, nil) = sem {
                    return Candidate(i, end + 1, "TIME", .date(year: y, month: mm, day: dd, part: Lexicon.deDayParts[w]))
                }
                return Candidate(i, end, weekdayPart == nil ? "DATE" : "TIME", sem)
            }
        }
        // ISO 2023-08-18
        if let y = v.number(k), v.digits(k) == 4, v.punct(k + 1, "-"), v.attached(k + 1), let m = v.number(k + 2),
           v.digits(k + 2) == 2, v.attached(k + 2), v.punct(k + 3, "-"), v.attached(k + 3), let d = v.number(k + 4),
           v.digits(k + 4) == 2, v.attached(k + 4), SimpleDate.isValid(year: y, month: m, day: d) {
            return Candidate(i, k + 5, "DATE", .date(year: y, month: m, day: d, part: nil))
        }
        return nil
    }

    func twoDigitYear(_ y: Int) -> Int { y <= 30 ? 2000 + y : 1900 + y }

    /// Lists and ranges of days sharing a month: "12. bis 18. August" (one range candidate),
    /// "8. und 9. Mai" (two candidates), "Nacht vom 16. auf den 17. Juni".
    func dayList(_ i: Int) -> [Candidate]? {
        guard v.dayOrdinal(i) != nil, v.number(i + 2) == nil else { return nil }
        var days: [(start: Int, day: Int)] = [(i, v.dayOrdinal(i)!)]
        var j = i + 2
        var isRange = false
        while true {
            var k = j
            if v.isWord(k, "bis") { isRange = true; k += 1; if v.isWord(k, ["zum", "einschließlich"]) { k += 1 } }
            else if v.isDash(k) { isRange = true; k += 1 }
            else if v.isWord(k, ["und", "oder", "auf", "zum"]) || v.punct(k, ",") || v.punct(k, "/") {
                k += 1
                if v.isWord(k, ["den", "dem"]) { k += 1 }
            } else { break }
            guard let d = v.dayOrdinal(k) else { break }
            if v.number(k + 2) != nil && v.attached(k + 2) { break }
            days.append((k, d))
            j = k + 2
            if month(j) != nil { break }
        }
        guard days.count >= 2, let last = fullDate(days[days.count - 1].start), case let .date(y, m, _, _) = last.sem else {
            // "Nacht vom 16." is produced by partOfDay.
            return nil
        }
        guard let mm = m else { return nil }
        if isRange && days.count == 2 {
            return [Candidate(i, last.end, "DATE", .date(year: y, month: mm, day: days[0].day, part: nil), rangeEnd: last.sem)]
        }
        var out: [Candidate] = []
        for (idx, d) in days.enumerated() where idx < days.count - 1 {
            out.append(Candidate(d.start, d.start + 2, "DATE", .date(year: y, month: mm, day: d.day, part: nil)))
        }
        out.append(last)
        return out
    }

    /// "12. August bis 18. September 2025" as one range (when the second part completes the first).
    func dateRange(_ i: Int) -> Candidate? {
        guard let a = fullDate(i), case let .date(y1, m1, d1, _) = a.sem, let d1, let m1 else { return nil }
        var k = a.end
        guard v.isWord(k, "bis") || v.isDash(k) else { return nil }
        k += 1
        if v.isWord(k, ["zum", "einschließlich"]) { k += 1 }
        guard let b = fullDate(k), case let .date(y2, _, _, _) = b.sem else { return nil }
        return Candidate(i, b.end, "DATE", .date(year: y1 ?? y2, month: m1, day: d1, part: nil), rangeEnd: b.sem)
    }

    /// Weekday expressions: "Mittwoch", "vergangenen Mittwoch", "Dienstagmorgen",
    /// "gestrigen Sonntag", "kommenden Montag", "Montag Abend", "Wochenende".
    func weekdayExpr(_ i: Int) -> Candidate? {
        var j = i
        var direction = 0
        var dayShift: Int?
        switch v.word(i) {
        case "vergangenen", "vergangener", "vergangene", "letzten", "letzter", "letzte", "vorigen", "voriger", "vorige":
            direction = -1; j += 1
        case "kommenden", "kommender", "kommende", "nächsten", "nächster", "nächste", "folgenden":
            direction = 1; j += 1
        case "gestrigen", "gestriger", "gestrige": dayShift = -1; j += 1
        case "heutigen", "heutiger", "heutige": dayShift = 0; j += 1
        case "morgigen", "morgiger", "morgige": dayShift = 1; j += 1
        case "diesen", "diesem", "dieser": j += 1
        default: break
        }
        if v.isWord(j, ["wochenende"]) {
            guard j > i || v.isWord(i - 1, ["am", "übers", "zum", "vom", "dem", "das"]) else { return nil }
            let amount = direction == 0 ? 0 : direction
            return Candidate(i, j + 1, "DATE", .weekend(amount: amount, anchor: .deictic))
        }
        guard let wd = weekday(j) else { return nil }
        guard v.capitalized(j) else { return nil }
        if direction == 1 && v.isWord(i, "folgenden") { return nil }
        var end = j + 1
        var part = wd.part
        if part == nil, let w = v.word(end), let p = Lexicon.deDayParts[w], w != "früh", v.capitalized(end) || w.hasSuffix("s") {
            part = p; end += 1
        }
        if let s = dayShift {
            return Candidate(i, end, part == nil ? "DATE" : "TIME", .shift(.day, amount: s, anchor: .dct, part: part))
        }
        if direction == 0, let full = fullDate(j) { return full.start == j ? Candidate(i, full.end, full.type, full.sem) : nil }
        return Candidate(i, end, part == nil ? "DATE" : "TIME", .weekday(wd.wd, direction: direction, part: part))
    }

    /// Month expressions: "Juli 1937", "Juli", "August desselben Jahres", "Mai/Juni 1940".
    func monthExpr(_ i: Int, afterModifier: Bool = false) -> [Candidate]? {
        guard let m = month(i) else { return nil }
        if let ys = yearSuffix(m.end) {
            if let y = ys.year { return [Candidate(i, ys.end, "DATE", .date(year: y, month: m.month, day: nil, part: nil))] }
            return [Candidate(i, ys.end, "DATE", .dateInYear(month: m.month, day: nil, yearOffset: ys.offset, anchor: ys.anchor, part: nil))]
        }
        // "Mai/Juni 1940", "Mai und Juni 1940": the year of the second month.
        if v.punct(m.end, "/") || v.isWord(m.end, ["und", "oder", "bis"]) || v.isDash(m.end),
           let m2 = month(m.end + 1), let y = year(m2.end) {
            return [Candidate(i, m.end, "DATE", .date(year: y.year, month: m.month, day: nil, part: nil)),
                    Candidate(m.end + 1, y.end, "DATE", .date(year: y.year, month: m2.month, day: nil, part: nil))]
        }
        // Bare month: guard against first names ("August Bebel", "Juli Zeh", "Mai Thi").
        if !afterModifier {
            let prev = v.word(i - 1)
            let strong: Set<String> = ["im", "seit", "ab", "bis", "vom", "zum", "anfang", "mitte", "ende", "monat", "monats",
                                       "des", "diesen", "diesem", "letzten", "vergangenen", "kommenden", "nächsten", "anfangs"]
            let weak: Set<String> = ["in", "von", "und", "oder", "zwischen", "der", "den", "dem", "nach", "vor", "über", "um"]
            if !(prev.map { strong.contains($0) } ?? false) {
                if v.capitalized(m.end), let nw = v.word(m.end), Lexicon.deMonths[nw] == nil { return nil }
                let weakOK = (prev.map { weak.contains($0) } ?? false) || v.punct(i - 1, "/") || v.punct(i - 1, "(")
                if (m.month == 8 || m.month == 5) && !weakOK { return nil }
            }
        }
        return [Candidate(i, m.end, "DATE", .date(year: nil, month: m.month, day: nil, part: nil))]
    }
}
