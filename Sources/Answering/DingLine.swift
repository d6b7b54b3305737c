// DingLine: parsing one Ding line at query time (sub-entries, annotations, part of speech, clean German forms).
import Foundation

enum PartOfSpeech { case noun, verb, adjective, adverb, unknown }

enum DingLine {
    /// Sub-entries of one side, each a list of alternative byte ranges (split at depth-0 ` | ` and `; `).
    static func groups(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [[Range<Int>]] {
        var groups: [[Range<Int>]] = [[]]
        var depth = 0
        var altStart = start
        var i = start
        while i < end {
            switch buf[i] {
            case 0x28, 0x5B, 0x7B, 0x3C: depth += 1
            case 0x29, 0x5D, 0x7D, 0x3E: depth = max(0, depth - 1)
            case 0x3B where depth == 0:
                groups[groups.count - 1].append(altStart..<i); altStart = i + 1
            case 0x7C where depth == 0:
                groups[groups.count - 1].append(altStart..<i); altStart = i + 1
                groups.append([])
            default: break
            }
            i += 1
        }
        groups[groups.count - 1].append(altStart..<end)
        return groups
    }

    /// Indices of the sub-entries that inflect the head: for verbs the rows right after the head with as
    /// many alternatives (at most four: participles, 3rd person, past); for nouns row 1 when tagged `{pl}`.
    static func inflectionRows(_ buf: UnsafeBufferPointer<UInt8>, _ german: [[Range<Int>]], pos: PartOfSpeech) -> [Int] {
        guard german.count > 1 else { return [] }
        switch pos {
        case .verb:
            var rows: [Int] = []
            var g = 1
            while g < german.count && g <= 4 && german[g].count == german[0].count {
                rows.append(g)
                g += 1
            }
            return rows
        case .noun:
            let isPlural = german[1].contains { annotations(buf, $0, open: 0x7B, close: 0x7D).contains("pl") }
            return isPlural && german[1].count == german[0].count ? [1] : []
        default:
            return []
        }
    }

    /// Contents of the `open…close` annotations inside a range.
    static func annotations(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, open: UInt8, close: UInt8) -> [String] {
        var out: [String] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if buf[i] == open {
                var j = i + 1
                while j < r.upperBound && buf[j] != close { j += 1 }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: buf[(i + 1)..<j]), as: UTF8.self))
                i = j
            }
            i += 1
        }
        return out
    }

    static func partOfSpeech(_ buf: UnsafeBufferPointer<UInt8>, _ group: [Range<Int>]) -> PartOfSpeech {
        for r in group.reversed() {
            for tag in annotations(buf, r, open: 0x7B, close: 0x7D) {
                switch tag {
                case "vt", "vi", "vr", "v", "vt; vi", "vi; vt", "vt; vr", "vr; vt": return .verb
                case "m", "f", "n", "pl", "m; f", "f; m", "m; n", "n; m": return .noun
                case "adj", "adj; adv": return .adjective
                case "adv": return .adverb
                default: continue
                }
            }
        }
        return .unknown
    }

    private static let strongLabels: Set<String> = [
        "alt", "veraltet", "obs.", "selten", "poet.", "archaic", "rare", "dated", "Sc.", "Austr.", "Irish", "NZ",
        "Can.", "Ind.", "Schw.", "Ös.", "Süddt.", "Norddt.", "Mittelwestdt.", "Ostdt.", "Westdt.", "BW", "Bayr.",
        "Westös.", "Ostös.", "Lie.", "Sächs.", "DDR", "Sprw.", "Dialekt", "old use", "frühere Bezeichnung",
        "Kindersprache", "childish", "Lux.", "Südtirol", "Norddt.; Mittelwestdt.", "Schw.; Süddt.",
    ]
    private static let mildLabels: Set<String> = [
        "ugs.", "coll.", "slang", "vulg.", "pej.", "übtr.", "fig.", "geh.", "formal", "humor.", "iron.",
        "Jargon", "Jägersprache", "euphem.", "literary", "hunters’ parlance", "technical",
    ]
    private static let technicalDomains: Set<String> = [
        "chem.", "biochem.", "bot.", "zool.", "med.", "anat.", "geol.", "min.", "mach.", "electr.", "telco.",
        "comp.", "math.", "phys.", "astron.", "naut.", "aviat.", "textil.", "agr.", "print", "constr.", "biol.",
        "pharm.", "mus.", "ling.", "phil.", "techn.", "statist.", "photo.", "auto", "mining", "cook.", "envir.",
        "electronics", "archit.", "arch.", "chem.; techn.", "geogr."
    ]

    /// Penalty for usage labels (`[archaic]`, `[Ös.]`, `[coll.]` …) of one alternative.
    static func labelPenalty(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, english: Bool) -> Int {
        var penalty = 0
        for tag in annotations(buf, r, open: 0x5B, close: 0x5D) {
            if strongLabels.contains(tag) { penalty = max(penalty, 40) }
            else if mildLabels.contains(tag) { penalty = max(penalty, 12) }
        }
        return penalty
    }

    /// Whether the head sub-entry carries a technical domain label (`[chem.]`, `[med.]` …).
    static func isTechnical(_ buf: UnsafeBufferPointer<UInt8>, _ group: [Range<Int>]) -> Bool {
        for r in group {
            for tag in annotations(buf, r, open: 0x5B, close: 0x5D) where technicalDomains.contains(tag) {
                return tag != "geogr."
            }
        }
        return false
    }

    private static let placeholders: Set<String> = [
        "etw.", "jdm.", "jdn.", "jds.", "jd.", "jdm./etw.", "jdn./etw.", "etw./jdn.", "etw./jdm.",
        "jdm./jdn.", "jdn./jdm.", "jds./etw.", "…", "...",
    ]
    private static let prepositions: Set<String> = [
        "mit", "von", "zu", "für", "an", "auf", "um", "über", "bei", "aus", "gegen", "vor", "nach", "in", "unter",
        "durch", "zwischen", "hinter", "neben", "wegen", "vom", "zum", "zur", "am", "im", "ins", "ans",
    ]
    private static let articles: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    ]

    /// A German alternative that is a combining form, the first part of compounds written with an ellipsis
    /// ("Bürger… [pol.]" → "Bürger", "Außen…" → "Außen"), without annotations; nil for anything else (a word with
    /// spaces, digits or hyphens, or shorter than three letters).
    static func combiningForm(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String? {
        var kept: [UInt8] = []
        var depth = 0
        for i in r {
            let c = buf[i]
            switch c {
            case 0x28, 0x5B, 0x7B, 0x3C: depth += 1
            case 0x29, 0x5D, 0x7D, 0x3E: depth = max(0, depth - 1)
            default: if depth == 0 { kept.append(c) }
            }
        }
        var text = String(decoding: kept, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("…") else { return nil }
        text.removeLast()
        guard text.count >= 3, text.allSatisfy(\.isLetter) else { return nil }
        return text
    }

    /// One German alternative as a clean citation form: annotations, `/ABBR/` tokens and placeholders
    /// (`etw.`, `jdm.`, `sich`, a preposition before a placeholder, "einer Sache") removed; a leading article
    /// dropped. Nil when nothing usable remains or the alternative is a sentence or elided phrase.
    static func cleanGerman(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String? {
        var words: [String] = []
        var depth = 0
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll() }
        }
        for i in r {
            let c = buf[i]
            switch c {
            case 0x28, 0x5B, 0x7B, 0x3C: flush(); depth += 1
            case 0x29, 0x5D, 0x7D, 0x3E: flush(); depth = max(0, depth - 1)
            case 0x20, 0x09: if depth == 0 { flush() }
            default: if depth == 0 { current.append(c) }
            }
        }
        flush()
        words.removeAll { $0.hasPrefix("/") }
        if words.isEmpty || words.count > 5 { return nil }
        if words.contains(where: { $0.contains("…") || $0.contains("...") || $0.hasSuffix("?") || $0.hasSuffix("!") }) {
            return nil
        }
        var kept: [String] = []
        var k = 0
        while k < words.count {
            let w = words[k]
            let next = k + 1 < words.count ? words[k + 1] : nil
            if placeholders.contains(w) || (w == "sich" && kept.isEmpty) { k += 1; continue }
            if (w == "einer" || w == "eine") && next == "Sache" { k += 2; continue }
            if prepositions.contains(w), let next, placeholders.contains(next) || next == "einer" {
                k += 1
                continue
            }
            kept.append(w)
            k += 1
        }
        if kept.count > 1, articles.contains(kept[0]) { kept.removeFirst() }
        while let last = kept.last, last.hasSuffix(",") || last.hasSuffix(":") {
            kept[kept.count - 1] = String(last.dropLast())
            if kept[kept.count - 1].isEmpty { kept.removeLast() }
        }
        guard !kept.isEmpty, kept.contains(where: { $0.first?.isLetter == true }) else { return nil }
        return kept.joined(separator: " ")
    }
}
