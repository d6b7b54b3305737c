import TestSupport
import Foundation
import Testing

/// The fuzz target builds in an ordinary build too, and replays the seed inputs of every stage without a crash.
@Suite struct FuzzSeedTests {
    static let stages = ["jsonl", "frontmatter", "hygiene", "split", "annotate", "question"]

    @Test(arguments: stages)
    func seedsReplay(stage: String) throws {
        let binary = URL(fileURLWithPath: belegBinary()).deletingLastPathComponent().appendingPathComponent("beleg-fuzz").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "beleg-fuzz is built next to beleg")
        let seeds = SharedData.packageRoot.appendingPathComponent("Tests/Fuzz/\(stage)")
        let count = try FileManager.default.contentsOfDirectory(atPath: seeds.path).count
        let r = try runShell("BELEG_FUZZ_STAGE=\(stage) '\(binary)' '\(seeds.path)'")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "beleg-fuzz: built without libFuzzer; replayed \(count) input\(count == 1 ? "" : "s")\n")
    }
}
