// Given names. Sources: first tokens of multi-token PER spans in GermEval 2014 NER dev (CC BY 4.0), plus common German and international given names.
// Generated once; edit by hand freely (one word per blank-separated item).

extension Lexicons {
    /// Given names (German and international): GermEval 2014 dev multi-token PER first tokens plus common names.
    static let firstNames: Set<String> = Lexicons.words("""
        Sepp Aaron Abdul Abdullah Achim Adam Adolf Adrian Agnes Ahmad Ahmed Aiko Alain
        Alan Albert Alberto Albrecht Alejandro Aleksandr Alessandro Alex Alexander Alexandra Alexandre Alexei
        Alexej Alfons Alfred Alfréd Ali Alice Alina Alois Amalie Amelie Amir Ana
        Anastasia Anatoli Anders Andrea Andreas Andrej Andrew Andrzej André Andrés Andy Angela
        Angelika Angelo Anita Anja Anke Ann Anna Annalena Anne Annegret Annette Antje
        Anton Antonio Ariel Armin Arne Arno Arnold Arthur Artur Astrid Axel Ayman
        Barack Barbara Baschar Bashar Beate Ben Benedikt Benjamin Bernardo Bernd Bernhard
        Bernie Bert Bertha Bettina Bill Birgit Birthe Björn Bob Bodo Boris Brian
        Brigitte Brita Britt Bruce Bruno Burkhard Carina Carl Carl-Ludwig Carla Carlo Carlos
        Carmen Carola Caroline Carsten Catherine Cem Charles Charlotte Chris Christa Christian Christiane
        Christina Christine Christoph Christopher Clarence Claudia Claus Clemens Cliff Colin Constantin Cornelia
        Corrado Cristiano Cristina Cyril Dagmar Dalia Dan Daniel Daniela Danny Dave David
        Dean Deniz Dennis Detlef Diana Dick Didier Dieter Dietmar Dietrich Dimitri Dmitri
        Dmitrij Dmitry Dominik Don Donald Donna Doris Dorothea Dorothee Ebrahim Eckart Eckhard
        Edgar Edith Edmund Eduard Edward Edwin Egon Ehud Elena Elias Elif Elisabeth
        Elke Ella Ellen Elon Emil Emily Emine Emma Emmanuel Enrico Enrique
        Eric Erich Erik Erika Erkki-Sven Erling Ernest Ernesto Erwin Esther Eugen Eva
        Evelyn Ezechiel Fabian Felix Ferdinand Fernando Fjodor Florian Francesco Francis Franck Franco
        Frank Franz Franziska François Frauke Fred Fredricka Frida Friedrich Friedrich-Wilhelm Fritz Fumio
        Gabriel Gabriele Galo Gareth Gennadi Gennadij Georg George Gerald Gerd Gerhard Gerhart
        Gernot Gerrit Gerry Gert Gertrud Giacomo Gianni Gilbert Gilles Giorgia Giorgio Giovanni
        Gisela Giuseppe Gordon Greg Gregor Gregory Gudrun Guido Gustav Günter Günther Hagar
        Haile Hakan Hamid Hanna Hannah Hannelore Hans Hans-Dietrich Hans-Georg Hans-Jürgen Hans-Peter Harald
        Harry Hassan Hayao Heath Hedi Heidi Heike Heiko Heinrich Heinz Helene Helga
        Helmut Helmuth Hendrik Henning Henri Henrik Henry Herbert Heribert Hermann Horst Hubert
        Hubertus Hugo Hussein Ida Igor Ilja Ilkay Ilse Imad Imran Ingo Ingrid
        Irene Irina Iris Isabel Isabella Isabelle Ivan Ivar Iwan Jack Jacob Jacques
        Jair Jake Jakob James Jan Jana Janet Jaroslaw Jason Javier Jean Jean-Claude
        Jean-François-Marie Jean-Luc Jean-Marie Jean-Pierre Jeff Jennifer Jenny Jens Jerzy Jessica Jesus Jewgeni
        Jewgenij Jim Jimmy Joachim Joan Joaquim Jochen Jodie Joe Joel Johann Johanna
        Johannes John Johnny Jonas Jonathan Jordi Jorge Joschka Josef Joseph Josh
        Joshua José Juan Judith Julia Julian Juliane Julio Julius Juri Justin Jutta
        Jérôme Jörg Jürgen Kai Kamala Karin Karina Karl Karl-Heinz Karl-Theodor Karsten Kasimir
        Katarina Katharina Kathrin Katja Katrin Kazuo Kemal Ken Kerstin Kevin Kim Kimi
        Kirill Klara Klaus Konrad Konstantin Kristina Kurt Kylian Kyrill Lara Lars Laura
        Lea Lena Leni Leo Leon Leonid Leonie Leroy Liam Lindsey Lionel Lisa
        Liz Ljudmila Lorenz Lothar Louis Louise Luca Lucas Ludovica Ludwig Luis Luise
        Luiz Luka Lukas Luke Magdalena Magnus Maja Malu Mandy Manfred Manolo Manuel
        Manuela Marc Marcel Marco Marcus Margaret Margarete Margot Maria Mariam Marianne Marie
        Marija Marina Mario Marion Marius Mark Markus Marlene Marta Martha Martin Martina
        Mary Mathias Mats Matteo Matthew Matthias Max Maximilian Mehmet Melanie Meron Mesut
        Michael Michaela Michail Michel Michelle Michèle Miguel Mike Mikhail Miriam Mitch Mohamed
        Mohammad Mohammed Mongkhon Monika Moon Moritz Muhammad Murat Mustafa Nadine Nadja Naftali
        Nancy Narendra Natalia Natalie Natalja Nathalie Neil Nelson Neymar Nick Nico Nicola
        Nicolas Nicole Niels Nik Nikita Niklas Nikolai Nikolaj Nikolas Nikolaus Nils Nina
        Nora Norbert Olaf Ole Oleg Olga Oliver Olivia Olivier Omar Ortwin Oskar
        Otto Owen Pablo Pamela Paolo Pascal Patricia Patrick Paul Paula Pedro Pep
        Pepe Per Percy Peter Petra Petro Philip Philipp Pierre Pietro Pjotr Pomponius
        Rabiye Rafael Ragnar Rainer Ralf Ralph Ramona Ramsan Ramzan Raphael Ray Raúl
        Recep Regina Reinhard Reinhold Renate Renzo René Ricardo Richard Rick Rishi Rita
        Robert Roberto Robin Roger Roland Rolf Roman Ronald Rosa Rosemarie Ross Rudolf
        Ruth Ryan Rüdiger Sabine Sahra Sajed Salman Sam Samuel Sandra Sara Sarah
        Saskia Sean Sebastian Segej Sergei Sergej Sergey Sergio Serhij Shelly Shinzo Sigismund
        Sigmar Sigurd Silke Silvia Simon Simone Sofia Sonja Sophie Stanley Stefan Stefanie
        Steffen Steffi Stephan Stephanie Steve Steven Susanne Sven Svenja Swetlana Sylvia Tamara
        Tanja Tatjana Tayler Teemu Theo Theodor Thilo Thomas Thorsten Til Till Tilman
        Tim Timo Tina Tino Tjark Tobias Tom Toni Tony Torsten Tyra Udo
        Ulf Ulla Ulli Ulrich Ulrike Urgyen Ursula Usain Uta Ute Uwe Valentin
        Valentina Valerie Vera Verena Veronika Viktor Viktoria Vincent Vitantonio Vittorio Viviane Vladimir
        Volkbert Volker Waldemar Walentina Walter Walther Waltraud Wassili Wayne Werner Wiktor Wilfried
        Wilhelm Willi William Willy Wilton Winfried Witali Wladimir Wolfgang Wolodimir Wolodymyr Xavier
        Xi Yannick Yasser Yuri Yusuf Yves Zbigniew Zoe Zoran Åke
        """)
}
