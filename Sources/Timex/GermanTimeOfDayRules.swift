// German time-of-day rules: clock times and parts of day.

extension GermanRules {
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
}
