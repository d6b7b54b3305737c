import Testing
import Corpus
import Facts
import WordLists
@testable import Answering

/// Agents named by a common noun, roles named by an office acronym or qualified by a company, and places named after
/// the question's place noun; on sentences written for these tests.
@Suite struct AgentAndRoleAnswerTests {
    /// After the verb the chunker reads the subject and the object's bare noun as one phrase: the question's noun is
    /// trimmed off the answer.
    @Test func commonNounSubjectAfterTheVerb() {
        let a = answerer(["Am Morgen startete eine Fähre in Lindau. Zudem entdeckte der Kapitän Risse an einem Flügel.",
                          "Am Abend meldete ein Anwohner Rauch im Keller."])
        #expect(a.answer("Wer entdeckte Risse?").text == "der Kapitän")
        // A speech verb that also names an act: its agent, the verb taken from the question even though it is a cue.
        #expect(a.answer("Wer meldete Rauch?").text == "ein Anwohner")
    }

    /// A compound noun after a verb with its particle is its object, not a person ("rief Katastrophenalarm aus").
    @Test func compoundObjectOfAParticleVerbIsNoPerson() {
        let a = answerer(["Ein Unfall auf der A7 bei Lindau führte zu einem Großeinsatz. Später gab es Staus. Die Feuerwehr kam. Die Polizei kam. "
                          + "Die Untere Wasserbehörde Lindau rief Katastrophenalarm aus."])
        #expect(!a.knowledgeBase.facts.documents[0].entities.contains { $0.kind == .person && $0.name.text == "Katastrophenalarm" })
        // The scene "nach dem Unfall auf der A7" is only in the article, not in the answer's sentence.
        #expect(a.answer("Wer rief nach dem Unfall auf der A7 Katastrophenalarm aus?").text?.contains("Wasserbehörde Lindau") == true)
    }

    /// An office acronym after a company's name ("Quellsoft-CEO") is a role, held as a whole term.
    @Test func officeAcronymIsARole() {
        let a = answerer(["Auch Quellsoft-CEO Otto Lind war vor Ort und sprach mit den Gästen.",
                          "Lindbau-Chef Karl Berg kündigte den Abbau von Stellen an."])
        #expect(a.answer("Wer ist Otto Lind?").text == "Quellsoft-CEO")
        #expect(a.answer("Wer leitet Quellsoft?").text == "Otto Lind")
        #expect(a.answer("Who runs Quellsoft?").text == "Otto Lind")
        #expect(a.answer("Wer leitet Lindbau?").text == "Karl Berg")
        // A role qualified by another company names no holder of the asked one.
        #expect(a.answer("Wer ist der Chef von Quellsoft?").text?.contains("Karl Berg") != true)
    }

    /// The name right after the question's place noun, even when a verb form is spelled like it ("Walle").
    @Test func nameAfterThePlaceNoun() {
        let a = answerer(["Die Versammlung der Anwohner fand im Quellheimer Stadtteil Walle statt."])
        #expect(a.answer("In welchem Stadtteil fand die Versammlung der Anwohner statt?").text == "Walle")
    }

    /// The question's verb in other words: a synonym finds the sentence and its verb's agent ("verwehrte" ~ "verweigerte").
    @Test func synonymOfTheQuestionVerb() {
        #expect(QueryEvidence.synonymForms(of: "verwehrte", in: SynonymSets(rows: [["verwehren", "verweigern"]])).contains("verweigerte"))
        let a = answerer(["Der Stadtrat von Quellheim tagte am Montag. Zum einen verweigerte der Landkreis den Quellheimer Schulen die Zuschüsse für den Neubau."])
        #expect(a.answer("Wer verwehrte den Quellheimer Schulen die Zuschüsse für den Neubau?").text?.contains("Landkreis") == true)
    }

    /// A place adjective finds its place ("Bremer" → Bremen), and a scene "wegen …" need only be in the article.
    @Test func placeAdjectiveAndCauseAsScene() {
        #expect(LexiconQueries.place(ofAdjective: "Bremer") == "Bremen")
        #expect(LexiconQueries.place(ofAdjective: "Münchner") == "München")
        #expect(LexiconQueries.place(ofAdjective: "Lehrer") == nil)
        let a = answerer(["Nach einer Bombendrohung hat die Polizei in Bremen am Dienstag den Fernsehturm räumen lassen. Ein Anrufer hatte gedroht. "
                          + "Die Polizei suchte mit Hunden. Insgesamt mussten etwa 200 Personen evakuiert werden."])
        #expect(a.answer("Wie viele Personen mussten wegen der Bombendrohung am Bremer Fernsehturm evakuiert werden?").text?.contains("200") == true)
    }

    /// A quoted name after the article is the phrase's name, with its apposition; the answer is the phrase before the comma.
    @Test func quotedOrganisationAsSubject() {
        let a = answerer(["Der „Bürgerrat Quellheim“, ein Bündnis mehrerer Vereine, kritisierte jedoch den Einsatz der 300 Ordner."])
        let who = a.answer("Wer kritisierte den Einsatz der Ordner?").text
        #expect(who?.contains("Bürgerrat Quellheim") == true && who?.contains("Bündnis") == false)
    }

    /// "Um wie viel Uhr …?" is answered by a clock time only, never by a day.
    @Test func clockQuestionWantsAClockTime() {
        let a = answerer(["Das Stadtamt hatte das Konzert in Quellheim noch am Mittwoch verboten."], date: CalendarDate(year: 2020, month: 3, day: 6))
        #expect(a.answer("Um wie viel Uhr begann das Konzert in Quellheim?").text == nil)
        let b = answerer(["Das Konzert in Quellheim begann am Mittwoch um 20 Uhr."], date: CalendarDate(year: 2020, month: 3, day: 6))
        #expect(b.answer("Um wie viel Uhr begann das Konzert in Quellheim?").text?.contains("20 Uhr") == true)
    }

    /// "Wie viele N …?": a number next to a synonym of N counts when none stands next to N itself in a better sentence.
    @Test func countedNounBySynonym() {
        let a = answerer(["Am Wochenende demonstrierten in Quellheim viele Menschen gegen den Flughafen. "
                          + "Zu dieser Demonstration kamen laut Polizei gut 20.000 Personen, die Veranstalter sprechen von 30.000."])
        #expect(a.answer("Wie viele Menschen kamen laut Polizei zur Demonstration in Quellheim?").text?.contains("20.000") == true)
    }

    /// A role given by the description that opens the next sentence ("…, erklärt X. Die Biologin …"), unless the article
    /// gave that role to someone else.
    @Test func roleFromTheNextSentencesDescription() {
        let a = answerer(["Der Drucker arbeitet wie ein Spritzbeutel, erklärt Anna Berg. Die Ernährungswissenschaftlerin gehört zum Team in Quellheim."])
        #expect(a.answer("Was ist Anna Berg von Beruf?").text == "Ernährungswissenschaftlerin")
        let b = answerer(["Minister Otto Lind eröffnete die Messe in Quellheim. Der Plan sei gut, sagte Eva Roth. Der Minister widersprach."])
        #expect(b.answer("Welche Funktion hat Eva Roth?").text == nil)
    }

    /// "Was fordern X?" where the demand's sentence opens with "Sie" and the sentence before names X.
    @Test func demandByAPronounThatRefersBack() {
        let a = answerer(["Mit dem neuen Fahrplan hält der Schnellzug nicht mehr in Quellheim. Die Quellheimer Grünen warnten am Freitag vor vollen Bussen. "
                          + "Sie fordern daher, dass weiter ein Schnellzug pro Stunde in Quellheim hält."])
        #expect(a.answer("Was fordern die Quellheimer Grünen zum neuen Fahrplan?").text?.contains("Schnellzug pro Stunde") == true)
    }

    /// A reporting verb of assessment ("attestiert") after the statement, past "denn auch", with a speaker that is no
    /// entity of the fact store but the attribution's resolved speaker ("das Fachblatt Nordkurier" → Nordkurier).
    @Test func statementOfAMagazineAfterTheStatement() {
        let a = answerer(["Was derzeit geschieht, sei eine Vereinheitlichung aller Geräte, attestiert denn auch das Fachblatt Nordkurier."])
        #expect(a.answer("Was attestiert das Fachblatt Nordkurier?").text?.contains("Vereinheitlichung") == true)
        #expect(a.answer("Was sagt das Fachblatt Nordkurier?").text?.contains("Vereinheitlichung") == true)
    }

    /// "Wozu forderte X Y auf?" (also with the participle "aufgefordert"): the zu-infinitive clause after the verb.
    @Test func whatSomeoneWasCalledUponToDo() {
        let a = answerer(["„Wir fordern die Stadt dringend auf, ihre Pläne für den Hafen einzustellen“, so Anna Berg."])
        #expect(a.answer("Wozu forderte Anna Berg die Stadt auf?").text == "ihre Pläne für den Hafen einzustellen")
        #expect(a.answer("Wozu hat Anna Berg die Stadt aufgefordert?").text == "ihre Pläne für den Hafen einzustellen")
    }

    /// A sentence that opens with "Dort" says where by the place of the sentence before.
    @Test func thereRefersToThePlaceBefore() {
        let a = answerer(["Am 3. Mai fand ein Treffen in Quellheim statt. Dort berieten die Bürgermeister über den Hafen."])
        #expect(a.answer("Wo berieten die Bürgermeister über den Hafen?").text == "Quellheim")
    }

    /// A compound noun with the synonym of its head ("Briefwechsel" → "Briefaustausch").
    @Test func compoundWithASynonymHead() {
        #expect(QueryEvidence.compoundSynonyms(of: "Briefwechsel", in: SynonymSets(rows: [["Wechsel", "Austausch"]]), limit: 8) == ["Briefaustausch"])
        let a = answerer(["Den Briefaustausch zwischen den Bürgermeistern bestätigte Anna Berg jedoch nicht."])
        #expect(a.answer("Wer hat den Briefwechsel nicht bestätigt?").text?.contains("Anna Berg") == true)
    }

    /// "Wie heißt der ROLE?" asks for the holder; a speaker that is a description ("einer Mitteilung …") names no one.
    @Test func nameOfARolesHolder() {
        let a = answerer(["Der Sprecher der Stadtwerke, Otto Lind, kündigte neue Tarife an."])
        #expect(a.answer("Wie heißt der Sprecher der Stadtwerke?").text?.contains("Otto Lind") == true)
        let b = answerer(["Die beiden Zugführer wurden leicht verletzt, hieß es in einer Mitteilung des Ministeriums."])
        #expect(b.answer("Wie heißen die beiden Zugführer?").text == nil)
    }

    /// A role holder of another country answers no question about this one ("der russische Präsident" is no "Präsident
    /// von Frankreich"); without a country in the question it still answers.
    @Test func roleHolderOfAnotherCountry() {
        let a = answerer(["Im Mai hatten der russische Präsident Boris Lind und der Regierungschef Otto Kern Briefe ausgetauscht."])
        #expect(a.answer("Wer ist der Präsident von Frankreich?").text == nil)
        #expect(a.answer("Wer ist der russische Präsident?").text?.contains("Boris Lind") == true)
    }

    /// "Welche Länder …?" / "Which countries …?" asks for countries acting, not for the persons the sentence names.
    @Test func countriesActing() {
        #expect(QuestionParser().parse("Welche Länder blockierten die Resolution?").answerType == .place)
        let a = answerer(["Im Jahr 2022 blockierten Chile und Peru eine Resolution des Rates, die Otto Lind eingebracht hatte."])
        #expect(a.answer("Welche Länder blockierten die Resolution des Rates?").text == "Chile und Peru")
    }

    /// "Was hat X an Y geliefert?" over a verb-final dass-clause: the middle field before the participle, not the next
    /// clause; a verb of doing never falls back to what the actor said.
    @Test func objectInTheMiddleFieldOfAVerbFinalClause() {
        let a = answerer(["Anna Berg sagte, dass Quellheim bereits im Mai neue Busse und Bahnen nach Lindau geliefert habe und dass Lindau weitere wolle."])
        let what = a.answer("Was hat Quellheim nach Lindau geliefert?").text
        #expect(what?.contains("neue Busse und Bahnen") == true && what?.contains("weitere") == false)
        let b = answerer(["Quellheim behauptete, dass die Politik der Nachbarn gescheitert sei."])
        #expect(b.answer("Was lieferte Quellheim an Lindau?").text == nil)
        #expect(b.answer("Was hält Quellheim von der Politik der Nachbarn?").text?.contains("gescheitert") == true)
    }

    /// A denial without a denial verb: the asked speaker's negated statement.
    @Test func negatedStatementAsDenial() {
        let a = answerer(["Ein Wirtschaftsflüchtling sei er nicht, sagt Karim Lind. Er lebt seit Mai in Quellheim."])
        #expect(a.answer("Was bestreitet Karim Lind?").text?.contains("Wirtschaftsflüchtling") == true)
    }

    /// "in X in Y": the place before is the more specific one.
    @Test func innerPlaceOfAChain() {
        let a = answerer(["Der Schauspieler Karl Wussmann wurde am 29. April 1929 in Lindau in Pommern geboren."])
        #expect(a.answer("Wo wurde Karl Wussmann geboren?").text == "Lindau")
    }

    /// "Welches Land …?": a country before a city, and never a place of the dateline.
    @Test func countryNotTheDatelineCity() {
        let a = answerer(["Lindau/Wien – Beim diesjährigen Quellheimer Festival geht Frankreich mit 71 Preisen als Sieger hervor."])
        #expect(a.answer("Welches Land siegte beim Quellheimer Festival?").text == "Frankreich")
    }

    /// "Was sagte X zu Y?" without a statement of X: a naming phrase ("die als „…“ bezeichnete Koalition") of a sentence
    /// that names nobody of the question answers nothing.
    @Test func namingFallbackNeedsTheAskedSpeaker() {
        let a = answerer(["Otto Lind ist Präsident der Quellheimer Kammer. Die als „Bündnis der Mitte“ bezeichnete Koalition soll den Hafenplan retten."])
        #expect(a.answer("Was sagte Kammerpräsident Otto Lind zum Hafenplan der Koalition?").text == nil)
    }
}
