/// Intermediate meaning of a matched expression, resolved to a TIMEX3 value by `Resolver`.

/// What an underspecified or relative expression is anchored to.
enum Anchor: Sendable {
    /// Always the reference date (document creation time): "gestern", "heute".
    case dct
    /// The most recently mentioned date in the text, falling back to the reference date:
    /// "am selben Tag", "zwei Tage später".
    case context
    /// Reference date for news, most recent mention for narratives: "im vergangenen Jahr".
    case deictic
}

enum Granularity: Sendable {
    case day, week, month, quarter, year

    /// The calendar unit a duration unit of the lexicons counts in (`Lexicon.deUnits`, `Lexicon.enUnits`: the
    /// TIMEX3 unit letter and whether it is a clock-time unit, so that minutes are no months); `nil` otherwise.
    init?(unit: (String, Bool)) {
        switch unit.0 {
        case "D" where !unit.1: self = .day
        case "W": self = .week
        case "M" where !unit.1: self = .month
        case "Y": self = .year
        default: return nil
        }
    }
}

indirect enum Sem: Sendable {
    /// A finished value ("PRESENT_REF", "P3Y", "BC0044", "19").
    case fixed(String)
    /// Explicit calendar parts; a missing year is inferred (reference year or context).
    /// `year` may be negative (BC). `part` is a part of the day ("MO", "EV", ...).
    case date(year: Int?, month: Int?, day: Int?, part: String?)
    /// Month and/or day whose year is `anchor`'s year shifted by `yearOffset`
    /// ("August desselben Jahres", "März des folgenden Jahres").
    case dateInYear(month: Int?, day: Int?, yearOffset: Int, anchor: Anchor, part: String?)
    /// Weekday 1...7; `direction` -1 = the last one strictly before the anchor,
    /// 0 = on or before (news default; after in future-tense sentences), +1 = strictly after.
    case weekday(Int, direction: Int, part: String?)
    /// Anchor shifted by `amount` units, expressed at `granularity`
    /// ("gestern" = day -1 at dct; "im vergangenen Jahr" = year -1 deictic).
    case shift(Granularity, amount: Int, anchor: Anchor, part: String?)
    /// Season of an explicit or anchored year.
    case season(code: String, year: Int?, yearOffset: Int, anchor: Anchor)
    /// Quarter (1...4) or half (5 = H1, 6 = H2) of a year.
    case quarter(Int, year: Int?, yearOffset: Int, anchor: Anchor)
    /// Decade written with two digits ("90er Jahre"): century inferred from the reference year.
    case shortDecade(Int)
    /// Clock time on the context day.
    case time(hour: Int, minute: Int, zone: String?)
    /// Holiday relative to Easter (offset days) or fixed month/day, with optional year.
    case easter(offset: Int, year: Int?)
    /// A weekday-of-week value with ISO week from the anchor ("am Wochenende" → 2023-W33-WE).
    case weekend(amount: Int, anchor: Anchor)
}

/// One candidate produced by the rules: token span plus meaning.
struct Candidate: Sendable {
    /// First token index.
    var start: Int
    /// One past the last token index.
    var end: Int
    var type: String
    var sem: Sem
    var mod: String?
    /// For day ranges: meaning of the last day (the first day is `sem`).
    var rangeEnd: Sem?

    init(_ start: Int, _ end: Int, _ type: String, _ sem: Sem, mod: String? = nil, rangeEnd: Sem? = nil) {
        self.start = start
        self.end = end
        self.type = type
        self.sem = sem
        self.mod = mod
        self.rangeEnd = rangeEnd
    }
}
