// DingIndex: the Ding dictionary's bytes and its hashed index of English keys; scoring of one hit.
import Foundation

/// One English alternative of one dictionary entry.
struct DingHit {
    /// Byte offset of the entry's line in the file.
    var line: Int
    /// Sub-entry (` | ` group) index; 0 is the head.
    var group: Int
    /// Position of the English alternative within its group; 0 is the first.
    var alternative: Int
    /// The English alternative was a `to …` verb.
    var isVerb: Bool
    /// The key is the part before a `sb.`/`sth.` placeholder ("to supply sb. with sth." → "supply").
    var isReduced: Bool
}

/// The file's bytes and a sorted array of (key hash, hit) pairs over its English sides.
struct DingIndex: Sendable {
    struct Entry: Sendable {
        var hash: UInt64
        /// Packed: line offset (bits 0–31), group (32–39), alternative (40–47), flags (48–55: 1 verb, 2 reduced).
        var posting: UInt64
    }

    let bytes: [UInt8]
    let entries: [Entry]
    /// How often each German word occurs on the German sides of the dictionary (a commonness proxy).
    let germanCounts: WordCounts

    static let maxKeyWords = 4

    init(path: String) {
        let bytes = Self.readFile(path)
        self.bytes = bytes
        var counts = WordCounts(capacityPowerOfTwo: 19)
        self.entries = Self.build(bytes, counts: &counts)
        self.germanCounts = counts
    }

    // MARK: Building

    /// The whole file, read straight into an array (empty when unreadable).
    static func readFile(_ path: String) -> [UInt8] {
        guard let file = fopen(path, "rb") else { return [] }
        defer { fclose(file) }
        guard fseek(file, 0, SEEK_END) == 0 else { return [] }
        let size = ftell(file)
        guard size > 0, fseek(file, 0, SEEK_SET) == 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = fread(buffer.baseAddress, 1, size, file)
        }
    }

    static func build(_ bytes: [UInt8], counts: inout WordCounts) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(bytes.count / 12)
        bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            var normalizer = KeyNormalizer()
            var lineStart = 0
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n && buf[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                if lineEnd == lineStart || buf[lineStart] == 0x23 /* # */ || lineStart > Int(UInt32.max) { continue }
                guard let sep = findSeparator(buf, lineStart, lineEnd) else { continue }
                counts.countWords(buf, lineStart, sep)
                var group = 0, alt = 0
                var depth = 0
                var altStart = sep + 4
                var i = altStart
                while i <= lineEnd {
                    let c: UInt8 = i < lineEnd ? buf[i] : 0x7C
                    let atEnd = i == lineEnd
                    switch c {
                    case 0x28, 0x5B, 0x7B, 0x3C: depth += 1   // ( [ { <
                    case 0x29, 0x5D, 0x7D, 0x3E: depth = max(0, depth - 1)
                    case 0x3B, 0x7C:                          // ; |
                        if depth == 0 || atEnd {
                            let isGroupEnd = c == 0x7C
                            if let keys = normalizer.keys(buf, altStart, i) {
                                let base = UInt64(lineStart) | UInt64(min(group, 255)) << 32 | UInt64(min(alt, 255)) << 40
                                let verb: UInt64 = keys.isVerb ? 1 : 0
                                if let h = keys.full { entries.append(Entry(hash: h, posting: base | verb << 48)) }
                                if let h = keys.reduced { entries.append(Entry(hash: h, posting: base | (verb | 2) << 48)) }
                            }
                            altStart = i + 1
                            if isGroupEnd { group += 1; alt = 0 } else { alt += 1 }
                        }
                    default: break
                    }
                    i += 1
                }
            }
        }
        entries.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.posting < $1.posting }
        return entries
    }

    /// Offset of " :: " in the line, if any.
    static func findSeparator(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = start
        while i + 3 < end {
            if buf[i + 1] == 0x3A && buf[i + 2] == 0x3A && buf[i] == 0x20 && buf[i + 3] == 0x20 { return i }
            i += 1
        }
        return nil
    }

    // MARK: Looking up

    /// All hits of a normalized English key ("south africa", "supply").
    func hits(for key: String) -> [DingHit] {
        var normalizer = KeyNormalizer()
        let utf8 = Array(key.utf8)
        guard let keys = utf8.withUnsafeBufferPointer({ normalizer.keys($0, 0, $0.count) }), let h = keys.full else {
            return []
        }
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].hash < h { lo = mid + 1 } else { hi = mid }
        }
        var out: [DingHit] = []
        var i = lo
        while i < entries.count && entries[i].hash == h {
            let p = entries[i].posting
            out.append(DingHit(line: Int(p & 0xFFFF_FFFF), group: Int((p >> 32) & 0xFF),
                               alternative: Int((p >> 40) & 0xFF), isVerb: (p >> 48) & 1 != 0,
                               isReduced: (p >> 48) & 2 != 0))
            i += 1
        }
        return out
    }

    /// The combining forms among the German alternatives aligned with one hit, without their ellipsis ("Bürger…"
    /// :: civil → "Bürger"; `DingLine.combiningForm`).
    func combiningForms(_ hit: DingHit) -> [String] {
        bytes.withUnsafeBufferPointer { buf in
            var lineEnd = hit.line
            while lineEnd < buf.count && buf[lineEnd] != 0x0A { lineEnd += 1 }
            guard let sep = Self.findSeparator(buf, hit.line, lineEnd) else { return [] }
            let german = DingLine.groups(buf, hit.line, sep)
            let english = DingLine.groups(buf, sep + 4, lineEnd)
            guard hit.group < german.count, hit.group < english.count, german.count == english.count || hit.group == 0 else { return [] }
            return german[hit.group].compactMap { DingLine.combiningForm(buf, $0) }
        }
    }

    /// Scores the German alternatives aligned with one hit and adds them to the ranking.
    func score(_ hit: DingHit, bonus: Int, into ranking: inout Ranking) {
        bytes.withUnsafeBufferPointer { buf in
            var lineEnd = hit.line
            while lineEnd < buf.count && buf[lineEnd] != 0x0A { lineEnd += 1 }
            guard let sep = Self.findSeparator(buf, hit.line, lineEnd) else { return }
            let german = DingLine.groups(buf, hit.line, sep)
            let english = DingLine.groups(buf, sep + 4, lineEnd)
            guard hit.group < german.count, hit.group < english.count,
                  hit.alternative < english[hit.group].count else { return }
            // Misaligned sub-entries: trust only the head.
            if german.count != english.count && hit.group != 0 { return }

            var base = 100 + bonus
            if hit.group == 0 { base += 30 }
            base += hit.alternative == 0 ? 15 : -min(12, 3 * hit.alternative)
            if hit.isReduced { base -= 8 }
            let engAlt = english[hit.group][hit.alternative]
            base -= DingLine.labelPenalty(buf, engAlt, english: true)
            base += min(10, Int((3 * log2(Double(german.count))).rounded()))

            let groupPOS = DingLine.partOfSpeech(buf, german[hit.group])
            let headPOS = DingLine.partOfSpeech(buf, german[0])
            let pos = groupPOS != .unknown ? groupPOS : (hit.group == 0 ? headPOS : .unknown)
            if pos != .unknown {
                if hit.isVerb && pos != .verb { base -= 30 }
                if !hit.isVerb && pos == .verb && hit.group == 0 { base -= 30 }
            }
            if DingLine.isTechnical(buf, german[0]) { base -= 8 }

            let formRows = hit.group == 0 ? DingLine.inflectionRows(buf, german, pos: pos) : []
            for (bi, alt) in german[hit.group].enumerated() {
                guard let text = DingLine.cleanGerman(buf, alt) else { continue }
                var forms: [String] = []
                let textWords = text.split(separator: " ").count
                for row in formRows {
                    if let form = DingLine.cleanGerman(buf, german[row][bi]), form != text,
                       form.split(separator: " ").count <= textWords + 1 {
                        forms.append(form)
                    }
                }
                var s = base - min(15, 3 * bi)
                let words = text.reduce(1) { $1 == " " ? $0 + 1 : $0 }
                s -= min(60, 30 * (words - 1))
                s -= DingLine.labelPenalty(buf, alt, english: false)
                s += germanCounts.commonnessBonus(text)
                ranking.add(text, score: s, isVerb: pos == .verb || (pos == .unknown && hit.isVerb), forms: forms)
            }
        }
    }
}
