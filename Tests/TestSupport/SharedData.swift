// SharedData.swift: how every test target finds the package root and ../shared, and the one skip policy.
import Foundation
import Testing

/// Where tests find the package and the shared data: the package root is the nearest folder above this file
/// that holds `Package.swift`, the shared data is `../shared` next to it. No machine paths.
///
/// Skip policy: every test that reads `../shared` declares what it reads with `.sharedData(…)`; when a file is
/// missing the test is reported as skipped with the reason, never as a silent pass. Corpus-scale evaluations also
/// carry `.corpusEvaluation` and run only under `make eval` (`BELEG_EVAL=1`); their suites are named `…Evaluation`.
public enum SharedData {
    /// The package root (the folder that holds `Package.swift`).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.pathComponents.count > 1 {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// `../shared`, relative to the package root.
    public static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// A path below `../shared`, e.g. `data/wikinews-de/train/articles.jsonl`.
    public static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Whether every one of `paths` (below `../shared`) exists.
    public static func available(_ paths: String...) -> Bool { available(paths) }
    public static func available(_ paths: [String]) -> Bool {
        paths.allSatisfy { FileManager.default.fileExists(atPath: url($0).path) }
    }

    /// `XDG_CACHE_HOME` for every `beleg` the tests start: a temporary folder of this test run, so that tests never
    /// read or write the user's cache (`~/.cache/beleg`).
    public static let cacheHome: String = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("beleg-test-cache-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }()

    /// `BELEG_EVAL=1` (set by `make eval`) turns on the corpus-scale evaluations.
    public static var evaluationEnabled: Bool { ProcessInfo.processInfo.environment["BELEG_EVAL"] == "1" }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test or suite only when `paths` (below `../shared`) exist; otherwise it is skipped with the reason.
    public static func sharedData(_ paths: String...) -> Self {
        .enabled(if: SharedData.available(paths),
                 Comment(rawValue: "needs " + paths.map { "../shared/\($0)" }.joined(separator: ", ")))
    }

    /// A corpus-scale evaluation: skipped in `swift test` unless `BELEG_EVAL=1` (`make eval` sets it).
    public static var corpusEvaluation: Self {
        .enabled(if: SharedData.evaluationEnabled, "corpus-scale evaluation: runs under make eval (BELEG_EVAL=1)")
    }
}
