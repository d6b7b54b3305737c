import TestSupport
import Foundation
import Testing

/// The on-disk cache as the shell uses it: a second start restores silently with the same answers; an entry that
/// cannot be used is rebuilt and reported in one line; `--no-cache` and `.load --no-cache` write nothing;
/// `--progress` shows load progress when piped.
@Suite struct CacheTests {
    static let article = """
        ---
        title: Stadtwerke
        date: 2023-05-02
        ---
        Die Sprecherin der Stadtwerke, Anna Berg, sagte am Dienstag, die Preise würden im Juni steigen.

        Der Verband bestritt, dass die Preise steigen würden.
        """

    /// A folder with `cache/` (the XDG_CACHE_HOME) and `news/article.txt`.
    static func setUp() throws -> (root: URL, corpus: String, environment: [String: String]) {
        let root = try temporaryDirectory()
        let news = root.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        try article.write(to: news.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
        return (root, news.path, ["XDG_CACHE_HOME": root.appendingPathComponent("cache").path])
    }

    static func entries(_ root: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("cache/beleg").path)) ?? []).sorted()
    }

    @Test func secondStartRestoresAndADamagedEntryIsRebuiltInOneLine() throws {
        let (root, corpus, env) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        let arguments = ["--no-default-corpus", "--corpus", corpus, "--format", "json", "Wer ist Anna Berg?", "Was bestritt der Verband?"]
        let cold = try runBeleg(arguments, environment: env)
        #expect(cold.status == 0 && cold.stderr.isEmpty, "\(cold.stderr)")
        let entries = Self.entries(root)
        #expect(entries.count == 1 && entries[0].hasSuffix(".belegcache"))
        let warm = try runBeleg(arguments, environment: env)
        #expect(warm.stdout == cold.stdout && warm.stderr.isEmpty && warm.status == 0)

        let entry = root.appendingPathComponent("cache/beleg/\(entries[0])")
        var bytes = try Data(contentsOf: entry)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: entry)
        let rebuilt = try runBeleg(arguments, environment: env)
        #expect(rebuilt.stdout == cold.stdout && rebuilt.status == 0)
        #expect(rebuilt.stderr == "cache: rebuilt the cache of \(corpus) (corrupt (bad checksum))\n")
        let again = try runBeleg(arguments, environment: env)
        #expect(again.stdout == cold.stdout && again.stderr.isEmpty)

        try (Self.article + "\n\nNeuer Absatz.\n").write(toFile: corpus + "/article.txt", atomically: true, encoding: .utf8)
        let changed = try runBeleg(arguments, environment: env)
        #expect(changed.stderr == "cache: rebuilt the cache of \(corpus) (source changed)\n")
    }

    @Test func noCacheWritesNothing() throws {
        let (root, corpus, env) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        let r = try runBeleg(["--no-cache", "--corpus", corpus, "Wer ist Anna Berg?"], environment: env)
        #expect(r.status == 0 && r.stdout.contains("Sprecherin"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("cache").path))
        // `.load --no-cache` neither reads nor writes the cache for that load; other loads still use it.
        let piped = try runBeleg(["--no-default-corpus"], stdin: ".load --no-cache \(corpus)\nWer ist Anna Berg?\n", environment: env)
        #expect(piped.status == 0 && piped.stdout.contains("Sprecherin"), "\(piped.stderr)")
        #expect(Self.entries(root).isEmpty)
        _ = try runBeleg(["--no-default-corpus"], stdin: ".load \(corpus)\n", environment: env)
        #expect(Self.entries(root).count == 1)
    }

    @Test func progressWhenPipedOnlyWithTheFlag() throws {
        let (root, corpus, env) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        let quiet = try runBeleg(["--no-default-corpus", "--corpus", corpus, "Wer ist Anna Berg?"], environment: env)
        #expect(quiet.stderr.isEmpty)
        let shown = try runBeleg(["--no-default-corpus", "--progress", "--corpus", corpus, "Wer ist Anna Berg?"], environment: env)
        #expect(shown.stdout == quiet.stdout)
        let lines = shown.stderr.split(separator: "\n")
        #expect(lines.last?.hasPrefix("loaded \(corpus): 1 of 1 file, 0.0 MB in ") == true, "\(shown.stderr)")
    }
}
