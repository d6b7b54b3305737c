import Foundation

/// The word lists of the extractors, the analyzer and the TIMEX tagger, read from the text resources in
/// `Data/` (SwiftPM `resources:`, `Bundle.module`).
///
/// Format of every file: UTF-8, one entry a line; blank lines and lines whose first non-blank character is
/// `#` are skipped; blanks around an entry are dropped. A table row holds blank-separated fields (or fields
/// separated by another byte, such as `|`, where an entry contains blanks). Each file names its source,
/// version and licence in its header; `Data/SOURCES.md` lists them all and the generators under `Scripts/`.
///
/// Files are read on first use (callers keep the result in a `static let`) and split on UTF-8 bytes, not
/// Characters, so that the large lists cost little at start-up.
public enum WordLists {
    /// The entries of `path` (relative to `Data/`, e.g. `"names/first-names.txt"`), in file order.
    public static func entries(_ path: String) -> [String] {
        var out: [String] = []
        forEachLine(path) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// The entries of `path` as a set.
    public static func set(_ path: String) -> Set<String> {
        var out = Set<String>(minimumCapacity: 64)
        forEachLine(path) { out.insert(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// The rows of `path`, each split into fields at blanks (runs of spaces or tabs), or at `separator`.
    public static func rows(_ path: String, separator: UInt8? = nil) -> [[String]] {
        var out: [[String]] = []
        forEachLine(path) { line in
            var fields: [String] = []
            var start = line.startIndex
            var i = line.startIndex
            func flush(_ end: Int) {
                var a = start, b = end
                while a < b, line[a] == 0x20 || line[a] == 0x09 { a += 1 }
                while b > a, line[b - 1] == 0x20 || line[b - 1] == 0x09 { b -= 1 }
                if a < b || separator != nil { fields.append(String(decoding: line[a..<b], as: UTF8.self)) }
            }
            while i < line.endIndex {
                let c = line[i]
                if let separator, c == separator { flush(i); start = i + 1 }
                else if separator == nil, c == 0x20 || c == 0x09 { flush(i); start = i + 1 }
                i += 1
            }
            flush(line.endIndex)
            out.append(fields)
        }
        return out
    }

    /// The raw bytes of `path`.
    public static func contents(_ path: String) -> [UInt8] {
        let url = dataDirectory.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            fatalError("Beleg word list missing: \(url.path) (the resource bundle must stay beside the executable)")
        }
        return [UInt8](data)
    }

    /// Calls `body` with every entry line of `path` (comments and blank lines skipped, blanks trimmed).
    static func forEachLine(_ path: String, _ body: (ArraySlice<UInt8>) -> Void) {
        let bytes = contents(path)
        forEachLineRange(bytes) { a, b in body(bytes[a..<b]) }
    }

    /// Calls `body` with the byte range of every entry line of `bytes`.
    static func forEachLineRange(_ bytes: [UInt8], _ body: (Int, Int) -> Void) {
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            let n = bytes.count
            while start < n {
                var end = start
                while end < n, bytes[end] != 0x0A { end += 1 }
                var a = start, b = end
                while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 || bytes[a] == 0x0D { a += 1 }
                while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || bytes[b - 1] == 0x0D { b -= 1 }
                if a < b, bytes[a] != 0x23 { body(a, b) }   // "#"
                start = end + 1
            }
        }
    }

    /// `Data/` inside the resource bundle.
    static let dataDirectory: URL = {
        if let url = Bundle.module.url(forResource: "Data", withExtension: nil) { return url }
        return Bundle.module.bundleURL.appendingPathComponent("Data")
    }()
}

extension WordLists {
    /// Paths (relative to `Data/`) of all files in the bundle, sorted.
    public static var allFiles: [String] {
        let base = dataDirectory.standardizedFileURL.path
        guard let e = FileManager.default.enumerator(atPath: base) else { return [] }
        var out: [String] = []
        while let p = e.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + p, isDirectory: &isDir), !isDir.boolValue { out.append(p) }
        }
        return out.sorted()
    }
}
