// German relative rules: deictic words, sets, duration adjectives and relative unit phrases.

extension GermanRules {
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
        default:
            return recurringWord(w, at: i)
        }
    }

    /// The rest of `relativeWord`: sets ("täglich", "jeden Montag", "montags"), "in der Folge", "seit langem",
    /// "seit Jahren" and duration adjectives.
    func recurringWord(_ w: String, at i: Int) -> Candidate? {
        switch w {
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
        if let c = quarterOrHalf(w, at: i) { return c }
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

    /// Quarters and halves of a year: "ersten Quartal 2023", "zweiten Jahreshälfte", "ersten Halbjahr", "1. Halbjahr".
    func quarterOrHalf(_ w: String, at i: Int) -> Candidate? {
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
        return nil
    }
}
