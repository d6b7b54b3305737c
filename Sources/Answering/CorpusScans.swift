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

    /// The attributions with a message, by the name key (`NameKey.of`) of their resolved speaker, in corpus order.
    static func statementsBySpeaker(_ facts: FactStore) -> [String: [AttributionRef]] {
        var out: [String: [AttributionRef]] = [:]
        for (d, f) in facts.documents.enumerated() {
            for (k, a) in f.attributions.enumerated() where a.message != nil {
                guard let speaker = a.resolvedSpeaker else { continue }
                out[NameKey.of(speaker), default: []].append(AttributionRef(document: d, index: k))
            }
        }
        return out
    }

    /// The statements (attributions with a message) whose resolved speaker's key is one of `keys`, in corpus order.
    func statements(byAnyOf keys: Set<String>) -> [AttributionRef] {
        keys.flatMap { statementsBySpeaker[$0] ?? [] }.sorted()
    }
}
