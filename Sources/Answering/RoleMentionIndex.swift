import Retrieval
import Facts

/// An entity mention of the fact store: its document (load ordinal) and its index in that document's entities.
struct MentionRef: Hashable, Comparable {
    var document: Int
    var index: Int
    static func < (a: MentionRef, b: MentionRef) -> Bool { (a.document, a.index) < (b.document, b.index) }
}

/// The person mentions of the corpus that state a role, by the terms of their role (`Answerer.statedRoleTerms`), so
/// that "who holds a role that holds `t`" (`Answerer.holds`: a stated term equal to `t`, or longer and beginning or
/// ending with it) looks at the stated terms that can, not at every mention of the corpus.
struct RoleMentionIndex {
    /// Per distinct role text: the person mentions stating it, in corpus order.
    private var mentionsByRole: [[MentionRef]] = []
    /// Distinct stated terms, and the roles (positions in `mentionsByRole`) whose terms hold each.
    private var statedTerms: [String] = []
    private var rolesByTerm: [[Int32]] = []
    private var termPositions: [String: Int] = [:]
    private var affixes: TermAffixIndex

    init(_ facts: FactStore, statedTerms stated: (String) -> Set<String>) {
        var rolePositions: [String: Int] = [:]
        for (d, f) in facts.documents.enumerated() {
            for (k, m) in f.entities.enumerated() where m.kind == .person {
                guard let role = m.role?.text else { continue }
                let r: Int
                if let known = rolePositions[role] { r = known } else {
                    r = mentionsByRole.count
                    rolePositions[role] = r
                    mentionsByRole.append([])
                    for t in stated(role) {
                        if termPositions[t] == nil { termPositions[t] = statedTerms.count; statedTerms.append(t); rolesByTerm.append([]) }
                        rolesByTerm[termPositions[t]!].append(Int32(r))
                    }
                }
                mentionsByRole[r].append(MentionRef(document: d, index: k))
            }
        }
        affixes = TermAffixIndex(terms: statedTerms)
    }

    /// The roles whose stated terms hold `asked` (`Answerer.holds`).
    func roles(holding asked: String) -> Set<Int32> {
        var out = Set<Int32>()
        if let p = termPositions[asked] { out.formUnion(rolesByTerm[p]) }
        let n = asked.count
        for p in affixes.candidates(beginningOrEnding: asked).map({ $0.map(Int.init) }) ?? Array(statedTerms.indices) {
            let s = statedTerms[p]
            if s.count > n && (s.hasSuffix(asked) || s.hasPrefix(asked)) { out.formUnion(rolesByTerm[p]) }
        }
        return out
    }

    /// The roles with `term` among their stated terms, whole.
    func roles(stating term: String) -> Set<Int32> {
        termPositions[term].map { Set(rolesByTerm[$0]) } ?? []
    }

    /// The mentions stating one of `roles`, in corpus order.
    func mentions(_ roles: Set<Int32>) -> [MentionRef] {
        roles.flatMap { mentionsByRole[Int($0)] }.sorted()
    }
}

extension Answerer {
    /// The person mentions whose stated role matches the asked role terms (`roleMatches`), in corpus order.
    func roleHolderMentions(_ asked: [[String]]) -> [MentionRef] {
        if roleMentionIndex == nil { roleMentionIndex = RoleMentionIndex(knowledgeBase.facts, statedTerms: statedRoleTerms) }
        var roles = Set<Int32>()
        // A short term only as a whole stated term (`roleMatches`).
        for a in asked.joined() {
            roles.formUnion(a.count >= 4 ? roleMentionIndex!.roles(holding: a) : roleMentionIndex!.roles(stating: a))
        }
        return roleMentionIndex!.mentions(roles)
    }

    /// The person mentions whose stated role holds every one of `terms` (`answerHolder`), in corpus order; `nil` for
    /// 100 terms or more, where `answerHolder`'s 0.99 share lets one term miss.
    func holderMentions(_ terms: Set<String>) -> [MentionRef]? {
        guard !terms.isEmpty, terms.count < 100 else { return nil }
        if roleMentionIndex == nil { roleMentionIndex = RoleMentionIndex(knowledgeBase.facts, statedTerms: statedRoleTerms) }
        var roles: Set<Int32>? = nil
        for t in terms { roles = roles.map { $0.intersection(roleMentionIndex!.roles(holding: t)) } ?? roleMentionIndex!.roles(holding: t) }
        return roleMentionIndex!.mentions(roles ?? [])
    }
}
