import Testing
@testable import Answering

/// "Was forderte X?" when only adverbials follow the verb in its clause: the "dass" or zu-infinitive clause after it
/// is what was demanded; an object in the clause still answers. Sentences invented for these tests.
@Suite struct DemandContentTests {
    @Test func zuInfinitiveAfterAdverbials() {
        let a = answerer(["Der Vermittler Jan Brook forderte in der Nacht auf Montag in Quellheim, die Gespräche sofort wieder aufzunehmen, bevor der Winter beginne."])
        #expect(a.answer("Was forderte der Vermittler Brook in Quellheim?").text?.contains("wieder aufzunehmen") == true)
    }

    /// "Was verlangte X von Y?": "von Y" opens the verb's object, not the rest of a name ("Ursula von der Leyen").
    @Test func vonAfterTheSpeakersName() {
        let a = answerer(["Die Firma solle den Tarifvertrag für den Handel in Quellheim anerkennen, forderte Gewerkschaftssekretär Jan Brook am Montag."])
        #expect(a.answer("Was verlangte Gewerkschaftssekretär Brook von der Firma?").text?.contains("Tarifvertrag") == true)
    }

    /// The question's verb or a synonym ("verlangt" ~ "fordert"), negated as the question is.
    @Test func synonymOfTheVerbNegated() {
        let a = answerer(["Die Initiative der Quellheimer Grünen fordert nicht die generelle Schließung der Altstadt für Autos."])
        #expect(a.answer("Was verlangt die Initiative der Quellheimer Grünen ausdrücklich nicht?").text?.contains("generelle Schließung") == true)
    }

    @Test func objectBeforeTheInfinitive() {
        let a = answerer(["Bürgermeisterin Ida Korn holte sich am Montag vom Stadtrat die Erlaubnis, den alten Hafen zu verkaufen, um Schulden zu tilgen."])
        let answer = a.answer("Was holte sich Korn am Montag vom Stadtrat?").text
        #expect(answer?.contains("Erlaubnis") == true)
    }
}

/// "ablehnen" and "abtun" are denial cues: "Was wurde von X zurückgewiesen?" finds what X rejected with another
/// denial verb, and the time that opens the object is left out. Sentences invented for these tests.
@Suite struct RejectionTests {
    @Test func rejectedWithAnotherDenialVerb() {
        let a = answerer(["Der Quellheimer Stadtrat hat am Mittwoch ein Bürgerbegehren gegen den Bau der neuen Brücke abgelehnt."])
        #expect(a.answer("Was lehnte der Quellheimer Stadtrat ab?").text == "ein Bürgerbegehren gegen den Bau der neuen Brücke")
        #expect(a.answer("Was wurde vom Quellheimer Stadtrat zurückgewiesen?").text?.hasPrefix("ein Bürgerbegehren") == true)
        #expect(a.answer("Wer lehnte das Bürgerbegehren gegen den Bau der Brücke ab?").text?.contains("Stadtrat") == true)
        // A passive question with another verb than a denial's: what the verb says its agent did.
        #expect(a.answer("Was wurde vom Quellheimer Stadtrat am Mittwoch abgelehnt?").text?.hasPrefix("ein Bürgerbegehren") == true)
    }
}
