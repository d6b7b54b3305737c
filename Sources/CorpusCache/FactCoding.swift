import Facts

/// The facts of one corpus file in the cache's encoding: every field of every fact type, field by field, and the fact
/// store's look-up tables. A field added to a fact type needs its line here and in the reader below;
/// `CorpusCacheTests` compares restored facts with extracted ones (synthesized `==`, all fields) and fails otherwise.
extension ByteWriter {
    mutating func span(_ s: TextSpan) {
        string(s.text)
        varint(s.span.start)
        varint(s.span.end)
    }

    mutating func span(_ s: TextSpan?) {
        bool(s != nil)
        if let s { span(s) }
    }

    mutating func spans(_ spans: [TextSpan]) {
        varint(spans.count)
        for s in spans { span(s) }
    }

    mutating func strings(_ strings: [String]) {
        varint(strings.count)
        for s in strings { string(s) }
    }

    mutating func facts(_ f: DocumentFacts) {
        varint(f.entities.count)
        for m in f.entities {
            u8(m.kind.code)
            varint(m.sentence)
            span(m.name)
            string(m.canonicalName)
            span(m.role)
            string(m.roleRule)
        }
        varint(f.attributions.count)
        for a in f.attributions {
            varint(a.sentence)
            span(a.speaker)
            string(a.resolvedSpeaker)
            span(a.cue)
            span(a.message)
            u8(a.form.code)
            string(a.rule)
        }
        varint(f.denials.count)
        for d in f.denials {
            varint(d.sentence)
            spans(d.deniers)
            strings(d.resolvedDeniers)
            span(d.cue)
            span(d.content)
            bool(d.notConfirmed)
            string(d.rule)
        }
        times(f.times)
        claims(f.claims)
    }

    private mutating func times(_ times: [TemporalFact]) {
        varint(times.count)
        for t in times {
            varint(t.sentence)
            span(t.text)
            string(t.type)
            string(t.value)
            string(t.mod)
            string(t.intervalStart)
            string(t.intervalEnd)
        }
    }

    private mutating func claims(_ claims: [Claim]) {
        varint(claims.count)
        for c in claims {
            varint(c.sentence)
            spans(c.claimants)
            strings(c.resolvedClaimants)
            span(c.target)
            span(c.cue)
            span(c.content)
            u8(c.status.code)
            varint(c.denial)
            string(c.rule)
        }
    }

    /// The look-up tables of `store` (its documents' facts are written one by one with `facts`).
    mutating func factTables(_ store: FactStore) {
        varint(store.entitiesByKey.count)
        for key in store.entitiesByKey.keys.sorted() {   // sorted: the same file for the same facts
            let refs = store.entitiesByKey[key] ?? []
            string(key)
            varint(refs.count)
            for r in refs {
                varint(r.document)
                string(r.name)
                u8(r.kind.code)
            }
        }
        varint(store.nameParts.count)
        for part in store.nameParts.keys.sorted() {
            string(part)
            strings((store.nameParts[part] ?? []).sorted())
        }
    }
}

/// A span whose byte range lies inside a document of `byteCount` bytes.
extension ByteReader {
    mutating func span(within byteCount: Int) throws -> TextSpan {
        let text = try string(), start = try value(upTo: byteCount), end = try value(upTo: byteCount)
        guard start <= end else { throw CacheFormatError("bad span") }
        return TextSpan(text: text, span: Span(start, end))
    }

    mutating func optionalSpan(within byteCount: Int) throws -> TextSpan? {
        try bool() ? try span(within: byteCount) : nil
    }

    mutating func spans(within byteCount: Int) throws -> [TextSpan] {
        try (0..<count()).map { _ in try span(within: byteCount) }
    }

    mutating func strings() throws -> [String] {
        try (0..<count()).map { _ in try string() }
    }

    /// - Parameters: sentences, byteCount: the document's sentence count and text size, which every index is checked against.
    mutating func facts(sentences: Int, byteCount: Int) throws -> DocumentFacts {
        var f = DocumentFacts()
        let last = sentences - 1
        for _ in 0..<(try count()) {
            let kind = try EntityKind(code: u8()), sentence = try value(upTo: last), name = try span(within: byteCount)
            f.entities.append(EntityMention(kind: kind, sentence: sentence, name: name, canonicalName: try string(),
                                            role: try optionalSpan(within: byteCount), roleRule: try optionalString()))
        }
        for _ in 0..<(try count()) {
            let sentence = try value(upTo: last), speaker = try optionalSpan(within: byteCount), resolved = try optionalString()
            let cue = try span(within: byteCount), message = try optionalSpan(within: byteCount)
            f.attributions.append(Attribution(sentence: sentence, speaker: speaker, resolvedSpeaker: resolved, cue: cue,
                                              message: message, form: try AttributionForm(code: u8()), rule: try string()))
        }
        for _ in 0..<(try count()) {
            let sentence = try value(upTo: last), deniers = try spans(within: byteCount), resolved = try strings()
            let cue = try span(within: byteCount), content = try optionalSpan(within: byteCount)
            f.denials.append(Denial(sentence: sentence, deniers: deniers, resolvedDeniers: resolved, cue: cue, content: content,
                                    notConfirmed: try bool(), rule: try string()))
        }
        f.times = try times(last: last, byteCount: byteCount)
        f.claims = try claims(last: last, byteCount: byteCount, denials: f.denials.count)
        return f
    }

    private mutating func times(last: Int, byteCount: Int) throws -> [TemporalFact] {
        try (0..<count()).map { _ in
            let sentence = try value(upTo: last), text = try span(within: byteCount), type = try string()
            return TemporalFact(sentence: sentence, text: text, type: type, value: try optionalString(), mod: try optionalString(),
                                intervalStart: try optionalString(), intervalEnd: try optionalString())
        }
    }

    private mutating func claims(last: Int, byteCount: Int, denials: Int) throws -> [Claim] {
        try (0..<count()).map { _ in
            let sentence = try value(upTo: last), claimants = try spans(within: byteCount), resolved = try strings()
            let target = try optionalSpan(within: byteCount), cue = try span(within: byteCount), content = try optionalSpan(within: byteCount)
            let status = try ClaimStatus(code: u8())
            let denial = try optionalVarint()
            guard denial.map({ $0 >= 0 && $0 < denials }) ?? true else { throw CacheFormatError("claim denial out of range") }
            return Claim(sentence: sentence, claimants: claimants, resolvedClaimants: resolved, target: target, cue: cue,
                         content: content, status: status, denial: denial, rule: try string())
        }
    }

    /// The look-up tables of a store of `documents` documents.
    mutating func factTables(documents: Int) throws -> (entitiesByKey: [String: [FactStore.EntityRef]], nameParts: [String: Set<String>]) {
        var entities: [String: [FactStore.EntityRef]] = [:]
        let keyCount = try count()
        entities.reserveCapacity(keyCount)
        for _ in 0..<keyCount {
            let key = try string()
            entities[key] = try (0..<count()).map { _ in
                FactStore.EntityRef(try value(upTo: documents - 1), name: try string(), kind: try EntityKind(code: u8()))
            }
        }
        var parts: [String: Set<String>] = [:]
        let partCount = try count()
        parts.reserveCapacity(partCount)
        for _ in 0..<partCount { parts[try string()] = Set(try strings()) }
        return (entities, parts)
    }
}

/// One byte per enum case. The switches are exhaustive: a new case does not compile until it has its code here.
extension EntityKind {
    var code: UInt8 {
        switch self {
        case .person: return 0
        case .organisation: return 1
        case .place: return 2
        }
    }

    init(code: UInt8) throws {
        switch code {
        case 0: self = .person
        case 1: self = .organisation
        case 2: self = .place
        default: throw CacheFormatError("bad entity kind")
        }
    }
}

extension AttributionForm {
    var code: UInt8 {
        switch self {
        case .direct: return 0
        case .indirect: return 1
        case .reported: return 2
        }
    }

    init(code: UInt8) throws {
        switch code {
        case 0: self = .direct
        case 1: self = .indirect
        case 2: self = .reported
        default: throw CacheFormatError("bad attribution form")
        }
    }
}

extension ClaimStatus {
    var code: UInt8 {
        switch self {
        case .asserted: return 0
        case .denied: return 1
        case .notConfirmed: return 2
        }
    }

    init(code: UInt8) throws {
        switch code {
        case 0: self = .asserted
        case 1: self = .denied
        case 2: self = .notConfirmed
        default: throw CacheFormatError("bad claim status")
        }
    }
}
