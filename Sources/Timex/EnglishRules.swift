/// English temporal-expression patterns (a compact subset of HeidelTime's English rules,
/// <https://github.com/HeidelTime/heideltime>, `resources/english/rules`), sharing the
/// normalisation machinery with the German rules.
struct EnglishRules {
    let v: TokenView

    func month(_ i: Int) -> (end: Int, month: Int)? {
        guard let w = v.word(i), let m = Lexicon.enMonths[w], v.capitalized(i) else { return nil }
        if Lexicon.enMonthAbbrevs.contains(w) {
            return (v.punct(i + 1, ".") && v.attached(i + 1) ? i + 2 : i + 1, m)
        }
        return (i + 1, m)
    }

    func era(_ j: Int) -> (end: Int, bc: Bool)? {
        if v.isWord(j, ["bc", "bce"]) { return (v.punct(j + 1, ".") ? j + 2 : j + 1, true) }
        if v.isWord(j, ["ad", "ce"]), !v.capitalized(j) || v.word(j) == "ad" { return (j + 1, false) }
        if v.isWord(j, "b"), v.punct(j + 1, "."), v.isWord(j + 2, "c") { return (v.punct(j + 3, ".") ? j + 4 : j + 3, true) }
        return nil
    }

    func year(_ i: Int, allowShort: Bool = false) -> (end: Int, year: Int)? {
        guard let n = v.number(i), v.digits(i) <= 4, n > 0 else { return nil }
        if (v.punct(i + 1, ",") || v.punct(i + 1, ".")) && v.attached(i + 1) && v.number(i + 2) != nil && v.attached(i + 2) { return nil }
        if let e = era(i + 1) { return (e.end, e.bc ? -n : n) }
        guard v.digits(i) == 4 || allowShort else { return nil }
        return (i + 1, n)
    }

    /// Ordinal day: "12", "12th", "1st".
    func day(_ i: Int) -> (end: Int, day: Int)? {
        guard let n = v.number(i), v.digits(i) <= 2, n >= 1, n <= 31 else { return nil }
        if let w = v.word(i + 1), v.attached(i + 1), ["st", "nd", "rd", "th"].contains(w) { return (i + 2, n) }
        return (i + 1, n)
    }

    func candidates(at i: Int) -> [[Candidate]] {
        var out: [[Candidate]] = []
        for c in [fullDate(i), monthExpr(i), weekdayExpr(i), yearExpr(i), decadeCentury(i), relative(i), unitPhrase(i), timeExpr(i), season(i)] {
            if let c { out.append([c]) }
        }
        return out
    }

    /// "June 12, 2006", "12 June 2006", "12 June", "June 12", "Monday, June 12", "2006-06-12".
    func fullDate(_ i: Int) -> Candidate? {
        var k = i
        if let w = v.word(i), Lexicon.enWeekdays[w] != nil, v.capitalized(i) {
            k = v.punct(i + 1, ",") ? i + 2 : i + 1
        }
        if let m = month(k), let d = day(m.end), v.number(m.end) != nil {
            if v.punct(d.end, ":") { return nil }
            var j = d.end
            if v.punct(j, ",") { j += 1 }
            if let y = year(j) { return Candidate(i, y.end, "DATE", .date(year: y.year, month: m.month, day: d.day, part: nil)) }
            if v.number(d.end) != nil { return nil }
            return Candidate(i, d.end, "DATE", .date(year: nil, month: m.month, day: d.day, part: nil))
        }
        var dk = k
        if v.isWord(dk, "the"), k == i { dk += 1 }
        if let d = day(dk) {
            var j = d.end
            if v.isWord(j, "of") { j += 1 }
            if let m = month(j) {
                if let y = year(m.end) ?? (v.punct(m.end, ",") ? year(m.end + 1) : nil) {
                    return Candidate(i, y.end, "DATE", .date(year: y.year, month: m.month, day: d.day, part: nil))
                }
                return Candidate(i, m.end, "DATE", .date(year: nil, month: m.month, day: d.day, part: nil))
            }
        }
        if let y = v.number(k), v.digits(k) == 4, v.punct(k + 1, "-"), v.attached(k + 1), let m = v.number(k + 2),
           v.digits(k + 2) == 2, v.attached(k + 2), v.punct(k + 3, "-"), v.attached(k + 3), let d = v.number(k + 4),
           v.digits(k + 4) == 2, v.attached(k + 4), SimpleDate.isValid(year: y, month: m, day: d) {
            return Candidate(i, k + 5, "DATE", .date(year: y, month: m, day: d, part: nil))
        }
        return nil
    }

    /// "mid-August", "early June 2005", "June 2005", "in July", "the end of May".
    func monthExpr(_ i: Int) -> Candidate? {
        var j = i
        var mod: String?
        switch v.word(i) {
        case "mid": mod = "MID"; j += 1; if v.isDash(j) { j += 1 }
        case "early": mod = "START"; j += 1
        case "late": mod = "END"; j += 1
        case "end", "beginning", "start", "middle":
            guard v.isWord(i + 1, "of") else { return nil }
            mod = v.isWord(i, "end") ? "END" : (v.isWord(i, "middle") ? "MID" : "START"); j += 2
        default: break
        }
        if mod != nil, let y = year(j) {
            return Candidate(i, y.end, "DATE", .date(year: y.year, month: nil, day: nil, part: nil), mod: mod)
        }
        guard let m = month(j) else { return nil }
        var end = m.end
        if v.punct(end, ","), year(end + 1) != nil { end += 1 }
        if let y = year(end) { return Candidate(i, y.end, "DATE", .date(year: y.year, month: m.month, day: nil, part: nil), mod: mod) }
        if mod == nil {
            guard v.isWord(i - 1, ["in", "since", "until", "by", "of", "from", "through", "during", "last", "next", "this", "early", "late", "to"]) else { return nil }
            if m.month == 5 && !v.isWord(i - 1, ["in", "since", "until", "of", "from", "during"]) { return nil }
        }
        return Candidate(i, m.end, "DATE", .date(year: nil, month: m.month, day: nil, part: nil), mod: mod)
    }

    /// "Monday", "last Friday", "next Monday", "Monday morning".
    func weekdayExpr(_ i: Int) -> Candidate? {
        var j = i
        var dir = 0
        if v.isWord(i, "last") || v.isWord(i, "past") { dir = -1; j += 1 }
        else if v.isWord(i, ["next", "coming"]) { dir = 1; j += 1 }
        else if v.isWord(i, "this") { j += 1 }
        guard let w = v.word(j), let wd = Lexicon.enWeekdays[w], v.capitalized(j) else {
            if j > i, v.isWord(j, "weekend") { return Candidate(i, j + 1, "DATE", .weekend(amount: dir, anchor: .deictic)) }
            return nil
        }
        var end = j + 1
        var part: String?
        if let p = v.word(end).flatMap({ Lexicon.enDayParts[$0] }) { part = p; end += 1 }
        return Candidate(i, end, part == nil ? "DATE" : "TIME", .weekday(wd, direction: dir, part: part))
    }

    /// "2018" (guarded), "44 BC", "the year 2022".
    func yearExpr(_ i: Int) -> Candidate? {
        var j = i
        var mod: String?
        switch v.word(i) {
        case "early": mod = "START"; j += 1
        case "mid": mod = "MID"; j += 1; if v.isDash(j) { j += 1 }
        case "late": mod = "END"; j += 1
        default: break
        }
        guard let y = year(j) else { return nil }
        if y.year < 0 { return Candidate(i, y.end, "DATE", .date(year: y.year, month: nil, day: nil, part: nil), mod: mod) }
        guard let n = v.number(j), n >= 1000, n <= 2099 else { return nil }
        if v.word(y.end) == "s" || v.punct(y.end, "'") { return nil }
        if let nw = v.word(y.end), ["people", "km", "m", "kg", "tons", "dollars", "euros", "percent", "times", "soldiers", "men", "troops"].contains(nw) { return nil }
        if v.isWord(j - 1, ["about", "over", "nearly", "almost", "than", "some", "around", "roughly", "approximately"]) { return nil }
        if v.punct(j - 1, "$") || v.punct(y.end, "%") { return nil }
        return Candidate(i, y.end, "DATE", .date(year: y.year, month: nil, day: nil, part: nil), mod: mod)
    }

    /// "the 1990s", "the '90s", "the 19th century", "the nineties".
    func decadeCentury(_ i: Int) -> Candidate? {
        if let n = v.number(i), v.word(i + 1) == "s", v.attached(i + 1), n % 10 == 0 {
            if v.digits(i) == 4 { return Candidate(i, i + 2, "DATE", .fixed(TimexFormat.pad(n / 10, 3))) }
            if v.digits(i) == 2 { return Candidate(i, i + 2, "DATE", .shortDecade(n / 10)) }
        }
        if let n = v.number(i), v.digits(i) <= 2, let w = v.word(i + 1), v.attached(i + 1), ["st", "nd", "rd", "th"].contains(w),
           v.isWord(i + 2, "century") {
            if let e = era(i + 3) { return Candidate(i, e.end, "DATE", .fixed((e.bc ? "BC" : "") + TimexFormat.pad(n - 1, 2))) }
            return Candidate(i, i + 3, "DATE", .fixed(TimexFormat.pad(n - 1, 2)))
        }
        return nil
    }

    /// "yesterday", "today", "tomorrow", "now", "currently", "recently", "soon",
    /// "last year", "next week", "this month".
    func relative(_ i: Int) -> Candidate? {
        guard let w = v.word(i) else { return nil }
        switch w {
        case "today", "tonight": return Candidate(i, i + 1, w == "today" ? "DATE" : "TIME", .shift(.day, amount: 0, anchor: .dct, part: w == "tonight" ? "NI" : nil))
        case "yesterday", "tomorrow":
            let n = w == "yesterday" ? -1 : 1
            if let p = v.word(i + 1).flatMap({ Lexicon.enDayParts[$0] }) {
                return Candidate(i, i + 2, "TIME", .shift(.day, amount: n, anchor: .dct, part: p))
            }
            return Candidate(i, i + 1, "DATE", .shift(.day, amount: n, anchor: .dct, part: nil))
        case "now", "currently", "nowadays", "presently": return Candidate(i, i + 1, "DATE", .fixed("PRESENT_REF"))
        case "recently", "lately": return Candidate(i, i + 1, "DATE", .fixed("PAST_REF"))
        case "soon": return Candidate(i, i + 1, "DATE", .fixed("FUTURE_REF"))
        case "daily": return Candidate(i, i + 1, "SET", .fixed("P1D"))
        case "weekly": return Candidate(i, i + 1, "SET", .fixed("P1W"))
        case "annually", "yearly": return Candidate(i, i + 1, "SET", .fixed("P1Y"))
        case "last", "past", "previous", "next", "coming", "this", "following", "same":
            let amount = ["last", "past", "previous"].contains(w) ? -1 : (["next", "coming", "following"].contains(w) ? 1 : 0)
            let anchor: Anchor = ["following", "same"].contains(w) ? .context : .deictic
            switch v.word(i + 1) {
            case "year": return Candidate(i, i + 2, "DATE", .shift(.year, amount: amount, anchor: anchor, part: nil))
            case "month": return Candidate(i, i + 2, "DATE", .shift(.month, amount: amount, anchor: anchor, part: nil))
            case "week": return Candidate(i, i + 2, "DATE", .shift(.week, amount: amount, anchor: anchor, part: nil))
            case "day": return Candidate(i, i + 2, "DATE", .shift(.day, amount: amount, anchor: .context, part: nil))
            case "years", "months", "weeks", "days":
                return Candidate(i, i + 2, "DATE", .fixed(amount < 0 ? "PAST_REF" : (amount > 0 ? "FUTURE_REF" : "PRESENT_REF")))
            default: return nil
            }
        default: return nil
        }
    }

    /// "three years", "48 hours", "two days later", "three years ago", "several weeks".
    func unitPhrase(_ i: Int) -> Candidate? {
        var j = i
        var mod: String?
        if v.isWord(j, ["more", "less"]), v.isWord(j + 1, "than") { mod = v.isWord(j, "more") ? "MORE_THAN" : "LESS_THAN"; j += 2 }
        else if let w = v.word(j), let m = Lexicon.enMods[w], w != "some" { mod = m; j += 1 }
        var amount: Double?
        var k = j
        if let n = v.number(j), v.digits(j) <= 4 { amount = Double(n); k = j + 1 }
        else if let w = v.word(j), let n = Lexicon.enNumbers[w] { amount = n; k = j + 1 }
        else if let w = v.word(j), Lexicon.enVague.contains(w) { k = j + 1; if v.isWord(k, "of") { k += 1 } }
        else { return nil }
        if v.isDash(k), v.attached(k) { k += 1 }
        guard let uw = v.word(k), let unit = Lexicon.enUnits[uw] else { return nil }
        if (uw.hasSuffix("s") == false) && (amount ?? 2) > 1 && v.number(j) != nil && !v.isDash(k - 1) {
            // "3 year" only as a compound modifier; accept anyway
        }
        let end = k + 1
        let g = Granularity(unit: unit)
        if let after = v.word(end) {
            var sign = 0
            if ["later", "after"].contains(after) { sign = 1 }
            if ["ago", "earlier", "before"].contains(after) { sign = -1 }
            if sign != 0 {
                guard let a = amount, let g else { return Candidate(i, end + 1, "DATE", .fixed(sign > 0 ? "FUTURE_REF" : "PAST_REF")) }
                let n = Int(a) * sign
                let anchor: Anchor = after == "ago" ? .deictic : .context
                let sem: Sem = switch g {
                case .day: .shift(.day, amount: n, anchor: anchor, part: nil)
                case .week: .shift(.day, amount: 7 * n, anchor: anchor, part: nil)
                case .month: .shift(.month, amount: n, anchor: anchor, part: nil)
                default: .shift(.year, amount: n, anchor: anchor, part: nil)
                }
                return Candidate(i, end + 1, "DATE", sem, mod: mod)
            }
        }
        if amount == nil && v.isWord(j, ["some"]) { return nil }
        return Candidate(i, end, "DURATION", .fixed(DurationFormat.make(amount, unit: unit.0, time: unit.1)), mod: mod)
    }

    /// "5:57 a.m.", "3 p.m.", "14:30", "noon", "midnight".
    func timeExpr(_ i: Int) -> Candidate? {
        if v.isWord(i, "noon") || v.isWord(i, "midday") { return v.isWord(i - 1, ["at", "by", "until", "before", "after"]) ? Candidate(i, i + 1, "TIME", .time(hour: 12, minute: 0, zone: nil)) : nil }
        if v.isWord(i, "midnight") { return v.isWord(i - 1, ["at", "by", "until", "before", "after"]) ? Candidate(i, i + 1, "TIME", .time(hour: 24, minute: 0, zone: nil)) : nil }
        guard let h = v.number(i), v.digits(i) <= 2, h <= 24 else { return nil }
        var j = i + 1
        var minute = 0
        var explicit = false
        if v.punct(j, ":"), v.attached(j), let m = v.number(j + 1), v.digits(j + 1) == 2, m < 60 { minute = m; j += 2; explicit = true }
        var hour = h
        if let w = v.word(j) {
            if w == "am" || w == "pm" {
                if w == "pm" && hour < 12 { hour += 12 }
                if w == "am" && hour == 12 { hour = 0 }
                j += 1; explicit = true
            } else if w == "a" || w == "p", v.punct(j + 1, "."), v.isWord(j + 2, "m") {
                if w == "p" && hour < 12 { hour += 12 }
                if w == "a" && hour == 12 { hour = 0 }
                j += v.punct(j + 3, ".") ? 4 : 3; explicit = true
            } else if w == "o", v.punct(j + 1, "'"), v.isWord(j + 2, "clock") { j += 3; explicit = true }
        }
        guard explicit, h <= 12 || minute > 0 || j > i + 1 else { return nil }
        if !explicit { return nil }
        return Candidate(i, j, "TIME", .time(hour: hour, minute: minute, zone: nil))
    }

    /// "summer 2005", "in the spring".
    func season(_ i: Int) -> Candidate? {
        guard let w = v.word(i), let code = Lexicon.enSeasons[w] else { return nil }
        if let y = year(i + 1) { return Candidate(i, y.end, "DATE", .season(code: code, year: y.year, yearOffset: 0, anchor: .context)) }
        if v.isWord(i + 1, "of"), let y = year(i + 2) { return Candidate(i, y.end, "DATE", .season(code: code, year: y.year, yearOffset: 0, anchor: .context)) }
        guard v.isWord(i - 1, ["the", "this", "last", "next"]), w != "fall" || v.isWord(i - 1, ["the", "this", "last", "next"]) else { return nil }
        let off = v.isWord(i - 1, "last") ? -1 : (v.isWord(i - 1, "next") ? 1 : 0)
        let start = v.isWord(i - 1, ["this", "last", "next"]) ? i - 1 : i
        return Candidate(start, i + 1, "DATE", .season(code: code, year: nil, yearOffset: off, anchor: .deictic))
    }
}
