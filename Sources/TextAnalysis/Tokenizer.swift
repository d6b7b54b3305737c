/// Splits a byte range of text into word, number and punctuation tokens.
///
/// - A word is a run of letters and digits; an inner hyphen or apostrophe between two
///   letters or digits joins the run (`Anna-Lena`, `US-Präsident`, `That's`).
/// - A number starts with a digit; an inner `.` or `,` between digits joins it (`66,56`, `4.680.000`).
///   A dot after a number is a punctuation token of its own (`18.` → `18`, `.`).
/// - Every other non-space character is a punctuation token of one scalar.
public struct Tokenizer: Sendable {
    public init() {}

    /// Appends the tokens of `bytes[range]` to `tokens`; positions start at 0 for this range.
    public func tokenize(_ bytes: [UInt8], _ range: Range<Int>, into tokens: inout [Token]) {
        var i = range.lowerBound
        let end = range.upperBound
        var position = 0
        while i < end {
            let (s, w) = UTF8Scan.scalar(bytes, i)
            if UTF8Scan.isSpace(s) { i += w; continue }
            let isDigit = UTF8Scan.isDigit(s)
            if isDigit || UTF8Scan.isLetter(s) {
                let start = i
                i += w
                while i < end {
                    let (c, cw) = UTF8Scan.scalar(bytes, i)
                    if UTF8Scan.isLetter(c) || UTF8Scan.isDigit(c) { i += cw; continue }
                    // Joiners: need an alphanumeric on both sides.
                    guard i + cw < end else { break }
                    let (next, _) = UTF8Scan.scalar(bytes, i + cw)
                    let (prev, _) = UTF8Scan.scalar(before: i, in: bytes)!
                    if UTF8Scan.isHyphen(c) || UTF8Scan.isApostrophe(c) {
                        if (UTF8Scan.isLetter(next) || UTF8Scan.isDigit(next)) { i += cw; continue }
                    }
                    if (c == "." || c == ",") && UTF8Scan.isDigit(prev) && UTF8Scan.isDigit(next) && isDigit {
                        i += cw; continue
                    }
                    break
                }
                tokens.append(Token(start: start, end: i, position: position, kind: isDigit ? .number : .word))
            } else {
                tokens.append(Token(start: i, end: i + w, position: position, kind: .punctuation))
                i += w
            }
            position += 1
        }
    }
}
