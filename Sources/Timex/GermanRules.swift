// GermanRules: the rule set's word tables, shared matchers (era, year, month, weekday, year suffix) and the candidate list.
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
}
