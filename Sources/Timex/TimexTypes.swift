/// Public value types of the `Timex` temporal tagger.
///
/// Annotation scheme: ISO-TimeML TIMEX3 (Pustejovsky et al., "ISO-TimeML", ISO 24617-1:2012;
/// TimeML 1.2.1 TIMEX3 guidelines, <https://timeml.github.io/site/publications/timeMLdocs/timeml_1.2.1.html>).
/// The rule inventory follows HeidelTime's German and English resources
/// (Strötgen & Gertz, "Multilingual and cross-domain temporal tagging", LRE 47(2), 2013;
/// <https://github.com/HeidelTime/heideltime>), re-implemented from scratch as token patterns.

/// The document creation time (DCT) that relative expressions ("gestern", "im vergangenen Jahr")
/// are resolved against. It is a plain calendar date (proleptic Gregorian); the tagger never reads
/// the system clock.
public struct ReferenceDate: Sendable, Hashable {
    /// Calendar year, e.g. 2023.
    public var year: Int
    /// Month 1...12.
    public var month: Int
    /// Day of month 1...31.
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// One temporal expression found in a text.
public struct TimexMatch: Sendable, Hashable {
    /// UTF-8 byte offsets into the tagged string (start inclusive, end exclusive).
    /// `Array(input.utf8)[range]` is exactly `text`.
    ///
    /// Span convention: leading prepositions and articles ("am", "im", "vom", "seit", "in den") are
    /// *excluded*, as in the WikiWarsDE / ACE TIMEX2 gold standard; modifiers that change the value
    /// are *included* ("Mitte August", "Anfang der 1990er Jahre", "vergangenen Mittwoch",
    /// "vor drei Jahren", "mehr als drei Tage").
    public var range: Range<Int>
    /// The surface text; equal to the input's bytes in `range`.
    public var text: String
    /// TIMEX3 type: `DATE`, `TIME`, `DURATION` or `SET`.
    public var type: String
    /// TIMEX3 value, e.g. "2023-08-18", "2023-08", "2022", "XXXX-08-18", "2023-W33", "P3M",
    /// "PRESENT_REF", "PAST_REF", "FUTURE_REF", "19" (the 20th century), "199" (the 1990s),
    /// "BC0044", "2023-SU" (season), "2023-08-24TMO" (part of day), "2023-08-24T05:57".
    /// `nil` when the expression cannot be normalised (e.g. "gestern" without a reference date).
    /// For day ranges ("12. bis 18. August") it is the start of the interval.
    public var value: String?
    /// TIMEX3 `mod`: `START`, `MID`, `END`, `APPROX`, `LESS_THAN`, `MORE_THAN`,
    /// `EQUAL_OR_LESS`, `EQUAL_OR_MORE`.
    public var mod: String?
    /// For ranges ("vom 12. bis 18. August"): value of the first day of the interval.
    public var intervalStart: String?
    /// For ranges: value of the last day of the interval (inclusive).
    public var intervalEnd: String?

    public init(range: Range<Int>, text: String, type: String, value: String?, mod: String? = nil,
                intervalStart: String? = nil, intervalEnd: String? = nil) {
        self.range = range
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.intervalStart = intervalStart
        self.intervalEnd = intervalEnd
    }
}

/// How underspecified expressions are anchored (HeidelTime's "document types").
public enum DocumentKind: Sendable, Hashable {
    /// News: deictic expressions ("gestern", "im vergangenen Jahr", "18. August" without a year)
    /// are resolved against the reference date (document creation time).
    case news
    /// Narratives (encyclopedic/historic texts): underspecified expressions are resolved against
    /// the most recently mentioned date in the text; "heute"/"jetzt" become `PRESENT_REF`.
    case narrative
}
