import Testing
@testable import Answering

/// "Wer ist X?" when the noun next to the name is no listed role: the descriptor's four positions
/// (`answerPositionalRole`). Names, places and institutions are invented.
@Suite struct PositionalRoleTests {
    /// A common noun right before the name, with its attributes after an article or possessive; an agent noun of a
    /// verb counts ("Ausbilder" ← "ausbilden").
    @Test func nounBeforeTheName() {
        let a = answerer(["Den Wagen baute unser Ausbilder Jonas Keller in drei Wochen."])
        #expect(a.answer("Wer ist Jonas Keller?").text == "Ausbilder")
        #expect(a.answer("Welchen Beruf hat Jonas Keller?").text == "Ausbilder")
        // A verb before the noun is no attribute ("sagte Mittelfeldstütze …").
        let b = answerer(["Wir wollen gewinnen, sagte Mittelfeldstütze Pia Wendt nach dem Spiel."])
        #expect(b.answer("Welche Rolle hat Pia Wendt?").text == "Mittelfeldstütze")
    }

    /// An apposition after the name ("X, den Verwalter des …") or before it ("Der Leiter …, X, …").
    @Test func appositionAfterAndBefore() {
        let a = answerer(["Die Zahlen bestätigt Lena Ostrow, die Verwalterin des Quellheimer Stadtarchivs, am Montag."])
        #expect(a.answer("Wer ist Lena Ostrow?").text?.hasPrefix("Verwalterin des Quellheimer Stadtarchivs") == true)
        let b = answerer(["Der oberste Hüter des Quellheimer Domschatzes, der Graue Ulmo, sorgt sich um die Steine."])
        #expect(b.answer("Wer ist der Graue Ulmo?").text == "oberste Hüter des Quellheimer Domschatzes")
    }

    /// The institution after "von der" answers "Wer ist X?", not "Welchen Beruf hat X?", and not when the question
    /// names it itself.
    @Test func affiliationOnlyForWhoIs() {
        let a = answerer(["Die Bäume sollen bleiben, sagt Tom Radl von der Stadtgärtnerei Quellheim."])
        #expect(a.answer("Wer ist Tom Radl?").text == "von der Stadtgärtnerei Quellheim")
        #expect(a.answer("Welchen Beruf hat Tom Radl?").text == nil)
        #expect(a.answer("Welche Funktion hat Tom Radl bei der Stadtgärtnerei Quellheim?").text == nil)
    }

    /// A nationality is a description, not an occupation; a person the corpus does not name gets no answer.
    @Test func nationalityIsNoOccupation() {
        let a = answerer(["Die Reise der 34 Jahre alten Britin Ada Lowe dauerte zwei Jahre."])
        #expect(a.answer("Welchen Beruf hat Ada Lowe?").text == nil)
        #expect(a.answer("Wer ist Ida Lorenz?").text == nil)
    }
}
