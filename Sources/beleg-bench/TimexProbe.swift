import Timex

/// The `--timex` probe (`make timex-probe TEXT=…`): every temporal expression in `text`, read once as a narrative and
/// once as news against `reference`, one line each: kind, [text], type, value, mod, interval start and end.
func timexProbeLines(_ text: String, reference: ReferenceDate, language: String) -> [String] {
    var lines: [String] = []
    for kind in [DocumentKind.narrative, .news] {
        for m in TemporalTagger(documentKind: kind).tag(text, referenceDate: reference, language: language) {
            lines.append("\(kind)\t[\(m.text)]\t\(m.type)\t\(m.value ?? "nil")\t\(m.mod ?? "")\t\(m.intervalStart ?? "")\t\(m.intervalEnd ?? "")")
        }
    }
    return lines
}
