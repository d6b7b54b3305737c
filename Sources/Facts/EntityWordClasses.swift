// Word classes of the entity rules: given names, role nouns, places, organisations, surname-like words.
import TextAnalysis

extension Run {
    func tok(_ i: Int, in r: Range<Int>) -> EntityToken? { r.contains(i) ? toks[i] : nil }

    static func isGivenName(_ w: String) -> Bool {
        if isListedGivenName(w) { return true }
        guard w.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = w.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { isListedGivenName(String($0)) }
    }

    static func isListedGivenName(_ w: String) -> Bool {
        Lexicons.firstNames.contains(w) || Lexicons.moreFirstNames.contains(w)
    }

    /// A given name that is also a common word or place; it names a person only with a surname.
    static func isAmbiguousGivenName(_ w: String) -> Bool {
        Lexicons.ambiguousFirstNames.contains(w) || Lexicons.moreAmbiguousFirstNames.contains(w)
    }

    static func isRoleNoun(_ t: EntityToken) -> Bool { t.isRoleNoun }

    /// Computes `EntityToken.isRoleNoun`.
    static func roleNoun(_ t: EntityToken) -> Bool {
        guard t.kind == .word else { return false }
        if !t.isCapitalized { return Lexicons.englishRoles.contains(t.text) }
        if Lexicons.englishRoles.contains(t.lower) { return true }
        let lower = t.lower
        if Lexicons.roleExceptions.contains(lower) { return false }
        let last = lower.split(separator: "-").last.map(String.init) ?? lower
        if Lexicons.roleExceptions.contains(last) { return false }
        if Lexicons.roleWords.contains(last) { return true }
        guard Lexicons.roleHeadFormMatcher.matchesSomeSuffix(of: last) else { return false }
        // Any suffix that is a role head form, the whole word or after a prefix of two or more letters.
        var k = 0
        var index = last.startIndex
        while index < last.endIndex {
            if (k == 0 || k >= 2), Lexicons.roleHeadFormSet.contains(last[index...]) { return true }
            index = last.index(after: index)
            k += 1
        }
        return false
    }

    static func isFunctionWord(_ t: EntityToken) -> Bool { Lexicons.functionWords.contains(t.lower) }

    static func isPlace(_ w: String) -> Bool { placeBase(w) != nil }

    /// The nominative place name of `w` ("Frankreichs" → "Frankreich"), if `w` names a place.
    static func placeBase(_ w: String) -> String? {
        if Lexicons.places.contains(w) { return w }
        if w.hasSuffix("s"), Lexicons.places.contains(String(w.dropLast())) { return String(w.dropLast()) }
        if w.hasSuffix("es"), Lexicons.places.contains(String(w.dropLast(2))) { return String(w.dropLast(2)) }
        return nil
    }

    static func hasNounEnding(_ lower: String) -> Bool {
        Lexicons.nounEndingMatcher.matchesSomeSuffix(of: lower) && Lexicons.nounEndings.contains { lower.hasSuffix($0) && lower.count > $0.count + 2 }
    }

    static func isOrganisationWord(_ t: EntityToken) -> Bool {
        if Lexicons.organisations.contains(t.text) { return true }
        if t.isAllCaps && !Lexicons.nonOrganisationAcronyms.contains(t.text) && !Lexicons.placeAcronyms.contains(t.text) { return true }
        return false
    }

    /// Could `t` be a part of a person name that is not a given name (a surname)?
    /// `afterGivenName` relaxes the common-noun test for surnames like "Berg" or "Richter".
    static func isSurnameLike(_ t: EntityToken, afterGivenName: Bool) -> Bool {
        afterGivenName ? t.isSurnameLikeAfterGivenName : t.isSurnameLike
    }

    /// Computes `EntityToken.isSurnameLike` and `isSurnameLikeAfterGivenName`.
    static func surnameLike(_ t: EntityToken, afterGivenName: Bool) -> Bool {
        guard t.isCapitalized, t.text.count >= 2, !t.isAllCaps else { return false }
        // A listed surname that is also a word ("Kurz", "Lang") after a given name: the surname, even when the word is a
        // function word.
        if afterGivenName, Lexicons.nounSurnames.contains(t.text) { return true }
        if isFunctionWord(t) || Lexicons.calendarWords.contains(t.text) || Lexicons.titles.contains(t.text) { return false }
        if isRoleNoun(t) || isOrganisationWord(t) { return false }
        if t.text.contains(where: { $0.isNumber }) { return false }
        if Lexicons.nounSurnames.contains(t.text) || Lexicons.knownSurnames.contains(t.text) { return true }
        if Lexicons.isCommonNoun(t.text) { return false }
        if !afterGivenName {
            if isPlace(t.text) || hasNounEnding(t.lower) || isListedGivenName(t.text) && isAmbiguousGivenName(t.text) { return false }
            // Nationality and other adjectival nouns ("Deutsche", "Russen", "Grünen").
            if t.lower.hasSuffix("ischen") || t.lower.hasSuffix("ische") { return false }
        } else {
            if hasStrongNounEnding(t.lower) { return false }
        }
        return true
    }

    static func hasStrongNounEnding(_ lower: String) -> Bool {
        ["ung", "heit", "keit", "schaft", "tion", "ismus"].contains { lower.hasSuffix($0) && lower.count > $0.count + 2 }
    }

    static func isAdjectiveShaped(_ t: EntityToken) -> Bool {
        guard t.isLowerWord, !Lexicons.functionWords.contains(t.lower), t.text.count >= 3 else { return false }
        return ["e", "en", "er", "es", "em"].contains { t.lower.hasSuffix($0) }
    }

    static func isInitial(_ i: Int, _ toks: [EntityToken], _ r: Range<Int>) -> Bool {
        let t = toks[i]
        guard t.kind == .word, t.text.count == 1, t.text.first!.isUppercase, r.contains(i + 1) else { return false }
        return toks[i + 1].text == "."
    }
}
