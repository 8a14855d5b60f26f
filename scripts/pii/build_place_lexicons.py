#!/usr/bin/env python3
"""Rebuilds the place lexicons of the LOCATION and STREET_ADDRESS detectors.

Reads the address sections of the datafaker 2.7.0 locale YAML files (Apache-2.0) straight from the
jar, adds a short supplement of well-known cities compiled for Gatehouse (datafaker has real city
lists for only some locales), and writes, sorted and de-duplicated:

  places.txt            place names that read as places wherever they stand (capitalised)
  places-ambiguous.txt  place names that are also common words or given names ("Reading", "Nice",
                        "Florence"): the detector wants a cue ("in", "from", a postcode) before them

Usage: python3 scripts/pii/build_place_lexicons.py [path/to/datafaker-2.7.0.jar]
(default: the jar in the local Maven repository; fetch it with
 mvn -B dependency:get -Dartifact=net.datafaker:datafaker:2.7.0 -Dtransitive=false)
Needs PyYAML. Output goes to functions/src/main/resources/io/gatehouse/pii/.
"""
import io
import os
import re
import sys
import zipfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "functions", "src", "main", "resources", "io", "gatehouse", "pii")
JAR = os.path.join(os.path.expanduser("~"), ".m2", "repository", "net", "datafaker", "datafaker", "2.7.0",
                   "datafaker-2.7.0.jar")

# Latin-script locales only: the detectors match capitalised Latin-script words.
LOCALES = ["en", "en-GB", "en-US", "en-AU", "en-CA", "en-IE", "en-NZ", "en-ZA", "en-IN", "en-NG", "en-MS",
           "de", "de-AT", "de-CH", "fr", "fr-CH", "fr-CA", "es", "es-MX", "es-AR", "it", "nl", "nl-BE", "pl",
           "cs", "cs-CZ", "sk", "pt", "pt-BR", "sv", "sv-SE", "nb-NO", "da-DK", "fi-FI", "hr", "hu", "et",
           "ca-CAT", "ro-MD", "tr"]
KEYS = ["city_name", "city", "cities", "state", "province", "county", "region", "country", "default_country"]
# Town lists are taken only from the locales whose languages Gatehouse serves; elsewhere (pt-BR's 5,000
# municipalities, Nigerian and Malaysian towns) too many are short ordinary words. Regions and countries
# are taken from every locale.
TOWN_KEYS = {"city_name", "city", "cities"}
TOWN_LOCALES = {"en-GB", "en-IE", "en-AU", "en-CA", "en-NZ", "de", "de-AT", "de-CH", "fr", "fr-CH", "fr-CA",
                "es", "it", "nl", "nl-BE", "pl", "cs", "cs-CZ", "sk", "pt", "sv", "sv-SE", "nb-NO", "da-DK",
                "fi-FI", "hr", "ca-CAT"}

# Well-known cities and countries of the languages Gatehouse serves, compiled for Gatehouse: local names and
# the English, German, French, Spanish, Italian, Polish, Czech and Dutch names of common countries and capitals.
SUPPLEMENT = """
London Birmingham Manchester Liverpool Leeds Sheffield Bristol Newcastle Nottingham Leicester Coventry Bradford
Cardiff Swansea Edinburgh Glasgow Aberdeen Dundee Belfast Derry Southampton Portsmouth Brighton Plymouth Norwich
Oxford Cambridge York Exeter Cheltenham Gloucester Sunderland Middlesbrough Wolverhampton Stoke-on-Trent Luton
Milton Keynes Northampton Ipswich Colchester Canterbury Inverness Stirling Perth Hull Blackpool Bolton Preston
Reading Bath Wells Ely Deal Sale Slough Swindon Watford Guildford Winchester Salisbury Chester Lancaster Carlisle
New York|Los Angeles|Chicago|Houston|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Jacksonville|Columbus
Indianapolis|San Francisco|Seattle|Denver|Boston|Nashville|Baltimore|Oklahoma City|Louisville|Portland|Las Vegas
Mobile|Springfield|Milwaukee|Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Atlanta|Miami|Raleigh|Omaha|Minneapolis|Cleveland
Tulsa|Oakland|Tampa|New Orleans|Honolulu|Anchorage|Pittsburgh|Cincinnati|St. Louis|Saint Louis|Detroit|Memphis
Salt Lake City|Buffalo|Rochester|Albany|Hartford|Providence|Newark|Richmond|Charlotte|Orlando|Birmingham
Cambridge|Ann Arbor|Madison|Boise|Spokane|Des Moines|Little Rock|Baton Rouge|Brooklyn|Manhattan|Queens|the Bronx
Toronto|Montreal|Montréal|Vancouver|Calgary|Edmonton|Ottawa|Winnipeg|Quebec City|Québec|Halifax|Victoria
Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Darwin|Auckland|Wellington|Christchurch
Dublin|Cork|Limerick|Galway
Berlin|Hamburg|München|Munich|Köln|Cologne|Frankfurt|Frankfurt am Main|Stuttgart|Düsseldorf|Dortmund|Essen
Leipzig|Bremen|Dresden|Hannover|Nürnberg|Nuremberg|Duisburg|Bochum|Wuppertal|Bielefeld|Bonn|Münster|Karlsruhe
Mannheim|Augsburg|Wiesbaden|Mönchengladbach|Gelsenkirchen|Aachen|Braunschweig|Kiel|Chemnitz|Halle|Magdeburg
Freiburg|Freiburg im Breisgau|Krefeld|Mainz|Lübeck|Erfurt|Oberhausen|Rostock|Kassel|Hagen|Potsdam|Saarbrücken
Heidelberg|Darmstadt|Regensburg|Würzburg|Ulm|Göttingen|Wolfsburg|Ingolstadt|Jena|Trier|Bamberg|Konstanz
Wien|Vienna|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Zürich|Zurich|Genf|Genève|Geneva|Basel|Bern|Lausanne
Luzern|Lugano|Winterthur
Paris|Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Reims|Toulon|Grenoble
Dijon|Angers|Nîmes|Saint-Étienne|Le Havre|Clermont-Ferrand|Aix-en-Provence|Brest|Limoges|Tours|Amiens|Metz
Perpignan|Besançon|Orléans|Rouen|Mulhouse|Caen|Nancy|Avignon|Poitiers|La Rochelle|Bruxelles|Brussels|Liège
Namur|Charleroi|Luxembourg
Madrid|Barcelona|Valencia|Sevilla|Seville|Zaragoza|Málaga|Murcia|Palma|Palma de Mallorca|Las Palmas
Las Palmas de Gran Canaria|Bilbao|Alicante|Córdoba|Valladolid|Vigo|Gijón|Granada|A Coruña|Vitoria|Elche|Oviedo
Santa Cruz de Tenerife|Pamplona|Almería|San Sebastián|Donostia|Santander|Salamanca|Toledo|Cádiz|Tarragona
Girona|Lleida|Burgos|León|Cáceres|Badajoz|Logroño|Huelva|Jaén|Marbella|Ibiza
Roma|Rome|Milano|Milan|Napoli|Naples|Torino|Turin|Palermo|Genova|Genoa|Bologna|Firenze|Florence|Bari|Catania
Venezia|Venice|Verona|Messina|Padova|Padua|Trieste|Brescia|Parma|Taranto|Prato|Modena|Reggio Calabria
Reggio Emilia|Perugia|Livorno|Ravenna|Cagliari|Foggia|Rimini|Salerno|Ferrara|Sassari|Latina|Monza|Siracusa
Pescara|Bergamo|Vicenza|Trento|Bolzano|Novara|Piacenza|Ancona|Udine|Arezzo|Lecce|Pisa|Siena|Como|Lucca
Amsterdam|Rotterdam|Den Haag|'s-Gravenhage|The Hague|Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen
Apeldoorn|Haarlem|Arnhem|Enschede|Amersfoort|Zaanstad|Haarlemmermeer|'s-Hertogenbosch|Den Bosch|Zwolle|Leiden
Maastricht|Dordrecht|Zoetermeer|Delft|Deventer|Alkmaar|Leeuwarden|Venlo|Hilversum|Antwerpen|Antwerp|Gent|Ghent
Brugge|Bruges|Leuven|Mechelen|Hasselt
Warszawa|Warsaw|Kraków|Krakow|Łódź|Lodz|Wrocław|Poznań|Gdańsk|Szczecin|Bydgoszcz|Lublin|Białystok|Katowice
Gdynia|Częstochowa|Radom|Toruń|Sosnowiec|Rzeszów|Kielce|Gliwice|Olsztyn|Zabrze|Bielsko-Biała|Bytom|Opole
Praha|Prague|Brno|Ostrava|Plzeň|Liberec|Olomouc|České Budějovice|Hradec Králové|Ústí nad Labem|Pardubice
Zlín|Bratislava|Košice
Lisboa|Lisbon|Porto|Oporto|Braga|Coimbra|Funchal|Faro|Aveiro|São Paulo|Rio de Janeiro|Brasília|Salvador
Stockholm|Göteborg|Gothenburg|Malmö|Uppsala|Västerås|Örebro|Linköping|Helsingborg|Oslo|Bergen|Trondheim
København|Copenhagen|Aarhus|Odense|Helsinki|Tampere|Turku|Reykjavík
Budapest|Bucureşti|București|Bucharest|Sofia|Athens|Athína|Thessaloniki|Belgrade|Beograd|Zagreb|Ljubljana
Istanbul|İstanbul|Ankara|Izmir|Moscow|Kyiv|Kiev|Lviv|Vilnius|Riga|Tallinn|Minsk
Mexico City|Ciudad de México|Guadalajara|Monterrey|Buenos Aires|Bogotá|Lima|Santiago|Caracas|Quito|Havana
Tokyo|Osaka|Kyoto|Beijing|Shanghai|Hong Kong|Singapore|Seoul|Mumbai|Delhi|New Delhi|Bangalore|Karachi|Lahore
Dubai|Abu Dhabi|Doha|Riyadh|Tel Aviv|Jerusalem|Cairo|Lagos|Nairobi|Johannesburg|Cape Town|Casablanca|Tunis
Ohio|Iowa|Utah|England|Scotland|Wales|Northern Ireland|Ireland|Great Britain|United Kingdom|United States|Czech Republic|Czechia
Germany|France|Spain|Italy|Poland|Switzerland|Austria|Belgium|Netherlands|Holland|Portugal|Sweden|Norway|Denmark
Deutschland|Frankreich|Spanien|Italien|Polen|Schweiz|Österreich|Belgien|Niederlande|Tschechien|Großbritannien
Vereinigtes Königreich|Vereinigte Staaten|Schottland|Irland|Schweden|Norwegen|Dänemark|Ungarn|Griechenland
Allemagne|Espagne|Pologne|Italie|Pays-Bas|Royaume-Uni|États-Unis|Etats-Unis|Suisse|Autriche|Belgique|Tchéquie
République tchèque|Angleterre|Écosse|Irlande|Grande-Bretagne|Suède|Norvège|Danemark|Hongrie|Grèce|Roumanie
Alemania|España|Francia|Polonia|Suiza|Bélgica|Países Bajos|Reino Unido|Estados Unidos|Chequia|República Checa
Inglaterra|Escocia|Irlanda|Suecia|Noruega|Dinamarca|Hungría|Grecia|Rumanía|Italia|Holanda
Germania|Spagna|Svizzera|Belgio|Paesi Bassi|Regno Unito|Stati Uniti|Repubblica Ceca|Inghilterra|Scozia|Svezia
Norvegia|Danimarca|Ungheria|Grecia|Romania|Portogallo
Niemcy|Hiszpania|Francja|Włochy|Polska|Szwajcaria|Belgia|Holandia|Czechy|Wielka Brytania|Stany Zjednoczone
Anglia|Szkocja|Irlandia|Szwecja|Norwegia|Dania|Węgry|Grecja|Rumunia|Portugalia|Austria|Słowacja
Německo|Španělsko|Francie|Itálie|Polsko|Švýcarsko|Rakousko|Belgie|Nizozemsko|Česko|Česká republika|Anglie
Velká Británie|Spojené státy|Skotsko|Irsko|Švédsko|Norsko|Dánsko|Maďarsko|Řecko|Rumunsko|Slovensko|Portugalsko
Duitsland|Spanje|Frankrijk|Italië|Zwitserland|Oostenrijk|België|Nederland|Tsjechië|Verenigd Koninkrijk
Verenigde Staten|Engeland|Schotland|Ierland|Zweden|Noorwegen|Denemarken|Hongarije|Griekenland|Roemenië
Londres|Londra|Londyn|Londýn|Viena|Vienne|Vienna|Wiedeń|Vídeň|Praga|Prag|Prague|Varsovie|Warschau|Varsavia|Varšava
Cracovie|Krakau|Cracovia|Mailand|Milán|Mediolan|Múnich|Monaco di Baviera|Monachium|Mnichov|Colonia|Kolonia
Kolín nad Rýnem|Bruselas|Bruxelles|Brussel|Bruksela|Brusel|Bruxelas|Ginebra|Ginevra|Genewa|Ženeva|Lisbonne
Lissabon|Lizbona|Lisabon|Lisbona|Moscou|Moskau|Moscú|Mosca|Moskwa|Moskva|Madryt|Parijs|Paryż|Paříž|Parigi|París
Berlino|Berlín|Rzym|Řím|Atene|Atenas|Athènes|Athen|Ateny|Copenhague|Kopenhagen|Kodaň|Kopenhaga|Copenaghen
Estocolmo|Stoccolma|Sztokholm|Budapeszt|Bukareszt|Bucarest|La Haye|La Haya|Florenz|Florencja|Venedig|Venise
Venecia|Wenecja|Benátky|Neapel|Nápoles|Neapol|Turyn|Turín|Norymberga|Norimberga|Anvers|Amberes|Anversa|Antwerpia
Zurigo|Zúrich|Zurych|Basilea|Bâle|Bazylea|Dresde|Drezno|Hambourg|Hamburgo|Amburgo|Francfort|Fráncfort
Francoforte|Edimbourg|Edimburgo|Edynburg|Nueva York|Nowy Jork|Nuova York|Los Ángeles|Pékin|Pekín|Pechino|Peking
Tokio|Le Caire|El Cairo|Kairo|Jérusalem|Jerusalén|Gerusalemme|Jerozolima|Dublino|Dublín|Edinburg|Breslau|Danzig
Pressburg|Brünn|Pilsen|Budweis|Marsylia|Marseille|Marsella|Marsiglia|Lione|Lyon|Tuluza|Toulouse|Bordeaux
"""

# Place names that are ordinary words in the languages served (or abbreviations, units, months, weekdays):
# they are places only with a cue. Compiled for Gatehouse.
COMMON_WORDS = set("""
reading bath mobile nice split most zug uri centre center central borders alice bethlehem orange phoenix
victoria georgia florence chester jersey guernsey man wells ely hull deal sale street bury bolton luton
march may june august ware wick wool worth sandwich rye ayr poole derby jackson lincoln washington austin
eugene charlotte marion independence liberty concord hope unity union providence mesa temple surprise
normal enterprise commerce buffalo tampa mercy lima santiago salvador victoria como bari asti ancona
grand lodge essen halle hagen hamm gera marl bergen stade celle aurich wolfsburg herne moers
mons tours metz nancy sens niort vienne grasse laval lens agen dole pau foix
leon león granada córdoba valencia toledo murcia
born soest weert ede oss best epe putten goes hoorn venlo
most cheb kolín tábor most zlín
turek koło piła ruda wola
nice sale luton man
us usa uk eu dc la ny sf
city cross river salt port song delta van vas vis sad hulk ora lom reda warta tapa bor hel lech luby
nowe cook clare salem batman kent jura tonga mali chile java bonaire cambridge oxford
island isle islands republic kingdom state states territory county
guinea chad niger jordan turkey china japan cuba malta panama peru oman iran iraq
madison sofia virginia
""".split())

KEEP_CASE_SENSITIVE_SKIP = re.compile(r"#\{|[0-9]|[^\w\s'.\-’]")


def load_locales(jar):
    with zipfile.ZipFile(jar) as z:
        names = set(z.namelist())
        for loc in LOCALES:
            for candidate in (loc + ".yml", loc + "/address.yml"):
                if candidate in names:
                    data = yaml.safe_load(io.TextIOWrapper(z.open(candidate), encoding="utf-8"))
                    section = (data or {}).get(loc, {}).get("faker", {}).get("address")
                    if isinstance(section, dict):
                        yield loc, section


def clean(name):
    name = name.strip().strip('"').strip()
    name = re.sub(r"\s+", " ", name)
    return name


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else JAR
    first_names = set()
    with open(os.path.join(OUT, "first-names.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip().lower()
            if line and not line.startswith("#"):
                first_names.add(line)
    places = {}
    for loc, section in load_locales(jar):
        for key in KEYS:
            if key in TOWN_KEYS and loc not in TOWN_LOCALES:
                continue
            values = section.get(key)
            if isinstance(values, str):
                values = [values]
            if not isinstance(values, list):
                continue
            for value in values:
                if isinstance(value, str):
                    places.setdefault(clean(value), "town" if key in TOWN_KEYS else "region")
    for line in SUPPLEMENT.strip().splitlines():
        for value in re.split(r"\|" if "|" in line else r" ", line):
            if value.strip():
                places[clean(value)] = "supplement"
    plain, ambiguous = set(), set()
    for name in places:
        if len(name) < 3 or KEEP_CASE_SENSITIVE_SKIP.search(name) or not name[0].isupper() and not name.startswith("'"):
            if not (name.startswith("the ") or name.startswith("'")):
                continue
        lower = name.lower()
        single = " " not in name
        short = single and len(name) <= 4 and places[name] != "supplement"
        # the given-name test is for datafaker's town lists only: curated cities, regions and countries
        # that are also names ("Florida", "France", "Dallas") are listed in COMMON_WORDS when they need a cue
        if lower in COMMON_WORDS or short or (single and lower in first_names and places[name] == "town"):
            ambiguous.add(name)
        else:
            plain.add(name)
    header = ("# {what}, one per line, matched case-insensitively but only on capitalised words.\n"
              "# Source: datafaker 2.7.0 locale address data (Apache-2.0: city, city_name, state, province,\n"
              "# county, region, country), plus a supplement of well-known cities compiled for Gatehouse.\n"
              "# Generated by scripts/pii/build_place_lexicons.py; do not edit by hand.\n")
    write("places.txt", header.format(what="Place names (cities, regions, counties, countries)"), plain)
    write("places-ambiguous.txt",
          header.format(what="Place names that are also common words or given names (need a cue)"), ambiguous)
    print(len(plain), "places,", len(ambiguous), "ambiguous")


def write(name, header, entries):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(header)
        for entry in sorted(entries, key=lambda s: (s.lower(), s)):
            f.write(entry + "\n")


if __name__ == "__main__":
    main()
