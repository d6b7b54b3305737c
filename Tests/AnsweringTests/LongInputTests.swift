import Foundation
import Testing
@testable import Answering

/// One very long word used to take time quadratic in its length (compound splitting of question words, the
/// common-noun-head test of capitalized article words). With linear work, 50,000 letters take milliseconds; the
/// bound of 10 seconds only catches a return of the quadratic cost (which took minutes at this length).
@Suite struct LongInputTests {
    @Test func longQuestionWordIsAnsweredQuickly() {
        let a = answerer(["Der Sprecher Max Kowalczyk sagte am Montag, die Lage sei ruhig."])
        let word = String(repeating: "a", count: 50_000)
        let start = ContinuousClock.now
        let r = a.answer("Wer ist \(word)?")
        #expect(r.text == nil)
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func longCapitalizedArticleWordLoadsQuickly() {
        let word = "A" + String(repeating: "b", count: 50_000)
        let start = ContinuousClock.now
        let a = answerer(["\(word) ist hier. Der Sprecher Max Kowalczyk sagte am Montag, die Lage sei ruhig."])
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(a.answer("Wer sagte, die Lage sei ruhig?").text?.contains("Kowalczyk") == true)
    }
}
