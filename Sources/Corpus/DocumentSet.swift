/// The documents loaded so far, in load order, with unique ids.
///
/// Adding a document whose id is already taken is an error for that document:
/// the first one stays, nothing is overwritten.
public struct DocumentSet: Sendable {
    public private(set) var documents: [Document] = []
    private var ordinalByID: [String: Int] = [:]

    public init() {}

    /// Appends `newDocuments`; returns the documents added and one error per document whose id was taken.
    @discardableResult
    public mutating func add(_ newDocuments: [Document]) -> (added: [Document], errors: [LoadError]) {
        var errors: [LoadError] = []
        var added: [Document] = []
        for document in newDocuments {
            if let existing = ordinalByID[document.id] {
                errors.append(LoadError(file: document.origin, line: document.originLine,
                                        message: "duplicate document id \"\(document.id)\" (first loaded from \(documents[existing].originDescription)); this copy was not loaded"))
                continue
            }
            ordinalByID[document.id] = documents.count
            documents.append(document)
            added.append(document)
        }
        return (added, errors)
    }

    /// 0-based load-order ordinal of the document with this id.
    public func ordinal(of id: String) -> Int? { ordinalByID[id] }
}
