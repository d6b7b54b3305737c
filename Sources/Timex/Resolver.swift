/// Turns `Sem` into TIMEX3 values, keeping track of the most recently mentioned date
/// (HeidelTime's "last mentioned reference" for narratives; Strötgen & Gertz 2013, §4.3).
struct Resolver {
    let reference: SimpleDate?
    let kind: DocumentKind
    /// Most recent mention at day / month / year granularity.
    var lastDay: SimpleDate?
    var lastMonth: (year: Int, month: Int)?
    var lastYear: Int?

    init(reference: ReferenceDate?, kind: DocumentKind) {
        if let r = reference, SimpleDate.isValid(year: r.year, month: r.month, day: r.day) {
            self.reference = SimpleDate(year: r.year, month: r.month, day: r.day)
        } else {
            self.reference = nil
        }
        self.kind = kind
    }

    // MARK: anchors

    private func anchorDay(_ a: Anchor) -> SimpleDate? {
        switch a {
        case .dct: return reference
        case .context: return lastDay ?? reference
        case .deictic: return kind == .news ? reference : (lastDay ?? reference)
        }
    }

    private func anchorMonth(_ a: Anchor) -> (year: Int, month: Int)? {
        switch a {
        case .dct: return reference.map { ($0.year, $0.month) }
        case .context: return lastMonth ?? reference.map { ($0.year, $0.month) }
        case .deictic:
            if kind == .news { return reference.map { ($0.year, $0.month) } }
            return lastMonth ?? reference.map { ($0.year, $0.month) }
        }
    }

    private func anchorYear(_ a: Anchor) -> Int? {
        switch a {
        case .dct: return reference?.year
        case .context: return lastYear ?? reference?.year
        case .deictic: return kind == .news ? reference?.year : (lastYear ?? reference?.year)
        }
    }

    /// Year for a month (and optional day) mentioned without a year.
    /// News: the reference year, moved back one year if the date would lie more than about half a
    /// year after the reference date (or forward if it lies half a year before it in a
    /// future-tense sentence) — after HeidelTime's news strategy. Narrative: last mentioned year.
    private func inferYear(month: Int, day: Int?, future: Bool) -> Int? {
        if kind == .narrative, let y = lastYear { return y }
        guard let ref = reference else { return nil }
        let y = ref.year
        let d = SimpleDate(year: y, month: month, day: min(day ?? 15, SimpleDate.daysIn(year: y, month: month)))
        let delta = d.dayNumber - ref.dayNumber
        if !future && delta > 183 { return y - 1 }
        if future && delta < -183 { return y + 1 }
        return y
    }

    // MARK: resolution

    /// Resolves `sem`; `future` tells whether the sentence is in future tense.
    mutating func resolve(_ sem: Sem, future: Bool) -> String? {
        switch sem {
        case .fixed(let v):
            if v.count == 4, let y = Int(v) { lastYear = y }
            if v.hasPrefix("BC"), v.count == 6, let y = Int(v.dropFirst(2)) { lastYear = -y }
            return v

        case let .date(year, month, day, part):
            guard let m = month else {
                guard let y = year else { return nil }
                noteYear(y)
                return TimexFormat.year(y)
            }
            let y = year ?? inferYear(month: m, day: day, future: future)
            return format(year: y, month: m, day: day, part: part)

        case let .dateInYear(month, day, yearOffset, anchor, part):
            let y = anchorYear(anchor).map { $0 + yearOffset }
            guard let m = month else {
                guard let y else { return nil }
                noteYear(y)
                return TimexFormat.year(y)
            }
            return format(year: y, month: m, day: day, part: part)

        case let .weekday(wd, direction, part):
            return resolveWeekday(wd, direction: direction, part: part, future: future)

        case let .shift(gran, amount, anchor, part):
            return resolveShift(gran, amount: amount, anchor: anchor, part: part)

        case let .season(code, year, yearOffset, anchor):
            let y = year ?? anchorYear(anchor).map { $0 + yearOffset }
            if let y { noteYear(y) }
            return (y.map(TimexFormat.year) ?? "XXXX") + "-" + code

        case let .quarter(q, year, yearOffset, anchor):
            let y = year ?? anchorYear(anchor).map { $0 + yearOffset }
            if let y { noteYear(y) }
            let code = q <= 4 ? "Q\(q)" : "H\(q - 4)"
            return (y.map(TimexFormat.year) ?? "XXXX") + "-" + code

        case .shortDecade(let dd):
            var century = 19
            if let r = reference {
                century = r.year / 100
                if century * 100 + dd * 10 > r.year { century -= 1 }
            }
            return String(century) + String(dd)

        case let .time(hour, minute, zone):
            var base = (lastDay ?? reference).map(TimexFormat.day) ?? "XXXX-XX-XX"
            if kind == .narrative, lastDay == nil, let y = lastYear { base = TimexFormat.year(y) + "-XX-XX" }
            let hm = TimexFormat.pad(hour, 2) + ":" + TimexFormat.pad(minute, 2)
            return base + "T" + hm + (zone ?? "")

        case let .easter(offset, year):
            let y: Int?
            if let year { y = year } else if kind == .narrative, let ly = lastYear { y = ly } else {
                y = reference?.year
            }
            guard let y else { return nil }
            let d = SimpleDate.easter(year: y).adding(days: offset)
            noteDay(d)
            return TimexFormat.day(d)

        case let .weekend(amount, anchor):
            guard let a = anchorDay(anchor) else { return nil }
            let w = a.adding(days: 7 * amount).isoWeek
            return TimexFormat.year(w.year) + "-W" + TimexFormat.pad(w.week, 2) + "-WE"
        }
    }

    /// A weekday ("Mittwoch", "vergangenen Mittwoch") against the reference (news) or the last day named (narrative).
    private mutating func resolveWeekday(_ wd: Int, direction: Int, part: String?, future: Bool) -> String? {
        let anchor = kind == .news ? reference : (lastDay ?? reference)
        guard let a = anchor else { return "XXXX-WXX-\(wd)" + (part.map { "T" + $0 } ?? "") }
        var delta = wd - a.isoWeekday
        var dir = direction
        if dir == 0 && future { dir = 2 } // on or after
        switch dir {
        case -1: if delta >= 0 { delta -= 7 }
        case 1: if delta <= 0 { delta += 7 }
        case 2: if delta < 0 { delta += 7 }
        default: if delta > 0 { delta -= 7 }
        }
        let d = a.adding(days: delta)
        noteDay(d)
        return TimexFormat.day(d) + (part.map { "T" + $0 } ?? "")
    }

    /// A shift by days, weeks, months, quarters or years from the anchor ("gestern", "im Vorjahr").
    private mutating func resolveShift(_ gran: Granularity, amount: Int, anchor: Anchor, part: String?) -> String? {
        switch gran {
        case .day:
            if kind == .narrative, anchor != .dct, lastDay == nil {
                // No day-level anchor: keep what is known ("1863-XX-XX") instead of jumping to the DCT.
                if let m = lastMonth { return TimexFormat.month(m.year, m.month) + "-XX" + (part.map { "T" + $0 } ?? "") }
                if let y = lastYear { return TimexFormat.year(y) + "-XX-XX" + (part.map { "T" + $0 } ?? "") }
            }
            guard let a = anchorDay(anchor) else { return nil }
            let d = a.adding(days: amount)
            noteDay(d)
            return TimexFormat.day(d) + (part.map { "T" + $0 } ?? "")
        case .week:
            guard let a = anchorDay(anchor) else { return nil }
            let w = a.adding(days: 7 * amount).isoWeek
            return TimexFormat.year(w.year) + "-W" + TimexFormat.pad(w.week, 2)
        case .month:
            guard let a = anchorMonth(anchor) else { return nil }
            let d = SimpleDate(year: a.year, month: a.month, day: 1).adding(months: amount)
            if kind == .news || anchor == .context { noteMonth(d.year, d.month) }
            return TimexFormat.month(d.year, d.month)
        case .quarter:
            guard let a = anchorMonth(anchor) else { return nil }
            let d = SimpleDate(year: a.year, month: a.month, day: 1).adding(months: 3 * amount)
            return TimexFormat.year(d.year) + "-Q\((d.month - 1) / 3 + 1)"
        case .year:
            guard let a = anchorYear(anchor) else { return nil }
            // "im Vorjahr"/"letzten Jahres" are asides and do not move a narrative's anchor;
            // "im folgenden Jahr"/"des neuen Jahres" advance it.
            if amount == 0 || kind == .news || (amount > 0 && anchor == .context) { noteYear(a + amount) }
            return TimexFormat.year(a + amount)
        }
    }

    private mutating func format(year: Int?, month m: Int, day: Int?, part: String?) -> String {
        let suffix = part.map { "T" + $0 } ?? ""
        guard let y = year else {
            if let d = day { return "XXXX-" + TimexFormat.pad(m, 2) + "-" + TimexFormat.pad(d, 2) + suffix }
            return "XXXX-" + TimexFormat.pad(m, 2)
        }
        if let d = day {
            let date = SimpleDate(year: y, month: m, day: d)
            noteDay(date)
            return TimexFormat.day(date) + suffix
        }
        noteMonth(y, m)
        return TimexFormat.month(y, m)
    }

    private mutating func noteDay(_ d: SimpleDate) {
        lastDay = d
        lastMonth = (d.year, d.month)
        lastYear = d.year
    }

    private mutating func noteMonth(_ y: Int, _ m: Int) {
        lastMonth = (y, m)
        lastYear = y
        if let ld = lastDay, ld.year != y || ld.month != m { lastDay = nil }
    }

    private mutating func noteYear(_ y: Int) {
        if lastYear != y {
            lastMonth = nil
            lastDay = nil
        }
        lastYear = y
    }
}
