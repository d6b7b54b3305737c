// German duration rules: quantities and number + unit phrases (durations and offsets).

extension GermanRules {
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
        let g = Granularity(unit: unit)
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
}
