import Retrieval
import Facts

/// An attribution of the fact store: its document (load ordinal) and its index in that document's attributions.
struct AttributionRef: Hashable, Comparable {
    var document: Int
    var index: Int
    static func < (a: AttributionRef, b: AttributionRef) -> Bool { (a.document, a.index) < (b.document, b.index) }
}

// The answerers that read facts of the whole corpus (speakers, statements, role holders, denials, claims) look only at
// the documents that can agree with the question, and at the statements of the asked speaker. Both narrow a scan
// without changing what it finds: the caller still asks `documentAgrees` of each document.
extension Answerer {
    /// The documents `documentAgrees(_:_:except:)` can accept, ascending. Without years in the question these are the
    /// agreeing documents (`agreeingDocuments`); with years, those that hold each year as a term or are dated in it
    /// (a superset: the names are checked by `documentAgrees`). All documents when nothing is required.
    func documentsToScan(_ q: Question, except: String? = nil) -> [Int] {
        let key = q.language + "\u{1F}" + q.names.joined(separator: "\u{1F}") + "\u{1F}" + (except ?? "") + "\u{1F}"
            + q.years.map(String.init).joined(separator: " ")
        if let hit = documentsToScanCache, hit.key == key { return hit.documents }
        var found: Set<Int>? = nil
        if q.years.isEmpty {
            found = agreeingDocuments(q, except: except)
        } else {
            let index = knowledgeBase.index
            for year in q.years {
                var docs = Set(documentsByYear[year] ?? [])
                for s in index.postingList(String(year))?.sentences ?? [] { docs.insert(index.sentenceRefs[Int(s)].document) }
                found = found.map { $0.intersection(docs) } ?? docs
            }
        }
        let documents = found.map { $0.sorted() } ?? Array(knowledgeBase.facts.documents.indices)
        documentsToScanCache = (key, documents)
        return documents
    }

    /// `documentsToScan` with each document's facts, in the shape of `facts.documents.enumerated()`.
    func factDocuments(_ q: Question, except: String? = nil) -> LazyMapSequence<[Int], (Int, DocumentFacts)> {
        let store = knowledgeBase.facts
        return documentsToScan(q, except: except).lazy.map { ($0, store.documents[$0]) }
    }

    /// Documents by the year of their date (`documentTerms` holds that year even when the text does not).
    static func documentsByYear(_ knowledgeBase: KnowledgeBase) -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        for (d, doc) in knowledgeBase.documents.enumerated() {
            if let year = doc.document.date?.year { out[year, default: []].append(d) }
        }
        return out
    }

    /// The attributions with a message, by the name key (`NameKey.of`) of their resolved speaker, in corpus order. A
    /// speaker described by a role of an institution ("ein Sprecher von X") is filed under the institution's name too: the
    /// institution speaks through the person.
    static func statementsBySpeaker(_ facts: FactStore) -> [String: [AttributionRef]] {
        var out: [String: [AttributionRef]] = [:]
        for (d, f) in facts.documents.enumerated() {
            for (k, a) in f.attributions.enumerated() where a.message != nil {
                guard let speaker = a.resolvedSpeaker else { continue }
                let ref = AttributionRef(document: d, index: k)
                out[NameKey.of(speaker), default: []].append(ref)
                guard let span = a.speaker?.span, speaker == a.speaker?.text else { continue }
                for m in f.entities where m.kind != .person && m.name.span.start >= span.start && m.name.span.end <= span.end {
                    let key = NameKey.of(m.canonicalName)
                    if key != NameKey.of(speaker), out[key]?.last != ref { out[key, default: []].append(ref) }
                }
            }
        }
        return out
    }

    /// The statements (attributions with a message) whose resolved speaker's key is one of `keys`, in corpus order.
    func statements(byAnyOf keys: Set<String>) -> [AttributionRef] {
        keys.flatMap { statementsBySpeaker[$0] ?? [] }.sorted()
    }

    /// The statements (attributions with a message) of the documents that can agree with the question whose speaker
    /// phrase holds every one of `terms` ("der Einsatzleiter der Feuerwehr"), read from the index's token terms.
    func statements(bySpeakerHolding terms: Set<String>, _ q: Question, except: String?) -> [AttributionRef] {
        let ids = termIDs(terms)
        guard ids.count == terms.count else { return [] }  // a term no sentence holds is in no speaker phrase
        var out: [AttributionRef] = []
        for d in documentsToScan(q, except: except) {
            let doc = knowledgeBase.documents[d]
            for (k, a) in facts(d).attributions.enumerated() where a.message != nil {
                guard let span = a.speaker?.span.range else { continue }
                let held = Set(doc.sentences[a.sentence].tokens.filter { span.contains(Int(doc.tokens[$0].start)) }
                    .flatMap { termIDs(ofToken: $0, in: d) })
                if ids.isSubset(of: held) { out.append(AttributionRef(document: d, index: k)) }
            }
        }
        return out
    }
}

/// Every attribution that names a speaker, by the index terms of its sentence and message (`attributionTerms`):
/// the attributions that hold a term, in corpus order. A message term the index lacks is kept by its text.
struct AttributionTermIndex {
    private var byTerm: [Int32: [AttributionRef]] = [:]
    private var byUnknownTerm: [String: [AttributionRef]] = [:]

    /// - Parameter terms: the terms of each attribution of a document (`attributionTerms`).
    init(_ knowledgeBase: KnowledgeBase, terms: (Int) -> [Set<String>]) {
        let index = knowledgeBase.index
        for (d, f) in knowledgeBase.facts.documents.enumerated() where !f.attributions.isEmpty {
            let sets = terms(d)
            for (k, a) in f.attributions.enumerated() where (a.resolvedSpeaker ?? a.speaker?.text) != nil {
                let ref = AttributionRef(document: d, index: k)
                for term in sets[k] {
                    if let id = index.termID(term) { byTerm[id, default: []].append(ref) } else { byUnknownTerm[term, default: []].append(ref) }
                }
            }
        }
    }

    /// The attributions that hold one of `terms`, in corpus order, each once.
    func attributions(holdingAnyOf terms: [String], in index: InvertedIndex) -> [AttributionRef] {
        var found = Set<AttributionRef>()
        for t in terms {
            found.formUnion((index.termID(t).flatMap { byTerm[$0] } ?? byUnknownTerm[t]) ?? [])
        }
        return found.sorted()
    }
}

extension QueryEvidence {
    /// The groups that terms must touch for `coverage(of:)` (without context or document) to reach `share`: the
    /// rarest ones, until the idf of the rest is below `share` of the question's idf mass (with a margin for rounding).
    /// Terms that touch none of them cover less than `share`, since a group adds at most its idf.
    func groupsNeeded(forShare share: Double) -> [TermGroup] {
        let total = groups.reduce(0) { $0 + $1.idf }
        guard total > 0 else { return [] }
        var rest = total
        var needed: [TermGroup] = []
        for g in groups.sorted(by: { $0.idf > $1.idf }) {
            if rest < share * total * (1 - 1e-9) { break }
            needed.append(g)
            rest -= g.idf
        }
        return needed
    }
}

extension Answerer {
    /// The attributions with a speaker whose sentence and message can cover `share` of the question (`groupsNeeded`),
    /// in corpus order; built over the whole corpus on first use.
    func attributions(coveringAtLeast share: Double, _ ev: QueryEvidence) -> [AttributionRef] {
        let needed = ev.groupsNeeded(forShare: share).flatMap(\.terms)
        guard !needed.isEmpty else { return [] }
        if attributionTermIndex == nil { attributionTermIndex = AttributionTermIndex(knowledgeBase, terms: attributionTerms) }
        return attributionTermIndex!.attributions(holdingAnyOf: needed, in: knowledgeBase.index)
    }
}

extension Answerer {
    /// Whether a sentence of document `d` with a role whose terms are `role` can reach `share` in
    /// `QueryEvidence.coverage(of:context:contextWeight:document:)`, where the sentence, the role's analyzed terms
    /// (within `statedRoleTerms`) and the context are read: all within the document's terms (`documentTerms`) and `role`,
    /// and a group adds at most its idf. True when the question has no words (the coverage is then 1).
    func mayCover(_ share: Double, _ ev: QueryEvidence, document d: Int, role: Set<String>) -> Bool {
        let total = ev.groups.reduce(0) { $0 + $1.idf }
        guard total > 0 else { return true }
        let terms = documentTerms(d)
        let reachable = ev.groups.reduce(0) { sum, g in g.terms.contains { terms.contains($0) || role.contains($0) } ? sum + g.idf : sum }
        return reachable * (1 + 1e-9) >= share * total
    }
}
