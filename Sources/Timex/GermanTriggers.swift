/// Cheap gate for the German rules: only tokens that can start a match are examined
/// (the performance budget is ~10k articles per second-ish; most tokens are ordinary words).
extension GermanRules {
    /// Words that can start a German pattern (besides numbers and the lexicon entries).
    static let triggerWords: Set<String> = {
        var s: Set<String> = [
        "abend", "abends", "absehbarer", "achttägiger", "aktuellen", "alljährlich", "anderthalbstündigem", "anfang", "anfangs", "anschließenden",
        "bald", "baldigst", "beginn", "beide", "beiden", "binnen", "bis", "bisher", "bislang", "ca",
        "circa", "darauffolgende", "darauffolgenden", "dasselbe", "demnächst", "demselben", "denselben", "derselben", "derzeit", "desselben",
        "dieselbe", "diesem", "diesen", "dieses", "dreier", "ein", "eine", "einem", "einen", "einer",
        "einige", "einigen", "ende", "endes", "ersten", "etwa", "fast", "ferner", "folge", "folgejahr",
        "folgejahres", "folgende", "folgenden", "folgendes", "folgetag", "folgetages", "folgezeit", "früh", "frühen", "frühjahr",
        "frühjahrs", "frühling", "frühlings", "für", "ganz", "ganzjährig", "gegen", "gegenwärtig", "gestern", "gestrige",
        "gestrigen", "gestriger", "gleichen", "gründonnerstag", "halbe", "halben", "halbes", "halbjahr", "halbjahres", "heiligabend",
        "herbst", "heute", "heutige", "heutigen", "heutiger", "heutzutage", "himmelfahrt", "höchstens", "innerhalb", "inzwischen",
        "jahr", "jahre", "jahrelang", "jahren", "jahres", "jahresanfang", "jahresausklang", "jahresbeginn", "jahresende", "jahreshälfte",
        "jahresmitte", "jahrhundert", "jahrhunderte", "jahrhunderts", "jahrs", "jahrtausend", "jahrtausends", "jahrzehnt", "jahrzehnte", "jahrzehntelang",
        "jahrzehnten", "jahrzehnts", "jede", "jeden", "jedes", "jetzigen", "jetzt", "jh", "jhd", "jhdt",
        "jährig", "jährlich", "jüngeren", "jüngst", "jüngsten", "jüngster", "karfreitag", "knapp", "kommende", "kommenden",
        "kommender", "kommendes", "kurz", "kurze", "kurzem", "kurzer", "künftig", "kürze", "kürzlich", "langem",
        "laufe", "laufende", "laufenden", "laufendes", "letzte", "letzten", "letzter", "letztes", "mehr", "mehrere",
        "mehreren", "mehrjährigen", "mindestens", "minütig", "mittag", "mitte", "mitternacht", "mittlerweile", "momentan", "monat",
        "monate", "monatelang", "monaten", "monatig", "monatlich", "monats", "monatsanfang", "monatsbeginn", "monatsende", "monatsmitte",
        "morgen", "morgens", "morgige", "morgigen", "morgiger", "nachmittag", "nachmittags", "nacht", "nachts", "naher",
        "neuen", "neujahr", "neujahrstag", "neulich", "nächste", "nächsten", "nächster", "nächstes", "nächtelang", "ostermontag",
        "ostern", "ostersonntag", "paar", "pfingsten", "pfingstmontag", "pfingstsonntag", "pro", "quartal", "quartals", "rund",
        "selben", "selbigen", "silvester", "sommer", "spät", "späten", "späteren", "stunde", "stunden", "stundenlang",
        "stündig", "stündlich", "tag", "tage", "tagelang", "tagen", "tages", "tags", "tagtäglich", "tägig",
        "täglich", "unlängst", "vergangene", "vergangenen", "vergangener", "vergangenes", "vergangenheit", "verlauf", "verlaufe", "viel",
        "vorangegangenen", "vorausgegangenen", "vorgestern", "vorhergehenden", "vorherigen", "vorhin", "vorige", "vorigen", "voriger", "voriges",
        "vorjahr", "vorjahres", "vormittag", "vormittags", "vormonat", "vormonats", "vortag", "vortages", "vorvergangenen", "vorwoche",
        "weihnachten", "weihnachtsfeiertag", "weihnachtstag", "weiteren", "wenig", "wenige", "wenigen", "weniger", "winter", "woche",
        "wochen", "wochenende", "wochenlang", "wöchentlich", "wöchig", "zirka", "zukunft", "zukünftig", "zurzeit", "zweier",
        "zweimonatige", "zweiten", "zwischen", "übermorgen", "übers",
        ]
        for d in [Lexicon.deMonths.keys.map { $0 }, Lexicon.deWeekdays.keys.map { $0 }, Lexicon.deDayParts.keys.map { $0 },
                  Lexicon.deNumbers.keys.map { $0 }, Lexicon.deOrdinals.keys.map { $0 }, Array(Lexicon.deVague),
                  Lexicon.deUnits.keys.map { $0 }, Lexicon.deSeasons.keys.map { $0 }, Lexicon.deMods.keys.map { $0 }] {
            s.formUnion(d)
        }
        return s
    }()

    static let triggerPrefixes: [String] = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
                                            "sonntag", "spät", "früh", "zwanziger", "dreißiger", "vierziger", "fünfziger",
                                            "sechziger", "siebziger", "achtziger", "neunziger"]

    /// Whether token `i` can start (or anchor) a German temporal pattern.
    func mayStart(_ i: Int) -> Bool {
        let t = v.t[i]
        switch t.kind {
        case .number: return true
        case .punct: return false
        case .word:
            let w = t.lower
            if GermanRules.triggerWords.contains(w) { return true }
            guard w.utf8.count >= 6 else { return false }
            // Byte-level tests first; the Character-level ones only confirm a byte match.
            for p in GermanRules.triggerPrefixes where w.utf8.starts(with: p.utf8) && w.hasPrefix(p) { return true }
            if Self.containsBytes(w, "lang") || Self.containsBytes(w, "ig"), w.contains("lang") || w.contains("ig") {
                return durationAdjective(w) != nil
            }
            return false
        }
    }

    /// Whether the UTF-8 bytes of `needle` occur in those of `w` (a necessary condition for `w.contains(needle)`).
    static func containsBytes(_ w: String, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { n in
            var w = w
            return w.withUTF8 { h in
                guard h.count >= n.count else { return false }
                for start in 0...(h.count - n.count) where h[start] == n[0] {
                    var k = 1
                    while k < n.count, h[start + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                return false
            }
        }
    }
}
