import WordLists

/// Token filters: each turns one term (UTF-8 bytes) into another, or drops it.
/// The chain and its order are defined by `Analyzer`.

/// Lowercases a term (Unicode simple lowercase mapping; ASCII fast path).
public enum LowercaseFilter {
    public static func apply(_ term: inout [UInt8]) {
        if term.allSatisfy({ $0 < 0x80 }) {
            for k in term.indices where term[k] >= 0x41 && term[k] <= 0x5A { term[k] |= 0x20 }
            return
        }
        var out: [UInt8] = []
        out.reserveCapacity(term.count)
        var i = 0
        while i < term.count {
            let (s, w) = UTF8Scan.scalar(term, i)
            if s.value < 0x80 {
                out.append(s.value >= 0x41 && s.value <= 0x5A ? UInt8(s.value | 0x20) : UInt8(s.value))
            } else {
                out.append(contentsOf: s.properties.lowercaseMapping.utf8)
            }
            i += w
        }
        term = out
    }
}

/// German normalization as in Lucene's `GermanNormalizationFilter` (the German2 Snowball heuristic):
/// `ä`→`a`, `ö`→`o`, `ü`→`u`, `ß`→`ss`; `ae`→`a`, `oe`→`o`, and `ue`→`u` unless it follows a vowel or `q`.
/// Expects lowercase input.
public enum GermanNormalizationFilter {
    public static func apply(_ term: inout [UInt8]) {
        var out: [UInt8] = []
        out.reserveCapacity(term.count)
        var i = 0
        while i < term.count {
            let b = term[i]
            if b == 0xC3, i + 1 < term.count {
                switch term[i + 1] {
                case 0xA4: out.append(0x61); i += 2; continue   // ä
                case 0xB6: out.append(0x6F); i += 2; continue   // ö
                case 0xBC: out.append(0x75); i += 2; continue   // ü
                case 0x9F: out.append(0x73); out.append(0x73); i += 2; continue // ß
                default: break
                }
            }
            if b == 0x65, let last = out.last {   // 'e' after a, o, u
                if last == 0x61 || last == 0x6F {
                    i += 1; continue
                }
                if last == 0x75 {
                    let beforeU = out.count >= 2 ? out[out.count - 2] : 0
                    let vowelOrQ: Set<UInt8> = [0x61, 0x65, 0x69, 0x6F, 0x75, 0x71]
                    if !vowelOrQ.contains(beforeU) { i += 1; continue }
                }
            }
            out.append(b)
            i += 1
        }
        term = out
    }
}

/// Folds inflected forms of weak verbs in `-ieren` and `-igen` onto their infinitive before stemming,
/// because Snowball German leaves the `-t` of past and participle forms on
/// (`dementierte` → `dementiert`, but `dementieren` → `dementi`; `bestätigte` → `bestatigt`,
/// but `bestätigen` → `bestat`). Expects normalized lowercase input.
public enum WeakVerbFormFilter {
    static let endings: [[UInt8]] = ["test", "tet", "ten", "tes", "ter", "tem", "te", "t"].map { Array($0.utf8) }

    public static func apply(_ term: inout [UInt8]) {
        for ending in endings where term.count > ending.count + 4 && term.suffix(ending.count).elementsEqual(ending) {
            let stem = term.dropLast(ending.count)
            if stem.suffix(3).elementsEqual("ier".utf8) || stem.suffix(2).elementsEqual("ig".utf8) {
                term = Array(stem) + Array("en".utf8)
            }
            return
        }
    }
}

/// Stop words: German (Snowball's German stop list) and English (Snowball's English stop list),
/// so that questions in either language drop their function words.
public enum StopWords {
    public static let german: Set<String> = WordLists.set("words/stop-words-de.txt")

    public static let english: Set<String> = WordLists.set("words/stop-words-en.txt")

    /// Lowercase stop words of both languages.
    public static let all: Set<String> = german.union(english)
}
