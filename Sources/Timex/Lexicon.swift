import WordLists

/// Word lists for the German and English rules (months and weekdays from `calendar/*.txt`, shared with the
/// other stages). Inventory after HeidelTime's
/// `resources/german/repattern/*.txt` and `resources/english/repattern/*.txt`
/// (re-typed, not copied; HeidelTime is GPL-3).
enum Lexicon {
    /// Lowercase month names and abbreviations of `language` → month number (`calendar/months.txt`).
    static func monthTable(_ language: String) -> [String: Int] {
        var t: [String: Int] = [:]
        for m in Concepts.months where m.language == language { t[m.form.lowercased()] = m.number }
        return t
    }

    /// Lowercase weekday names of `language` → ISO weekday number (`calendar/weekdays.txt`).
    static func weekdayTable(_ language: String) -> [String: Int] {
        var t: [String: Int] = [:]
        for d in Concepts.weekdays where d.language == language { t[d.form.lowercased()] = d.number }
        return t
    }

    // MARK: German

    static let deMonths: [String: Int] = monthTable("de")
    /// Abbreviations that must be followed by "." to count as a month.
    static let deMonthAbbrevs: Set<String> = Set(Concepts.monthNames("de", full: false, abbreviations: true).map { $0.lowercased() })

    static let deWeekdays: [String: Int] = weekdayTable("de")

    /// Parts of the day → TIMEX3 suffix.
    static let deDayParts: [String: String] = [
        "morgen": "MO", "morgens": "MO", "morgenstunden": "MO", "vormittag": "MO", "vormittags": "MO",
        "früh": "MO", "mittag": "MI", "mittags": "MI", "nachmittag": "AF", "nachmittags": "AF",
        "abend": "EV", "abends": "EV", "abendstunden": "EV", "nacht": "NI", "nachts": "NI",
        "nachtstunden": "NI",
    ]

    static let deNumbers: [String: Double] = [
        "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
        "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
        "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
        "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
        "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
        "hundert": 100, "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5,
        "dreieinhalb": 3.5, "viereinhalb": 4.5, "fünfeinhalb": 5.5, "zweier": 2, "dreier": 3,
        "beiden": 2, "beide": 2,
    ]

    static let deOrdinals: [String: Int] = [
        "ersten": 1, "erste": 1, "erster": 1, "erstes": 1, "zweiten": 2, "zweite": 2,
        "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4, "letzten": -1, "letzte": -1,
    ]

    /// Vague quantities → "X".
    static let deVague: Set<String> = [
        "mehrere", "mehreren", "einige", "einigen", "wenige", "wenigen", "weniger", "viele",
        "vielen", "zahlreiche", "zahlreichen", "etliche", "etlichen",
    ]

    /// Duration units → (TIMEX unit letter, time unit?).
    static let deUnits: [String: (String, Bool)] = [
        "tag": ("D", false), "tage": ("D", false), "tagen": ("D", false), "tages": ("D", false),
        "woche": ("W", false), "wochen": ("W", false), "monat": ("M", false), "monate": ("M", false),
        "monaten": ("M", false), "monats": ("M", false), "jahr": ("Y", false), "jahre": ("Y", false),
        "jahren": ("Y", false), "jahres": ("Y", false), "stunde": ("H", true), "stunden": ("H", true),
        "minute": ("M", true), "minuten": ("M", true), "sekunde": ("S", true), "sekunden": ("S", true),
        "jahrzehnt": ("DE", false), "jahrzehnte": ("DE", false), "jahrzehnten": ("DE", false),
        "jahrzehnts": ("DE", false), "jahrhundert": ("CE", false), "jahrhunderte": ("CE", false),
        "jahrhunderten": ("CE", false), "nächte": ("D", false), "nächten": ("D", false),
        "quartal": ("Q", false), "quartale": ("Q", false),
    ]

    static let deSeasons: [String: String] = [
        "frühjahr": "SP", "frühjahrs": "SP", "frühling": "SP", "frühlings": "SP", "sommer": "SU",
        "sommers": "SU", "herbst": "FA", "herbstes": "FA", "herbsts": "FA", "winter": "WI",
        "winters": "WI",
    ]

    /// Decade words "zwanziger" → 2.
    static let deDecadeWords: [String: Int] = [
        "zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
        "siebziger": 7, "achtziger": 8, "neunziger": 9,
    ]

    /// Approximators and comparison modifiers → TIMEX3 mod.
    static let deMods: [String: String] = [
        "etwa": "APPROX", "rund": "APPROX", "ungefähr": "APPROX", "circa": "APPROX", "ca": "APPROX",
        "annähernd": "APPROX", "zirka": "APPROX", "knapp": "LESS_THAN", "fast": "LESS_THAN",
        "beinahe": "LESS_THAN", "nahezu": "LESS_THAN", "mindestens": "EQUAL_OR_MORE",
        "maximal": "EQUAL_OR_LESS", "höchstens": "EQUAL_OR_LESS", "gut": "MORE_THAN",
        "über": "MORE_THAN",
    ]

    // MARK: English

    static let enMonths: [String: Int] = monthTable("en")
    static let enMonthAbbrevs: Set<String> = Set(Concepts.monthNames("en", full: false, abbreviations: true).map { $0.lowercased() })

    static let enWeekdays: [String: Int] = weekdayTable("en")

    static let enDayParts: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "MI",
    ]

    static let enNumbers: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    ]
    static let enVague: Set<String> = ["several", "few", "many", "some", "couple"]

    static let enUnits: [String: (String, Bool)] = [
        "day": ("D", false), "days": ("D", false), "week": ("W", false), "weeks": ("W", false),
        "month": ("M", false), "months": ("M", false), "year": ("Y", false), "years": ("Y", false),
        "hour": ("H", true), "hours": ("H", true), "minute": ("M", true), "minutes": ("M", true),
        "second": ("S", true), "seconds": ("S", true), "decade": ("DE", false),
        "decades": ("DE", false), "century": ("CE", false), "centuries": ("CE", false),
        "quarter": ("Q", false),
    ]

    static let enSeasons: [String: String] = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
    ]

    static let enMods: [String: String] = [
        "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
        "nearly": "LESS_THAN", "almost": "LESS_THAN", "some": "APPROX",
    ]
}
