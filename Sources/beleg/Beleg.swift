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

        Exit status: 0 on success, 1 if any scripted line failed, 64 for a bad command line.
        """
    )

    @Option(name: .customLong("corpus"), help: ArgumentHelp("Load a file (.txt, .md, .jsonl) or a directory of them; repeatable.", valueName: "path"))
    var corpora: [String] = []

    @Flag(name: .customLong("no-default-corpus"), help: "Do not load the built-in corpus.")
    var noDefaultCorpus = false

    @Option(name: .customLong("format"), help: "Output format of answers: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .customLong("export-facts"), help: "Write the fact store of the loaded corpora as JSON Lines (one fact a line) and exit.")
    var exportFacts = false

    @Argument(help: "Questions to answer; Beleg answers them and exits.")
    var questions: [String] = []

    func validate() throws {
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
        let status = ShellMain.run(corpora: corpora, defaultCorpus: noDefaultCorpus ? nil : ShellMain.defaultCorpusPath(executable: CommandLine.arguments[0]),
                                   format: format, questions: questions, exportFacts: exportFacts)
        if status != 0 { throw ExitCode(status) }
    }
}
