import Testing
@testable import Answering

/// Questions that say the event in other words than the article: a compound's part, a noun the corpus never uses, a
/// preposition before "welchem Jahr", an elapsed time for "Wie lange". Sentences invented for these tests.
@Suite struct ParaphraseAnswerTests {
    /// The question's rare noun is a part of the article's compound ("Erde" in "Erdbeben"): the article still agrees.
    @Test func rareNounInsideACompound() {
        let a = answerer(["Am frühen Montag gegen 4 Uhr wurde Quellheim von einem Erdbeben der Stärke 3,1 erschüttert.",
                          "Die Feuerwehr in Lindau rückte am Abend zu einem Brand aus."])
        #expect(a.answer("Um wie viel Uhr bebte die Erde bei Quellheim?").text == "gegen 4 Uhr")
    }

    /// A German compound noun the corpus never uses ("Preisgeld") is no name the corpus lacks: its head is a noun.
    @Test func absentCompoundNounIsNoName() {
        let a = answerer(["Die Siegerin des Turniers in Quellheim erhält 20.000 Euro."])
        #expect(a.answer("Wie viel Preisgeld erhält die Siegerin des Turniers in Quellheim?").text == "20.000 Euro")
        // A name the corpus lacks still rules the sentences out.
        #expect(a.answer("Wie viel erhält die Siegerin des Turniers in Varnholt?").text == nil)
    }

    /// "Ab welchem Jahr …?" and "Seit welchem Jahr …?" ask for a date as "In welchem Jahr …?" does.
    @Test func prepositionBeforeWhichYear() {
        let a = answerer(["In Quellheim dürfen ab 2031 keine Lastwagen mehr durch die Altstadt fahren."])
        #expect(a.answer("Ab welchem Jahr gilt in Quellheim das Fahrverbot für Lastwagen?").text == "ab 2031")
    }

    /// "Wie lange …?" is answered by an elapsed time ("nach drei Tagen") as by a duration.
    @Test func elapsedTimeAnswersHowLong() {
        let a = answerer(["Die Verhandlung der Fischereikommission in Quellheim ist am 3. Mai nach vier Tagen ohne Ergebnis vertagt worden."])
        #expect(a.answer("Wie lange dauerte die Verhandlung der Fischereikommission in Quellheim?").text == "nach vier Tagen")
        #expect(a.answer("Wann wurde die Verhandlung der Fischereikommission in Quellheim vertagt?").text == "3. Mai")
    }

    /// "Wer hat X eingeordnet?" when the best sentence says it with another verb ("platziert"): the subject of its main
    /// clause; an adjective that opens the sentence is no subject.
    @Test func subjectOfTheBestSentenceWithAnotherVerb() {
        let a = answerer(["Die Turnierleitung hatte die Quellheimer Mannschaft nicht in Gruppe 1, sondern in Gruppe 2 platziert."])
        #expect(a.answer("Wer hat die Quellheimer Mannschaft in Gruppe 2 eingeordnet?").text == "Die Turnierleitung")
        let b = answerer(["Skeptisch äußerte sich hingegen die Quellheimer Bürgermeisterin Ida Korn zu den Plänen für die Brücke."])
        #expect(b.answer("Wer lehnte die Pläne für die Brücke in Quellheim ab?").text != "Skeptisch")
    }

    /// "Für wen …?" is answered by the phrase of that preposition, with the apposition that names whom it means;
    /// "Bis wohin …?" by the place after a preposition of direction.
    @Test func prepositionBeforeWhomAndWhither() {
        let a = answerer(["Die Lieder, die Otto Lind im Jahr 1921 für seine Frau, die Sängerin Ada Lowe, schrieb, sind bis heute bekannt.",
                          "Der Stau auf der A9 reichte am Freitag in Lindau von Quellheim bis nach Varnholt."])
        #expect(a.answer("Für wen schrieb Otto Lind die Lieder?").text?.contains("Ada Lowe") == true)
        #expect(a.answer("Bis wohin reichte der Stau auf der A9?").text == "Varnholt")
    }

    /// "Wie viel kostet X?": the verb asks for an amount of money, not for any number of the sentence.
    @Test func priceVerbAsksForMoney() {
        let a = answerer(["Mit rund 300 Euro schlägt die Hardware der Quellheimer Wetterstation zu Buche, für 20 Stationen ist Geld da."])
        #expect(a.answer("Wie viel kostet die Hardware der Quellheimer Wetterstation?").text == "300 Euro")
        // A number that is no amount of money (a title's "64") does not answer.
        let b = answerer(["Das neue Spiel Sternflug Null geht weit über das von Sternflug 64 gesetzte Maß hinaus."])
        #expect(b.answer("Wie viel wird das Spiel Sternflug Null kosten?").text == nil)
    }

    /// A person a sentence names did what the question asks only when the sentence says that act, or covers the
    /// question very well: the actress of a premiere is no answer to who directed it.
    @Test func personWithoutTheActIsNoAgent() {
        let a = answerer(["Bei der Uraufführung des Musicals Nordlicht im Quellheimer Stadttheater war Ida Korn in der Hauptrolle ein Lichtblick."])
        #expect(a.answer("Wer führte bei der Uraufführung des Musicals Nordlicht Regie?").text == nil)
        #expect(a.answer("Wer spielte bei der Uraufführung des Musicals Nordlicht die Hauptrolle?").text?.contains("Ida Korn") == true)
    }

    /// A rare noun the article does not use ("Chef" where it writes "Direktor") does not rule the article out when the
    /// question's names pin it.
    @Test func namesPinTheArticleOfAParaphrase() {
        let a = answerer(["Ole Varden, seit März Direktor des Quellheimer Kunstmuseums, stellte am Dienstag sein Programm vor.",
                          "Der Chef der Quellheimer Feuerwehr lobte am Montag die Helfer."])
        #expect(a.answer("Seit wann ist Varden Chef des Quellheimer Kunstmuseums?").text == "seit März")
    }

    /// "Auf/Von wie viel …?": the number the same preposition opens in the sentence, with its noun or unit.
    @Test func numberAfterTheQuestionsPreposition() {
        let a = answerer(["Die Dividende der Quellheimer Bank soll von 1,40 Euro auf 60 Cent je Aktie gekürzt werden."])
        #expect(a.answer("Auf wie viel wird die Dividende der Quellheimer Bank gekürzt?").text == "60 Cent")
        #expect(a.answer("Von wie viel wird die Dividende der Quellheimer Bank gekürzt?").text == "1,40 Euro")
    }

    /// A number next to the counted noun stands even when another sentence of the same article ranks higher (the lead
    /// names the event; the count follows further down).
    @Test func countedNumberOfTheSameArticle() {
        let a = answerer(["Quellheim – Mit dem Konzert bringt der Quellheimer Rundfunk die Festspiele live ins Wohnzimmer. Die Übertragung beginnt um 20 Uhr. "
                          + "Bis zu elf Kameras sind im Einsatz."])
        #expect(a.answer("Wie viele Kameras nutzt der Quellheimer Rundfunk für die Übertragung der Festspiele?").text?.contains("elf") == true)
    }
}
