import Foundation

/// One file of a load, as `CorpusLoader.load(path:)` reads it: a file named directly, or one file below a directory.
public struct SourceFile: Sendable, Hashable {
    /// Where the file is (below a directory: the directory with symlinks resolved, then the relative path).
    public var path: String
    /// How errors and `Document.origin` name it: the path as given, joined with the relative path below a directory.
    public var displayPath: String
    /// The id base of its documents: the file name, or the path relative to the loaded directory (with extension).
    public var idBase: String

    public init(path: String, displayPath: String, idBase: String) {
        self.path = path
        self.displayPath = displayPath
        self.idBase = idBase
    }
}

extension CorpusLoader {
    /// The files a load of `path` reads, in load order, and the problems found listing them (no such path, a
    /// directory without loadable files, a file of another type) — the same as `load(path:)` reports.
    public func sourceFiles(path: String) -> (files: [SourceFile], errors: [LoadError]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ([], [LoadError(file: path, message: "no such file or directory")])
        }
        if isDirectory.boolValue {
            // A symlink to a directory is followed: the enumerator lists nothing below a link itself.
            let root = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
            let files = Self.filesBelow(root)
            if files.isEmpty {
                return ([], [LoadError(file: path, message: "no .txt, .md or .jsonl file in this directory (hidden files and folders are skipped); nothing was loaded")])
            }
            return (files.map { SourceFile(path: root + "/" + $0, displayPath: Self.join(path, $0), idBase: $0) }, [])
        }
        let name = (path as NSString).lastPathComponent
        guard Self.extensions.contains((name as NSString).pathExtension.lowercased()) else {
            return ([], [LoadError(file: path, message: "unsupported file type (expected .txt, .md or .jsonl); the file was not loaded")])
        }
        return ([SourceFile(path: path, displayPath: path, idBase: name)], [])
    }

    /// Loads one file of a load from its bytes `data` (read by the caller, e.g. to hash them), as `load(path:)` would.
    /// - Parameter isCancelled: asked between JSONL lines; `true` stops the load and marks the result `cancelled`.
    public func load(_ file: SourceFile, data: Data, isCancelled: () -> Bool = { false }) -> LoadResult {
        var result = LoadResult()
        loadFile(data, path: file.path, displayPath: file.displayPath, idBase: file.idBase, isCancelled: isCancelled, into: &result)
        return result
    }
}

extension Document {
    /// A document whose `text` is already normalized (as `Document.text` holds it): text hygiene is not run again.
    /// For restoring documents that were loaded before (the on-disk cache).
    public init(id: String, title: String?, date: CalendarDate?, source: String?, language: String?, normalizedText: String,
                origin: String, originLine: Int?) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.language = language
        self.text = normalizedText
        self.origin = origin
        self.originLine = originLine
    }
}
