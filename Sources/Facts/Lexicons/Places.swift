// Places: single-word country names from iso-codes (ISO 3166-1, English and German via iso_3166-1.mo), plus regions, states and major cities.
// Generated once; edit by hand freely (one word per blank-separated item).

extension Lexicons {
    /// Countries, regions and cities (German and English names, nominative).
    static let places: Set<String> = Lexicons.words("""
        Aachen Aden Afghanistan Afrika Alaska Albania Albanien Aleppo Algeria Algerien Algier Amerika
        Amerikanisch-Samoa Amman Amsterdam Andalusien Andorra Angola Anguilla Ankara Antarctica Antarktis Argentina Argentinien
        Arktis Armenia Armenien Aruba Aserbaidschan Asien Astana Athen Atlanta Augsburg Australia Australien
        Austria Azerbaijan Bachmut Baden-Württemberg Bagdad Bahamas Bahrain Baku Bali Balkan Bangkok Bangladesch
        Bangladesh Barbados Barcelona Basel Bayern Beijing Beirut Belarus Belfast Belgien Belgium Belgorod
        Belgrad Belize Benin Berlin Bermuda Bern Bhutan Bielefeld Birma Birmingham Bochum Bogotá
        Bolivia Bolivien Bologna Bonn Borneo Boston Botsuana Botswana Bouvet-Insel Brandenburg Brasilien Brasília
        Bratislava Braunschweig Brazil Bremen Bretagne Brjansk Brüssel Budapest Bukarest Bulgaria Bulgarien Burgenland
        Burma Burundi Cambodia Cameroon Canada Caracas Cayman-Inseln Chabarowsk Charkiw Chemnitz Cherson Chicago
        Chile China Chisinau Colombia Comoros Congo Cookinseln Croatia Cuba Curaçao Cyprus Czechia
        Damaskus Delhi Denmark Detroit Deutschland Djibouti Doha Donbass Donezk Dortmund Dresden Dschibuti
        Dubai Dublin Duisburg Dänemark Düsseldorf Ecuador Edinburgh Egypt Elsass England Erfurt Eritrea
        Eriwan Estland Estonia Eswatini Ethiopia Europa Fidschi Fiji Finland Finnland Flandern Florenz
        Florida France Frankfurt Frankreich Französisch-Guyana Französisch-Polynesien Freiburg Färöer-Inseln Gabon Gabun Gambia Gaza
        Gaza-Stadt Gazastreifen Genf Genua Georgien Germany Ghana Gibraltar Glasgow Graz Greece Greenland
        Grenada Griechenland Grosny Großbritannien Grönland Guadeloupe Guam Guatemala Guernsey Guinea Guinea-Bissau Guyana
        Göttingen Haifa Haiti Hamburg Hannover Hanoi Havanna Hawaii Heidelberg Helsinki Hessen Holland
        Homs Honduras Hongkong Houston Hungary Iceland Idlib India Indien Indonesia Indonesien Innsbruck
        Irak Iran Iraq Ireland Irland Islamabad Israel Istanbul Italien Italy Jakarta Jalta
        Jamaica Jamaika Japan Jekaterinburg Jemen Jerusalem Johannesburg Jordanien Kabul Kairo Kalifornien Kaliforniens
        Kaliningrad Kalkutta Kambodscha Kamerun Kanada Kandahar Kapstadt Karlsruhe Kasachstan Kassel Katalonien Katar
        Kaukasus Kazakhstan Kenia Kenya Khartum Kiel Kiew Kirgisistan Kiribati Klagenfurt Koblenz Kolumbien
        Komoren Kongo Kopenhagen Korsika Kosovo Krakau Krasnodar Kreta Krim Kroatien Kuba Kurdistan
        Kursk Kuwait Kyjiw Kyrgyzstan Kärnten Köln Lagos Laos Lateinamerika Latvia Lebanon Leipzig
        Lesotho Lettland Libanon Liberia Libya Libyen Liechtenstein Linz Lissabon Litauen Lithuania Liverpool
        Ljubljana Lombardei London Luhansk Luxembourg Luxemburg Lwiw Lyon Lübeck Macao Madagascar Madagaskar
        Madrid Magdeburg Mailand Mainz Malawi Malaysia Maldives Malediven Mali Malta Manchester Manila
        Mannheim Mariupol Marokko Marseille Marshallinseln Martinique Maryland Maskat Mauretanien Mauritania Mauritius Mayotte
        Mecklenburg-Vorpommern Mekka Mexico Mexiko Mexiko-Stadt Miami Minsk Mittelamerika Mogadischu Moldau Moldova Monaco
        Mongolei Mongolia Montenegro Montevideo Montreal Montserrat Morocco Mosambik Moskau Mossul Mozambique Mumbai
        Myanmar München Münster Nahost Nairobi Namibia Nauru Neapel Nepal Netherlands Neu-Delhi Neukaledonien
        Neuseeland Nicaragua Niederlande Niedersachsen Niederösterreich Niger Nigeria Niue Nizza Nordamerika Nordirland Nordkorea
        Nordmazedonien Nordrhein-Westfalen Norfolkinsel Normandie Norway Norwegen Nowosibirsk Nürnberg Oberösterreich Odessa Ohio Oman
        Osaka Oslo Ottawa Ozeanien Pakistan Palau Palästina Panama Papua-Neuguinea Paraguay Paris Peking
        Peru Petersburg Philadelphia Philippinen Philippines Pitcairn Pjöngjang Poland Polen Portugal Potsdam Prag
        Pretoria Qatar Rabat Ramallah Regensburg Reykjavik Rheinland-Pfalz Riad Riga Rom Romania Rostock
        Rostow Ruanda Rumänien Russland Rwanda Réunion Saarbrücken Saarland Sachsen Sachsen-Anhalt Saint-Barthélemy Salomoninseln
        Salzburg Sambia Samoa Sanaa Sankt-Petersburg Saporischschja Sarajevo Sardinien Saudi-Arabien Schleswig-Holstein Schottland Schweden
        Schweiz Schwerin Seattle Senegal Seoul Serbia Serbien Sewastopol Seychellen Seychelles Shanghai Sibirien
        Simbabwe Singapore Singapur Sizilien Skandinavien Skopje Slovakia Slovenia Slowakei Slowenien Somalia Sotschi
        Spain Spanien Steiermark Stockholm Straßburg Stuttgart Sudan Sumatra Suriname Sweden Switzerland Syria
        Syrien Südafrika Südamerika Südkorea Südsudan Tadschikistan Taipeh Taiwan Tajikistan Tallinn Tansania Tanzania
        Taschkent Teheran Texas Thailand Thüringen Tibet Tiflis Timor-Leste Tirana Tirol Togo Tokelau
        Tokio Tokyo Tonga Toronto Toskana Trier Tripolis Tschad Tschechien Tschetschenien Tunesien Tunis
        Tunisia Turin Turkmenistan Tuvalu Türkei Türkiye UK US USA Uganda Ukraine Ulan-Bator
        Ulm Ungarn Uruguay Usbekistan Uzbekistan Vancouver Vanuatu Vatikan Venedig Venezuela Vietnam Vilnius
        Virginia Vorarlberg Wales Wallonie Warschau Washington Weihnachtsinseln Weißrussland Westjordanland Westsahara Wien Wiesbaden
        Wladiwostok Wolgograd Wuppertal Würzburg Yemen Zagreb Zambia Zimbabwe Zypern Zürich Ägypten Äquatorialguinea
        Äthiopien Åland-Inseln Österreich
        """)
}
