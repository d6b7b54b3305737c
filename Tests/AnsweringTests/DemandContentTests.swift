import Testing
@testable import Answering

/// "Was forderte X?" when only adverbials follow the verb in its clause: the "dass" or zu-infinitive clause after it
/// is what was demanded; an object in the clause still answers. Sentences invented for these tests.
@Suite struct DemandContentTests {
    @Test func zuInfinitiveAfterAdverbials() {
        let a = answerer(["Der Vermittler Jan Brook forderte in der Nacht auf Montag in Quellheim, die Gespräche sofort wieder aufzunehmen, bevor der Winter beginne."])
        #expect(a.answer("Was forderte der Vermittler Brook in Quellheim?").text?.contains("wieder aufzunehmen") == true)
    }

    @Test func objectBeforeTheInfinitive() {
        let a = answerer(["Bürgermeisterin Ida Korn holte sich am Montag vom Stadtrat die Erlaubnis, den alten Hafen zu verkaufen, um Schulden zu tilgen."])
        let answer = a.answer("Was holte sich Korn am Montag vom Stadtrat?").text
        #expect(answer?.contains("Erlaubnis") == true)
    }
}
