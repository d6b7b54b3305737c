import TestSupport
import Foundation
import Testing
@testable import TextAnalysis

/// The sentences of `text` as strings.
private func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return SentenceSplitter().split(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

private let wikinewsPath = "data/wikinews-de/train/articles.jsonl"
private let benchArticlesPath = "data/bench-s/articles.jsonl"
private let benchSentencesPath = "data/bench-s/somajo-sentences.jsonl"
private let seedArticlePath = "corpus-seed/000_8620b59045d05632.txt"

/// JSON objects of a JSONL file, at most `limit`.
private func readJSONL(_ url: URL, limit: Int = .max) throws -> [[String: Any]] {
    let data = try Data(contentsOf: url)
    var result: [[String: Any]] = []
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
        if result.count >= limit { break }
        if let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] { result.append(object) }
    }
    return result
}

struct SplitCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let expected: [String]
    var testDescription: String { name }
    init(_ name: String, _ text: String, _ expected: [String]) {
        self.name = name
        self.text = text
        self.expected = expected
    }
}

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    // MARK: Field bug reports

    static let fieldCases: [SplitCase] = [
        SplitCase("C01 ordinal dates",
                  "Am 18. August trafen sich die Delegationen in Genf. Die Gespräche dauerten bis zum 21. September.",
                  ["Am 18. August trafen sich die Delegationen in Genf.",
                   "Die Gespräche dauerten bis zum 21. September."]),
        SplitCase("C02 abbreviations",
                  "Mehrere Nachbarstaaten, z. B. Polen und Litauen, verlangten u. a. schärfere Kontrollen. Laut Dr. Karin Vogt betraf das auch den Grenzübergang Nr. 4 bei Görlitz. Danach wurde die Sitzung vertagt.",
                  ["Mehrere Nachbarstaaten, z. B. Polen und Litauen, verlangten u. a. schärfere Kontrollen.",
                   "Laut Dr. Karin Vogt betraf das auch den Grenzübergang Nr. 4 bei Görlitz.",
                   "Danach wurde die Sitzung vertagt."]),
        SplitCase("C04 quotations",
                  "Die Abgeordnete stand auf. „Wer hat diese Lieferung genehmigt?“, fragte Lena Hartmann. „Niemand im Ministerium!“, rief ein Staatssekretär.",
                  ["Die Abgeordnete stand auf.",
                   "„Wer hat diese Lieferung genehmigt?“, fragte Lena Hartmann.",
                   "„Niemand im Ministerium!“, rief ein Staatssekretär."]),
    ]

    @Test(arguments: fieldCases)
    func fieldBugReports(_ c: SplitCase) {
        #expect(sentences(c.text) == c.expected)
    }

    // MARK: Rules

    static let ruleCases: [SplitCase] = [
        // Ordinals and numbers.
        SplitCase("ordinal century", "Im 18. Jahrhundert wuchs die Stadt. Sie war reich.",
                  ["Im 18. Jahrhundert wuchs die Stadt.", "Sie war reich."]),
        SplitCase("ordinal league", "Der Verein spielt in der 3. Liga. Er stieg 2019 ab.",
                  ["Der Verein spielt in der 3. Liga.", "Er stieg 2019 ab."]),
        SplitCase("ordinal after determiner", "Er belegte den 2. Platz. Sieger wurde Müller.",
                  ["Er belegte den 2. Platz.", "Sieger wurde Müller."]),
        SplitCase("ordinal lowercase", "Vom 3. bis 5. Mai tagt der Rat. Dann folgt die Pause.",
                  ["Vom 3. bis 5. Mai tagt der Rat.", "Dann folgt die Pause."]),
        SplitCase("decimal ends", "Sie warf 66,56 Meter weit. Das war ein Rekord.",
                  ["Sie warf 66,56 Meter weit.", "Das war ein Rekord."]),
        SplitCase("decimal number ends", "Der Wert lag bei 66,56. Das war ein Rekord.",
                  ["Der Wert lag bei 66,56.", "Das war ein Rekord."]),
        SplitCase("year ends", "Sie trafen sich im Jahr 2018. Danach gab es keine Treffen.",
                  ["Sie trafen sich im Jahr 2018.", "Danach gab es keine Treffen."]),
        SplitCase("count ends", "Die Zahl der Toten stieg auf 12. Die Polizei ermittelt.",
                  ["Die Zahl der Toten stieg auf 12.", "Die Polizei ermittelt."]),
        SplitCase("score ends", "Bayern gewann 3:1. Das Spiel war ausverkauft.",
                  ["Bayern gewann 3:1.", "Das Spiel war ausverkauft."]),
        SplitCase("enumeration", "1. Die Regierung tritt zurück.", ["1. Die Regierung tritt zurück."]),
        SplitCase("birthday", "Er feierte seinen 80. Geburtstag. Viele Gäste kamen.",
                  ["Er feierte seinen 80. Geburtstag.", "Viele Gäste kamen."]),
        // Abbreviations.
        SplitCase("abbreviation chain", "Das gilt u. U. auch für Kinder, d. h. für alle. Es ist klar.",
                  ["Das gilt u. U. auch für Kinder, d. h. für alle.", "Es ist klar."]),
        SplitCase("abbreviation chain without space", "Er nannte z.B. Polen. Die Liste war lang.",
                  ["Er nannte z.B. Polen.", "Die Liste war lang."]),
        SplitCase("English abbreviations", "The U.S. Army said so, e.g. Mr. Smith. It was late.",
                  ["The U.S. Army said so, e.g. Mr. Smith.", "It was late."]),
        SplitCase("titles", "Prof. Dr. Müller und St. Gallen. Ca. 40 Leute kamen.",
                  ["Prof. Dr. Müller und St. Gallen.", "Ca. 40 Leute kamen."]),
        SplitCase("usw ends", "Es gab Brot, Käse usw. Die Gäste waren zufrieden.",
                  ["Es gab Brot, Käse usw.", "Die Gäste waren zufrieden."]),
        SplitCase("before Christ", "Die Stadt wurde 50 v. Chr. gegründet. Sie wuchs schnell.",
                  ["Die Stadt wurde 50 v. Chr. gegründet.", "Sie wuchs schnell."]),
        SplitCase("before Christ ends", "Die Stadt entstand um 50 v. Chr. Sie wuchs schnell.",
                  ["Die Stadt entstand um 50 v. Chr.", "Sie wuchs schnell."]),
        SplitCase("article with number", "Das regelt Art. 5 GG. Die Auslegung ist strittig.",
                  ["Das regelt Art. 5 GG.", "Die Auslegung ist strittig."]),
        SplitCase("Art as a word", "Er sprach auf seine Art. Die Zuhörer lachten.",
                  ["Er sprach auf seine Art.", "Die Zuhörer lachten."]),
        SplitCase("millions", "Das kostet 5 Mio. Euro. Der Rat stimmte zu.",
                  ["Das kostet 5 Mio. Euro.", "Der Rat stimmte zu."]),
        SplitCase("initial", "John F. Kennedy wurde 1963 ermordet. Die Welt trauerte.",
                  ["John F. Kennedy wurde 1963 ermordet.", "Die Welt trauerte."]),
        SplitCase("single capital ends", "Sie nahm Vitamin C. Die Erkältung blieb.",
                  ["Sie nahm Vitamin C.", "Die Erkältung blieb."]),
        SplitCase("acronym ends", "Das berichtete CNN. Kirby sagte mehr.",
                  ["Das berichtete CNN.", "Kirby sagte mehr."]),
        // Roman numerals.
        SplitCase("ruler with von", "Fürst Rainier III. von Monaco starb. Sein Sohn Albert II. übernahm.",
                  ["Fürst Rainier III. von Monaco starb.", "Sein Sohn Albert II. übernahm."]),
        SplitCase("ruler at end", "Gewählt wurde Benedikt XVI. Der Papst war Deutscher.",
                  ["Gewählt wurde Benedikt XVI.", "Der Papst war Deutscher."]),
        // Quotations.
        SplitCase("quote with period ends", "Er sagte: „Wir kommen.“ Dann ging er.",
                  ["Er sagte: „Wir kommen.“", "Dann ging er."]),
        SplitCase("guillemets", "»Wann kommt ihr?«, fragte sie. »Morgen!« Er lachte.",
                  ["»Wann kommt ihr?«, fragte sie.", "»Morgen!«", "Er lachte."]),
        SplitCase("ASCII quotes", "\"Warum?\" fragte er. \"Darum.\" Sie ging.",
                  ["\"Warum?\" fragte er.", "\"Darum.\"", "Sie ging."]),
        SplitCase("single quotes", "‚Nie wieder!‘, rief er. Alle nickten.",
                  ["‚Nie wieder!‘, rief er.", "Alle nickten."]),
        SplitCase("spaced comma after quote", "„Wer war das?“ , fragte sie. Keiner antwortete.",
                  ["„Wer war das?“ , fragte sie.", "Keiner antwortete."]),
        SplitCase("question then quote start", "Was nun? „Wir warten“, sagte er.",
                  ["Was nun?", "„Wir warten“, sagte er."]),
        SplitCase("exclamation with dash", "„Raus hier!“ – so der Chef. Alle gingen.",
                  ["„Raus hier!“ – so der Chef.", "Alle gingen."]),
        // Brackets, ellipses, other marks.
        SplitCase("parenthesis", "Er meldete: „The Eagle has landed.“ (Der Adler ist gelandet.) Die Welt jubelte.",
                  ["Er meldete: „The Eagle has landed.“", "(Der Adler ist gelandet.)", "Die Welt jubelte."]),
        SplitCase("omission", "„Wir (…) werden siegen“, sagte er. Dann ging er.",
                  ["„Wir (…) werden siegen“, sagte er.", "Dann ging er."]),
        SplitCase("ellipsis ends", "Und dann… Niemand wusste es.", ["Und dann…", "Niemand wusste es."]),
        SplitCase("interrobang", "Wirklich?! Das glaube ich nicht.", ["Wirklich?!", "Das glaube ich nicht."]),
        SplitCase("URL", "Mehr unter www.allinrechner.at im Netz. Danke.",
                  ["Mehr unter www.allinrechner.at im Netz.", "Danke."]),
        SplitCase("digit start", "Das war 2018. 2019 kam die Wende.", ["Das war 2018.", "2019 kam die Wende."]),
        SplitCase("ellipsis after space", "Nicht alles ist Gold ... Doch es glänzt.", ["Nicht alles ist Gold ...", "Doch es glänzt."]),
        SplitCase("omission after sentence", "Das ist ein Unsinn. (...) Und jetzt verspreche ich nichts.",
                  ["Das ist ein Unsinn. (...)", "Und jetzt verspreche ich nichts."]),
        SplitCase("agency credit", "Das Feuer ist gelöscht. (dpa)", ["Das Feuer ist gelöscht. (dpa)"]),
        SplitCase("dated credit", "Das Feuer ist gelöscht. (red, 31. 7. 2015)", ["Das Feuer ist gelöscht. (red, 31. 7. 2015)"]),
        SplitCase("date in brackets", "Wenn am Dienstag (21.5.) Tarantinos Film startet, ist sie da. Alle warten.",
                  ["Wenn am Dienstag (21.5.) Tarantinos Film startet, ist sie da.", "Alle warten."]),
        SplitCase("minute in brackets", "Tore: 1:0 (15.) Berisha, 1:1 (70.) Edomwonyi. Das Spiel war gut.",
                  ["Tore: 1:0 (15.) Berisha, 1:1 (70.) Edomwonyi.", "Das Spiel war gut."]),
        SplitCase("result list", "Gesamtwertung: 1. Ogier 207 Pkt. – 2. Latvala 114 – 3. Mikkelsen 98, 4. Neuville 90",
                  ["Gesamtwertung: 1. Ogier 207 Pkt. – 2. Latvala 114 – 3. Mikkelsen 98, 4. Neuville 90"]),
        SplitCase("spaced dates", "Shanai Green, 11. 4. 2002 – 29. 8. 2005. Green verlor seine Mutter.",
                  ["Shanai Green, 11. 4. 2002 – 29. 8. 2005.", "Green verlor seine Mutter."]),
        SplitCase("adjective before ordinal", "Er wartet auf den ersehnten 18. Majortitel. Er bleibt ruhig.",
                  ["Er wartet auf den ersehnten 18. Majortitel.", "Er bleibt ruhig."]),
        SplitCase("units", "Sie lief 10.000 m. Danach fuhr er 160 km/h. Eine Streife hielt ihn an.",
                  ["Sie lief 10.000 m.", "Danach fuhr er 160 km/h.", "Eine Streife hielt ihn an."]),
        SplitCase("no space after stop", "Die Blüten sind sehr variabel.Die Blütezeit reicht bis Mai.",
                  ["Die Blüten sind sehr variabel.", "Die Blütezeit reicht bis Mai."]),
        SplitCase("no space before quote", "Er wollte einkaufen.\"Doch nicht alle sind begeistert.\"",
                  ["Er wollte einkaufen.", "\"Doch nicht alle sind begeistert.\""]),
        SplitCase("no space, abbreviation", "Richard Sorge, dt.Spion und Journalist.", ["Richard Sorge, dt.Spion und Journalist."]),
        SplitCase("quote starting lowercase", "Merkel sagte, Benedikt XVI. „ist ein großer Denker“. Dann ging sie.",
                  ["Merkel sagte, Benedikt XVI. „ist ein großer Denker“.", "Dann ging sie."]),
        SplitCase("acronym of Roman letters", "Das meldete die LLI. Künftig wolle man sparen. Er kaufte die CD. Sie war teuer.",
                  ["Das meldete die LLI.", "Künftig wolle man sparen.", "Er kaufte die CD.", "Sie war teuer."]),
        SplitCase("language abbreviation", "Ein Bild (engl. „frame“) hat zwei Halbbilder. Jones et al. 1998 zeigten das.",
                  ["Ein Bild (engl. „frame“) hat zwei Halbbilder.", "Jones et al. 1998 zeigten das."]),
        SplitCase("zero-width space", "Viel Spaß!\u{200B} 1. Kreatives Upcycling", ["Viel Spaß!", "1. Kreatives Upcycling"]),
        // Lines and paragraphs.
        SplitCase("subheading line", "Erster Absatz endet hier.\nHintergrund\nDer Konflikt begann 2014 mit einem Streit über Grenzen und Gebiete, der bis heute andauert.",
                  ["Erster Absatz endet hier.", "Hintergrund", "Der Konflikt begann 2014 mit einem Streit über Grenzen und Gebiete, der bis heute andauert."]),
        SplitCase("wrapped lines", "Die USA gehen davon aus, dass Waffenverhandlungen zwischen\nNordkorea und Russland voranschreiten. Auf einer Pressekonferenz sprach\nder Sprecher John Kirby am Mittwoch über eine Kooperation der beiden.",
                  ["Die USA gehen davon aus, dass Waffenverhandlungen zwischen\nNordkorea und Russland voranschreiten.",
                   "Auf einer Pressekonferenz sprach\nder Sprecher John Kirby am Mittwoch über eine Kooperation der beiden."]),
        SplitCase("wrapped before capital", "Laut Regierungssprecher Steffen Hebestreit telefonierte\nKanzler Olaf Scholz am Montag mit dem Präsidenten. Das\nGespräch dauerte eine Stunde.",
                  ["Laut Regierungssprecher Steffen Hebestreit telefonierte\nKanzler Olaf Scholz am Montag mit dem Präsidenten.",
                   "Das\nGespräch dauerte eine Stunde."]),
        SplitCase("heading in wrapped paragraph", "Hintergrund\nDie Lage ist ernst. Der Sprecher der Regierung in Berlin\nsagte am Montag, Kanzler Olaf Scholz habe telefoniert.",
                  ["Hintergrund", "Die Lage ist ernst.", "Der Sprecher der Regierung in Berlin\nsagte am Montag, Kanzler Olaf Scholz habe telefoniert."]),
        SplitCase("short lines", "Ergebnisse\nBayern gewinnt\nDortmund verliert", ["Ergebnisse", "Bayern gewinnt", "Dortmund verliert"]),
        SplitCase("paragraph without final stop", "Erster Satz ohne Punkt\n\nZweiter Absatz. Noch ein Satz",
                  ["Erster Satz ohne Punkt", "Zweiter Absatz.", "Noch ein Satz"]),
        SplitCase("abbreviation at paragraph end", "Es gab Brot usw.\n\nneuer Absatz.", ["Es gab Brot usw.", "neuer Absatz."]),
        SplitCase("empty", "", []),
        SplitCase("white space only", " \n\n \t\n", []),
        SplitCase("marks only", "... !", ["... !"]),
    ]

    @Test(arguments: ruleCases)
    func rules(_ c: SplitCase) {
        #expect(sentences(c.text) == c.expected)
    }

    @Test func paragraphNumbers() {
        let text = "Titel\n\n\nErster Satz. Zweiter Satz.\n  \nDritter Satz.\nVierter Satz."
        let spans = SentenceSplitter().split(text)
        #expect(spans.map(\.paragraph) == [0, 1, 1, 2, 2])
    }

    @Test func offsetsAreUTF8Bytes() {
        let text = "Äußerst schön. Öl!"
        let spans = SentenceSplitter().split(text)
        #expect(spans.map(\.range) == [0..<17, 18..<22])
    }

    // MARK: Seed article

    @Test(.sharedData(seedArticlePath))
    func seedArticleSentences() throws {
        let text = try String(contentsOf: SharedData.url(seedArticlePath), encoding: .utf8)
        let spans = SentenceSplitter().split(text)
        let bytes = Array(text.utf8)
        let got = spans.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(got.count == 27)
        #expect(spans.last?.paragraph == 10)
        #expect(spans.map(\.paragraph) == [0, 0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 5, 5, 5, 6, 6, 6, 7, 8, 8, 8, 8, 9, 9, 10, 10])
        for expected in [
            "Das berichtete CNN.",
            "USA besorgt wegen Waffenallianz zwischen Nordkorea und Russland",
            "Donald Trump und Kim Jong-un trafen sich mehrmals",
            "Am 18. August fand ein trilaterales Treffen in Camp David statt, einer traditionellen Verhandlungsstätte vieler US-Präsidenten im Bundesstaat Maryland.",
            "Die USA gehen davon aus, dass Waffenverhandlungen zwischen Nordkorea und Russland „aktiv voranschreiten“.",
            "„Kontakte werden auf verschiedenen Ebenen hergestellt“, sagte er und bezeichnete Nordkorea als „einen sehr wichtigen Nachbarn“.",
            "Nach dem ersten Treffen zwischen Trump und Kim im Jahr 2018 erklärten beide Länder, dass Nordkorea entschlossen sei, „auf eine vollständige Denuklearisierung der Halbinsel hinzuarbeiten“.",
            "Die Länder begründeten dies damit, dass die Sanktionen das Atomprogramm der Halbinsel nicht wirksam eingeschränkt hätten.",
        ] {
            #expect(got.contains(expected), "missing: \(expected)")
        }
    }

    // MARK: Corpus invariants

    @Test(.sharedData(wikinewsPath))
    func wikinewsInvariants() throws {
        let articles = try readJSONL(SharedData.url(wikinewsPath), limit: 100)
        #expect(articles.count == 100)
        let splitter = SentenceSplitter()
        var total = 0, lowercaseStarts = 0
        for article in articles {
            let text = article["text"] as? String ?? ""
            let bytes = Array(text.utf8)
            let spans = splitter.split(bytes)
            var previousEnd = 0
            var boundaries = Set<Int>()
            for span in spans {
                #expect(span.range.lowerBound >= previousEnd)
                #expect(!span.range.isEmpty)
                #expect(bytes[span.range.lowerBound] != 0x20 && bytes[span.range.upperBound - 1] != 0x20)
                previousEnd = span.range.upperBound
                boundaries.insert(span.range.upperBound)
                let (first, _) = UTF8Scan.scalar(bytes, span.range.lowerBound)
                if first.properties.isLowercase {
                    lowercaseStarts += 1
                    if ProcessInfo.processInfo.environment["BELEG_SPLITTER_DUMP"] != nil {
                        print("lowercase start:", String(decoding: bytes[span.range], as: UTF8.self).prefix(100))
                    }
                }
                total += 1
            }
            // Sanity: ". Xyz" after an ordinary lowercase word (not an abbreviation) always splits.
            for i in 1..<max(1, bytes.count - 2) where bytes[i] == 0x2E || bytes[i] == 0x21 || bytes[i] == 0x3F {
                guard bytes[i + 1] == 0x20, bytes[i + 2] >= 0x41, bytes[i + 2] <= 0x5A else { continue }
                var s = i
                while s > 0, (bytes[s - 1] >= 0x61 && bytes[s - 1] <= 0x7A) { s -= 1 }
                let word = String(decoding: bytes[s..<i], as: UTF8.self)
                guard word.count >= 4, s > 0, bytes[s - 1] == 0x20 || bytes[i] != 0x2E,
                      !["bzw", "inkl", "zzgl", "evtl", "insb", "bspw", "insbes", "sogen", "ehem", "urspr", "bzgl", "mind", "verh", "gesch", "gest"].contains(word)
                else { continue }
                #expect(boundaries.contains(i + 1), "no split after \(word)\(Character(Unicode.Scalar(bytes[i]))) in \(article["id"] ?? "")")
            }
        }
        #expect(total > 800)
        #expect(Double(lowercaseStarts) / Double(total) < 0.01)
    }

    // MARK: Agreement with SoMaJo

    /// The first 300 articles of bench-s; the whole corpus is `SentenceSplitterEvaluation`.
    @Test(.sharedData(benchArticlesPath, benchSentencesPath))
    func agreementWithSoMaJoOnASample() throws {
        let a = try SoMaJoAgreement.measure(articles: 300)
        print("SoMaJo agreement (first 300 bench-s articles): \(a.summary)")
        #expect(a.theirs == 6131)
        // Measured 2026-12-06: precision 0.9929, recall 0.9995.
        #expect(a.precision >= 0.985 && a.recall >= 0.995)
    }
}

/// Corpus-scale: sentence boundaries on all of bench-s against SoMaJo's (`make eval`).
@Suite(.corpusEvaluation, .sharedData(benchArticlesPath, benchSentencesPath))
struct SentenceSplitterEvaluation {
    @Test func agreementWithSoMaJo() throws {
        let a = try SoMaJoAgreement.measure(articles: .max)
        print("SoMaJo agreement (bench-s): \(a.summary)")
        // Measured 2026-12-06: precision 0.9863, recall 0.9979, F1 0.9920.
        #expect(a.precision >= 0.98 && a.recall >= 0.99)
        #expect(a.f1 >= 0.985)
    }
}

/// Boundary agreement with SoMaJo's sentences (bench-s/somajo-sentences.jsonl, code point offsets). A boundary is the
/// start of every sentence but the first. `BELEG_SPLITTER_DUMP=/path` writes the disagreements.
struct SoMaJoAgreement {
    var common = 0, ours = 0, theirs = 0
    var seconds = 0.0, byteCount = 0
    var precision: Double { Double(common) / Double(max(ours, 1)) }
    var recall: Double { Double(common) / Double(max(theirs, 1)) }
    var f1: Double { 2 * precision * recall / max(precision + recall, 1e-9) }
    var summary: String {
        String(format: "boundaries ours %d, SoMaJo %d, common %d; precision %.4f recall %.4f F1 %.4f; %.1f MB/s",
               ours, theirs, common, precision, recall, f1, Double(byteCount) / 1e6 / max(seconds, 1e-9))
    }

    /// Agreement over the first `articles` lines of the SoMaJo file.
    static func measure(articles limit: Int) throws -> SoMaJoAgreement {
        var texts: [String: String] = [:]
        for object in try readJSONL(SharedData.url(benchArticlesPath)) {
            if let id = object["id"] as? String, let text = object["text"] as? String { texts[id] = text }
        }
        let splitter = SentenceSplitter()
        var a = SoMaJoAgreement()
        var dump = ""
        let dumpPath = ProcessInfo.processInfo.environment["BELEG_SPLITTER_DUMP"]
        for object in try readJSONL(SharedData.url(benchSentencesPath), limit: limit) {
            guard let id = object["id"] as? String, let text = texts[id],
                  let reference = object["sentences"] as? [[Int]] else { continue }
            // Code point offset → byte offset.
            var byteOffset: [Int] = [0]
            byteOffset.reserveCapacity(text.unicodeScalars.count + 1)
            var position = 0
            for scalar in text.unicodeScalars { position += UTF8.width(scalar); byteOffset.append(position) }
            let bytes = Array(text.utf8)
            let clock = ContinuousClock.now
            let spans = splitter.split(bytes)
            let elapsed = ContinuousClock.now - clock
            a.seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            a.byteCount += bytes.count
            let mine = Set(spans.dropFirst().map(\.range.lowerBound))
            let theirStarts = Set(reference.dropFirst().map { byteOffset[$0[0]] })
            a.common += mine.intersection(theirStarts).count
            a.ours += mine.count
            a.theirs += theirStarts.count
            if dumpPath != nil {
                for b in mine.symmetricDifference(theirStarts).sorted() {
                    let lo = max(0, b - 80), hi = min(bytes.count, b + 60)
                    var l = lo; while l < b, bytes[l] & 0xC0 == 0x80 { l += 1 }
                    var h = hi; while h < bytes.count, h > b, bytes[h] & 0xC0 == 0x80 { h += 1 }
                    let left = String(decoding: bytes[l..<b], as: UTF8.self)
                    let right = String(decoding: bytes[b..<h], as: UTF8.self)
                    let tag = mine.contains(b) ? "ONLY-OURS  " : "ONLY-SOMAJO"
                    dump += "\(tag) \(id)\t\(left) ‖ \(right)".replacingOccurrences(of: "\n", with: "⏎") + "\n"
                }
            }
        }
        if let dumpPath { try dump.write(toFile: dumpPath, atomically: true, encoding: .utf8) }
        return a
    }
}
