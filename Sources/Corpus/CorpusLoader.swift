import Foundation

/// A problem with one file, or one line of a JSONL file, found while loading.
/// Loading goes on after it: the other files and lines still load.
public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Path of the file as given (joined with the directory that was loaded).
    public var file: String
    /// 1-based line number for JSONL and front matter problems; `nil` for whole-file problems.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
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
        var result = LoadResult()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            result.errors.append(LoadError(file: path, message: "no such file or directory"))
            return result
        }
        if isDirectory.boolValue {
            let root = URL(fileURLWithPath: path).standardizedFileURL.path
            for relative in Self.filesBelow(root) {
                loadFile(root + "/" + relative, displayPath: Self.join(path, relative), idBase: relative, into: &result)
            }
        } else {
            let name = (path as NSString).lastPathComponent
            guard Self.extensions.contains((name as NSString).pathExtension.lowercased()) else {
                result.errors.append(LoadError(file: path, message: "unsupported file type (expected .txt, .md or .jsonl); the file was not loaded"))
                return result
            }
            loadFile(path, displayPath: path, idBase: name, into: &result)
        }
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

    func loadFile(_ path: String, displayPath: String, idBase: String, into result: inout LoadResult) {
        guard let data = FileManager.default.contents(atPath: path) else {
            result.errors.append(LoadError(file: displayPath, message: "cannot read the file"))
            return
        }
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "jsonl" {
            loadJSONL(data, file: displayPath, into: &result)
            return
        }
        guard let text = String(validatingUTF8Data: data) else {
            let offset = Self.firstInvalidUTF8Offset(data) ?? 0
            result.errors.append(LoadError(file: displayPath, line: Self.lineNumber(data, offset), message: "invalid UTF-8 at byte \(offset); the file was not loaded"))
            return
        }
        let id = (idBase as NSString).deletingPathExtension
        switch FrontMatter.parse(text) {
        case .success(let (meta, body)):
            result.documents.append(Document(id: id, title: meta.title, date: meta.date, source: meta.source,
                                             language: meta.language, text: ext == "md" ? MarkdownText.plain(body) : body,
                                             origin: displayPath))
        case .failure(let error):
            result.errors.append(LoadError(file: displayPath, line: error.line, message: error.message))
        }
    }

    func loadJSONL(_ data: Data, file: String, into result: inout LoadResult) {
        var lineNumber = 0
        var start = data.startIndex
        let newline = UInt8(ascii: "\n")
        while start < data.endIndex {
            lineNumber += 1
            let end = data[start...].firstIndex(of: newline) ?? data.endIndex
            let line = data[start..<end]
            start = end < data.endIndex ? data.index(after: end) : end
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard String(validatingUTF8Data: Data(line)) != nil else {
                result.errors.append(LoadError(file: file, line: lineNumber, message: "invalid UTF-8; the line was skipped"))
                continue
            }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line), options: [])
            } catch {
                result.errors.append(LoadError(file: file, line: lineNumber, message: "not a JSON object; the line was skipped"))
                continue
            }
            guard let dict = object as? [String: Any] else {
                result.errors.append(LoadError(file: file, line: lineNumber, message: "not a JSON object; the line was skipped"))
                continue
            }
            guard let text = dict["text"] as? String else {
                result.errors.append(LoadError(file: file, line: lineNumber, message: "no \"text\" string; the line was skipped"))
                continue
            }
            let id: String
            if let s = dict["id"] as? String, !s.isEmpty { id = s }
            else if let n = dict["id"] as? NSNumber { id = n.stringValue }
            else {
                let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                id = "\(base):\(lineNumber)"
            }
            var date: CalendarDate? = nil
            if let d = dict["date"] as? String, !d.isEmpty {
                guard let parsed = CalendarDate(iso: d) else {
                    result.errors.append(LoadError(file: file, line: lineNumber, message: "date \"\(d)\" is not YYYY-MM-DD; the line was skipped"))
                    continue
                }
                date = parsed
            }
            result.documents.append(Document(id: id, title: dict["title"] as? String, date: date,
                                             source: dict["source"] as? String, language: dict["lang"] as? String,
                                             text: text, origin: "\(file):\(lineNumber)"))
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
