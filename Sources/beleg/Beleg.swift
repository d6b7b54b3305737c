import ArgumentParser
import Foundation
import Shell
import Corpus
import Rendering

extension OutputFormat: ExpressibleByArgument {}

@main
struct Beleg: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beleg",
        abstract: "Answer who / when / what-was-denied questions over news articles, citing the sentences that prove the answer.",
        discussion: """
        Without questions, Beleg reads questions from standard input: on a terminal as an interactive shell \
        (line editing, history, Tab completion; .help lists the dot-commands), otherwise one question per line, \
        one answer per question. With --format json each answer is one JSON object per line (JSON Lines).

        Each corpus file's analysis (documents, index, facts) is cached in $XDG_CACHE_HOME/beleg (default \
        ~/.cache/beleg), so that the next start on the same files skips it; an entry is used only if the file, its \
        size, modification time and contents and the Beleg build are unchanged, otherwise it is rebuilt and one line \
        on standard error says so. Delete the folder to clear the cache; --no-cache turns it off.

        Exit status: 0 on success, 1 if any scripted line failed, 64 for a bad command line.
        """,
        version: "beleg \(ShellMain.version)"
    )

    @Option(name: .customLong("corpus"), help: ArgumentHelp("Load a file (.txt, .md, .jsonl) or a directory of them; repeatable.", valueName: "path"))
    var corpora: [String] = []

    @Flag(name: .customLong("no-default-corpus"), help: "Do not load the built-in corpus.")
    var noDefaultCorpus = false

    @Option(name: .customLong("format"), help: "Output format of answers: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .customLong("export-facts"), help: "Write the fact store of the loaded corpora as JSON Lines (one fact a line) and exit.")
    var exportFacts = false

    @Flag(name: .customLong("bail"), help: "Stop a script (standard input, --file, --init) at its first failed line; exit status 1.")
    var bail = false

    @Option(name: [.customShort("f"), .customLong("file")], help: ArgumentHelp("Run the lines of a script file instead of reading standard input; repeatable.", valueName: "file"))
    var files: [String] = []

    @Option(name: .customLong("init"), help: ArgumentHelp("Run this script first (instead of $XDG_CONFIG_HOME/beleg/init, which runs in interactive sessions only).", valueName: "file"))
    var initFile: String?

    @Flag(name: .customLong("no-init"), help: "Do not run $XDG_CONFIG_HOME/beleg/init.")
    var noInit = false

    @Flag(name: .customLong("no-cache"), help: "Analyse every corpus afresh: neither read nor write the cache ($XDG_CACHE_HOME/beleg, default ~/.cache/beleg).")
    var noCache = false

    @Flag(name: .customLong("progress"), help: "Show load progress (files, MB, rate, time left) on standard error even when it is not a terminal.")
    var progress = false

    @Argument(help: "Questions to answer; Beleg answers them and exits.")
    var questions: [String] = []

    func validate() throws {
        if !questions.isEmpty && !files.isEmpty { throw ValidationError("give questions or --file, not both") }
        for file in files + (initFile.map { [$0] } ?? []) where !FileManager.default.isReadableFile(atPath: file) {
            throw ValidationError("\(file): no such file, or not readable")
        }
        for path in corpora {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ValidationError("--corpus \(path): no such file or directory")
            }
            guard isDirectory.boolValue || CorpusLoader.extensions.contains((path as NSString).pathExtension.lowercased()) else {
                throw ValidationError("--corpus \(path): unsupported file type (expected .txt, .md, .jsonl or a directory)")
            }
        }
    }

    func run() throws {
        var options = ShellOptions()
        options.corpora = corpora
        options.defaultCorpus = noDefaultCorpus ? nil : ShellMain.defaultCorpusPath(executable: CommandLine.arguments[0])
        options.format = format
        options.questions = questions
        options.exportFacts = exportFacts
        options.bail = bail
        options.scriptFiles = files
        options.initFile = initFile
        options.noInit = noInit
        options.useCache = !noCache
        options.progress = progress
        options.environment = ProcessInfo.processInfo.environment
        let status = ShellMain.run(options)
        if status != 0 { throw ExitCode(status) }
    }
}
