import WordLists

/// Folds the preterite, subjunctive II, past-participle and singular present forms of German
/// strong and irregular verbs onto their infinitive before stemming, because Snowball German only strips
/// endings and keeps ablaut apart: `traf`, `getroffen`, `trifft` → `treffen`; `bestritt`, `bestritten` →
/// `bestreiten`; `bestreitet` → `bestreiten`; `zurückgewiesen` → `zurückweisen`; `stattgefunden` → `stattfinden`.
///
/// **Position in the chain.** The filter runs on *lowercase, not yet normalized* bytes, first in
/// `Analyzer.term(_:)`, before `GermanNormalizationFilter`. Its keys therefore keep `ä`, `ö`, `ü` and `ß`,
/// which keeps subjunctive forms apart from nouns that differ only by the umlaut (`läge` ≠ `Lage`,
/// `gäbe` ≠ `Gabe`, `führe` ≠ `fahren`); the infinitive it returns is normalized afterwards
/// like any other term. Every form with `ß` is also keyed with `ss` (Swiss spelling: `liess`), and every
/// `ss` that the pre-1996 spelling wrote `ß` (before a consonant or at the end: `schloß`, `läßt`, `gewußt`)
/// is also keyed with `ß`. Transliterated umlauts (`traefe`) are not recognised.
///
/// **Table** (`verbs/strong-verbs.txt`). About 170 strong, mixed and irregular verbs, each given as infinitive, preterite stem,
/// subjunctive II (first person), past participle and the second/third person singular present where the
/// vowel changes (otherwise generated regularly), after the lists of strong and irregular verbs in the Duden
/// grammar (Duden Band 4, *Die Grammatik*) and Wahrig's *Deutsche Rechtschreibung*, written from those
/// references from memory. From them the filter generates the preterite endings (-, -st/-est, -en/-n), the
/// subjunctive endings (-e, -est, -en) and the participle with its attributive endings (-e, -en, -er, -es,
/// -em).
/// `sein`, `werden`, `haben` and the modal verbs are left out: their forms are stop words or nearly so.
///
/// **Prefixes are decomposed, not listed.** A word that is not itself a form is tried as
/// - inseparable prefix (`be`, `emp`, `ent`, `er`, `miss`, `ver`, `zer`, `über`, `unter`, `um`, `durch`,
///   `wider`, `hinter`, `voll`) + finite form or participle without `ge`:
///   `bestritt` = be + stritt → `bestreiten`, `erschienen` = er + schienen → `erscheinen`;
/// - separable prefix (`ab`, `an`, `auf`, `aus`, `bei`, `ein`, `fest`, `frei`, `mit`, `nach`, `statt`,
///   `teil`, `vor`, `zu`, `zurück`, `heraus`, `zusammen`, … see `separablePrefixes`) + participle with `ge`:
///   `vorgeschlagen` → `vorschlagen`; or + inseparable prefix + participle without `ge`: `anerkannt` →
///   `anerkennen`, `vorenthalten` → `vorenthalten`.
///
/// A separable prefix joined to a *finite* form (`stattfand`, `zurückwies`, only in subordinate clauses) is
/// not decomposed: that pattern mostly builds nouns (`Angriff`, `Aufstand`, `Angaben`, `Auftritt`,
/// `Einnahmen`), which would then no longer share a stem with their own plural or genitive. Infinitives
/// with `zu` (`zurückzuweisen`) are left to Snowball. Weak verbs are left to `WeakVerbFormFilter`.
///
/// **Exclusions.** Forms that are also a common noun or an unrelated adjective of everyday German (the noun
/// or adjective, or its base form, is an entry of OpenThesaurus) are never mapped, chosen by hand for words
/// whose noun or adjective reading is the usual one: `Band`, `Rang`, `Schloss`, `Stahl`, `Tat`, `Maß`, `Wand`,
/// `Schnitt`, `Schritt`, `Strich`, `Bogen`, `Verband`, `Verbot`, `Verlag`, `Begriff`, `Bestand`, `Betrieb`,
/// `Betrug`, `Unterschied`, `Durchschnitt`, `Widerstand`, `Genossen`, `Gerät`, `Unterlagen`, `Klang`,
/// `Zwang`, `Schienen`, adjectives such as `bekannt`, `bewusst`, `verschieden`, `vergangen`, `verwandt`,
/// and more (see `verbs/strong-verb-exclusions.txt`). Forms kept on purpose although they are also nouns,
/// because the verb reading is at least as common: `stand`/`standen` (`Stand`), `lag`, `griff` (`Griff`),
/// `riss`, `sprachen` (`Sprachen`), `lagen` (`Lagen`), `boten`,
/// `wiesen`. `gelegen` also maps to `liegen`, though it is an adjective too; `gestanden` maps to `stehen`
/// (not `gestehen`), and `gefallen` to `fallen`, because the first verb listed wins.
///
/// Expects lowercase input; O(1) per word apart from a handful of prefix checks and hash look-ups.
public enum StrongVerbFilter {
    /// Replaces a strong verb form by its infinitive (lowercase, not normalized); leaves any other term alone.
    public static func apply(_ term: inout [UInt8]) {
        if let infinitive = infinitive(of: term) { term = infinitive }
    }

    /// The infinitive of a lowercase strong verb form, or `nil` if the word is not one (or is excluded).
    public static func infinitive(of word: [UInt8]) -> [UInt8]? {
        guard word.count >= 3 else { return nil }
        let first = Int(word[0])
        guard (0x61...0x7A).contains(first) || first == 0xC3 else { return nil }
        let t = Tables.shared
        if let inf = t.forms[word] { return inf.isEmpty ? nil : inf }   // empty: excluded
        for prefix in t.inseparable[first] where word.count >= prefix.count + 3 && hasPrefix(word, prefix, at: 0) {
            if let inf = t.bare[Array(word[prefix.count...])] { return prefix + inf }
        }
        for (prefix, basic) in t.separable[first] where word.count >= prefix.count + 5 && hasPrefix(word, prefix, at: 0) {
            let n = prefix.count
            if word[n] == 0x67, word[n + 1] == 0x65, let inf = t.participles[Array(word[n...])] {   // "ge"
                return prefix + inf
            }
            guard basic else { continue }
            for inner in t.inner[Int(word[n])] where word.count >= n + inner.count + 3 && hasPrefix(word, inner, at: n) {
                if let inf = t.cores[Array(word[(n + inner.count)...])] { return prefix + inner + inf }
            }
        }
        return nil
    }

    @inline(__always)
    private static func hasPrefix(_ word: [UInt8], _ prefix: [UInt8], at start: Int) -> Bool {
        guard word.count - start >= prefix.count else { return false }
        for k in 0..<prefix.count where word[start + k] != prefix[k] { return false }
        return true
    }

    /// Inseparable verb prefixes (Duden grammar: untrennbare Verbpartikeln/Präfixe), longest first.
    static let inseparablePrefixes: [[UInt8]] = bytesLongestFirst("""
    be emp ent er miss ver zer über unter um durch wider hinter voll
    """)

    /// Separable particles that combine with an inseparable prefix (`an|er|kannt`, `ein|be|rufen`,
    /// `vor|ent|halten`); longer combinations are mostly compound nouns (`Preis|unter|schieden`).
    static let basicSeparablePrefixes: Set<[UInt8]> = Set(bytesLongestFirst("ab an auf aus bei ein mit nach vor zu zurück wieder"))

    /// Inseparable prefixes that follow a separable one.
    static let innerPrefixes: [[UInt8]] = bytesLongestFirst("be emp ent er ver")

    /// Separable verb particles and the compound adverbs, adjectives and nouns that join verbs like them
    /// (`zurück`, `heraus`, `zusammen`, `fest`, `frei`, `statt`, `teil`, `wahr`, `bekannt`), longest first.
    static let separablePrefixes: [[UInt8]] = longestFirst(WordLists.entries("verbs/separable-prefixes.txt"))

    /// Verbs: infinitive, preterite stem, subjunctive II (1st person, `-` if none or ambiguous), past
    /// participle, then the vowel-changing present forms (if none are given, the regular second and third
    /// person singular are generated). A participle ending in `!` marks a verb whose forms are not
    /// decomposed after inseparable prefixes (`liegen`: `Belag`, `Verlag`, `belegen`, `verlegen`,
    /// `überlegen` are other words; `erliegen` and `unterliegen` are listed instead).
    /// A subjunctive is left out (`-`) where it collides with nouns or weak verbs (`Griffe`, `Würfe`,
    /// `Bände`, `tränken`, `verdrängen`, `führe`).
    /// Order matters: the first verb to claim a form keeps it (`gestanden` → `stehen`, `geraten` →
    /// `geraten`). Entries with a prefix (`erwägen`, `bewegen`) override the decomposition.
    static let verbs: [[String]] = WordLists.rows("verbs/strong-verbs.txt")

    /// Whole words never mapped: forms that are more often nouns or unrelated adjectives in news text.
    /// A trailing `*` also excludes the attributive endings (-e, -en, -er, -es, -em).
    static let exclusions: [String] = WordLists.entries("verbs/strong-verb-exclusions.txt")

    private static func bytesLongestFirst(_ list: String) -> [[UInt8]] {
        longestFirst(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    private static func longestFirst(_ words: [String]) -> [[UInt8]] {
        words.map { Array($0.utf8) }.sorted { $0.count > $1.count }
    }

    /// The look-up tables, built once from `verbs` and `exclusions`.
    struct Tables: Sendable {
        /// Unprefixed forms (preterite, subjunctive II, participle with `ge`, present) → infinitive;
        /// excluded words → empty.
        var forms: [[UInt8]: [UInt8]] = [:]
        /// Forms that may follow an inseparable prefix (finite forms, participle without `ge`) → infinitive.
        var bare: [[UInt8]: [UInt8]] = [:]
        /// Participles with `ge` (and endings), which may follow a separable prefix → infinitive.
        var participles: [[UInt8]: [UInt8]] = [:]
        /// Participles without `ge` (and endings), which may follow separable + inseparable prefix.
        var cores: [[UInt8]: [UInt8]] = [:]
        /// Prefixes by first byte, longest first: inseparable; separable (with whether an inseparable
        /// prefix may follow); inseparable after a separable one.
        var inseparable = [[[UInt8]]](repeating: [], count: 256)
        var separable = [[([UInt8], Bool)]](repeating: [], count: 256)
        var inner = [[[UInt8]]](repeating: [], count: 256)

        static let shared = Tables()

        static let adjectiveEndings = ["", "e", "en", "er", "es", "em"]

        init() {
            for f in StrongVerbFilter.verbs {
                guard f.count >= 4 else { continue }
                let inf = f[0]
                var finite: [String] = []
                if f[1] != "-" { finite += Self.preteriteForms(f[1]) }
                if f[2] != "-" { finite += [f[2], f[2] + "st", f[2] + "n"] }
                finite += f.count > 4 ? Array(f.dropFirst(4)) : Self.presentForms(inf)
                var participle = f[3]
                let decomposable = !participle.hasSuffix("!")
                if !decomposable { participle.removeLast() }
                let participleForms = Self.adjectiveEndings.map { participle + $0 }
                for form in finite + participleForms { Self.add(form, inf, to: &forms) }
                if decomposable { for form in finite { Self.add(form, inf, to: &bare) } }
                if participle.hasPrefix("ge") {
                    for form in participleForms { Self.add(form, inf, to: &participles) }
                    if decomposable, !inf.hasPrefix("ge") {
                        let core = String(participle.dropFirst(2))
                        for ending in Self.adjectiveEndings {
                            Self.add(core + ending, inf, to: &bare)
                            Self.add(core + ending, inf, to: &cores)
                        }
                    }
                }
            }
            for word in StrongVerbFilter.exclusions {
                let stem = word.hasSuffix("*") ? String(word.dropLast()) : String(word)
                let endings = word.hasSuffix("*") ? Self.adjectiveEndings : [""]
                for ending in endings {
                    for spelling in Self.spellings(stem + ending) { forms[Array(spelling.utf8)] = [] }
                }
            }
            for p in StrongVerbFilter.inseparablePrefixes { inseparable[Int(p[0])].append(p) }
            for p in StrongVerbFilter.innerPrefixes { inner[Int(p[0])].append(p) }
            for p in StrongVerbFilter.separablePrefixes {
                separable[Int(p[0])].append((p, StrongVerbFilter.basicSeparablePrefixes.contains(p)))
            }
        }

        /// Second and third person singular present of a verb without vowel change (`kommt`, `kommst`,
        /// `bestreitet`, `sitzt`): Snowball German strips neither `-t` nor `-et`, so without them the present
        /// would not meet the infinitive either.
        static func presentForms(_ infinitive: String) -> [String] {
            guard infinitive.hasSuffix("en") else { return [] }
            let stem = String(infinitive.dropLast(2))
            if stem.hasSuffix("t") || stem.hasSuffix("d") { return [stem + "et", stem + "est"] }
            if ["s", "ß", "z", "x"].contains(where: { stem.hasSuffix($0) }) { return [stem + "t"] }
            return [stem + "t", stem + "st"]
        }

        /// Preterite forms of a stem: 1st/3rd singular, 2nd singular, plural. The 2nd plural (`-t`) is
        /// left out: it is rare in news and collides with other words (`las` + t = `last`, `sank` + t = `Sankt`,
        /// `schlich` + t = `schlicht`).
        static func preteriteForms(_ stem: String) -> [String] {
            if stem.hasSuffix("e") { return [stem, stem + "st", stem + "n"] }
            let sibilantOrDental = ["t", "d", "s", "ß", "z", "x"].contains { stem.hasSuffix($0) }
            return [stem, stem + (sibilantOrDental ? "est" : "st"), stem + "en"]
        }

        /// The spelling and its Swiss (`ß` → `ss`) or pre-1996 (`ss` → `ß` before a consonant or at the end) variant.
        static func spellings(_ word: String) -> [String] {
            // On UTF-8 bytes (String.contains and Character scans cost milliseconds at start-up): ß is C3 9F,
            // ä ö ü are C3 A4, C3 B6, C3 BC.
            let b = Array(word.utf8)
            var hasSharpS = false
            var i = 0
            while i + 1 < b.count { if b[i] == 0xC3, b[i + 1] == 0x9F { hasSharpS = true; break }; i += 1 }
            if hasSharpS {
                var ss: [UInt8] = []
                var k = 0
                while k < b.count {
                    if k + 1 < b.count, b[k] == 0xC3, b[k + 1] == 0x9F { ss += [0x73, 0x73]; k += 2 } else { ss.append(b[k]); k += 1 }
                }
                return [word, String(decoding: ss, as: UTF8.self)]
            }
            func isVowel(at j: Int) -> Bool {
                switch b[j] {
                case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
                case 0xC3: return j + 1 < b.count && [0xA4, 0xB6, 0xBC].contains(b[j + 1])
                default: return false
                }
            }
            var old: [UInt8] = []
            var changed = false
            i = 0
            while i < b.count {
                if b[i] == 0x73, i + 1 < b.count, b[i + 1] == 0x73, i + 2 == b.count || !isVowel(at: i + 2) {
                    old += [0xC3, 0x9F]; i += 2; changed = true; continue
                }
                old.append(b[i]); i += 1
            }
            return changed ? [word, String(decoding: old, as: UTF8.self)] : [word]
        }

        /// Adds every spelling of `form`; the first verb to claim a form keeps it.
        static func add(_ form: String, _ infinitive: String, to table: inout [[UInt8]: [UInt8]]) {
            let inf = Array(infinitive.utf8)
            for spelling in spellings(form) {
                let key = Array(spelling.utf8)
                if table[key] == nil { table[key] = inf }
            }
        }
    }
}
