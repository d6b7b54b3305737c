import Foundation

/// Plain text from simple Markdown, so that articles written in `.md` read as prose.
///
/// Per line: ATX heading marks (`# `…`###### `) and block-quote marks (`> `) are removed, so a heading stays a
/// short line of its own; list bullets (`- `, `* `, `+ `) are removed. Inline: `**`, `__` and backticks are
/// removed, and links `[text](url)` keep their text. Everything else is kept as written.
public enum MarkdownText {
    public static func plain(_ markdown: String) -> String {
        var lines: [String] = []
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(raw)
            let indent = line.prefix { $0 == " " }
            line = line.dropFirst(indent.count)
            if line.hasPrefix(">") { line = line.dropFirst().drop { $0 == " " } }
            let hashes = line.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), line.dropFirst(hashes).first == " " { line = line.dropFirst(hashes + 1) }
            for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) { line = line.dropFirst(2) }
            lines.append(inline(String(line)))
        }
        return lines.joined(separator: "\n")
    }

    static func inline(_ s: String) -> String {
        var out = s.replacingAll("**", with: "").replacingAll("__", with: "").replacingAll("`", with: "")
        // [text](url) → text
        while let open = out.firstIndex(of: "["), let close = out[open...].firstIndex(of: "]"),
              out.index(after: close) < out.endIndex, out[out.index(after: close)] == "(",
              let paren = out[close...].firstIndex(of: ")") {
            let text = out[out.index(after: open)..<close]
            out.replaceSubrange(open...paren, with: text)
        }
        return out
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
