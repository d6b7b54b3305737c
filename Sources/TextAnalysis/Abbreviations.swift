/// A set of words looked up by a byte range, without building `String`s.
///
/// Keys are hashed with 64-bit FNV-1a; a hit is confirmed byte by byte, so lookups are exact.
/// Matching is case-sensitive.
struct ByteLexicon: Sendable {
    private let table: [UInt64: [[UInt8]]]
    /// Length in bytes of the longest word; longer ranges are rejected without hashing.
    private let maxLength: Int

    init(_ words: [String]) {
        var table: [UInt64: [[UInt8]]] = [:]
        var maxLength = 0
        for word in words {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty else { continue }
            let h = ByteLexicon.hash(bytes, 0..<bytes.count)
            if !(table[h]?.contains(bytes) ?? false) { table[h, default: []].append(bytes) }
            maxLength = max(maxLength, bytes.count)
        }
        self.table = table
        self.maxLength = maxLength
    }

    /// Whitespace-separated words.
    init(words: String) {
        self.init(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    @inline(__always)
    static func hash(_ b: [UInt8], _ r: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in r { h = (h ^ UInt64(b[i])) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Whether `b[r]` is one of the words.
    func contains(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= maxLength else { return false }
        guard let candidates = table[ByteLexicon.hash(b, r)] else { return false }
        for c in candidates where c.count == r.count {
            var same = true
            var k = 0
            for i in r { if b[i] != c[k] { same = false; break }; k += 1 }
            if same { return true }
        }
        return false
    }
}

/// Word lists the sentence splitter consults around a full stop (German and English news).
///
/// All lists are case-sensitive and hold the word without its final `.`.
/// Single letters (`z`, `B`, `F`) are not listed: the splitter treats them as
/// abbreviations or initials by rule.
enum Abbreviations {
    /// Abbreviations that are (almost) never the last word of a sentence: titles before names,
    /// abbreviations before a noun or number, and lowercase abbreviations used mid-sentence.
    /// A full stop after them does not end a sentence.
    static let neverFinal = ByteLexicon(words: """
        Dr Prof Hr Hrn Fr Frl Mr Mrs Ms Messrs Mme Mlle Sen Rep Gov Lt Gen Col Maj Capt Cpt Sgt Adm Brig Kapt Cmdr
        Dipl Ing Mag Dres Pfr Hl hl Sta Ste Hw Bf Kard Erzb
        St Nr Nrn No Tel Str Pkt Abt Dt dt Tsd Mio Mrd Bio Mill
        ca Ca bzw Bzw vgl Vgl evtl Evtl ggf Ggf inkl Inkl zzgl Zzgl exkl bspw Bspw insb insbes Insb sog Sog sogen ugs
        ehem Ehem geb gest verh gesch bzgl Bzgl gem lt Lt mind max vs Vs urspr zw zT uU Az jr al
        engl Engl ev kath evang franz ital span lat griech russ jap chin arab hebr port niederl schwed norw dän poln tschech ung türk amerik brit österr schweiz
        Verf Vors Präs Bgm Abg
        Mt Mts Ft Pt Rd Ave Blvd
        Co Cie Gebr
        """)

    /// Abbreviations that often end a sentence: a full stop after them ends the sentence when
    /// a likely sentence start follows.
    static let mayEnd = ByteLexicon(words: """
        etc usw Chr Jh Jhd Jhdt Jhs Inc Ltd Corp Bros Hbf Std Sek Min Jg Jgg ff Jr Sr Hrsg
        """)

    /// Abbreviations that are not final only when a number follows (`Art. 5`, `Abs. 2`, `S. 12`,
    /// `Jan. 2020`); some of them are also ordinary words (`Art`, `Jan`).
    static let beforeNumber = ByteLexicon(words: """
        Art Abs Bd Bde Kap Abb Tab Ziff Anm Aufl Vol Nos Nov Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Dez
        Mar Oct Dec Z Sp Rn Rz Anl Ausg Lfg Hft
        """)

    /// Month names and their abbreviations: a number with a full stop before them is an ordinal
    /// day (`am 18. August`, `5. Jan.`).
    static let months = ByteLexicon(words: """
        Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember
        Jan Jän Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez
        """)

    /// Nouns (and some adjectives) that typically follow an ordinal number: `18. Jahrhundert`,
    /// `3. Liga`, `2. Weltkrieg`, `1. FC`.
    static let ordinalNouns = ByteLexicon(words: """
        Jahrhundert Jahrhunderts Jahrhunderten Jahrtausend Jahrtausends Jahrestag Jahrestages Jahrestags
        Geburtstag Geburtstags Geburtstages Todestag Todestags Todestages Hochzeitstag Jubiläum Jubiläums
        Liga Bundesliga Regionalliga Oberliga Landesliga Verbandsliga Kreisliga Division Klasse Kreisklasse
        Weltkrieg Weltkriegs Weltkrieges Golfkrieg Punischen Kreuzzug Kreuzzugs
        Platz Platzes Rang Runde Spieltag Spieltags Spieltages Etappe Etappen Durchgang Wahlgang Halbzeit Satz Satzes
        Minute Minuten Sekunde Tor Treffer Lauf Rennen Stock Stockwerk Etage Obergeschoss Geschoss
        Mal Male Tag Tages Tags Woche Monat Monats Quartal Quartals Halbjahr Halbjahres Jahr Jahres Jahrgang Jahrgangs
        Kapitel Abschnitt Absatz Artikel Paragraf Paragraph Buch Band Teil Akt Szene Folge Staffel Auflage Ausgabe
        Lesung Amtszeit Legislaturperiode Wahlperiode Sitzung Sitzungstag Verhandlungstag Prozesstag Parteitag Kongress
        Bundesversammlung Bundesparteitag Gipfel Konferenz Tagung Sinfonie Symphonie Klavierkonzert Streichquartett
        Armee Korps Brigade Regiment Bataillon Flotte Panzerdivision Infanteriedivision Kompanie
        Bezirk Gemeindebezirk Wiener Arrondissement Distrikt Wahlkreis
        FC SC SV TSV BFC FFC VfB VfL Internationale Republik Reich Dynastie Lateranum Vatikanum Vatikanischen
        Advent Adventssonntag Sonntag Fastensonntag Ostertag Pfingsttag Weihnachtstag Feiertag
        Grades Grad Ordnung Instanz Lesung Strafsenat Senat Zivilsenat Kammer Zivilkammer Strafkammer
        Person Mannschaft Sieg Niederlage Saisonsieg Weltcupsieg Titel Anlauf Versuch Stufe Phase Welle
        Platzierung Startplatz Länderspiel Spiel Einsatz Pflichtspiel Heimspiel Auswärtsspiel Bundesligaspiel Saisontor
        Saison Saisonsieg Majortitel Turniersieg Karrieretitel Ausgabe Auflage Jahrestreffen
        century world Century World
        """)

    /// Words before an ordinal number: articles, possessives, and prepositions merged with an
    /// article (`am 3. Oktober`, `der 2. Platz`, `seinem 80. Geburtstag`).
    static let ordinalDeterminers = ByteLexicon(words: """
        am Am im Im zum Zum zur Zur vom Vom beim Beim ins aufs ans übers fürs
        der Der die Die das Das des Des dem Dem den Den ein eine einem einen einer eines
        dieser Dieser diese Diese diesem diesen dieses jeder jede jedem jeden jedes
        sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres
        unser unsere unserem unseren unserer euer eure
        mein meine meinem meinen deren dessen
        """)

    /// Frequent first words of sentences. After a single capital letter with a full stop,
    /// which is usually an initial (`John F. Kennedy`), one of these words marks a sentence end
    /// (`Vitamin C. Die Studie …`).
    static let sentenceStarters = ByteLexicon(words: """
        Der Die Das Den Dem Des Ein Eine Einer Einen Er Sie Es Wir Ich Ihr Man Dies Diese Dieser Dieses Damit Dabei
        Dazu Daher Deshalb Dann Danach Davor Zuvor Doch Aber Auch Als Am Im In Nach Seit Zudem Denn So Bei Mit Für
        Laut Wie Was Wer Wo Wann Warum Wenn Weil Zwar Trotz Nun Jetzt Heute Gestern Außerdem Allerdings Insgesamt
        Bereits Schon Noch Unter Vor Auf Aus Um Über Gegen Kein Keine Nicht Nur Dort Hier Inzwischen Mittlerweile
        Später Zunächst Schließlich Jedoch Dennoch Immerhin
        The This That These Those It He She They We I In On At As But And However A An There His Her Their
        """)

    /// Lowercase function words that do not end a heading: a line ending with one of them
    /// continues on the next line.
    static let continuationWords = ByteLexicon(words: """
        der die das des dem den ein eine einer eines einem einen und oder sowie aber sondern denn dass ob als wie
        zwischen mit von vom zu zum zur in im an am auf aus bei beim für gegen nach seit über unter vor durch um ohne
        bis trotz wegen während laut gemäß per pro je sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren
        dieser diese dieses diesem diesen jener jene weil wenn
        the a an of and or to in on at by for with from as that which who is are was were
        """)
}
