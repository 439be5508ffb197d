"""The words demo data is made of: names, places, streets and companies of Austria and Germany.

Kept here rather than drawn from Faker so that the same seed gives the same data with every
version of every library (the screenshots, benchmarks and tests rely on it). Names are common
ones of the region; first names are listed by the salutation they go with.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


FEMALE_FIRST_NAMES = _words(
    """
Agnes Alexandra Alina Amelie Andrea Angelika Anita Anja Anna Annemarie Anneliese Annika Antonia
Astrid Barbara Bärbel Beate Bettina Bianca Birgit Brigitte Carina Carmen Caroline Charlotte Christa
Christiane Christina Christine Claudia Clara Cornelia Daniela Denise Doris Edith Elena Elfriede
Elisa Elisabeth Elke Emilia Emma Erika Eva Evelyn Franziska Gabriele Gerda Gertrude Gisela Hanna
Hannah Heidi Heike Helene Helga Hildegard Ida Ilse Ines Ingrid Irene Iris Isabella Jacqueline Jana
Jasmin Johanna Josefine Julia Jutta Karin Katharina Katrin Kerstin Klara Lara Larissa Laura Lea Lena
Leonie Lisa Lucia Magdalena Manuela Margit Margarete Maria Marie Marion Marlene Martina Melanie
Melissa Michaela Mia Miriam Monika Nadine Natalie Nicole Nina Olivia Patricia Paula Petra Regina
Renate Rebecca Romana Rosa Rosemarie Sabine Sabrina Sandra Sarah Selina Silke Silvia Simone Sonja
Sophia Sophie Stefanie Susanne Tamara Tanja Teresa Theresa Theresia Ulrike Ursula Valentina Valerie
Vanessa Verena Veronika Viktoria Waltraud Yvonne Zoe Zoë Renée Chloé Hélène
"""
)

MALE_FIRST_NAMES = _words(
    """
Adrian Albert Alexander Alfred Alois Andreas Anton Armin Arnold Arthur August Benedikt Benjamin
Bernd Bernhard Björn Bruno Christian Christoph Clemens Daniel David Dennis Dieter Dominik Edgar
Elias Emil Erich Ernst Erwin Ewald Fabian Felix Ferdinand Florian Franz Friedrich Georg Gerald
Gerhard Gottfried Gregor Günter Günther Hannes Hans Harald Heinrich Heinz Helmut Herbert Hermann
Horst Hubert Jakob Jan Jens Joachim Johann Johannes Jonas Jörg Josef Julian Jürgen Kai Karl Klaus
Konrad Konstantin Kurt Lars Leo Leon Leonhard Leopold Lorenz Lukas Luca Manfred Manuel Marcel Mario
Markus Martin Matthias Maximilian Michael Moritz Nico Niklas Noah Norbert Oliver Oskar Otto Pascal
Patrick Paul Peter Philipp Rainer Ralf Raphael Reinhard René Richard Robert Roland Roman Rudolf
Sebastian Siegfried Simon Stefan Stephan Sven Theodor Thomas Tim Timo Tobias Ulrich Uwe Valentin
Viktor Vincent Volker Walter Werner Wilhelm Wolfgang André Zoltán
"""
)

# Common surnames of the region (spelling variants included: search folds them, B3 finds them) …
SURNAMES = _words(
    """
Achleitner Ackermann Adler Aichinger Aigner Albrecht Angerer Arnold Aschauer Auer Bachmann Bauer
Baumann Baumgartner Bayer Beck Becker Berger Bergmann Binder Bischof Böhm Brandl Brandstätter Braun
Brunner Buchner Busch Dietrich Ebner Eder Egger Eichinger Engel Ernst Falk Fink Fischer Frank Franke
Friedrich Fuchs Gangl Graf Grabner Groß Gross Gruber Günther Haas Hackl Hahn Haider Hartmann Hauser
Heinrich Herrmann Hirsch Hofer Hoffmann Hofmann Holzer Horn Horvath Huber Jäger Jung Kainz Kaiser
Karner Kaufmann Keller Kern Klein Koch Kofler Kogler Köhler König Koller Kovac Kral Kraus Krause
Krüger Kuhn Lang Lange Lechner Lehmann Lehner Leitner Lindner Lorenz Ludwig Maier Mayer Mayr Meier
Moser Möller Müller Mueller Neubauer Neumann Novak Oberhofer Ortner Peters Pfeiffer Pichler Pirker
Pohl Pölzl Posch Prinz Rainer Reiter Resch Richter Riedl Riegler Roth Sauer Schäfer Schmid Schmidt
Schmitt Schneider Schober Scholz Schröder Schubert Schulz Schuster Schwarz Seidl Sommer Stadler
Stein Steiner Strasser Strauß Thaler Trummer Vogel Vogt Wagner Walter Weber Weiß Weiss Wallner
Wieser Wimmer Winkler Winter Wolf Zach Ziegler Zimmermann Amann Bacher Bader Bartl Berner Bichler
Bittner Blum Brandner Brenner Burger Danner Deutsch Dorner Ecker Eckl Eichhorn Eisner Fasching
Fellner Fiala Fleischmann Forster Frühwirth Gasser Geiger Gerstl Glaser Gössler Gottschall Graber
Gratzer Greiner Haberl Hafner Hager Haller Hammer Hartl Hasler Hechenberger Heindl Hintermayer Hölzl
Holzinger Hörmann Hummer Jandl Jankovic Kahr Kammerer Kastner Kirchner Knapp Kober Kohl Kolar Konrad
Krainer Kratzer Kreuzer Krenn Kröll Kurz Lackner Lampl Langer Lenz Lercher Lindinger Loidl Lugger
Macher Mader Mairhofer Marek Matzer Mauerhofer Maurer Mayerhofer Meixner Messner Mock Mühlbauer Nagl
Nowak Oberleitner Ofner Pammer Payer Pfeifer Plank Pock Pongratz Prasch Prem Puchner Rauch Reisinger
Renner Rieder Rieger Rohrer Rosenberger Rott Sailer Sattler Schachner Scheiber Schiller Schlager
Schmölzer Schreiner Schrempf Schütz Seebacher Singer Sommerer Spitzer Sprenger Stangl Staudinger
Steindl Stocker Strobl Stummer Sturm Tauber Thurner Url Wachter Wagenhofer Weinberger Weinzettl
Wenger Wiesinger Wurm Zangerl Zauner Zechner Zehetner
"""
)

# … and the many compound names ("Obermoser", "Steinbichler") built from their common parts.
SURNAME_STEMS = _words(
    """
Ober Unter Hinter Vorder Mitter Stein Berg Wald Moos Holz Lind Eich Birk Buch Fels Brunn Bach Au
Feld Wies Rain Stadl Hof Mühl Kirch Schön Grün Rot Neu Alt Hoch Kreuz Sonn Hasel Tann Rosen Gais
Pram Kogl Eben Grub Reit Anger Leit Schwaig Zell Ried Breit Lehen Roß Weg
"""
)
SURNAME_ENDINGS = _words(
    """
maier mayr huber bauer berger hofer leitner egger bichler lechner reiter moser auer inger mann
thaler gruber steiner wieser rieder brunner hauser wimmer ecker acher
"""
)

PLACES_AT = [
    ("1010", "Wien"), ("1030", "Wien"), ("1100", "Wien"), ("1120", "Wien"), ("1210", "Wien"), ("1230", "Wien"),
    ("2340", "Mödling"), ("2500", "Baden"), ("2700", "Wiener Neustadt"), ("3100", "St. Pölten"),
    ("3500", "Krems an der Donau"), ("3300", "Amstetten"), ("2000", "Stockerau"), ("2100", "Korneuburg"),
    ("4020", "Linz"), ("4600", "Wels"), ("4400", "Steyr"), ("4810", "Gmunden"), ("4840", "Vöcklabruck"),
    ("4910", "Ried im Innkreis"), ("4240", "Freistadt"), ("5020", "Salzburg"), ("5400", "Hallein"),
    ("5500", "Bischofshofen"), ("5700", "Zell am See"), ("6020", "Innsbruck"), ("6060", "Hall in Tirol"),
    ("6330", "Kufstein"), ("6370", "Kitzbühel"), ("6130", "Schwaz"), ("6800", "Feldkirch"),
    ("6850", "Dornbirn"), ("6900", "Bregenz"), ("6700", "Bludenz"), ("8010", "Graz"), ("8020", "Graz"),
    ("8053", "Graz"), ("8700", "Leoben"), ("8600", "Bruck an der Mur"), ("8280", "Fürstenfeld"),
    ("8330", "Feldbach"), ("8530", "Deutschlandsberg"), ("8750", "Judenburg"), ("9020", "Klagenfurt"),
    ("9500", "Villach"), ("9400", "Wolfsberg"), ("9300", "St. Veit an der Glan"), ("9800", "Spittal an der Drau"),
    ("7000", "Eisenstadt"), ("7400", "Oberwart"), ("7100", "Neusiedl am See"), ("7210", "Mattersburg"),
]  # fmt: skip
PLACES_DE = [
    ("10115", "Berlin"), ("10969", "Berlin"), ("20095", "Hamburg"), ("80331", "München"), ("80939", "München"),
    ("50667", "Köln"), ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("40213", "Düsseldorf"),
    ("04109", "Leipzig"), ("01067", "Dresden"), ("90402", "Nürnberg"), ("30159", "Hannover"),
    ("28195", "Bremen"), ("93047", "Regensburg"), ("86150", "Augsburg"), ("94032", "Passau"),
    ("83022", "Rosenheim"), ("83395", "Freilassing"), ("87435", "Kempten (Allgäu)"), ("89073", "Ulm"),
    ("79098", "Freiburg im Breisgau"), ("68159", "Mannheim"), ("97070", "Würzburg"),
]  # fmt: skip

STREET_NAMES = _words(  # "_" stands for a space
    """
Hauptstraße Bahnhofstraße Kirchengasse Schulgasse Mühlweg Industriestraße Gewerbepark Wiener_Straße
Linzer_Straße Grazer_Straße Salzburger_Straße Lindenallee Feldgasse Gartenweg Am_Anger Dorfplatz
Marktplatz Rathausplatz Ringstraße Bergstraße Waldweg Wiesengasse Schillerstraße Goethestraße
Mozartgasse Haydngasse Beethovenstraße Kaiser-Franz-Josef-Straße Erzherzog-Johann-Straße Innstraße
Donaulände Murgasse Traungasse Ennsstraße Südtiroler_Platz Europaplatz Technologiestraße Handelskai
Brunnenfeldstraße Steinfeldgasse Lastenstraße Siemensstraße Dr.-Karl-Renner-Straße
Josef-Ressel-Straße Hermann-Gmeiner-Weg Wagramer_Straße Triester_Straße Landstraße Neubaugasse
"""
)

COMPANY_WORDS = _words(
    """
Bau Technik Logistik Metallbau Elektro Holzbau Maschinenbau Druck Transporte Haustechnik Anlagenbau
Kunststofftechnik Installationen Verpackung Software Systemtechnik Fenster Stahlbau Lebensmittel
Pharma Möbel Automation Umwelttechnik Medizintechnik Werkzeugbau Handel Energie Spedition
"""
)
LEGAL_FORMS = ["GmbH", "GmbH", "GmbH", "AG", "GmbH & Co KG", "KG", "OG", "e.U."]

# Positions by the salutation they go with: (Herr, Frau); neutral ones are the same in both.
POSITIONS = [
    ("Geschäftsführer", "Geschäftsführerin"),
    ("Personalleiter", "Personalleiterin"),
    ("HR Business Partner", "HR Business Partner"),
    ("Recruiter", "Recruiterin"),
    ("Leitung Buchhaltung", "Leitung Buchhaltung"),
    ("Teamleitung Einkauf", "Teamleitung Einkauf"),
    ("Werksleiter", "Werksleiterin"),
    ("Assistenz der Geschäftsführung", "Assistenz der Geschäftsführung"),
    ("Standortleiter", "Standortleiterin"),
    ("Lohnverrechnung", "Lohnverrechnung"),
    ("Talent Acquisition Manager", "Talent Acquisition Managerin"),
    ("Produktionsleiter", "Produktionsleiterin"),
    ("Vertriebsleiter", "Vertriebsleiterin"),
    ("Office Manager", "Office Managerin"),
    ("Bereichsleiter IT", "Bereichsleiterin IT"),
    ("Lagerleiter", "Lagerleiterin"),
    ("Prokurist", "Prokuristin"),
    ("Personalreferent", "Personalreferentin"),
    ("Leitung Personalentwicklung", "Leitung Personalentwicklung"),
]


def compound_surnames() -> list[str]:
    """Names like the common ones ("Obermoser", "Steinbichler"), so that a big customer's
    thousands of people are not all namesakes."""
    compounds = [
        stem + ending
        for stem in SURNAME_STEMS
        for ending in SURNAME_ENDINGS
        if ending[:2] != stem[:2].lower()  # not "Auauer", "Steinsteiner"
    ]
    common = set(SURNAMES)
    return [name for name in dict.fromkeys(compounds) if name not in common]


def street_names() -> list[str]:
    return [name.replace("_", " ") for name in STREET_NAMES]
