import Testing
import Corpus
@testable import Answering

/// Builds a knowledge base from texts (ids d1, d2, …) and answers questions over it.
func answerer(_ texts: [String], date: CalendarDate? = nil) -> Answerer {
    let builder = KnowledgeBuilder()!
    builder.add(texts.enumerated().map { Document(id: "d\($0.offset + 1)", date: date, text: $0.element) })
    return Answerer(knowledgeBase: builder.knowledgeBase)!
}

/// Field cases (../shared/cases/field-cases.jsonl) checked end to end through the answerer.
@Suite struct FieldCaseAnswerTests {
    /// C23: wer / wann / was are answered with the type asked for.
    @Test func c23TypeBearingQuestionWords() {
        let a = answerer(["Am 18. August wies Kreml-Sprecher Dmitri Peskow den Bericht zurück. Außenminister Sergej Lawrow äußerte sich nicht dazu."],
                         date: CalendarDate(year: 2025, month: 8, day: 20))
        let when = a.answer("Wann wies Peskow den Bericht zurück?")
        #expect(when.text == "18. August")
        #expect(when.value == "2025-08-18")
        #expect(when.citations.first?.sentence == 1)
        let who = a.answer("Wer wies den Bericht zurück?")
        #expect(who.text == "Dmitri Peskow (Kreml-Sprecher)")
        #expect(who.citations.first?.sentence == 1)
        let what = a.answer("Was wies Peskow zurück?")
        #expect(what.text == "den Bericht")
        #expect(what.citations.first?.sentence == 1)
        // No date: no answer, no value; at most the Lawrow sentence as the closest evidence, never the 18 August one.
        let lawrow = a.answer("Wann äußerte sich Lawrow?")
        #expect(lawrow.text == nil)
        #expect(lawrow.value == nil)
        #expect(lawrow.citations.map(\.sentence) == [2])
    }

    /// C10: a day range with the month named once, resolved against the document date.
    @Test func c10DayRange() {
        let a = answerer(["Das Manöver fand vom 12. bis 18. August an der Ostsee statt."], date: CalendarDate(year: 2025, month: 9, day: 1))
        let r = a.answer("Wann fand das Manöver statt?")
        #expect(r.text == "12. bis 18. August")
        #expect(r.value == "2025-08-12/2025-08-18")
        #expect(r.citations.map(\.text) == ["Das Manöver fand vom 12. bis 18. August an der Ostsee statt."])
    }

    /// C12: a hyphenated given name stays whole and its part links back.
    @Test func c12HyphenatedNames() {
        let a = answerer(["Machthaber Kim Jong-un besichtigte am Dienstag eine Raketenfabrik. Dabei lobte Jong-un die Ingenieure. Ministerin Anna-Lena Brandt kritisierte den Besuch."])
        let r = a.answer("Wer besichtigte die Raketenfabrik?")
        #expect(r.text == "Kim Jong-un (Machthaber)")
        #expect(r.citations.first?.sentence == 1)
        #expect(a.answer("Wer ist Anna-Lena Brandt?").text == "Ministerin")
    }

    /// C18: decomposed umlauts in the article meet composed ones in the question (and vice versa).
    @Test(arguments: ["Wer wies die Vorwürfe zurück?", "Wer wies die Vorwu\u{0308}rfe zuru\u{0308}ck?"])
    func c18Normalization(question: String) {
        let a = answerer(["B\u{0075}\u{0308}rgermeister M\u{0075}\u{0308}ller wies die Vorw\u{0075}\u{0308}rfe zur\u{0075}\u{0308}ck."])
        let r = a.answer(question)
        #expect(r.text == "Müller (Bürgermeister)")
        #expect(r.citations.first?.text == "Bürgermeister Müller wies die Vorwürfe zurück.")
    }

    /// C19: soft hyphens are gone; the not-confirmed denial is found.
    @Test func c19SoftHyphens() {
        let a = answerer(["Das Verteidigungs\u{AD}ministerium be\u{AD}stätigte die Zahl der Toten nicht."])
        let r = a.answer("Was bestätigte das Verteidigungsministerium nicht?")
        #expect(r.text == "die Zahl der Toten")
        #expect(r.citations.first?.text == "Das Verteidigungsministerium bestätigte die Zahl der Toten nicht.")
    }

    /// C21: a byte-order mark does not stick to the first word.
    @Test func c21ByteOrderMark() {
        let a = answerer(["\u{FEFF}Kreml-Sprecher Dmitri Peskow dementierte den Bericht."])
        let r = a.answer("Wer dementierte den Bericht?")
        #expect(r.text == "Dmitri Peskow (Kreml-Sprecher)")
        #expect(r.citations.first?.text.hasPrefix("Kreml-Sprecher") == true)
        #expect(a.answer("Wer ist Dmitri Peskow?").text == "Kreml-Sprecher")
    }

    /// C22: questions without content give a clean "no answer".
    @Test(arguments: ["und die der", "?", "Wer ist das?"])
    func c22EmptyQuestions(question: String) {
        let a = answerer(["Der Kreml wies den Bericht zurück."])
        let r = a.answer(question)
        #expect(r.text == nil)
        #expect(r.citations.isEmpty)
    }
}
