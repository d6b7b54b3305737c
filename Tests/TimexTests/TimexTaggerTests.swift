import Testing
@testable import Timex

/// Finds the first match whose text equals `surface` (or contains it).
private func find(_ matches: [TimexMatch], _ surface: String) -> TimexMatch? {
    matches.first { $0.text == surface } ?? matches.first { $0.text.contains(surface) }
}

@Suite struct FieldBugReports {
    let tagger = TemporalTagger()

    /// Field case C08: bare and "vergangenen" weekdays resolve backwards across a month boundary.
    @Test func weekdaysBeforeSaturday() {
        let text = "Der Sprecher hatte die Berichte am Montag noch zurückgewiesen. Am vergangenen Mittwoch bestätigte er sie dann doch."
        let m = tagger.tag(text, referenceDate: ReferenceDate(year: 2025, month: 8, day: 2))
        #expect(m.count == 2)
        #expect(find(m, "Montag")?.value == "2025-07-28")
        #expect(find(m, "vergangenen Mittwoch")?.value == "2025-07-30")
    }

    /// Field case C10: a day range with the month named once.
    @Test func dayRange() {
        let text = "Das Manöver fand vom 12. bis 18. August an der Ostsee statt."
        let m = tagger.tag(text, referenceDate: ReferenceDate(year: 2025, month: 9, day: 1))
        #expect(m.count == 1)
        #expect(m.first?.text == "12. bis 18. August")
        #expect(m.first?.intervalStart == "2025-08-12")
        #expect(m.first?.intervalEnd == "2025-08-18")
    }

    @Test(arguments: [
        ("Mitte August", "Mitte August", "2023-08", "MID"),
        ("Das war im Juli.", "Juli", "2023-07", nil),
        ("Er kam am 18. August an.", "18. August", "2023-08-18", nil),
        ("Im vergangenen Jahr stieg der Umsatz.", "vergangenen Jahr", "2022", nil),
        ("In den kommenden Monaten soll gebaut werden.", "kommenden Monaten", "FUTURE_REF", nil),
        ("Im Jahr 2022 begann es.", "Jahr 2022", "2022", nil),
        ("Am Donnerstag sagte er, es gehe weiter.", "Donnerstag", "2023-08-24", nil),
        ("In den späten 1980ern wuchs die Stadt.", "späten 1980ern", "198", "END"),
        ("Die Schule wurde im frühen 19. Jahrhundert gegründet.", "frühen 19. Jahrhundert", "18", "START"),
        ("In den mittleren 1990er Jahren kam die Wende.", "mittleren 1990er Jahren", "199", "MID"),
    ] as [(String, String, String, String?)])
    func reference20230824(text: String, surface: String, value: String, mod: String?) {
        let m = tagger.tag(text, referenceDate: ReferenceDate(year: 2023, month: 8, day: 24))
        let hit = find(m, surface)
        #expect(hit?.text == surface, "\(m)")
        #expect(hit?.value == value, "\(m)")
        #expect(hit?.mod == mod)
    }
}

@Suite struct GermanExpressions {
    let tagger = TemporalTagger()
    let ref = ReferenceDate(year: 2023, month: 8, day: 24) // Thursday

    @Test(arguments: [
        ("Am Mittwoch trat er zurück.", "Mittwoch", "2023-08-23", "DATE"),
        ("Am vergangenen Mittwoch trat er zurück.", "vergangenen Mittwoch", "2023-08-23", "DATE"),
        ("Am Dienstagmorgen brannte es.", "Dienstagmorgen", "2023-08-22TMO", "TIME"),
        ("Am gestrigen Sonntag wurde gewählt.", "gestrigen Sonntag", "2023-08-23", "DATE"),
        ("Montagabend gab es Streit.", "Montagabend", "2023-08-21TEV", "TIME"),
        ("Kommenden Montag beginnt die Schule.", "Kommenden Montag", "2023-08-28", "DATE"),
        ("Es geschah am 18. August 2023.", "18. August 2023", "2023-08-18", "DATE"),
        ("Es geschah am Mittwoch, dem 27. Februar 2008.", "Mittwoch, dem 27. Februar 2008", "2008-02-27", "DATE"),
        ("Er starb am 3. Januar.", "3. Januar", "2023-01-03", "DATE"),
        ("Die Frist endete am 18.08.2023.", "18.08.2023", "2023-08-18", "DATE"),
        ("Juli 2022 war heiß.", "Juli 2022", "2022-07", "DATE"),
        ("Anfang August kam der Regen.", "Anfang August", "2023-08", "DATE"),
        ("Ende 2021 stiegen die Preise.", "Ende 2021", "2021", "DATE"),
        ("1969 betrat Armstrong den Mond.", "1969", "1969", "DATE"),
        ("In den 1990er Jahren boomte es.", "1990er Jahren", "199", "DATE"),
        ("Im 19. Jahrhundert wuchs die Stadt.", "19. Jahrhundert", "18", "DATE"),
        ("Caesar starb 44 v. Chr. in Rom.", "44 v. Chr.", "BC0044", "DATE"),
        ("Gestern regnete es.", "Gestern", "2023-08-23", "DATE"),
        ("Vorgestern regnete es.", "Vorgestern", "2023-08-22", "DATE"),
        ("Heute regnet es.", "Heute", "2023-08-24", "DATE"),
        ("Morgen wird es regnen.", "Morgen", "2023-08-25", "DATE"),
        ("Er kommt morgen.", "morgen", "2023-08-25", "DATE"),
        ("Letzte Woche war es kalt.", "Letzte Woche", "2023-W33", "DATE"),
        ("Derzeit ist alles ruhig.", "Derzeit", "PRESENT_REF", "DATE"),
        ("Zurzeit ist alles ruhig.", "Zurzeit", "PRESENT_REF", "DATE"),
        ("Bislang ist nichts passiert.", "Bislang", "PRESENT_REF", "DATE"),
        ("Das dauerte drei Jahre.", "drei Jahre", "P3Y", "DURATION"),
        ("Er war 48 Stunden unterwegs.", "48 Stunden", "PT48H", "DURATION"),
        ("Im Sommer 2005 kam er zurück.", "Sommer 2005", "2005-SU", "DATE"),
        ("Um 5.57 Uhr bebte die Erde.", "5.57 Uhr", "2023-08-24T05:57", "TIME"),
        ("Vor drei Jahren begann es.", "Vor drei Jahren", "2020", "DATE"),
        ("Zwei Tage später kam er.", "Zwei Tage später", "2023-08-26", "DATE"),
        ("Er arbeitet seit 1971 dort.", "1971", "1971", "DATE"),
        ("Im ersten Quartal 2023 sank der Umsatz.", "ersten Quartal 2023", "2023-Q1", "DATE"),
        ("Im vergangenen Monat sank der Umsatz.", "vergangenen Monat", "2023-07", "DATE"),
        ("In diesem Jahr sank der Umsatz.", "diesem Jahr", "2023", "DATE"),
        ("Mehr als zwei Wochen vergingen.", "Mehr als zwei Wochen", "P2W", "DURATION"),
        ("Er kommt täglich.", "täglich", "P1D", "SET"),
        ("Gestern Abend brannte es.", "Gestern Abend", "2023-08-23TEV", "TIME"),
        ("Zu Weihnachten 2022 schneite es.", "Weihnachten 2022", "2022-12-25", "DATE"),
    ] as [(String, String, String, String)])
    func expressions(text: String, surface: String, value: String, type: String) {
        let m = tagger.tag(text, referenceDate: ref)
        let hit = find(m, surface)
        #expect(hit?.text == surface, "\(m)")
        #expect(hit?.value == value, "\(m)")
        #expect(hit?.type == type, "\(m)")
    }

    @Test(arguments: [
        "2018 Menschen wurden verletzt.",
        "Am Morgen war es kalt und rund 1500 Leute kamen.",
        "August Bebel gründete die Partei.",
        "Er schrieb 2000 Seiten.",
    ])
    func noFalseYearOrMonth(text: String) {
        let m = tagger.tag(text, referenceDate: ref)
        #expect(!m.contains { $0.type == "DATE" && ($0.text.first?.isNumber ?? false || $0.text.hasPrefix("August")) }, "\(m)")
    }

    @Test func dayMonthMoreThanHalfAYearAheadIsLastYear() {
        let m = tagger.tag("Er starb am 20. Dezember.", referenceDate: ReferenceDate(year: 2023, month: 1, day: 10))
        #expect(m.first?.value == "2022-12-20")
        let f = tagger.tag("Die Wahl wird am 3. Januar stattfinden.", referenceDate: ReferenceDate(year: 2023, month: 11, day: 10))
        #expect(f.first?.value == "2024-01-03")
    }

    @Test func amMorgenIsPartOfDay() {
        let m = tagger.tag("Am Morgen war es kalt.", referenceDate: ref)
        #expect(m.first?.text == "Morgen")
        #expect(m.first?.value == "2023-08-24TMO")
    }

    @Test func noReferenceDateGivesPartialValues() {
        let m = tagger.tag("Am 18. August und am Mittwoch sowie gestern.", referenceDate: nil)
        #expect(find(m, "18. August")?.value == "XXXX-08-18")
        #expect(find(m, "Mittwoch")?.value == "XXXX-WXX-3")
        #expect(find(m, "gestern")?.value == nil)
    }

    @Test func rangesSliceInputExactly() {
        let text = "Über die Jahre – vom 3. März 2021 bis Ende Mai – stieg der Pegel; Straße überflutet am 5. Juni."
        let bytes = Array(text.utf8)
        for m in tagger.tag(text, referenceDate: ref) {
            #expect(String(decoding: bytes[m.range], as: UTF8.self) == m.text)
        }
    }

    @Test func narrativeAnchorsToLastMention() {
        let t = TemporalTagger(documentKind: .narrative)
        let m = t.tag("Im Jahr 1940 begann der Angriff. Am 9. April landeten Truppen. Zwei Tage später fiel die Stadt. Heute ist das vergessen.",
                      referenceDate: ReferenceDate(year: 2011, month: 2, day: 16))
        #expect(find(m, "9. April")?.value == "1940-04-09")
        #expect(find(m, "Zwei Tage später")?.value == "1940-04-11")
        #expect(find(m, "Heute")?.value == "PRESENT_REF")
    }
}

@Suite struct EnglishExpressions {
    let tagger = TemporalTagger()
    let ref = ReferenceDate(year: 2023, month: 8, day: 24)

    @Test(arguments: [
        ("He resigned on Monday.", "Monday", "2023-08-21"),
        ("He resigned last Friday.", "last Friday", "2023-08-18"),
        ("It happened on 12 June.", "12 June", "2023-06-12"),
        ("It happened on June 12, 2006.", "June 12, 2006", "2006-06-12"),
        ("It rained yesterday.", "yesterday", "2023-08-23"),
        ("Prices rose in mid-August.", "mid-August", "2023-08"),
        ("Prices rose in 2018.", "2018", "2018"),
        ("It lasted three years.", "three years", "P3Y"),
        ("It ended two weeks ago.", "two weeks ago", "2023-08-10"),
        ("In the 1990s it boomed.", "1990s", "199"),
        ("Last year was hot.", "Last year", "2022"),
    ] as [(String, String, String)])
    func expressions(text: String, surface: String, value: String) {
        let m = tagger.tag(text, referenceDate: ref, language: "en")
        let hit = find(m, surface)
        #expect(hit?.text == surface, "\(m)")
        #expect(hit?.value == value, "\(m)")
    }
}

@Suite struct CalendarMathTests {
    @Test func roundTrip() {
        for n in stride(from: -800_000, to: 100_000, by: 997) {
            #expect(SimpleDate(dayNumber: n).dayNumber == n)
        }
        #expect(SimpleDate(year: 2025, month: 8, day: 2).isoWeekday == 6)
        #expect(SimpleDate(year: 2023, month: 8, day: 17).isoWeek.week == 33)
        #expect(SimpleDate.easter(year: 2024) == SimpleDate(year: 2024, month: 3, day: 31))
    }
}
