import Testing
@testable import Answering

/// Every row of `QuestionTable` with at least three phrasings (German and, where the row exists in English, English).
/// The phrasings are written for these tests; none is taken from an evaluation set.
@Suite struct QuestionTableTests {
    static let phrasings: [(String, String)] = [
        ("Welche Agentur meldete, dass der Minister den Bericht nicht bestätigte?", "speaker.reported-denial"),
        ("Wer sagte, dass die Firma die Übernahme bestritten habe?", "speaker.reported-denial"),
        ("Which agency reported that the ministry did not confirm the figures?", "speaker.reported-denial"),
        ("Wen beschuldigt die Staatsanwaltschaft?", "accusation.accused"),
        ("Wem wirft die Opposition Korruption vor?", "accusation.accused"),
        ("Whom does the union accuse of fraud?", "accusation.accused"),
        ("Wer beschuldigt den Bürgermeister?", "accusation.accuser"),
        ("Wer wirft dem Trainer Versagen vor?", "accusation.accuser"),
        ("Who accused the mayor of lying?", "accusation.accuser"),
        ("Welche Partei beschuldigt die Regierung?", "accusation.accuser-which"),
        ("Welcher Politiker wirft der Bank Betrug vor?", "accusation.accuser-which"),
        ("Which party accused the government of fraud?", "accusation.accuser-which"),
        ("Was wird dem Minister vorgeworfen?", "accusation.content"),
        ("Was wirft die Opposition der Regierung vor?", "accusation.content"),
        ("What is the coach accused of?", "accusation.content"),
        ("Welchen Vorwurf erhob die Opposition gegen den Minister?", "accusation.content"),
        ("Wann fand das Gipfeltreffen statt?", "when.wann"),
        ("Seit wann ist die Straße gesperrt?", "when.wann"),
        ("Ab wann gilt das neue Gesetz?", "when.wann"),
        ("When did the company announce the merger?", "when.wann"),
        ("Wie lange dauerte der Streik?", "when.how-long"),
        ("Wie lange war die Brücke gesperrt?", "when.how-long"),
        ("How long did the strike last?", "when.how-long"),
        ("Für welchen Zeitraum wurde der Notstand ausgerufen?", "when.which-period"),
        ("Über welchen Zeitraum zog sich der Prozess?", "when.which-period"),
        ("For what period was the road closed?", "when.which-period"),
        ("Um wie viel Uhr begann die Sitzung?", "when.clock"),
        ("Um welche Uhrzeit landete das Flugzeug?", "when.clock"),
        ("At what o'clock did the train leave?", "when.clock"),
        ("In welchem Jahr wurde das Museum eröffnet?", "when.which-time"),
        ("An welchem Tag trat der Minister zurück?", "when.which-time"),
        ("Zu welchem Zeitpunkt wurde der Vertrag unterzeichnet?", "when.which-time"),
        ("Ab welchem Jahr gilt das Fahrverbot?", "when.which-time"),
        ("Seit welchem Monat ist die Brücke gesperrt?", "when.which-time"),
        ("In which year was the museum opened?", "when.which-time"),
        ("On what day did the minister resign?", "when.which-time"),
        ("Von wem wurde der Bericht dementiert?", "denial.denier-passive"),
        ("Von wem wurden die Vorwürfe zurückgewiesen?", "denial.denier-passive"),
        ("By whom were the allegations denied?", "denial.denier-passive"),
        ("Wer bestritt die Vorwürfe?", "denial.denier"),
        ("Wer wies den Bericht zurück?", "denial.denier"),
        ("Wer hat die Zahlen nicht bestätigt?", "denial.denier"),
        ("Who denied the report?", "denial.denier"),
        ("Welcher Minister dementierte den Bericht?", "denial.denier-which"),
        ("Welche Partei wies die Vorwürfe von sich?", "denial.denier-which"),
        ("Which company rejected the claims?", "denial.denier-which"),
        ("Welche Seite streitet die Beteiligung ab?", "denial.denier-which-subject"),
        ("Welche Seite wies die Vorwürfe zurück?", "denial.denier-which-subject"),
        ("Welches Lager bestritt die Darstellung?", "denial.denier-which-subject"),
        ("Welchen Bericht dementierte die Behörde?", "denial.content"),
        ("Was bestritt der Angeklagte?", "denial.content"),
        ("Welcher Vorwurf wurde dementiert?", "denial.content"),
        ("Was stellte der Sprecher in Abrede?", "denial.content"),
        ("Was hat der Minister als haltlos bezeichnet?", "denial.content"),
        ("What did the spokesman deny?", "denial.content"),
        ("Wo wurde die Sängerin geboren?", "where.wo"),
        ("Wohin floh der Verdächtige?", "where.wo"),
        ("Bis wohin reicht der Stau?", "where.wo"),
        ("Where did the summit take place?", "where.wo"),
        ("In welcher Stadt sitzt das Unternehmen?", "where.which-place"),
        ("Aus welchem Dorf stammt der Mann?", "where.which-place"),
        ("In which city is the company based?", "where.which-place"),
        // A place adjective in -er before the place noun ("Bremer" of Bremen).
        ("In welchem Bremer Stadtteil wollten sich die Anwohner versammeln?", "where.which-place"),
        ("In welchem Wiener Bezirk liegt das Museum?", "where.which-place"),
        ("In welcher chilenischen Stadt stürzten Häuser ein?", "where.which-place"),
        ("In which Chilean city did houses collapse?", "where.which-place"),
        ("In welchem Land stürzte das Flugzeug ab?", "where.in-which-country"),
        ("Aus welchem Land stammt der Spieler?", "where.in-which-country"),
        ("In which country did the plane crash?", "where.in-which-country"),
        ("In welchen Ländern eröffnet die Firma Filialen?", "where.in-which-country"),
        ("Seit wie vielen Jahren lebt die Familie in Quellheim?", "count.how-many"),
        ("Was ist der Durchmesser des Kraters?", "count.what-measure"),
        ("What is the area of the Quellheim district?", "count.what-measure"),
        ("What was the length of the new bridge?", "count.what-measure"),
        ("Über wie viel Geld verfügt die Stiftung?", "count.how-many"),
        ("Aus wie vielen Ländern kamen die Gäste?", "count.how-many"),
        ("Wie viele Menschen wurden verletzt?", "count.how-many"),
        ("Gegen wie viele Firmen wurden Sanktionen verhängt?", "count.how-many"),
        ("How many people were injured?", "count.how-many"),
        ("How much money did the city pay?", "count.how-many"),
        ("Wieviele Menschen wurden verletzt?", "count.how-many-fused"),
        ("wieviel geld hat die stadt bezahlt", "count.how-many-fused"),
        ("Bei wievielen Spielen fehlte der Kapitän?", "count.how-many-fused"),
        ("Wie hoch war der Schaden?", "count.measure"),
        ("Wie alt ist der Präsident?", "count.measure"),
        ("How old is the president?", "count.measure"),
        ("Welche Funktion hat Anna Berg?", "role.which-office"),
        ("Welches Amt bekleidet Anna Berg?", "role.which-office"),
        ("Welches Ministeramt hat Anna Berg inne?", "role.which-office"),
        ("Welchen Vorstandsposten hat Otto Lind?", "role.which-office"),
        ("In welcher Funktion äußerte sich Anna Berg?", "role.which-office"),
        ("Which position does Anna Berg hold?", "role.which-office"),
        ("Was für eine Rolle spielt Anna Berg?", "search.fallback"),
        ("Wie nennt man einen Politiker ohne Partei?", "search.fallback"),
        ("What role does Anna Berg play?", "role.what-office"),
        ("What job does Anna Berg have?", "role.what-office"),
        ("What title does Anna Berg hold?", "role.what-office"),
        ("Was ist Anna Berg von Beruf?", "role.what-is-job"),
        ("What is Anna Berg's job?", "role.what-is-job"),
        ("What is the role of Anna Berg?", "role.what-is-job"),
        ("Als was arbeitet Anna Berg?", "role.als-was"),
        ("Als was ist Anna Berg tätig?", "role.als-was"),
        ("As what does Anna Berg work?", "role.als-was"),
        ("Wer ist Anna Berg?", "role.who-is-name"),
        ("Wer war Karl von Stein?", "role.who-is-name"),
        ("Who is Anna Berg?", "role.who-is-name"),
        ("Wer ist der Sprecher der Regierung?", "holder.who-is-the"),
        ("Wer ist Trainer des Vereins?", "holder.who-is-the"),
        ("Who is the mayor of the city?", "holder.who-is-the"),
        ("Wer leitet die Behörde?", "holder.verb"),
        ("Wer trainiert die Mannschaft?", "holder.verb"),
        ("Who heads the agency?", "holder.verb"),
        ("Von wem stammt die Aussage über die Krise?", "speaker.whose-statement"),
        ("Von wem stammt das Zitat?", "speaker.whose-statement"),
        ("By whom is the quote?", "speaker.whose-statement"),
        ("Wem wird der Satz zugeschrieben?", "speaker.ascribed"),
        ("Wem wird die Äußerung zugeschrieben?", "speaker.ascribed"),
        ("To whom is the quote attributed?", "speaker.ascribed"),
        ("Wem zufolge ist die Lage ernst?", "speaker.wem-zufolge"),
        ("Wem zufolge stieg die Zahl?", "speaker.wem-zufolge"),
        ("Wem zufolge wurde gelogen?", "speaker.wem-zufolge"),
        ("Laut wem ist die Lage ernst?", "speaker.according-to-whom"),
        ("Laut wem stieg die Zahl der Arbeitslosen?", "speaker.according-to-whom"),
        ("According to whom is the situation serious?", "speaker.according-to-whom"),
        ("Laut welcher Zeitung stieg die Zahl?", "speaker.according-to-which"),
        ("Laut welchem Bericht starben zehn Menschen?", "speaker.according-to-which"),
        ("Laut welcher Agentur ist die Lage ernst?", "speaker.according-to-which"),
        ("Nach Angaben welcher Behörde starben zehn Menschen?", "speaker.by-whose-account"),
        ("Nach Ansicht welcher Experten ist die Lage ernst?", "speaker.by-whose-account"),
        ("Nach Meinung welcher Partei ist das Gesetz falsch?", "speaker.by-whose-account"),
        ("Nach wessen Angaben stieg die Zahl?", "speaker.after-whose"),
        ("Nach wessen Ansicht ist die Lage ernst?", "speaker.after-whose"),
        ("Nach wessen Einschätzung wird es regnen?", "speaker.after-whose"),
        ("Nach welchem Ereignis begann der Niedergang der Stadt?", "name.which-noun"),
        ("An welcher Universität studierte die Ministerin?", "where.in-which-institution"),
        ("Vor welchem Gericht steht der Angeklagte?", "where.in-which-institution"),
        ("At which university did she study?", "where.in-which-institution"),
        ("Wer sagte, die Lage sei ernst?", "speaker.who-said"),
        ("Wer kritisierte die Entscheidung?", "speaker.who-said"),
        ("Who said the situation was serious?", "speaker.who-said"),
        ("Wer stellte fest, dass die Kasse leer sei?", "speaker.who-said"),
        ("Welcher Politiker forderte Neuwahlen?", "speaker.which-said"),
        ("Welche Zeitung berichtete über den Fall?", "speaker.which-said"),
        ("Which newspaper reported the case?", "speaker.which-said"),
        ("Was sagte Anna Berg über die Krise?", "said.what-said"),
        ("Was forderte die Gewerkschaft?", "said.what-said"),
        ("Was räumte der Minister zur Steuer ein?", "said.what-said"),
        ("Was behauptete der Sprecher über die Preise?", "said.what-said"),
        ("What did Anna Berg say about the crisis?", "said.what-said"),
        ("Was ist laut Anna Berg das erste Ziel der Initiative?", "said.what-according"),
        ("Was spielt laut dem Ökonomen keine Rolle?", "said.what-according"),
        ("What is, according to the minister, the main problem?", "said.what-according"),
        ("What is the name of the club's chief executive?", "holder.what-name-of"),
        ("What is the name of the spokesman who criticised the plan?", "holder.what-name-of"),
        ("what is the name of the mayor of Quellheim", "holder.what-name-of"),
        ("Near which oasis was the camp built?", "name.which-noun-en"),
        ("In which novel does the detective appear?", "name.which-noun-en"),
        ("Which festival did the band open?", "name.which-noun-en"),
        ("Was wurde vom Stadtrat am Montag beschlossen?", "said.what-passive"),
        ("Was wird in der Studie untersucht?", "said.what-passive"),
        ("Was wurde in Quellheim gebaut?", "said.what-passive"),
        ("Für wen schrieb der Komponist die Lieder?", "said.preposition-whom"),
        ("Nach wem wurde die Straße benannt?", "said.preposition-whom"),
        ("Aus wem bestand die Besatzung der Fähre?", "said.preposition-whom"),
        ("For whom was the song written?", "said.preposition-whom"),
        ("Wie bezeichnete Anna Berg die Entscheidung?", "said.how-named"),
        ("Wie nannte der Trainer das Spiel?", "said.how-named"),
        ("Wie nennen die Fans den Stürmer?", "said.how-named"),
        ("How did Anna Berg describe the decision?", "said.how-named"),
        ("Als was bezeichnete der Minister den Plan?", "said.how-named"),
        ("Welcher Gouverneur unterzeichnete das Gesetz?", "who.which-role"),
        ("Welche Ministerin trat zurück?", "who.which-role"),
        ("Welcher Bürgermeister wurde abgewählt?", "who.which-role"),
        ("Which historian called the decision absurd?", "who.which-role"),
        ("Which teacher spoke to the agency?", "who.which-role"),
        ("Which governor signed the law?", "who.which-role"),
        ("Wen besiegte die Mannschaft im Finale?", "who.object"),
        ("Gegen wen verlor der Verein?", "who.object"),
        ("Whom did the team beat in the final?", "who.object"),
        ("Welche Mannschaft gewann das Turnier?", "who.which-actor"),
        ("Welches Land gewann die meisten Medaillen?", "who.which-actor"),
        ("Which team won the tournament?", "who.which-actor"),
        ("Which court allowed the march?", "who.which-actor"),
        ("Which union called the strike?", "who.which-actor"),
        ("Wer gewann das Rennen?", "who.agent"),
        ("Wer übernahm die Firma?", "who.agent"),
        ("Wie heißt der Sprecher der Regierung?", "holder.how-called-role"),
        ("Wie heißt die Trainerin des Vereins?", "holder.how-called-role"),
        ("Wie heißt der dänische Außenminister?", "holder.how-called-role"),
        ("wie heißt der Bürgermeister von Quellheim", "holder.how-called-role"),
        ("Who won the race?", "who.agent"),
        // A separable speech verb without its particle is another verb ("stellte … fest" speaks, "stellte … zusammen" does not).
        ("Wer stellte die Mannschaft für das Turnier zusammen?", "who.agent"),
        ("Was lehnt der Minister ab?", "said.what-verb"),
        ("In welchem Fachblatt erschien die Studie?", "name.which-noun"),
        ("Wie heißt die neue Ausstellung im Museum?", "name.how-called"),
        ("Wie hieß der Hund des Bürgermeisters?", "name.how-called"),
        ("wie heisst das schiff", "name.how-called"),
        ("Welches Medikament wurde zugelassen?", "name.which-noun"),
        ("Welche aktuelle Version des Browsers ist erschienen?", "name.which-noun"),
        ("Was empfahlen die Entwickler?", "said.what-verb"),
        ("Was wollte die Kommission wissen?", "said.what-modal-verb"),
        ("Womit wurde die Sonde ins All gebracht?", "said.wo-preposition"),
        ("Welche Kapazität hat die neue Festplatte?", "count.which-measure"),
        ("Zu welcher Geldstrafe wurde der Manager verurteilt?", "count.which-money"),
        ("Welche Summe zahlte die Stadt?", "count.which-money"),
        ("Which fine did the company pay?", "count.which-money"),
        ("Was hat die Polizei gefunden?", "said.what-perfect"),
        ("Wer ist Regierungschef von Quellheim?", "holder.who-is-the"),
        ("Wer ist Präsident des Vereins Lindtal?", "holder.who-is-the"),
        ("wer ist Sportchef von Lindtal", "holder.who-is-the"),
        ("Was hatten die Diebe mitgenommen?", "said.what-perfect"),
        ("was hat der rat beschlossen", "said.what-perfect"),
        ("Welches Gewicht hat der Satellit?", "count.which-measure"),
        ("Which capacity does the new battery have?", "count.which-measure"),
        ("Von welcher Plattform aus startete die Rakete?", "name.which-noun"),
        ("Von welcher Abgeordneten stammt der Zwischenruf?", "who.which-role"),
        ("Von welchem Präsidenten wurde das Gesetz unterzeichnet?", "who.which-role"),
        ("Wogegen protestieren die Fischer?", "said.wo-preposition"),
        ("worüber berichtete die zeitung", "said.wo-preposition"),
        ("Was will der Verband erreichen?", "said.what-modal-verb"),
        ("was soll die neue regel verhindern", "said.what-modal-verb"),
        ("Auf welchem Platz liegt Quellheim in der Tabelle?", "count.which-rank"),
        ("Welchen Rang belegte der Verein?", "count.which-rank"),
        ("Which rank did the club reach?", "count.which-rank"),
        ("was verbietet das neue gesetz", "said.what-verb"),
        // "Wer + copula" with a predicative participle or adjective asks for the agent, not a role's holder.
        ("Wer war an der Gründung des Vereins beteiligt?", "who.agent"),
        ("Wer ist für die Finanzen der Stadt zuständig?", "who.agent"),
        ("Wer war maßgeblich am Bau der Brücke beteiligt?", "who.agent"),
        ("Welcher Ort wurde überflutet?", "where.which-place"),
        ("Welche Stadt erhielt den Zuschlag?", "where.which-place"),
        ("Which city won the bid?", "where.which-place"),
        ("Welche Farbe hat der Himmel?", "name.which-noun"),
        ("Warum stieg der Ölpreis?", "search.fallback"),
        ("Why did the oil price rise?", "search.fallback"),
    ]

    @Test(arguments: phrasings)
    func rowFires(question: String, row: String) {
        #expect(QuestionParser().parse(question).row == row, "\(question)")
    }

    /// Every named row of the table is exercised by at least three phrasings above.
    @Test func everyRowHasThreePhrasings() {
        var counts: [String: Int] = [:]
        for (_, row) in Self.phrasings { counts[row, default: 0] += 1 }
        for row in QuestionTable.rows {
            #expect(counts[row.name, default: 0] >= 3, "row \(row.name) has \(counts[row.name, default: 0]) phrasings")
        }
    }

    @Test func rowsFillTypeRelationAndVoice() {
        let passive = QuestionParser().parse("Von wem wurde der Bericht dementiert?")
        #expect(passive.kind == .denier && passive.relation == .denierOf && passive.voice == .passive && passive.answerType == .agent)
        let count = QuestionParser().parse("Wie viele Soldaten wurden verlegt?")
        #expect(count.countedNoun == "Soldaten" && count.answerType == .number)
        let holder = QuestionParser().parse("Wer trainiert die Mannschaft?")
        #expect(holder.impliedRoles == ["trainer"])
        let later = QuestionParser().parse("Welche Funktion hatte Anna Berg, bevor sie Ministerin wurde?")
        #expect(later.laterClause == ["sie", "Ministerin", "wurde"])
        #expect(QuestionParser().parse("In welchem Jahr wurde das Museum eröffnet?").timeGranularity == .year)
        #expect(QuestionParser().parse("An welchem Tag trat sie zurück?").timeGranularity == .day)
        #expect(QuestionParser().parse("Wann trat sie zurück?").timeGranularity == nil)
        let days = QuestionParser().parse("Für wie viele Tage wurde der Notstand erklärt?")
        #expect(days.kind == .when && days.answerType == .duration)
        let quoted = QuestionParser().parse("Wer sagte „wir schaffen das“?")
        #expect(quoted.quoted == ["wir schaffen das"])
    }

    /// A phrase that sets the scene of the event: its nouns and names (chained phrases too), not the question's object.
    @Test(arguments: [
        ("Wer rief nach dem Unfall auf der A7 Katastrophenalarm aus?", ["Unfall", "A7"]),
        ("Wer sprach während der Debatte im Landtag?", ["Debatte", "Landtag"]),
        ("Was sagte Anna Berg beim Gipfel in Lindau?", ["Gipfel", "Lindau"]),
        ("Wer gratulierte nach dem Sieg des Präsidenten Otto Lind?", ["Sieg", "Präsidenten", "Otto", "Lind"]),
        ("Wer gewann das Rennen in Lindau?", []),
        ("Wohin fuhr der Bus nach Lindau?", []),
    ])
    func settingWords(_ question: String, _ expected: [String]) {
        #expect(QuestionParser().parse(question).settingWords == expected)
    }

    /// English "Which NOUN VERB the …?": the verb is the word before the object's determiner; modal verbs are no content words.
    @Test func englishWhichPredicateAndModals() {
        #expect(QuestionParser().parse("Which court allowed the march?").predicate == "allowed")
        #expect(QuestionParser().parse("Which football club won a trophy?").predicate == "won")
        #expect(QuestionParser().parse("Which city is the capital?").predicate == nil)
        #expect(!QuestionParser().parse("Wo wollten sich die Anwohner versammeln?").contentWords.contains("wollten"))
        #expect(!QuestionParser().parse("Was müssen Apotheker tun?").contentWords.contains("müssen"))
        // English without an English opening word: "since", "has", "been" mark it.
        #expect(QuestionParser().parse("Since when has the city been divided?").language == "en")
        #expect(QuestionParser().parse("Seit wann ist die Stadt geteilt?").language == "de")
    }
}
