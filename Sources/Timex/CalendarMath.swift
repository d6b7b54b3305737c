/// Proleptic Gregorian calendar arithmetic without Foundation.
///
/// `daysFromCivil`/`civilFromDays` follow Howard Hinnant, "chrono-Compatible Low-Level Date
/// Algorithms" (<https://howardhinnant.github.io/date_algorithms.html>). Day numbers count days
/// since 1970-01-01.
struct SimpleDate: Hashable, Sendable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    static func < (a: SimpleDate, b: SimpleDate) -> Bool { a.dayNumber < b.dayNumber }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: m <= 2 ? y + 1 : y, month: m, day: d)
    }

    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: Monday = 1 ... Sunday = 7.
    var isoWeekday: Int {
        let w = (dayNumber + 3) % 7 // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    func adding(days: Int) -> SimpleDate { SimpleDate(dayNumber: dayNumber + days) }

    func adding(months: Int) -> SimpleDate {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return SimpleDate(year: y, month: m, day: min(day, SimpleDate.daysIn(year: y, month: m)))
    }

    /// ISO 8601 week-numbering year and week.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - isoWeekday)
        let jan1 = SimpleDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year: year, month: month)
    }

    /// Easter Sunday (Anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
    static func easter(year: Int) -> SimpleDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return SimpleDate(year: year, month: month, day: day)
    }
}

enum TimexFormat {
    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// TIMEX year: "2023", "0800", "BC0044" (1 BC = year 0 is not used; negative = BC).
    static func year(_ y: Int) -> String {
        y < 0 ? "BC" + pad(-y, 4) : pad(y, 4)
    }

    static func day(_ d: SimpleDate) -> String {
        year(d.year) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2)
    }

    static func month(_ y: Int, _ m: Int) -> String { year(y) + "-" + pad(m, 2) }
}
