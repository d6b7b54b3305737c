import Testing
@testable import TextAnalysis

@Suite struct StrongVerbFilterTests {
    /// Forms of one verb, and the nouns that are the verb's own infinitive, share their terms.
    @Test(arguments: [
        ["trafen", "traf", "getroffen", "treffen", "Treffen", "trifft", "träfe"],
        ["bestritt", "bestritten", "bestreiten", "bestreitet"],
        ["fand", "fanden", "gefunden", "finden"],
        ["stattgefunden", "stattfinden"],
        ["zurückgewiesen", "zurückweisen", "zurückgewiesenen"],
        ["wies", "wiesen", "gewiesen", "weisen"],
        ["sprach", "sprachen", "gesprochen", "sprechen", "spricht"],
        ["starb", "starben", "gestorben", "sterben", "stirbt"],
        ["gewann", "gewonnen", "gewinnen"],
        ["ging", "gingen", "gegangen", "gehen"],
        ["kam", "käme", "gekommen", "kommen"],
        ["nahm", "genommen", "nehmen", "nimmt"],
        ["gab", "gäbe", "gegeben", "geben", "gibt"],
        ["hielt", "gehalten", "halten", "hält"],
        ["ließ", "liess", "ließen", "gelassen", "lassen", "lässt", "läßt"],
        ["stand", "standen", "gestanden", "stehen"],
        ["lag", "lagen", "läge", "gelegen", "liegen"],
        ["sah", "gesehen", "sehen", "sieht"],
        ["vorgeschlagen", "vorschlagen"],
        ["festgenommen", "festgenommenen", "festnehmen"],
        ["beschloss", "beschloß", "beschlossen", "beschließen"],
        ["erschien", "erschienen", "erscheinen"],
        ["verließ", "verlassen"],
        ["anerkannt", "anerkennen"],
        ["genannt", "nannte", "nennen"],
        ["brachte", "gebracht", "bringen"],
        ["ernannt", "ernannte", "ernennen"],
        ["gestiegen", "stieg", "steigen"],
        ["erwog", "erwogen", "erwägen"],
        ["geriet", "gerätst", "geraten"],
        ["unterlag", "unterlegen", "unterliegen"],
    ])
    func equivalenceClasses(words: [String]) {
        let a = Analyzer()!
        let terms = Set(words.map { a.terms(of: $0) })
        #expect(terms.count == 1, "\(words) → \(terms)")
    }

    /// Nouns and adjectives that look like strong verb forms keep their own terms.
    @Test(arguments: [
        ("Schloss", "schließen"),
        ("Band", "binden"),
        ("Banden", "binden"),
        ("Lage", "liegen"),
        ("Verband", "verbinden"),
        ("Verlag", "liegen"),
        ("Aufgaben", "aufgeben"),
        ("Angaben", "angeben"),
        ("Angriff", "angreifen"),
        ("Widerstand", "widerstehen"),
        ("Rang", "ringen"),
        ("Stahl", "stehlen"),
        ("Tat", "tun"),
        ("Schritt", "schreiten"),
        ("bekannt", "bekennen"),
        ("bewusst", "wissen"),
        ("vergangenen", "vergehen"),
        ("verschiedene", "verscheiden"),
        ("gelangen", "gelingen"),
        ("Unterschied", "unterscheiden"),
        ("Durchschnitt", "durchschneiden"),
        ("Betrieb", "betreiben"),
        ("führen", "fahren"),
        ("Sankt", "sinken"),
        ("Last", "lesen"),
    ])
    func nonMappings(word: String, verb: String) {
        let a = Analyzer()!
        #expect(a.terms(of: word) != a.terms(of: verb))
    }

    /// The filter itself: lowercase form → infinitive, or `nil`.
    @Test(arguments: [
        ("traf", "treffen"),
        ("trafst", "treffen"),
        ("träfen", "treffen"),
        ("getroffene", "treffen"),
        ("betroffenen", "betreffen"),
        ("bestritten", "bestreiten"),
        ("zurückgewiesen", "zurückweisen"),
        ("stattgefunden", "stattfinden"),
        ("vorgeschlagen", "vorschlagen"),
        ("herausgefunden", "herausfinden"),
        ("zusammengestoßen", "zusammenstoßen"),
        ("übernahm", "übernehmen"),
        ("übergegangen", "übergehen"),
        ("unterbrochen", "unterbrechen"),
        ("vorenthalten", "vorenthalten"),
        ("einbezogen", "einbeziehen"),
        ("entschied", "entscheiden"),
        ("gestorben", "sterben"),
        ("beschloß", "beschließen"),
        ("gewußt", "wissen"),
        ("liess", "lassen"),
        ("schrien", "schreien"),
        ("geboren", "gebären"),
        ("bestreitet", "bestreiten"),
        ("entscheidet", "entscheiden"),
        ("kommt", "kommen"),
        ("besitzt", "besitzen"),
        ("beißt", "beißen"),
    ])
    func infinitives(form: String, infinitive: String) {
        let result = StrongVerbFilter.infinitive(of: Array(form.utf8)).map { String(decoding: $0, as: UTF8.self) }
        #expect(result == infinitive)
    }

    @Test(arguments: [
        "schloss", "band", "treffen", "haus", "aufgaben", "angriff", "vergangenen", "verschiedene",
        "bekannt", "gelangen", "gerät", "lage", "gabe", "schlicht", "last", "sankt", "ungebunden",
        "preisunterschieden", "belegen", "überlegen", "verdrängen", "umschalten", "a", "",
    ])
    func unmapped(form: String) {
        #expect(StrongVerbFilter.infinitive(of: Array(form.utf8)) == nil)
    }
}
