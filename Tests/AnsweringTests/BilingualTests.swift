import Foundation
import Testing
@testable import Answering

/// Real look-ups in the Ding dictionary (Debian `trans-de-en`); skipped when it is not installed.
private let sharedLexicon = BilingualLexicon()

@Suite("BilingualLexicon", .enabled(if: sharedLexicon != nil, "trans-de-en is not installed"))
struct BilingualTests {
    private func german(_ word: String) -> [String] {
        sharedLexicon!.german(for: word)
    }

    @Test func scores() {
        for w in ["supplies", "visited", "rejected"] {
            print("SC \(w) → \(sharedLexicon!.ranking(for: w).scored.prefix(25).map { "\($0.text) \($0.score)" })")
        }
    }

    @Test func forms() {
        for w in ["denied", "supplies", "weapons", "exchange"] {
            print("FO \(w) → \(sharedLexicon!.germanWithForms(for: w))")
        }
    }

    @Test func dump() {
        for w in ["weapons", "weapon", "supplies", "supply", "denied", "deny", "letters", "exchange", "north korea",
                  "russia", "spokesman", "foreign minister", "white house", "moscow", "pyongyang", "germany",
                  "news", "said", "cooperation", "president", "war", "attack", "missiles", "talks", "agreement",
                  "confirmed", "rejected", "visited", "meeting", "united states", "denies", "supplying"] {
            print("BIL \(w) → \(german(w))")
        }
    }
}
