import Foundation
import Testing
@testable import Timex

/// Developer aid: `TIMEX_PROBE='text' swift test --filter ProbeTests` prints the matches
/// (German, narrative + news, reference 2011-02-16 unless `TIMEX_PROBE_REF=YYYY-MM-DD`).
@Suite struct ProbeTests {
    @Test func probe() {
        guard let text = ProcessInfo.processInfo.environment["TIMEX_PROBE"] else { return }
        var ref = ReferenceDate(year: 2011, month: 2, day: 16)
        if let r = ProcessInfo.processInfo.environment["TIMEX_PROBE_REF"] {
            let p = r.split(separator: "-").compactMap { Int($0) }
            if p.count == 3 { ref = ReferenceDate(year: p[0], month: p[1], day: p[2]) }
        }
        let lang = ProcessInfo.processInfo.environment["TIMEX_PROBE_LANG"] ?? "de"
        for kind in [DocumentKind.narrative, .news] {
            for m in TemporalTagger(documentKind: kind).tag(text, referenceDate: ref, language: lang) {
                print("PROBE \(kind) [\(m.text)] \(m.type) \(m.value ?? "nil") \(m.mod ?? "") \(m.intervalStart ?? "") \(m.intervalEnd ?? "")")
            }
        }
    }
}
