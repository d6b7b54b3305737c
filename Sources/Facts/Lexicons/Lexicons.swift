/// Word lists used by the fact extractors. Every list is an immutable `static let` set.
enum Lexicons {
    /// Splits a blank-separated word list into a set.
    /// The blank-separated words of `list`. Splits on UTF-8 bytes (not Characters): the large generated
    /// lexicons are built at start-up, and grapheme-cluster splitting would cost tens of milliseconds.
    static func words(_ list: String) -> Set<String> {
        var set = Set<String>(minimumCapacity: list.utf8.count / 8)
        var list = list
        list.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count {
                if i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x0A {
                    if i > start { set.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                    start = i + 1
                }
            }
        }
        return set
    }

    /// Lower-case closed-class words (articles, pronouns, prepositions, conjunctions, frequent adverbs),
    /// German and English. A capitalized token whose lower-case form is listed here is never a name.
    static let functionWords: Set<String> = words("""
        der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
        dieser diese dieses diesen diesem jener jene jenes jeder jede jedes jedem jeden alle allen aller alles
        mein meine meinen meinem meiner dein deine sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
        unser unsere unseren unserem unserer euer eure dessen deren welche welcher welches welchen welchem
        ich du er sie es wir ihm ihn uns euch man sich wer was wo wie warum wann woher wohin wem wen
        in im an am auf aus bei beim mit nach seit von vom vor zu zum zur über unter neben zwischen hinter durch für
        gegen ohne um bis ab trotz während wegen laut gemäß dank statt anstatt innerhalb außerhalb oberhalb unterhalb
        angesichts seitens infolge mittels samt nahe entlang gegenüber ins ans aufs
        und oder aber doch sondern denn dass ob weil wenn als falls obwohl damit sobald solange bevor nachdem indem
        auch noch nur schon nicht nie sehr so da dort hier dann jetzt nun heute gestern morgen bald immer oft
        zudem außerdem dabei darauf danach davor dazu damals bisher allerdings jedoch trotzdem deshalb daher deswegen
        also zwar sogar etwa rund fast kaum mehr weniger viele wenige einige manche mehrere beide beiden
        ja nein bitte danke hallo kurz zuvor zuletzt zunächst später schließlich inzwischen mittlerweile bereits
        erst erstmals wieder weiter ebenfalls ebenso genau vielleicht wohl eher gerade stets derzeit aktuell
        insgesamt gleichzeitig zugleich unterdessen indes hingegen dennoch stattdessen demnach somit folglich
        anschließend zuerst vorher nachher seither seitdem demnächst künftig letztlich offenbar angeblich
        nachdem während hierzu hierbei daraufhin dagegen dafür darüber darin daraus davon dadurch
        ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien habe wäre wären kann können
        konnte konnten soll sollen sollte sollten muss müssen musste mussten will wollen wollte wollten darf dürfen
        the a an and or but of to in on at by for with from as is was are were be been this that these those
        he she it we they his her its their our my your i you him them us who what when where why how which
        not no yes mr mrs ms dr prof herr frau sir
        """)

    /// Month and weekday names (German, Austrian and English), never names of people.
    static let calendarWords: Set<String> = words("""
        Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember
        Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag
        Montags Dienstags Mittwochs Donnerstags Freitags Samstags Sonntags Wochenende Ostern Pfingsten Weihnachten Silvester
        January February March May June July October December
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday
        """)

    /// Lower-case name particles that may stand inside a person name ("Franz von Papen", "Ana de Sousa").
    static let nameParticles: Set<String> = words("""
        von van der den de del della di da dos das du la le ter ten bin ibn al el ben bar
        """)

    /// Academic and courtesy titles that precede names ("Dr.", "Prof.", "Herr", "Frau", "Mr.").
    static let titles: Set<String> = words("""
        Dr Prof Professor Herr Herrn Frau Mr Mrs Ms Sir Dame Lord Lady Madame Monsieur Senhor Señor Sr
        """)

    /// Given names that are also common words or places; they form a name only with a following surname.
    static let ambiguousFirstNames: Set<String> = words("""
        August Mark Ernst Wolf Grant Will Rose Paris Jordan Georgia Florence Victoria Chelsea Sydney Dean Don
        Anders Long Young Page Hope Art Ray Max Frank Franz Christ Dick Ben Jan Kim Moon Jong Per Sam Xi Sofia Lima
        Santiago Medina Essen Justin Pierre Jean Carl Otto Tom Tim Gert Theo Leo Nora Rita Ella Ruth Kurt
        Lea Toni Tony Luis Louis Nik Julius Felix Paul Jonas Lukas Simon Elias Hugo Viktor Victor Fred
        """)

    /// Surnames that are also common nouns; accepted after a given name ("Jonas Berg", "Hans Richter").
    static let nounSurnames: Set<String> = words("""
        Berg Brandt Koch Fischer Schneider Weber Becker Bauer Richter Wolf Zimmermann Hahn Vogel Fuchs Jäger
        Schäfer Kaiser König Lang Klein Groß Schwarz Braun Weiß Roth Keller Schuster Schreiber Sommer Winter
        Stein Busch Graf Engel Horn Vogt Arnold Frey Ludwig Krause Meister Schmied Maurer Herrmann Bach Brand
        Sauer Kraft Held Frank Ernst Kurz Strauss Strauß Haas Marx Kohl Pfeiffer Schuh Hauser Burg Adler Falk
        """)

    /// Heads of organisation, place and work names formed from a person's name ("Jones House", "Hudson River").
    static let nameBasedHeads: Set<String> = words("""
        House Theatre Theater River Times Center Centre Laboratory Laboratories Airways Airlines Motors Index Indexes
        Port Street Avenue Park Hall College University Institute Company Group Bank Hotel Square Bridge Island Falls
        Lake Mountain Valley Road Records Stadium Arena Museum Tower Building Foundation Award Prize Show Cup Trophy
        Open Memorial Hospital School Church Library Gallery Studios Pictures Entertainment Corporation Inc Ltd Bay
        County City Station Street Boulevard Gymnasium Schule Straße Platz Preis Stiftung Stadion Halle Brücke
        """)

    /// Party abbreviations that follow a politician's name in parentheses ("Müller (SPD)").
    static let parties: Set<String> = words("""
        CDU CSU SPD FDP AfD Grüne Grünen Linke PDS NPD ÖVP SPÖ FPÖ BZÖ NEOS SVP FDP.Die CVP BDP EVP GLP KPÖ
        """)

    /// Roman numerals used as regnal numbers ("Elisabeth II.").
    static let regnalNumbers: Set<String> = words("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI")

    /// Speech verbs that mark a following or preceding bare surname as a speaker ("sagte Müller", "Müller sagte").
    static let speechVerbs: Set<String> = words("""
        sagte sagt sagten erklärte erklärt betonte betont meinte meint fügte ergänzte ergänzt sprach spricht
        kritisierte kritisiert warnte warnt forderte fordert schrieb schreibt berichtete berichtet bestätigte bestätigt
        dementierte dementiert bestritt bestreitet räumte kündigte kündigt verwies verweist teilte teilt
        erläuterte erläutert unterstrich unterstreicht versicherte versichert behauptete behauptet antwortete
        mahnte mahnt lobte lobt wies weist zitierte twitterte sagt said says told added stated explained
        """)

    /// Capitalized words that open an organisation name or are organisations on their own.
    static let organisations: Set<String> = words("""
        Reuters Bloomberg Kreml Pentagon Bundestag Bundesrat Bundesregierung Bundeswehr Bundesverfassungsgericht
        Europol Interpol Gazprom Siemens Volkswagen Daimler Mercedes-Benz Porsche Audi Lufthansa Telekom Allianz
        Bayer Google Apple Microsoft Amazon Facebook Meta Twitter Tesla Samsung Toyota Nissan Sony Huawei Alibaba
        Nestlé Novartis Roche Airbus Boeing Shell Greenpeace Amnesty Hamas Hisbollah Taliban Wikipedia Wikinews
        Tagesspiegel Spiegel Süddeutsche Zeit Bild Handelsblatt Standard Kurier Kronen-Zeitung Stern Focus
        Tagesschau Xinhua Interfax Tass TASS Gallup Ryanair Fifa Uefa Nasa Esa Opec Kreml-Sprecher
        """).subtracting(["Kreml-Sprecher"])

    /// Multi-word organisation names, as token sequences (inflected forms listed separately).
    static let organisationPhrases: [[String]] = [
        ["Vereinte", "Nationen"], ["Vereinten", "Nationen"], ["Europäische", "Union"], ["Europäischen", "Union"],
        ["Weiße", "Haus"], ["Weißen", "Haus"], ["Weißen", "Hauses"], ["Weißes", "Haus"], ["White", "House"],
        ["Europäische", "Kommission"], ["Europäischen", "Kommission"], ["Europäische", "Zentralbank"], ["Europäischen", "Zentralbank"],
        ["Rote", "Kreuz"], ["Roten", "Kreuz"], ["Roten", "Kreuzes"], ["Rotes", "Kreuz"],
        ["Deutsche", "Bank"], ["Deutschen", "Bank"], ["Deutsche", "Bahn"], ["Deutschen", "Bahn"],
        ["Deutsche", "Presse-Agentur"], ["Deutschen", "Presse-Agentur"], ["Associated", "Press"],
        ["Amnesty", "International"], ["Human", "Rights", "Watch"], ["Ärzte", "ohne", "Grenzen"],
        ["Islamischer", "Staat"], ["Islamischen", "Staat"], ["Islamischen", "Staates"],
        ["United", "Nations"], ["European", "Union"], ["New", "York", "Times"], ["Washington", "Post"],
        ["Wall", "Street", "Journal"], ["Frankfurter", "Allgemeine"], ["Frankfurter", "Allgemeinen"],
        ["Bündnis", "90/Die", "Grünen"], ["Die", "Linke"], ["Die", "Grünen"],
    ]

    /// Multi-word place names, as token sequences.
    static let placePhrases: [[String]] = [
        ["Vereinigte", "Staaten"], ["Vereinigten", "Staaten"], ["United", "States"], ["United", "Kingdom"],
        ["Vereinigtes", "Königreich"], ["Vereinigten", "Königreich"], ["Vereinigte", "Arabische", "Emirate"],
        ["Vereinigten", "Arabischen", "Emiraten"], ["Saudi-Arabien"], ["Sri", "Lanka"], ["Costa", "Rica"],
        ["New", "York"], ["Los", "Angeles"], ["San", "Francisco"], ["Las", "Vegas"], ["New", "Delhi"], ["Neu", "Delhi"],
        ["Tel", "Aviv"], ["Abu", "Dhabi"], ["Addis", "Abeba"], ["Buenos", "Aires"], ["Rio", "de", "Janeiro"],
        ["Den", "Haag"], ["Kuala", "Lumpur"], ["Hongkong"], ["Sankt", "Petersburg"], ["St.", "Petersburg"],
        ["Südkorea"], ["Nordkorea"], ["Gazastreifen"], ["Washington", "D.C."], ["Santiago", "de", "Chile"],
    ]

    /// Well-known acronyms that name places rather than organisations.
    static let placeAcronyms: Set<String> = words("USA US UK GB BRD DDR UdSSR VAE NRW")

    /// All-caps tokens that are not organisation acronyms (Roman numerals, units, abbreviations).
    static let nonOrganisationAcronyms: Set<String> = words("""
        I II III IV V VI VII VIII IX X XI XII XIII XIV XV XX XXL OK TV PC CD DVD PS KW MW GW KM CM MM KG
        AG GMBH SE CEO CFO COO CTO PR IT AI KI DNA RNA HIV AIDS COVID SMS PDF USB GPS LED FAQ ID VIP EUR USD
        A B C D E F G H J K L M N O P Q R S T U W Y Z AM PM BC AD EU UN
        """).subtracting(["EU", "UN"])

    /// Word endings of organisation nouns ("Verteidigungsministerium", "Nachrichtenagentur").
    static let organisationSuffixes: [String] = [
        "ministerium", "ministeriums", "partei", "agentur", "verband", "verbandes", "verbands", "konzern", "konzerns",
        "gewerkschaft", "institut", "instituts", "universität", "behörde", "kommission", "gericht", "gerichts",
        "gerichtshof", "gerichtshofes", "stiftung", "akademie", "zentrale", "verein", "vereins", "bundesamt",
        "landesamt", "regierung",
    ]

    /// Legal-form words that end a company name ("Siemens AG").
    static let companyForms: Set<String> = words("AG GmbH SE KG OHG Inc Ltd LLC Corp Co plc SA NV")
}
