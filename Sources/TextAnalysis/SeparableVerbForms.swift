/// The written forms of a separable verb whose finite form stands apart from its particle ("führte … an",
/// "nahm … ab", "stellte … zusammen"): in a verb-final clause, a participle or an infinitive the particle is joined to
/// the verb ("anführte", "angeführt", "anführen", "anzuführen"). Query expansion for questions that split the verb
/// while the text joins it (or the other way round).
///
/// Rule source: German separable verbs (Duden Band 4, Die Grammatik): the particle precedes the verb in verb-final
/// position, before `ge-` in the participle and before `zu` in the zu-infinitive. Weak verbs build the participle with
/// `ge-…-t` from the stem (the finite form without `-te`, `-ten`, `-t`, `-en`). A strong verb's participle is not
/// built here: the analyzer's `StrongVerbFilter` maps it to the particle and the infinitive's stem ("abgenommen" →
/// "abnehm"), which callers join from the particle and the term of the finite form ("nahm" → "nehm").
public enum SeparableVerbForms {
    /// Whether a lower-case word is a separable verb particle (`verbs/separable-prefixes.txt`).
    public static func isParticle(_ lowercased: String) -> Bool {
        StrongVerbFilter.separablePrefixes.contains(Array(lowercased.utf8))
    }

    /// A participle or zu-infinitive with a separable particle split into the particle and the verb's own form
    /// ("aufgefordert" → ("auf", "gefordert"), "einzustellen" → ("ein", "stellen")); `nil` for other words. The longest
    /// particle that leaves "ge…" or "zu…" of at least five letters wins.
    public static func splitParticle(_ lowercased: String) -> (particle: String, rest: String)? {
        let chars = Array(lowercased)
        for cut in stride(from: min(chars.count - 5, 8), through: 2, by: -1) {
            let particle = String(chars[..<cut]), rest = String(chars[cut...])
            guard isParticle(particle) else { continue }
            if rest.hasPrefix("ge") && rest.hasSuffix("t") { return (particle, rest) }
            if rest.hasPrefix("zu") && rest.hasSuffix("en") { return (particle, String(rest.dropFirst(2))) }
        }
        return nil
    }

    /// Joined forms of the finite verb `finite` with `particle` (both lower case): the verb-final finite form, the
    /// infinitive, the zu-infinitive and the weak participle. Empty when `particle` is no separable particle.
    public static func forms(finite: String, particle: String) -> [String] {
        guard isParticle(particle), finite.count >= 3 else { return [] }
        var stem = finite
        for ending in ["ten", "te", "en", "t"] where stem.hasSuffix(ending) && stem.count - ending.count >= 2 {
            stem = String(stem.dropLast(ending.count))
            break
        }
        return [particle + finite, particle + stem + "en", particle + "zu" + stem + "en", particle + "ge" + stem + "t"]
    }
}
