import Testing
@testable import Answering

@Suite struct QuestionParserTests {
    @Test(arguments: [
        ("Wer ist John Kirby?", QuestionKind.role),
        ("Who is Dmitri Peskow?", .role),
        ("Wer ist der Sprecher des Kreml?", .holder),
        ("Wer sagte, dass Kontakte hergestellt werden?", .speaker),
        ("Wer bestreitet die Waffenlieferungen?", .denier),
        ("Who denied that North Korea supplies weapons?", .denier),
        ("Was bestreiten Moskau und Pjöngjang?", .denied),
        ("Was hat Peskow nicht bestätigt?", .denied),
        ("Was hat Peskow nicht bestaetigt?", .denied),
        ("Welche Nachrichtenagentur berichtete, dass Peskow den Briefaustausch nicht bestätigte?", .speaker),
        ("Wann fand das Treffen statt?", .when),
        ("In welchem Jahr trafen sich Trump und Kim?", .when),
        ("When did Kim and Putin exchange letters?", .when),
        ("Wo wurde Herta Müller geboren?", .where),
        ("In welcher Stadt befindet sich das Museum?", .where),
        ("Wie viele Personen wurden evakuiert?", .howMany),
        ("How many spectators saw the tour?", .howMany),
        ("Welches Amt hatte Tom Koenigs?", .role),
        ("Was sagte Kirby über Nordkorea?", .said),
        ("Welche Farbe hat der Himmel?", .search),
    ])
    func kinds(question: String, kind: QuestionKind) {
        #expect(QuestionParser().parse(question).kind == kind)
    }

    @Test func contentWordsDropQuestionWordsCuesAndTimeConstraints() {
        let q = QuestionParser().parse("Wann erreichte die Erde Anfang 2008 ihren sonnennächsten Punkt?")
        #expect(q.contentWords == ["erreichte", "Erde", "2008", "sonnennächsten", "Punkt"])
        #expect(q.predicate == "erreichte")
        let d = QuestionParser().parse("Was bestritt der Tatverdächtige?")
        #expect(d.contentWords == ["Tatverdächtige"])
    }

    @Test func lightVerbsAreNoPredicate() {
        #expect(QuestionParser().parse("Wann fand die Pressekonferenz statt?").predicate == nil)
        #expect(QuestionParser().parse("Wann wurde der Mafiaboss verhaftet?").predicate == "verhaftet")
    }
}

@Suite struct DenialFallbackTests {
    /// A denial the extractor does not model (verb-first clause after "Obwohl …,") is still answered from its cue.
    @Test func cueSentenceAnswersDeniedQuestion() {
        let a = answerer(["Der Angeklagte Max Muster wurde am Montag festgenommen. Obwohl die Beweise erdrückend waren, bestritt er eine Beteiligung am Raub."])
        let r = a.answer("Was bestritt der Angeklagte Max Muster?")
        #expect(r.text?.contains("Beteiligung am Raub") == true)
        #expect(r.citations.first?.sentence == 2)
    }

    /// "Was wurde …?" without content lists the denials, the first as the answer (C14 text: the negated ones are none).
    @Test func denialsListed() {
        let a = answerer(["Kreml-Sprecher Dmitri Peskow bestritt nicht, dass Gespräche stattgefunden hatten. Er schloss auch nicht aus, dass weitere folgen. Einen Bericht über Waffenlieferungen wies er dagegen zurück. Die Zahl der beteiligten Soldaten bestätigte er nicht."])
        let r = a.answer("Was wurde zurückgewiesen?")
        #expect(r.text?.contains("Bericht über Waffenlieferungen") == true)
        #expect(r.citations.map(\.sentence) == [3, 4])
        let n = a.answer("Was wurde nicht bestätigt?")
        #expect(n.text?.contains("Zahl der beteiligten Soldaten") == true)
        #expect(n.citations.map(\.sentence) == [4])
    }
}

@Suite struct ClaimAnswerTests {
    @Test func accuserAndAccusation() {
        let a = answerer(["Die Opposition wirft dem Minister Korruption vor. Der Minister wies die Vorwürfe zurück."])
        #expect(QuestionParser().parse("Wer wirft dem Minister Korruption vor?").kind == .accuser)
        let who = a.answer("Wer wirft dem Minister Korruption vor?")
        #expect(who.text?.contains("Opposition") == true)
        #expect(who.explanation.hasSuffix("status denied"))
        let what = a.answer("Was wirft die Opposition dem Minister vor?")
        #expect(what.text == "Korruption")
        #expect(what.citations.first?.sentence == 1)
    }

    /// A noun of the opening asks for the answer's type and names nothing ("An welchem Tag …?").
    @Test func openingNounIsNoName() {
        #expect(QuestionParser().parse("An welchem Tag ist Otto Lind gestorben?").names == ["Otto Lind"])
        #expect(QuestionParser().parse("Wer ist Karl von Lindhorst?").names == ["Karl von Lindhorst"])
    }
}
