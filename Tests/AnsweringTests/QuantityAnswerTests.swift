import Testing
@testable import Answering

/// Ages, amounts of money, ranks and values in parentheses; statements of verbs the question asks with a modal or a
/// particle. The texts are written for these tests.
@Suite struct QuantityAnswerTests {
    /// "Wie alt ist X?": the age as news writes it, nearest to the person; or a description by age in the next sentence.
    @Test func ages() {
        let a = answerer(["Die Kassiererin Eva Roth, eine 52 Jahre alte Frau aus Quellheim, blieb unverletzt. Der Fahrer Otto Lind (34) floh.",
                          "Der Trainer Karl Brenner lobte die Mannschaft. Der 41-Jährige ist seit zwei Jahren im Amt."])
        #expect(a.answer("Wie alt ist Eva Roth?").text == "52 Jahre")
        #expect(a.answer("wie alt ist otto lind").text == "34")
        #expect(a.answer("Wie alt ist Karl Brenner?").text == "41-Jährige")
    }

    /// The age of a thing with a scale word ("259 Millionen Jahre alt").
    @Test func ageOfAThingWithAScaleWord() {
        let a = answerer(["Die ältesten Spuren enthalten Muscheln aus dem Quellheimer Kalk, die etwa 300 Millionen Jahre alt sind."])
        #expect(a.answer("Wie alt sind die Muscheln aus dem Quellheimer Kalk?").text == "300 Millionen Jahre")
    }

    /// "Wie viel Geld …?", "Wie hoch war die Beute?": a number with a currency unit, the multiplier and unit kept.
    @Test func amountsOfMoney() {
        let a = answerer(["Die Räuber erbeuteten bei dem Überfall auf die Sparkasse Quellheim 18.300 Euro und flohen mit 3 Autos.",
                          "Die Stiftung Lindtal verfügt über 40 Milliarden Dollar an Vermögen, sagte Otto Lind."])
        #expect(a.answer("Wie viel Geld erbeuteten die Räuber?").text == "18.300 Euro")
        #expect(a.answer("Über wie viel Geld verfügt die Stiftung Lindtal?").text == "40 Milliarden Dollar")
    }

    /// "Auf welchem Platz …?": the ordinal; a value in parentheses right after the question's name is that name's.
    @Test func ranksAndParentheses() {
        let a = answerer(["In der Tabelle stehen Quellheim (4.), Lindtal (9.) und Nordau (44.) unverändert.",
                          "Der Marktanteil liege bei Kornmarkt (12 Prozent) und Brotland (21 Prozent) höher."])
        #expect(a.answer("Auf welchem Platz steht Nordau?").text == "44.")
        #expect(a.answer("Welchen Platz belegt Lindtal in der Tabelle?").text == "9.")
        #expect(a.answer("Wie hoch ist der Marktanteil von Brotland?").text == "21 Prozent")
    }

    /// A negation before the comma that closes a fronted clause does not negate the verb after it; two nouns side by side
    /// after the verb are the actor and the object.
    @Test func verbAfterAFrontedClause() {
        let a = answerer(["Weil die Beweise nicht reichten, beantragte die Staatsanwaltschaft Freispruch."])
        #expect(a.answer("Was beantragte die Staatsanwaltschaft").text == "Freispruch")
    }

    /// "Was gab X zu?" (a light verb with its particle is a verb of its own) and "Was wollte X wissen?" (a modal: the
    /// infinitive is the verb).
    @Test func particleAndModalVerbs() {
        let a = answerer(["Die Firma Kraft Bau, die von der Stadt Hamm ihre Aufträge erhielt, gab zu, einer ihrer Vorarbeiter habe die Anweisung erteilt.",
                          "Die Sendung „Markt“ wollte wissen, warum die Preise so hoch seien."])
        #expect(a.answer("Was gab Kraft Bau zu?").text == "einer ihrer Vorarbeiter habe die Anweisung erteilt")
        #expect(a.answer("Was wollte die Sendung Markt wissen?").text == "warum die Preise so hoch seien")
        #expect(QuestionParser().parse("Wann fand das Treffen statt?").predicate == nil)
    }

    /// "Womit/Wogegen/Wovor …?": the phrase of the adverb's preposition near the question's verb, with a genitive or a
    /// coordinated noun; a pronominal adverb in the text points to the next clause.
    @Test func prepositionalQuestions() {
        #expect(Answerer.preposition(ofQuestionAdverb: "Worüber") == "über")
        #expect(Answerer.preposition(ofQuestionAdverb: "womit") == "mit")
        #expect(Answerer.preposition(ofQuestionAdverb: "woran") == "an")
        let a = answerer(["Die Fischer in Quellheim protestieren seit Montag gegen die Kürzung ihrer Renten. "
                          + "Sie sollten die Netze mit einer schweren Plane abdecken. "
                          + "Die Forscher warnen davor, fremde Fische in Teichen auszusetzen."])
        #expect(a.answer("Wogegen protestieren die Fischer?").text == "gegen die Kürzung ihrer Renten")
        #expect(a.answer("Womit sollten die Fischer die Netze abdecken?").text == "mit einer schweren Plane")
        #expect(a.answer("Wovor warnen die Forscher?").text == "fremde Fische in Teichen auszusetzen")
    }

    /// A brand written in mixed case ("vEla") is a name after the question's noun.
    @Test func mixedCaseBrandAfterTheNoun() {
        let a = answerer(["Das neue Schloss des schwedischen Unternehmens vEla soll ohne Strom auskommen, berichtete Radwelt."])
        #expect(a.answer("Welches Unternehmen hat das neue Schloss entwickelt?").text == "vEla")
    }

    /// "Wie viel Geld …?" in the best-ranked sentence: the counted noun need not be in the article, and of three other
    /// nouns one may be a paraphrase.
    @Test func moneyInTheBestRankedSentence() {
        let a = answerer(["Die Angeklagten sollen vor 20 Jahren bei einem Überfall auf das Postamt Quellheim 42.500 Euro erbeutet haben.",
                          "Das Postamt Quellheim wurde danach geschlossen."])
        #expect(a.answer("Wie viel Geld erbeuteten die Täter beim Überfall auf das Postamt?").text == "42.500 Euro")
    }

    /// "Was hatten X … gelegt?": the object before the participle (past a dative pronoun); "Was hat X getan?" never falls
    /// back to what X said.
    @Test func objectOfAPerfectTense() {
        let a = answerer(["Seine Nachbarn hatten ihm einen Korb und eine Laterne mit auf die Reise gegeben. „Wir vermissen ihn“, sagten die Nachbarn."])
        #expect(a.answer("Was hatten die Nachbarn ihm mit auf die Reise gegeben?").text == "einen Korb und eine Laterne")
        #expect(QuestionParser().parse("Was hat die Polizei gefunden?").row == "said.what-perfect")
    }

    /// "Wovor warnte X?" where the text has no "davor": the "dass" clause after the verb; a subject with its apposition
    /// before a modal ("Der neue Besitzer, eine Bank, will …") is the agent.
    @Test func dassClauseAndSubjectWithApposition() {
        let a = answerer(["Die Ärztin Eva Roth sprach in Quellheim. Sie warnte, dass Schwimmer im Hafenbecken krank werden könnten.",
                          "Der neue Besitzer, eine Genossenschaft, will im Alten Zollhaus Wohnungen einrichten."])
        #expect(a.answer("Wovor warnte Eva Roth?").text == "Schwimmer im Hafenbecken krank werden könnten")
        #expect(a.answer("Wer will im Alten Zollhaus Wohnungen einrichten?").text == "Der neue Besitzer, eine Genossenschaft")
    }

    /// "Wie viele der N …?" asks for a part: the number that counts the whole ("von den 198 N") is not it.
    @Test func partOfAWholeAsked() {
        let a = answerer(["Von den 198 verbliebenen Fischern in Quellheim stammen 92 aus dem Nachbarort Lindau."])
        #expect(a.answer("Wie viele der verbliebenen Fischer stammen aus Lindau?").text == "92")
    }

    /// What an actor did in a passive ("wurde eine Petition vom Minister X abgelehnt") is the passive's subject; "Was
    /// weigert sich X zu tun?" is the zu-infinitive clause.
    @Test func passivePatientAndZuInfinitive() {
        let a = answerer(["2011 wurde eine zweite Petition vom Minister Otto Lind abgelehnt. Quellheim weigert sich unter Verweis auf die Lage, Wahlen abzuhalten."])
        #expect(a.answer("Was lehnte Minister Otto Lind 2011 ab?").text == "eine zweite Petition")
        #expect(a.answer("Was weigert sich Quellheim zu tun?").text == "Wahlen abzuhalten")
        #expect(Answerer.isZuInfinitiveWord("abzuhalten"))
        #expect(!Answerer.isZuInfinitiveWord("zuhause"))
    }

    /// "Was hatte X gefordert?": what stands between auxiliary and participle, not the clause after it.
    @Test func middleFieldOfAPerfectTense() {
        let a = answerer(["Die Staatsanwaltschaft hatte bis zu zwei Monate Haft gefordert, doch verhängte ein Gericht eine Geldstrafe."])
        #expect(a.answer("Was hatte die Staatsanwaltschaft gefordert").text?.contains("zwei Monate") == true)
    }

    /// "Wie alt …?" is answered by an age only, never by another number of the sentence.
    @Test func ageQuestionTakesNoOtherNumber() {
        let a = answerer(["Der Flüchtling Karim Lind lebt im Lager bei Quellheim. Dort fuhr die Polizei einige hundert Flüchtlinge weg."])
        #expect(a.answer("Wie alt ist der Flüchtling Karim Lind?").text == nil)
    }

    /// "Wie schwer …?" / "Wie lang …?": a value in a unit of the asked dimension, never another number of the sentence.
    @Test func measureInTheAskedDimension() {
        #expect(QuestionParser().parse("Wie schwer ist das Fass?").measureUnits.contains("kilogramm"))
        #expect(QuestionParser().parse("Wie lang ist die Brücke?").measureUnits.contains("meter"))
        let a = answerer(["Das größte Fass der Welt steht in Quellheim. Es ist 3,21 Meter hoch und wiegt 5.000 Kilogramm."])
        #expect(a.answer("Wie schwer ist das größte Fass der Welt?").text == "5.000 Kilogramm")
        #expect(a.answer("Wie lang ist das größte Fass der Welt?").text == "3,21 Meter")
        let b = answerer(["Das größte Fass der Welt steht in Quellheim und fasst 300 Liter."])
        #expect(b.answer("Wie schwer ist das größte Fass der Welt?").text == nil)
    }
}
