import Foundation

/// A problem with one file, or one line of a JSONL file, found while loading.
/// Loading goes on after it: the other files and lines still load.
public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Path of the file as given (joined with the directory that was loaded).
    public var file: String
    /// 1-based line number for JSONL and front matter problems; `nil` for whole-file problems.
    public var line: Int?
    public var message: String
    /// Whether the file or line was left out (`false` for a warning about an article that still loaded).
    public var skipped: Bool

    public init(file: String, line: Int? = nil, message: String, skipped: Bool = true) {
        self.file = file
        self.line = line
        self.message = message
        self.skipped = skipped
    }

    /// `FILE:LINE: MESSAGE` (or `FILE: MESSAGE`), the shape compilers and sqlite3 use.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// What one load produced: the documents in load order and the errors met on the way.
public struct LoadResult: Sendable {
    public var documents: [Document] = []
    public var errors: [LoadError] = []
    /// Whether the load stopped early because `isCancelled` said so; `documents` holds what was read until then.
    public var cancelled = false
    public init() {}
}

/// Reads article files into `Document`s.
///
/// Formats:
/// - `.txt` / `.md`: an optional front-matter block (`---` line, `key: value` lines with
///   `title`, `date` (YYYY-MM-DD), `source`, `lang`, then `---`), then paragraphs separated by blank lines.
/// - `.jsonl`: one article a line, an object with `id`, `title`, `date`, `source`, `lang`, `text`
///   (other fields ignored, `null` allowed; `text` is required).
/// - a directory: every such file below it (extensions in any case), in sorted path order; hidden files and
///   folders are skipped. A file named directly with another extension is an error.
/// - `.md` bodies lose their inline markup (see `MarkdownText`).
public struct CorpusLoader: Sendable {
    public static let extensions: Set<String> = ["txt", "md", "jsonl"]

    public init() {}

    /// Loads a file or directory. Never throws: every problem becomes a `LoadError` in the result.
    public func load(path: String) -> LoadResult {
        load(path: path, isCancelled: { false })
    }

    /// Loads a file or directory, stopping early when asked.
    /// - Parameter isCancelled: asked between files and between JSONL lines; when it returns `true` the load
    ///   stops and the result is marked `cancelled` (the caller owns the flag, e.g. a Ctrl-C handler).
    public func load(path: String, isCancelled: () -> Bool) -> LoadResult {
        let (files, errors) = sourceFiles(path: path)
        var result = LoadResult()
        result.errors = errors
        for file in files {
            if isCancelled() { result.cancelled = true; break }
            loadFile(file.path, displayPath: file.displayPath, idBase: file.idBase, isCancelled: isCancelled, into: &result)
        }
        return result
    }

    /// Reads JSON Lines from memory, as a `.jsonl` file named `file` would load (id-less lines are named
    /// `idBase:LINE`). For tests and the fuzzer.
    public func load(jsonl data: Data, file: String, idBase: String) -> LoadResult {
        var result = LoadResult()
        loadJSONL(data, file: file, idBase: idBase, into: &result)
        return result
    }

    /// Relative paths of the loadable files below `root`, sorted.
    static func filesBelow(_ root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            let ext = (relative as NSString).pathExtension.lowercased()
            guard extensions.contains(ext) else { continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDir), !isDir.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    func loadFile(_ path: String, displayPath: String, idBase: String, isCancelled: () -> Bool = { false }, into result: inout LoadResult) {
        guard let data = FileManager.default.contents(atPath: path) else {
            result.errors.append(LoadError(file: displayPath, message: "cannot read the file"))
            return
        }
        loadFile(data, path: path, displayPath: displayPath, idBase: idBase, isCancelled: isCancelled, into: &result)
    }

    func loadFile(_ data: Data, path: String, displayPath: String, idBase: String, isCancelled: () -> Bool, into result: inout LoadResult) {
        let ext = (path as NSString).pathExtension.lowercased()
        let id = (idBase as NSString).deletingPathExtension
        if ext == "jsonl" {
            loadJSONL(data, file: displayPath, idBase: id, isCancelled: isCancelled, into: &result)
            return
        }
        guard let text = String(validatingUTF8Data: data) else {
            let offset = Self.firstInvalidUTF8Offset(data) ?? 0
            result.errors.append(LoadError(file: displayPath, line: Self.lineNumber(data, offset), message: "invalid UTF-8 at byte \(offset); the file was not loaded"))
            return
        }
        // Line ends first: a Swift `Character` holds "\r\n" whole, so front matter written with CRLF or CR
        // would not split into lines and would end up in the body.
        switch FrontMatter.parse(TextHygiene.normalizeLineEnds(text)) {
        case .success(let (meta, body)):
            result.documents.append(Document(id: id, title: meta.title, date: meta.date, source: meta.source,
                                             language: meta.language, text: ext == "md" ? MarkdownText.plain(body) : body,
                                             origin: displayPath))
        case .failure(let error):
            result.errors.append(LoadError(file: displayPath, line: error.line, message: error.message))
        }
    }

    /// One article a line. `idBase` (the file's path relative to the loaded root, without extension) names
    /// id-less lines: `idBase:LINE`. A bad line is skipped with an error; a bad `date` keeps the article without
    /// a date (the error says so), since losing the whole article costs more than losing its date.
    func loadJSONL(_ data: Data, file: String, idBase: String, isCancelled: () -> Bool = { false }, into result: inout LoadResult) {
        var lineNumber = 0
        var start = data.startIndex
        let newline = UInt8(ascii: "\n")
        while start < data.endIndex {
            if isCancelled() { result.cancelled = true; return }
            lineNumber += 1
            let end = data[start...].firstIndex(of: newline) ?? data.endIndex
            let line = data[start..<end]
            start = end < data.endIndex ? data.index(after: end) : end
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            switch JSONLArticle.parse(Data(line), fallbackID: "\(idBase):\(lineNumber)") {
            case .failure(let problem):
                result.errors.append(LoadError(file: file, line: lineNumber, message: problem.message))
            case .success(let article):
                for warning in article.warnings {
                    result.errors.append(LoadError(file: file, line: lineNumber, message: warning.message, skipped: false))
                }
                result.documents.append(Document(id: article.id, title: article.title, date: article.date,
                                                 source: article.source, language: article.language,
                                                 text: article.text, origin: file, originLine: lineNumber))
            }
        }
    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var valid = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                offset += UTF8.width(s)
                valid = offset
            case .emptyInput: return nil
            case .error: return valid
            }
        }
    }

    static func lineNumber(_ data: Data, _ offset: Int) -> Int {
        1 + data.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}

extension String {
    /// Strict UTF-8 decoding: `nil` when `data` is not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        guard let s = String(bytes: data, encoding: .utf8) else { return nil }
        self = s
    }
}
