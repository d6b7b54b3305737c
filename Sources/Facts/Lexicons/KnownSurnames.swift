extension Lexicons {
    /// Surnames of widely known public figures (heads of state and government, historical figures, artists,
    /// athletes) that name a person even without a given name or cue. Chosen to be unambiguous in German text.
    static let knownSurnames: Set<String> = words("""
        Merkel Scholz Schröder Kohl Brandt Adenauer Schmidt Steinmeier Gauck Wulff Köhler Rau Weizsäcker Herzog
        Seehofer Söder Laschet Lindner Habeck Baerbock Gabriel Steinbrück Westerwelle Guttenberg Schäuble Lafontaine
        Gysi Wagenknecht Trittin Fischer Özdemir Kretschmann Wowereit Stoiber Strauß Genscher Honecker Ulbricht Merz
        Putin Medwedew Jelzin Gorbatschow Breschnew Chruschtschow Stalin Lenin Trotzki Lawrow Selenskyj Poroschenko
        Lukaschenko Obama Trump Biden Clinton Bush Reagan Nixon Kennedy Roosevelt Lincoln Carter Harris Pence Kerry
        Blinken Pompeo Rice Powell Cheney Rumsfeld McCain Sanders Pelosi Macron Hollande Sarkozy Chirac Mitterrand
        Blair Cameron Johnson Sunak Thatcher Churchill Berlusconi Renzi Draghi Meloni Prodi Erdoğan Erdogan
        Netanjahu Netanyahu Arafat Abbas Assad Gaddafi Ghaddafi Mubarak Saddam Chomeini Khamenei Rohani Ahmadinedschad
        Mandela Gandhi Modi Nehru Mao Deng Jinping Castro Chávez Maduro Bolsonaro Lula Pinochet Perón Franco
        Mussolini Hitler Göring Goebbels Himmler Napoleon Bismarck Luther Calvin Marx Engels Goethe Schiller Kafka
        Brecht Mann Hesse Grass Böll Einstein Freud Darwin Newton Galilei Kopernikus Kepler Beethoven Mozart Bach
        Wagner Brahms Schubert Haydn Verdi Picasso Dürer Rembrandt Cézanne Monet Shakespeare Tolstoi Dostojewski
        Hemingway Orwell Beckenbauer Klinsmann Löw Klopp Flick Nagelsmann Messi Ronaldo Maradona Pelé Federer Nadal
        Djokovic Graf Becker Schumacher Vettel Hamilton Bolt Ali Tyson Klitschko Gates Jobs Zuckerberg Musk Bezos
        Annan Guterres Juncker Barroso Lagarde Stoltenberg Orbán Kaczyński Tusk Havel Tito Ceaușescu Mladić Karadžić
        Milošević Khodorkowski Nawalny Chodorkowski Snowden Assange Madoff Spears Madonna Hendrix Presley Lennon
        McCartney Jagger Dylan Sinatra Jackson Habsburg Sisi Kaiser Papst Ratzinger Wojtyła Bergoglio Franziskus
        Benedikt Jesus
        """).subtracting(["Graf", "Kaiser", "Papst", "Franco", "Jackson", "Johnson", "Harris", "Rice", "Mann", "Bach", "Wagner", "Fischer", "Gabriel", "Herzog", "Brandt", "Schmidt", "Becker", "Ali", "Lincoln", "Abbas", "Franziskus", "Benedikt", "Jobs", "Powell", "Deng"])
}
