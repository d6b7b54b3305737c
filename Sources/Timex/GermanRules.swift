/// German temporal-expression patterns, implemented as token matchers.
///
/// Coverage and normalisation follow HeidelTime's German rule set
/// (`resources/german/rules/resources_rules_{daterules,durationrules,timerules,setrules}.txt`,
/// <https://github.com/HeidelTime/heideltime>) and the TIMEX2 conventions of WikiWarsDE
/// (Strötgen & Gertz, "WikiWarsDE: A German Corpus of Narratives Annotated with Temporal
/// Expressions", GSCL 2011). Each function returns candidates that *start* at token `i`; the
/// tagger keeps the longest.
struct GermanRules {
    let v: TokenView

    static let temporalPreps: Set<String> = [
        "im", "in", "seit", "bis", "ab", "von", "vom", "vor", "nach", "um", "zwischen", "jahr", "jahre",
        "jahres", "anfang", "mitte", "ende", "beginn", "herbst", "sommer", "winter", "frühjahr",
        "frühling", "zum", "des", "am", "bereits", "schon", "erst", "noch", "spätestens",
        "frühestens", "jahrgang", "gegen", "ca", "etwa", "circa", "wohl",
    ]
    static let countContext: Set<String> = [
        "rund", "über", "mehr", "knapp", "fast", "insgesamt", "zirka", "mindestens", "höchstens",
        "nur", "weitere", "weiteren", "alle", "je", "pro", "weniger", "bis zu", "nummer", "nr",
        "platz", "seite", "seiten", "artikel", "paragraf", "paragraph", "kapitel", "tabelle",
    ]
    static let countUnitsAfter: Set<String> = [
        "km", "m", "kg", "t", "mio", "mrd", "prozent", "euro", "dollar", "mal", "meter", "stück",
        "tonnen", "menschen", "personen", "soldaten", "mann", "tote", "toten", "einwohner",
    ]

    // MARK: helpers

    /// Era marker after a year: "v. Chr.", "v.Chr.", "vor Christus", "v. u. Z.", "n. Chr.".
    func era(_ j: Int) -> (end: Int, bc: Bool)? {
        if v.isWord(j, "v"), v.punct(j + 1, ".") {
            if v.isWord(j + 2, "chr") { return (v.punct(j + 3, ".") ? j + 4 : j + 3, true) }
            if v.isWord(j + 2, "u"), v.punct(j + 3, "."), v.isWord(j + 4, "z") {
                return (v.punct(j + 5, ".") ? j + 6 : j + 5, true)
            }
        }
        if v.isWord(j, "vor"), v.isWord(j + 1, "christus") { return (j + 2, true) }
        if v.isWord(j, "n"), v.punct(j + 1, "."), v.isWord(j + 2, "chr") {
            return (v.punct(j + 3, ".") ? j + 4 : j + 3, false)
        }
        if v.isWord(j, "nach"), v.isWord(j + 1, "christus") { return (j + 2, false) }
        return nil
    }

    /// A year at `i`: four digits, or any 1–4 digits with an era marker (or when `allowShort`).
    /// Returns the end token and the year (negative = BC).
    func year(_ i: Int, allowShort: Bool = false) -> (end: Int, year: Int)? {
        guard let n = v.number(i), v.digits(i) <= 4, n > 0 else { return nil }
        // Not part of a decimal number / larger numeric expression.
        if (v.punct(i + 1, ",") || v.punct(i + 1, ".")) && v.attached(i + 1) && v.number(i + 2) != nil && v.attached(i + 2) { return nil }
        if let e = era(i + 1) { return (e.end, e.bc ? -n : n) }
        guard v.digits(i) == 4 || allowShort else { return nil }
        var j = i + 1
        if v.punct(j, "/") || v.isDash(j), v.attached(j), v.number(j + 1) != nil, v.attached(j + 1), v.digits(j + 1) == 2 {
            j += 2 // "1941/42"
        }
        return (j, n)
    }

    /// Month name at `i` (abbreviations need their period). Returns end and month.
    func month(_ i: Int) -> (end: Int, month: Int)? {
        guard let w = v.word(i), let m = Lexicon.deMonths[w] else { return nil }
        if Lexicon.deMonthAbbrevs.contains(w) {
            guard v.punct(i + 1, "."), v.attached(i + 1) else { return nil }
            return (i + 2, m)
        }
        guard v.capitalized(i) else { return nil }
        return (i + 1, m)
    }

    /// Weekday at `i`, possibly compounded with a part of day ("Dienstagmorgen").
    func weekday(_ i: Int) -> (wd: Int, part: String?)? {
        guard let w = v.word(i) else { return nil }
        if let d = Lexicon.deWeekdays[w] { return (d, nil) }
        for (name, d) in Lexicon.deWeekdays where w.hasPrefix(name) {
            let rest = String(w.dropFirst(name.count))
            if let p = Lexicon.deDayParts[rest], !rest.hasSuffix("s") { return (d, p) }
        }
        return nil
    }

    /// Year phrase after a month/season/modifier: "1940", "des Jahres 1940", "desselben Jahres",
    /// "des folgenden Jahres". Returns end and a year Sem builder.
    func yearSuffix(_ j: Int) -> (end: Int, year: Int?, offset: Int, anchor: Anchor)? {
        if let y = year(j) { return (y.end, y.year, 0, .context) }
        if v.isWord(j, ["des", "dieses", "jenes"]), v.isWord(j + 1, "jahres") {
            if let y = year(j + 2, allowShort: true) { return (y.end, y.year, 0, .context) }
            return (j + 2, nil, 0, v.isWord(j, "dieses") ? .deictic : .context)
        }
        if v.isWord(j, ["desselben", "selbigen"]), v.isWord(j + 1, "jahres") { return (j + 2, nil, 0, .context) }
        if v.isWord(j, "des"), v.isWord(j + 1, ["gleichen", "selben"]), v.isWord(j + 2, "jahres") { return (j + 3, nil, 0, .context) }
        if v.isWord(j, ["des", "eines"]), v.isWord(j + 1, ["folgenden", "darauffolgenden", "nächsten", "kommenden"]), v.isWord(j + 2, "jahres") {
            return (j + 3, nil, 1, v.isWord(j + 1, ["nächsten", "kommenden"]) ? .deictic : .context)
        }
        if v.isWord(j, ["nächsten", "kommenden"]), v.isWord(j + 1, "jahres") { return (j + 2, nil, 1, .deictic) }
        if v.isWord(j, ["letzten", "vergangenen", "vorigen"]), v.isWord(j + 1, "jahres") { return (j + 2, nil, -1, .deictic) }
        if v.isWord(j, "des"), v.isWord(j + 1, ["vorangegangenen", "vorhergehenden", "vorigen", "vergangenen", "letzten"]), v.isWord(j + 2, "jahres") {
            return (j + 3, nil, -1, .context)
        }
        if v.isWord(j, "des"), v.isWord(j + 1, "vorjahres") { return (j + 2, nil, -1, .deictic) }
        return nil
    }

    /// Accepts a bare 4-digit number as a year (not a count like "2018 Menschen").
    func plausibleBareYear(_ i: Int, end: Int) -> Bool {
        guard let n = v.number(i), v.digits(i) == 4, n >= 1000, n <= 2099 else { return false }
        if v.punct(i - 1, ".") || v.punct(i - 1, ","), v.attached(i), v.number(i - 2) != nil { return false }
        if v.isDash(i - 1), v.attached(i), v.number(i - 2) != nil, v.digits(i - 2) != 4 { return false }
        if v.punct(end, ":") && v.number(end + 1) != nil { return false }
        if v.punct(end, "%") || v.punct(end, "€") || v.punct(end, "$") { return false }
        if let p = v.word(i - 1) {
            if GermanRules.countContext.contains(p) { return false }
            if p == "als", v.isWord(i - 2, ["mehr", "weniger"]) { return false }
        }
        // A year closing a heading/paragraph ("Balkanfeldzug 1941\n\nAnfang ...") is a year.
        if end < v.count, v.t[end].sentence != v.t[i].sentence { return true }
        if let nw = v.word(end) {
            if GermanRules.countUnitsAfter.contains(nw) { return false }
            if v.capitalized(end), Lexicon.deMonths[nw] == nil, Lexicon.deUnits[nw] == nil,
               !(v.word(i - 1).map { GermanRules.temporalPreps.contains($0) } ?? false),
               !v.punct(i - 1, "("), !v.punct(i - 1, ","), !v.isDash(i - 1), !v.punct(i - 1, "/") {
                // "2018 Menschen": a capitalised noun right after the number reads as a count,
                // unless the number is sentence-initial and followed by a verb-like lowercase word.
                return false
            }
        }
        return true
    }

    // MARK: rules

    /// All candidates starting at token `i`.
    func candidates(at i: Int) -> [[Candidate]] {
        guard mayStart(i) else { return [] }
        var out: [[Candidate]] = []
        if let c = modified(i) { out.append([c]) }
        if let c = dayList(i) { out.append(c) }
        if let c = fullDate(i) { out.append([c]) }
        if let c = weekdayExpr(i) { out.append([c]) }
        if let c = monthExpr(i) { out.append(c) }
        if let c = yearExpr(i) { out.append([c]) }
        if let c = decade(i) { out.append([c]) }
        if let c = century(i) { out.append([c]) }
        if let c = seasonExpr(i) { out.append([c]) }
        if let c = timeExpr(i) { out.append([c]) }
        if let c = partOfDay(i) { out.append([c]) }
        if let c = relativeWord(i) { out.append([c]) }
        if let c = unitPhrase(i) { out.append([c]) }
        if let c = relativeUnit(i) { out.append([c]) }
        if let c = holiday(i) { out.append([c]) }
        return out
    }

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

    /// Clock times: "5.57 Uhr", "4:45 Uhr", "14 Uhr", "4 Uhr 45", "7:30", "23:00 Uhr mitteleuropäischer Zeit".
    func timeExpr(_ i: Int) -> Candidate? {
        guard let h = v.number(i), v.digits(i) <= 2, h <= 24 else { return nil }
        var minute = 0
        var j = i + 1
        var hasUhr = false
        if (v.punct(j, ":") || v.punct(j, ".")), v.attached(j), let mm = v.number(j + 1), v.attached(j + 1), v.digits(j + 1) == 2, mm < 60 {
            let colon = v.punct(j, ":")
            minute = mm
            j += 2
            if v.isWord(j, "uhr") { hasUhr = true; j += 1 }
            guard hasUhr || (colon && (v.isWord(i - 1, ["um", "gegen", "ab", "bis", "seit", "zwischen"]) || v.number(i - 1) == nil)) else { return nil }
            if !hasUhr && colon && v.punct(j, ":") { return nil }
        } else if v.isWord(j, "uhr") {
            hasUhr = true
            j += 1
            if let mm = v.number(j), v.digits(j) == 2, mm < 60 { minute = mm; j += 1 } // "4 Uhr 45"
        } else {
            return nil
        }
        var hour = h
        if let w = v.word(j) {
            switch w {
            case "früh", "morgens", "vormittags": j += 1
            case "abends", "nachmittags", "nachts": if hour < 12 && w != "nachts" { hour += 12 }; j += 1
            default: break
            }
        }
        var zone: String?
        if v.isWord(j, "ortszeit") { j += 1 }
        else if v.isWord(j, "mez") { zone = "+01"; j += 1 }
        else if v.isWord(j, "mesz") { zone = "+02"; j += 1 }
        else if v.isWord(j, ["utc", "gmt"]) { zone = "Z"; j += 1 }
        else if v.isWord(j, "mitteleuropäischer") {
            if v.isWord(j + 1, "zeit") { zone = "+01"; j += 2 }
            else if v.isWord(j + 1, "sommerzeit") { zone = "+02"; j += 2 }
        }
        return Candidate(i, j, "TIME", .time(hour: hour, minute: minute, zone: zone))
    }

    /// Parts of day: "Morgen des 22. Juni 1941", "am Abend", "in der Nacht", "Nacht vom 16.",
    /// "frühen Morgen des 6. Juni", "Mitternacht", "heute Morgen" (via `relativeWord`).
    func partOfDay(_ i: Int) -> Candidate? {
        var j = i
        if v.isWord(i, ["frühen", "späten", "späteren"]) { j += 1 }
        guard let w = v.word(j), v.capitalized(j) else { return nil }
        if w == "mitternacht" {
            guard v.isWord(i - 1, ["um", "gegen", "nach", "vor", "bis", "ab", "zu"]) else { return nil }
            return Candidate(i, j + 1, "TIME", .time(hour: 24, minute: 0, zone: nil))
        }
        guard let part = Lexicon.deDayParts[w], !w.hasSuffix("s") || w.hasSuffix("stunden") else { return nil }
        if w == "früh" { return nil }
        let k = j + 1
        // "... des 22. Juni 1941" / "... vom 16." / "... des 2. Mai"
        if v.isWord(k, ["des", "vom", "am", "zum"]) {
            if let full = fullDate(k + 1), case let .date(y, m, d, nil) = full.sem {
                var sem: Sem = .date(year: y, month: m, day: d, part: part)
                if v.isWord(k, "zum"), let y, let m, let d {
                    let prev = SimpleDate(year: y, month: m, day: d).adding(days: -1)
                    sem = .date(year: prev.year, month: prev.month, day: prev.day, part: part)
                }
                return Candidate(i, full.end, "TIME", sem)
            }
            if let list = dayList(k + 1), case let .date(y, m, d, _) = list[0].sem {
                return Candidate(i, list[0].start + 2, "TIME", .date(year: y, month: m, day: d, part: part))
            }
            if v.isWord(k + 1, ["selben", "gleichen"]), v.isWord(k + 2, "tages") {
                return Candidate(i, k + 3, "TIME", .shift(.day, amount: 0, anchor: .context, part: part))
            }
        }
        if v.isWord(k, ["desselben", "dieses", "jenes"]), v.isWord(k + 1, "tages") {
            return Candidate(i, k + 2, "TIME", .shift(.day, amount: 0, anchor: .context, part: part))
        }
        if v.isWord(k, "darauf") {
            return Candidate(i, k + 1, "TIME", .shift(.day, amount: 1, anchor: .context, part: part))
        }
        // Standalone: needs an article/preposition ("am Morgen", "in der Nacht").
        let prev = v.word(i - 1)
        var amount = 0
        var start = i
        if v.isWord(i - 1, ["nächsten", "folgenden", "darauffolgenden"]) { amount = 1; start = i - 1 }
        else if v.isWord(i - 1, ["selben", "gleichen"]) { start = i - 1 }
        else if let p = prev, ["am", "an", "der", "die", "den", "gegen", "zur", "im", "bis", "vom", "jenem", "jener"].contains(p) {
            if j == i && w == "morgen" && !["am", "den", "dem", "zum", "vom", "gegen", "bis", "im"].contains(p) { return nil }
        } else if j == i {
            return nil
        }
        return Candidate(start, j + 1, "TIME", .shift(.day, amount: amount, anchor: .context, part: part))
    }

    /// Single-word and fixed relative expressions: "heute", "gestern Abend", "derzeit", "bald",
    /// "kürzlich", "wenig später", "kurz zuvor", "täglich".
    func relativeWord(_ i: Int) -> Candidate? {
        guard let w = v.word(i) else { return nil }
        func dayRel(_ n: Int) -> Candidate {
            // "gestern Abend", "heute Morgen", "morgen früh"
            if let pw = v.word(i + 1), let p = Lexicon.deDayParts[pw], !pw.hasSuffix("s") || pw == "morgens" || pw == "abends" {
                return Candidate(i, i + 2, "TIME", .shift(.day, amount: n, anchor: .dct, part: p))
            }
            return Candidate(i, i + 1, "DATE", .shift(.day, amount: n, anchor: .dct, part: nil))
        }
        switch w {
        case "heute":
            if v.isWord(i + 1, ["morgen", "abend", "nacht", "nachmittag", "vormittag", "mittag", "früh"]) { return dayRel(0) }
            return Candidate(i, i + 1, "DATE", .shift(.day, amount: 0, anchor: .dct, part: nil)) // narrative → PRESENT_REF in tagger
        case "gestern": return dayRel(-1)
        case "vorgestern": return dayRel(-2)
        case "übermorgen": return dayRel(2)
        case "morgen":
            // Lower-case "morgen" = tomorrow; "am Morgen"/"den Morgen" is a part of day.
            if v.capitalized(i) && !v.sentenceInitial(i) { return nil }
            if v.isWord(i - 1, ["am", "den", "dem", "zum", "vom", "jeden", "guten", "diesen", "eines", "bis", "heute", "des", "gegen"]) { return nil }
            if v.capitalized(i), v.isWord(i + 1, ["des", "vom"]) { return nil }
            return dayRel(1)
        case "jetzt", "derzeit", "zurzeit", "gegenwärtig", "momentan", "heutzutage", "bislang", "bisher", "mittlerweile", "inzwischen":
            if ["mittlerweile", "inzwischen"].contains(w) { return nil }
            return Candidate(i, i + 1, "DATE", .fixed("PRESENT_REF"))
        case "bald", "demnächst", "künftig", "zukünftig", "baldigst":
            if w == "bald" && v.isWord(i + 1, ["darauf", "danach"]) { return Candidate(i, i + 2, "DATE", .fixed("FUTURE_REF")) }
            return Candidate(i, i + 1, "DATE", .fixed("FUTURE_REF"))
        case "kürzlich", "neulich", "jüngst", "unlängst", "vorhin":
            return Candidate(i, i + 1, "DATE", .fixed("PAST_REF"))
        case "folgezeit":
            return Candidate(i, i + 1, "DATE", .fixed("FUTURE_REF"))
        case "zukunft":
            guard v.isWord(i - 1, ["in", "der", "die", "naher", "nächster", "absehbarer", "ferner"]) else { return nil }
            return Candidate(v.isWord(i - 1, ["in"]) ? i - 1 : i, i + 1, "DATE", .fixed("FUTURE_REF"))
        case "vergangenheit":
            guard v.isWord(i - 1, ["der", "die", "jüngsten", "jüngeren", "jüngster"]) else { return nil }
            return Candidate(i, i + 1, "DATE", .fixed("PAST_REF"))
        case "kurzem":
            if v.isWord(i - 1, "vor") { return Candidate(i - 1, i + 1, "DATE", .fixed("PAST_REF")) }
            if v.isWord(i - 1, ["binnen", "seit"]) { return Candidate(i - 1, i + 1, "DATE", .fixed(v.isWord(i - 1, "binnen") ? "FUTURE_REF" : "PAST_REF")) }
            return nil
        case "kürze":
            guard v.isWord(i - 1, "in") else { return nil }
            return Candidate(i - 1, i + 1, "DATE", .fixed("FUTURE_REF"))
        case "wenig", "kurz", "kurze", "kurzer", "wenige":
            var j = i + 1
            if v.isWord(j, "zeit") { j += 1 }
            switch v.word(j) {
            case "später", "danach", "darauf", "anschließend": return Candidate(i, j + 1, "DATE", .fixed("FUTURE_REF"))
            case "zuvor", "vorher", "davor": return Candidate(i, j + 1, "DATE", .fixed("PAST_REF"))
            default: break
            }
            if w == "kurzer" && v.isWord(i + 1, "zeit") && v.isWord(i - 1, ["nach", "in", "binnen", "innerhalb"]) {
                return Candidate(i, i + 2, "DATE", .fixed("FUTURE_REF"))
            }
            return nil
        case "täglich", "tagtäglich": return Candidate(i, i + 1, "SET", .fixed("P1D"))
        case "wöchentlich": return Candidate(i, i + 1, "SET", .fixed("P1W"))
        case "monatlich": return Candidate(i, i + 1, "SET", .fixed("P1M"))
        case "jährlich", "alljährlich": return Candidate(i, i + 1, "SET", .fixed("P1Y"))
        case "stündlich": return Candidate(i, i + 1, "SET", .fixed("PT1H"))
        case "jeden", "jedes", "jede", "pro":
            if let wd = weekday(i + 1), v.capitalized(i + 1) { return Candidate(i, i + 2, "SET", .fixed("XXXX-WXX-\(wd.wd)")) }
            if let u = v.word(i + 1), let unit = Lexicon.deUnits[u], ["tag", "woche", "monat", "jahr", "stunde", "jahrzehnt"].contains(u) {
                return Candidate(i, i + 2, "SET", .fixed(DurationFormat.make(1, unit: unit.0, time: unit.1)))
            }
            return nil
        case "folge":
            // "in der Folge" (subsequently)
            guard v.isWord(i - 1, "der"), v.isWord(i - 2, "in"), !v.isWord(i + 1, ["des", "der", "von"]) else { return nil }
            return Candidate(i - 2, i + 1, "DATE", .fixed("FUTURE_REF"))
        case "langem":
            guard v.isWord(i - 1, ["seit", "vor"]) else { return nil }
            return Candidate(i - 1, i + 1, v.isWord(i - 1, "seit") ? "DURATION" : "DATE", .fixed(v.isWord(i - 1, "seit") ? "PXY" : "PAST_REF"))
        case "jahren", "monaten", "wochen", "jahrzehnten":
            // "seit Jahren" = for years
            guard v.isWord(i - 1, "seit"), v.capitalized(i) else { return nil }
            return Candidate(i, i + 1, "DURATION", .fixed("PX" + Lexicon.deUnits[w]!.0))
        default:
            if let d = durationAdjective(w) { return Candidate(i, i + 1, "DURATION", .fixed(d)) }
            if let wd = Lexicon.deWeekdays[String(w.dropLast())], w.hasSuffix("s"), !v.capitalized(i) || v.isWord(i - 1, ["immer", "jeweils", "nur"]) {
                return Candidate(i, i + 1, "SET", .fixed("XXXX-WXX-\(wd)"))
            }
            return nil
        }
    }

    /// Duration adjectives: "zweimonatige" → P2M, "mehrjährigen" → PXY, "monatelang" → PXM,
    /// "achttägiger" → P8D, "anderthalbstündigem" → PT1H30M, "ganzjährig" → P1Y.
    func durationAdjective(_ w: String) -> String? {
        guard w.count > 7 else { return nil }
        let suffixes: [(String, String, Bool)] = [
            ("tägig", "D", false), ("wöchig", "W", false), ("monatig", "M", false), ("jährig", "Y", false),
            ("stündig", "H", true), ("minütig", "M", true),
        ]
        let longs: [(String, String, Bool)] = [
            ("tagelang", "D", false), ("wochenlang", "W", false), ("monatelang", "M", false), ("jahrelang", "Y", false),
            ("jahrzehntelang", "DE", false), ("stundenlang", "H", true), ("nächtelang", "D", false),
        ]
        var stem = w
        for end in ["en", "er", "es", "em", "e"] where stem.hasSuffix(end) {
            let cut = String(stem.dropLast(end.count))
            if suffixes.contains(where: { cut.hasSuffix($0.0) }) || longs.contains(where: { cut.hasSuffix($0.0) }) { stem = cut; break }
        }
        for (suf, unit, time) in longs where stem == suf { return DurationFormat.make(nil, unit: unit, time: time) }
        for (suf, unit, time) in suffixes where stem.hasSuffix(suf) {
            let prefix = String(stem.dropLast(suf.count))
            if prefix == "mehr" || prefix == "viel" { return DurationFormat.make(nil, unit: unit, time: time) }
            if prefix == "ganz" { return DurationFormat.make(1, unit: unit, time: time) }
            if let n = Lexicon.deNumbers[prefix], !["einer", "einen", "einem", "eine", "beide", "beiden", "zweier", "dreier"].contains(prefix) {
                return DurationFormat.make(n, unit: unit, time: time)
            }
            if prefix == "ein" { return DurationFormat.make(1, unit: unit, time: time) }
            return nil
        }
        return nil
    }

    /// Relative unit phrases without a number: "vergangenen Jahr", "letzte Woche",
    /// "kommenden Monaten", "selben Tag", "folgenden Tag", "Vorjahr", "Jahr darauf",
    /// "diesem Jahr", "ersten Quartal 2023", "zweiten Jahreshälfte".
    func relativeUnit(_ i: Int) -> Candidate? {
        guard let w = v.word(i) ?? (v.dayOrdinal(i) != nil ? "" : nil) else { return nil }
        switch w {
        case "vorjahr", "vorjahres": return Candidate(i, i + 1, "DATE", .shift(.year, amount: -1, anchor: .deictic, part: nil))
        case "folgejahr", "folgejahres": return Candidate(i, i + 1, "DATE", .shift(.year, amount: 1, anchor: .context, part: nil))
        case "vormonat", "vormonats": return Candidate(i, i + 1, "DATE", .shift(.month, amount: -1, anchor: .deictic, part: nil))
        case "vorwoche": return Candidate(i, i + 1, "DATE", .shift(.week, amount: -1, anchor: .deictic, part: nil))
        case "vortag", "vortages": return Candidate(i, i + 1, "DATE", .shift(.day, amount: -1, anchor: .context, part: nil))
        case "folgetag", "folgetages": return Candidate(i, i + 1, "DATE", .shift(.day, amount: 1, anchor: .context, part: nil))
        case "jahre", "wochen", "monate", "tage", "jahrzehnte":
            guard v.capitalized(i), v.quantityBefore(i) == false else { return nil }
            if v.isWord(i + 1, ["später", "danach", "darauf"]) { return Candidate(i, i + 2, "DATE", .fixed("FUTURE_REF")) }
            if v.isWord(i + 1, ["zuvor", "vorher", "davor", "früher"]) { return Candidate(i, i + 2, "DATE", .fixed("PAST_REF")) }
            return nil
        case "tags", "tag", "jahr", "monat":
            // "Tags darauf", "Jahr darauf", "am Tag darauf", "ein Jahr zuvor" handled in unitPhrase
            guard v.capitalized(i), !v.isWord(i - 1, ["ein", "einen", "eines", "einem"]) else { return nil }
            let g: Granularity = w == "jahr" ? .year : (w == "monat" ? .month : .day)
            if v.isWord(i + 1, ["darauf", "danach"]) { return Candidate(i, i + 2, "DATE", .shift(g, amount: 1, anchor: .context, part: nil)) }
            if v.isWord(i + 1, ["zuvor", "davor"]) { return Candidate(i, i + 2, "DATE", .shift(g, amount: -1, anchor: .context, part: nil)) }
            return nil
        default: break
        }
        // Quarters / halves: "ersten Quartal 2023", "zweiten Jahreshälfte", "ersten Halbjahr", "1. Halbjahr".
        let ordinal = Lexicon.deOrdinals[w].map { ($0, i + 1) } ?? v.dayOrdinal(i).map { ($0, i + 2) }
        if let (q, ui) = ordinal, q > 0, let u = v.word(ui) {
            var code: Int?
            if u == "quartal" || u == "quartals", q <= 4 { code = q }
            if ["halbjahr", "halbjahres", "jahreshälfte"].contains(u), q <= 2 { code = 4 + q }
            if let code {
                if let ys = yearSuffix(ui + 1) {
                    return Candidate(i, ys.end, "DATE", .quarter(code, year: ys.year, yearOffset: ys.offset, anchor: ys.anchor))
                }
                return Candidate(i, ui + 1, "DATE", .quarter(code, year: nil, yearOffset: 0, anchor: .context))
            }
        }
        var amount: Int
        var anchor: Anchor = .deictic
        var plural: String?
        switch w {
        case "vergangenen", "vergangene", "vergangener", "vergangenes", "letzten", "letzte", "letztes", "letzter", "vorigen", "vorige", "voriges", "voriger", "vorvergangenen":
            amount = -1
            plural = "PAST_REF"
            if w == "vorvergangenen" { amount = -2 }
        case "kommenden", "kommende", "kommendes", "kommender", "nächsten", "nächste", "nächstes", "nächster":
            amount = 1
            plural = "FUTURE_REF"
        case "folgenden", "folgende", "folgendes", "darauffolgenden", "darauffolgende", "anschließenden", "neuen":
            amount = 1; anchor = .context
        case "vorangegangenen", "vorhergehenden", "vorherigen", "vorausgegangenen":
            amount = -1; anchor = .context
        case "diesem", "dieses", "diesen", "diese", "laufenden", "laufende", "laufendes", "jetzigen", "aktuellen":
            amount = 0
            plural = "PRESENT_REF"
        case "selben", "gleichen", "desselben", "demselben", "denselben", "derselben", "dieselbe", "dasselbe":
            amount = 0; anchor = .context
        default: return nil
        }
        guard let u = v.word(i + 1), v.capitalized(i + 1) else { return nil }
        var g: Granularity
        var isPlural = false
        switch u {
        case "jahr", "jahres", "jahrs": g = .year
        case "monat", "monats": g = .month
        case "woche": g = .week
        case "tag", "tages": g = .day
        case "quartal", "quartals": g = .quarter
        case "jahre", "jahren", "monate", "monaten", "wochen", "tage", "tagen", "jahrzehnte", "jahrzehnten":
            g = .year; isPlural = true
        case "wochenende": return Candidate(i, i + 2, "DATE", .weekend(amount: amount, anchor: anchor))
        default: return nil
        }
        if w == "neuen" && u != "jahres" && u != "jahr" { return nil }
        if isPlural {
            if let p = plural, !(anchor == .context) { return Candidate(i, i + 2, "DATE", .fixed(p)) }
            let unit = Lexicon.deUnits[u]!.0
            return Candidate(i, i + 2, "DURATION", .fixed("PX" + unit))
        }
        if g == .day && anchor == .deictic && amount != 0 { anchor = .context } // "am nächsten Tag"
        if g == .day && amount == 0 { anchor = .context }                       // "an diesem Tag"
        if let y = (g == .year ? year(i + 2, allowShort: true) : nil), v.digits(i + 2) == 4 || y.year < 0 {
            return Candidate(i, y.end, "DATE", .date(year: y.year, month: nil, day: nil, part: nil))
        }
        return Candidate(i, i + 2, "DATE", .shift(g, amount: amount, anchor: anchor, part: nil))
    }

    /// Quantity, for durations: digits, number words, vague words.
    func quantity(_ i: Int) -> (end: Int, amount: Double?)? {
        if let n = v.number(i), v.digits(i) <= 4 {
            if v.punct(i + 1, "."), v.attached(i + 1) { return nil } // ordinal "18."
            if v.punct(i + 1, ","), v.attached(i + 1), let f = v.number(i + 2), v.attached(i + 2), v.digits(i + 2) == 1 {
                return (i + 3, Double(n) + Double(f) / 10)
            }
            return (i + 1, Double(n))
        }
        guard let w = v.word(i) else { return nil }
        if ["ein", "eine", "einen", "einem", "einer", "eines"].contains(w), v.isWord(i + 1, ["halbes", "halben", "halbe"]) { return (i + 2, 0.5) }
        if ["halbes", "halben", "halbe"].contains(w) { return (i + 1, 0.5) }
        if let n = Lexicon.deNumbers[w] {
            if v.isWord(i + 1, ["halbe", "halben", "halb"]) { return (i + 2, n + 0.5) }
            if v.isWord(i + 1, "dreiviertel") { return (i + 2, n + 0.75) }
            return (i + 1, n)
        }
        if Lexicon.deVague.contains(w) { return (i + 1, nil) }
        if w == "ein" || w == "einige", v.isWord(i + 1, "paar") { return (i + 2, nil) }
        if w == "paar", v.isWord(i - 1, ["ein", "einige"]) { return (i + 1, nil) }
        return nil
    }

    /// Number + unit phrases: durations ("drei Jahre", "48 Stunden", "mehr als drei Tage",
    /// "einige Wochen", "letzten drei Jahren") and offsets ("zwei Tage später",
    /// "vor drei Jahren", "einen Monat später", "zwei Jahre zuvor", "nach zwei Tagen").
    func unitPhrase(_ i: Int) -> Candidate? {
        var j = i
        var mod: String?
        // Comparison modifiers.
        if v.isWord(j, ["mehr", "weniger"]), v.isWord(j + 1, "als") {
            mod = v.isWord(j, "mehr") ? "MORE_THAN" : "LESS_THAN"; j += 2
        } else if v.isWord(j, "bis"), v.isWord(j + 1, "zu") {
            mod = "EQUAL_OR_LESS"; j += 2
        } else if let w = v.word(j), let m = Lexicon.deMods[w] {
            mod = m; j += 1
            if w == "ca" || w == "zirka", v.punct(j, ".") { j += 1 }
        }
        // "letzten drei Jahren", "nächsten beiden Monaten", "ersten zwei Tagen"
        var frame: String?
        if let w = v.word(j), ["letzten", "vergangenen", "nächsten", "kommenden", "ersten", "folgenden", "darauffolgenden", "weiteren"].contains(w) {
            frame = w; j += 1
        }
        guard let q = quantity(j) else { return nil }
        var k = q.end
        if v.isWord(k, ["ganzen", "ganzes", "vollen", "volle", "weitere", "weiteren", "aufeinanderfolgenden", "langen", "lange", "kurzen", "darauffolgenden", "folgenden"]) { k += 1 }
        guard let uw = v.word(k), let unit = Lexicon.deUnits[uw], v.capitalized(k) else { return nil }
        if uw == "tages" || uw == "monats" || uw == "jahres" { return nil } // "eines Tages"
        if v.isWord(j, "eines") { return nil }
        let end = k + 1
        let amount = q.amount
        let g: Granularity? = switch unit.0 {
        case "D" where !unit.1: .day
        case "W": .week
        case "M" where !unit.1: .month
        case "Y": .year
        default: nil
        }
        // Offsets after the unit.
        if frame == nil, let after = v.word(end) {
            var sign = 0
            if ["später", "danach", "darauf", "nachher"].contains(after) { sign = 1 }
            if ["zuvor", "vorher", "davor", "früher"].contains(after) { sign = -1 }
            if sign != 0 {
                guard let a = amount, let g else {
                    return Candidate(i, end + 1, "DATE", .fixed(sign > 0 ? "FUTURE_REF" : "PAST_REF"), mod: mod)
                }
                return Candidate(i, end + 1, "DATE", offset(a * Double(sign), g, anchor: .context), mod: mod)
            }
        }
        // "vor drei Jahren" (ago), "nach zwei Tagen" (later): the preposition carries the arithmetic.
        if frame == nil, mod == nil, i == j, v.isWord(i - 1, ["vor", "nach"]), !v.isWord(end, ["seit", "nach", "vor"]) {
            let sign = v.isWord(i - 1, "vor") ? -1.0 : 1.0
            guard let a = amount, let g else {
                return Candidate(i - 1, end, "DATE", .fixed(sign < 0 ? "PAST_REF" : "FUTURE_REF"))
            }
            return Candidate(i - 1, end, "DATE", offset(a * sign, g, anchor: sign < 0 ? .deictic : .context))
        }
        if frame == nil, amount == nil, !v.isWord(i - 1, ["seit", "für", "über", "binnen", "innerhalb", "nach", "vor", "in"]) && q.end == j + 1 && !v.isWord(j, ["mehrere", "mehreren", "einige", "einigen", "wenige", "wenigen", "weniger"]) {
            return nil
        }
        let start = frame == nil ? i : i
        if frame == "letzten" || frame == "vergangenen" || frame == "nächsten" || frame == "kommenden" || frame == "ersten" || frame == "folgenden" || frame == "darauffolgenden" || frame == "weiteren" || frame == nil {
            return Candidate(start, end, "DURATION", .fixed(DurationFormat.make(amount, unit: unit.0, time: unit.1)), mod: mod)
        }
        return nil
    }

    private func offset(_ a: Double, _ g: Granularity, anchor: Anchor) -> Sem {
        switch g {
        case .day: return .shift(.day, amount: Int(a.rounded()), anchor: anchor, part: nil)
        case .week: return .shift(.day, amount: Int((a * 7).rounded()), anchor: anchor, part: nil)
        case .month: return .shift(.month, amount: Int(a.rounded()), anchor: anchor, part: nil)
        case .year:
            if a != a.rounded() { return .shift(.month, amount: Int((a * 12).rounded()), anchor: anchor, part: nil) }
            return .shift(.year, amount: Int(a), anchor: anchor, part: nil)
        case .quarter: return .shift(.quarter, amount: Int(a), anchor: anchor, part: nil)
        }
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
