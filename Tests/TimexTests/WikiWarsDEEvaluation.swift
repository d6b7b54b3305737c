import TestSupport
import Foundation
import Testing
@testable import Timex

/// Scores the tagger on WikiWarsDE (Strötgen & Gertz, GSCL 2011; TIMEX2 gold, 22 German
/// Wikipedia war articles). Data: `../shared/data/wikiwarsde/WikiWarsDE_20110412` next to the
/// package root. Gold offsets are UTF-8 bytes into the `in/*.sgm` text
/// after removing all SGML tags (END inclusive); only the `<TEXT>` body is scored (not the DCT).
///
/// Metrics: strict = identical byte span; relaxed = spans overlap (system match counted correct
/// if it overlaps some gold, gold counted found if some system match overlaps it). Value
/// accuracy = share of relaxed-found gold mentions (with a `VAL`) whose best-overlapping system
/// match has exactly the gold value. Set `TIMEX_EVAL_DUMP=/path` to write an error listing.
struct WikiWarsDEScores {
    var gold = 0, system = 0
    var strictTP = 0
    var relaxedSystemTP = 0, relaxedGoldTP = 0
    var valueCorrect = 0, valueTotal = 0

    func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
    var strictP: Double { system == 0 ? 0 : Double(strictTP) / Double(system) }
    var strictR: Double { gold == 0 ? 0 : Double(strictTP) / Double(gold) }
    var relaxedP: Double { system == 0 ? 0 : Double(relaxedSystemTP) / Double(system) }
    var relaxedR: Double { gold == 0 ? 0 : Double(relaxedGoldTP) / Double(gold) }
    var strictF1: Double { f1(strictP, strictR) }
    var relaxedF1: Double { f1(relaxedP, relaxedR) }
    var valueAccuracy: Double { valueTotal == 0 ? 0 : Double(valueCorrect) / Double(valueTotal) }
}

enum WikiWarsDE {
    /// The corpus below `../shared`.
    static let path = "data/wikiwarsde/WikiWarsDE_20110412"
    static var directory: URL { SharedData.url(path) }

    /// Removes `<...>` tags, returning UTF-8 bytes.
    static func stripTags(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inTag = false
        for b in bytes {
            if b == UInt8(ascii: "<") { inTag = true; continue }
            if b == UInt8(ascii: ">") && inTag { inTag = false; continue }
            if !inTag { out.append(b) }
        }
        return out
    }

    struct Gold { var start: Int; var end: Int; var value: String?; var text: String }

    static func gold(_ apf: String) -> [Gold] {
        var result: [Gold] = []
        var currentVal: String?
        for line in apf.split(separator: "\n") {
            if line.contains("<timex2 ") {
                currentVal = nil
                if let r = line.range(of: "VAL=\"") {
                    let rest = line[r.upperBound...]
                    currentVal = String(rest[..<rest.firstIndex(of: "\"")!])
                }
            }
            if let r = line.range(of: "<charseq START=\"") {
                let rest = line[r.upperBound...]
                let startStr = rest[..<rest.firstIndex(of: "\"")!]
                let r2 = rest.range(of: "END=\"")!
                let rest2 = rest[r2.upperBound...]
                let endStr = rest2[..<rest2.firstIndex(of: "\"")!]
                let textStart = rest2.firstIndex(of: ">").map { rest2.index(after: $0) }!
                let text = rest2[textStart...].components(separatedBy: "</charseq>").first ?? ""
                result.append(Gold(start: Int(startStr)!, end: Int(endStr)! + 1, value: currentVal, text: text))
            }
        }
        return result
    }

    /// Scores the first `limit` documents (sorted by name).
    static func evaluate(limit: Int = .max, dump: inout String) throws -> WikiWarsDEScores {
        let dir = directory
        var s = WikiWarsDEScores()
        let tagger = TemporalTagger(documentKind: .narrative)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("in").path).filter { $0.hasSuffix(".sgm") }.sorted()
        for f in files.prefix(limit) {
            let name = String(f.dropLast(4))
            let raw = Array(try Data(contentsOf: dir.appendingPathComponent("in/\(f)")))
            let apf = try String(contentsOf: dir.appendingPathComponent("key/\(name).key.apf.xml"), encoding: .utf8)
            // Body = text after the <TEXT> tag; its offset = length of the stripped header.
            let marker = Array("<TEXT>".utf8)
            var bodyRaw = 0
            for k in 0..<(raw.count - marker.count) where Array(raw[k..<(k + marker.count)]) == marker { bodyRaw = k; break }
            let headerLen = stripTags(raw[0..<bodyRaw]).count
            let body = stripTags(raw[bodyRaw...])
            let bodyText = String(decoding: body, as: UTF8.self)
            // DCT: <DATETIME> 2011-02-16T17:00:00 </DATETIME>
            let header = String(decoding: raw[0..<bodyRaw], as: UTF8.self)
            var ref: ReferenceDate?
            if let r = header.range(of: "<DATETIME>") {
                let t = header[r.upperBound...].trimmingCharacters(in: .whitespaces)
                let p = t.prefix(10).split(separator: "-").compactMap { Int($0) }
                if p.count == 3 { ref = ReferenceDate(year: p[0], month: p[1], day: p[2]) }
            }
            let golds = gold(apf).filter { $0.start >= headerLen }.map { g in
                Gold(start: g.start - headerLen, end: g.end - headerLen, value: g.value, text: g.text)
            }
            let sys = tagger.tag(bodyText, referenceDate: ref, language: "de")
            s.gold += golds.count
            s.system += sys.count
            func overlap(_ a: Range<Int>, _ g: Gold) -> Int { max(0, min(a.upperBound, g.end) - max(a.lowerBound, g.start)) }
            for m in sys {
                if golds.contains(where: { $0.start == m.range.lowerBound && $0.end == m.range.upperBound }) { s.strictTP += 1 }
                if golds.contains(where: { overlap(m.range, $0) > 0 }) { s.relaxedSystemTP += 1 } else {
                    let a = max(0, m.range.lowerBound - 60), b = min(body.count, m.range.upperBound + 40)
                    let ctx = String(decoding: body[a..<b], as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
                    dump += "\(name)\tFP\t\(m.text)\t\(m.value ?? "-")\t\(ctx)\n"
                }
            }
            for g in golds {
                let best = sys.filter { overlap($0.range, g) > 0 }.max { overlap($0.range, g) < overlap($1.range, g) }
                guard let best else {
                    let a = max(0, g.start - 60), b = min(body.count, g.end + 40)
                    let ctx = String(decoding: body[a..<b], as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
                    dump += "\(name)\tFN\t\(g.text)\t\(g.value ?? "-")\t\(ctx)\n"
                    continue
                }
                s.relaxedGoldTP += 1
                if let gv = g.value {
                    s.valueTotal += 1
                    if best.value == gv { s.valueCorrect += 1 } else {
                        let a = max(0, g.start - 80), b = min(body.count, g.end + 20)
                        let ctx = String(decoding: body[a..<b], as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
                        dump += "\(name)\tVAL\t\(g.text)\t\(gv)\t\(best.text)\t\(best.value ?? "-")\t\(ctx)\n"
                    }
                }
                if !(best.range.lowerBound == g.start && best.range.upperBound == g.end) {
                    dump += "\(name)\tSPAN\t\(g.text)\t\(best.text)\n"
                }
            }
        }
        return s
    }
}

extension WikiWarsDEScores {
    func report(_ label: String) {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        print("\(label) gold=\(gold) system=\(system)")
        print("\(label) strict  P=\(f(strictP)) R=\(f(strictR)) F1=\(f(strictF1))")
        print("\(label) relaxed P=\(f(relaxedP)) R=\(f(relaxedR)) F1=\(f(relaxedF1))")
        print("\(label) value accuracy=\(f(valueAccuracy)) (\(valueCorrect)/\(valueTotal))")
    }
}

/// The first three WikiWarsDE documents, in every `swift test`; the whole corpus is `WikiWarsDEEvaluation`.
@Suite(.sharedData(WikiWarsDE.path + "/in", WikiWarsDE.path + "/key"))
struct WikiWarsDESample {
    @Test func firstThreeDocuments() throws {
        var dump = ""
        let s = try WikiWarsDE.evaluate(limit: 3, dump: &dump)
        s.report("WikiWarsDE (first 3 documents)")
        #expect(s.gold == 999)
        // Measured 2026-12-06: strict F1 0.912, relaxed F1 0.974, value accuracy 0.841.
        #expect(s.strictF1 >= 0.90)
        #expect(s.relaxedF1 >= 0.965)
        #expect(s.valueAccuracy >= 0.83)
    }
}

/// Corpus-scale: all 22 documents (`make eval`). `TIMEX_EVAL_DUMP=/path` writes an error listing.
@Suite(.corpusEvaluation, .sharedData(WikiWarsDE.path + "/in", WikiWarsDE.path + "/key"))
struct WikiWarsDEEvaluation {
    @Test func scoresAboveFloor() throws {
        var dump = ""
        let s = try WikiWarsDE.evaluate(dump: &dump)
        s.report("WikiWarsDE")
        if let path = ProcessInfo.processInfo.environment["TIMEX_EVAL_DUMP"] {
            try dump.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(s.gold == 2217)
        // Measured 2026-12-06: strict F1 0.904, relaxed F1 0.965, value accuracy 0.845.
        #expect(s.strictF1 >= 0.89)
        #expect(s.relaxedF1 >= 0.955)
        #expect(s.valueAccuracy >= 0.835)
    }
}
