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

# The larger towns and cities of the countries Gatehouse serves (about the 100-150 largest of France,
# Spain, Italy, Portugal, Poland, Czechia, Slovakia, the Netherlands, Belgium, Austria, Switzerland, the
# Nordic countries, Ireland, Greece, Hungary, Romania and Turkey, the largest US cities and states, and
# British towns), local spellings with diacritics, compiled for Gatehouse from general knowledge. WORLD: the
# capitals and largest cities of the other countries (English names), COUNTRIES: countries and regions the other
# sources lack; both compiled for Gatehouse from general knowledge, no gazetteer copied. One
# country a line, "CC:" first. A single word that is also a given name, a family name, a common word or
# has four plain letters or fewer, goes to the ambiguous list, since the detector then wants a cue before it.
TOWNS = """
FR: Paris|Marseille|Lyon|Toulouse|Nice|Nantes|Montpellier|Strasbourg|Bordeaux|Lille|Rennes|Reims|Toulon|Saint-Étienne|Le Havre|Grenoble|Dijon|Angers|Villeurbanne|Saint-Denis|Nîmes|Clermont-Ferrand|Aix-en-Provence|Le Mans|Brest|Tours|Amiens|Limoges|Annecy|Boulogne-Billancourt|Perpignan|Metz|Besançon|Orléans|Saint-Denis|Rouen|Argenteuil|Montreuil|Mulhouse|Caen|Nancy|Saint-Paul|Roubaix|Tourcoing|Nanterre|Vitry-sur-Seine|Créteil|Avignon|Poitiers|Aubervilliers|Dunkerque|Aulnay-sous-Bois|Colombes|Asnières-sur-Seine|Versailles|Courbevoie|Rueil-Malmaison|Béziers|Champigny-sur-Marne|Pau|La Rochelle|Saint-Maur-des-Fossés|Cannes|Calais|Antibes|Drancy|Mérignac|Ajaccio|Saint-Nazaire|Colmar|Issy-les-Moulineaux|Noisy-le-Grand|Vénissieux|Cergy|Levallois-Perret|Valence|Bourges|Pessac|Cayenne|Ivry-sur-Seine|Quimper|La Seyne-sur-Mer|Antony|Villeneuve-d'Ascq|Clichy|Troyes|Montauban|Neuilly-sur-Seine|Pantin|Niort|Chambéry|Sarcelles|Le Blanc-Mesnil|Lorient|Beauvais|Maisons-Alfort|Meaux|Narbonne|Chelles|Villejuif|Hyères|Fréjus|Vannes|Épinay-sur-Seine|Saint-Quentin|Arles|Clamart|Évry|Bondy|Sartrouville|Sevran|Cholet|Saint-Malo|Laval|Belfort|Bayonne|Évreux|Chartres|Angoulême|Brive-la-Gaillarde|Valenciennes|Charleville-Mézières|Tarbes|Carcassonne|Blois|Châteauroux|Albi|Saint-Brieuc|Châlons-en-Champagne|Chalon-sur-Saône|Mâcon|Auxerre|Nevers|Périgueux|Agen|Bastia|Biarritz|Lens|Douai|Arras|Compiègne|Soissons|Saint-Germain-en-Laye|Fontainebleau|Thionville|Épinal|Vichy|Montluçon|Roanne|Gap|Dax|Mont-de-Marsan|Cahors|Rodez|Millau|Sète|Lunel|Alès|Menton|Grasse|Draguignan|Aurillac|Le Puy-en-Velay|Vienne|Annemasse|Thonon-les-Bains|Saint-Lô|Cherbourg|Alençon|Lisieux|Dieppe|Boulogne-sur-Mer|Bourg-en-Bresse|Montélimar|Orange|Salon-de-Provence|Martigues|Aubagne|La Ciotat|Istres|Vitrolles
ES: Madrid|Barcelona|Valencia|Sevilla|Zaragoza|Málaga|Murcia|Palma|Las Palmas de Gran Canaria|Bilbao|Alicante|Córdoba|Valladolid|Vigo|Gijón|L'Hospitalet de Llobregat|Vitoria-Gasteiz|A Coruña|Elche|Granada|Terrassa|Badalona|Oviedo|Cartagena|Sabadell|Jerez de la Frontera|Móstoles|Santa Cruz de Tenerife|Pamplona|Almería|Alcalá de Henares|Fuenlabrada|Leganés|San Sebastián|Getafe|Burgos|Albacete|Santander|Castellón de la Plana|Alcorcón|San Cristóbal de La Laguna|Logroño|Badajoz|Salamanca|Huelva|Marbella|Lleida|Tarragona|Dos Hermanas|Torrejón de Ardoz|Parla|Mataró|León|Algeciras|Santa Coloma de Gramenet|Alcobendas|Cádiz|Jaén|Ourense|Reus|Telde|Barakaldo|Lugo|Girona|Santiago de Compostela|Cáceres|Lorca|Coslada|Talavera de la Reina|El Puerto de Santa María|Cornellà de Llobregat|Las Rozas de Madrid|Orihuela|Avilés|Palencia|Guadalajara|Roquetas de Mar|Pozuelo de Alarcón|Toledo|Torrevieja|Ponferrada|Rivas-Vaciamadrid|Zamora|Chiclana de la Frontera|Fuengirola|Mijas|Sant Cugat del Vallès|Majadahonda|Benidorm|Estepona|Torremolinos|Ciudad Real|Ávila|Segovia|Cuenca|Huesca|Teruel|Soria|Pontevedra|Ferrol|Mérida|Ibiza|Eivissa|Manresa|Granollers|Vilanova i la Geltrú|Gandia|Alcoy|Benalmádena|Vélez-Málaga|Motril|Linares|Úbeda|Ceuta|Melilla|Arrecife|Donostia|Irun|Getxo|Vitoria|Sagunto|Elda|Torrent|Paterna|Castelldefels|Viladecans|Figueres|Sitges|Ronda|Antequera|Écija|Utrera|Sanlúcar de Barrameda|Aranjuez|Alcalá de Guadaíra|Gavà|Rubí|Molins de Rei
IT: Roma|Milano|Napoli|Torino|Palermo|Genova|Bologna|Firenze|Bari|Catania|Venezia|Verona|Messina|Padova|Trieste|Taranto|Brescia|Parma|Prato|Modena|Reggio Calabria|Reggio Emilia|Perugia|Ravenna|Livorno|Cagliari|Foggia|Rimini|Salerno|Ferrara|Sassari|Latina|Giugliano in Campania|Monza|Siracusa|Pescara|Bergamo|Forlì|Trento|Vicenza|Terni|Bolzano|Novara|Piacenza|Ancona|Andria|Arezzo|Udine|Cesena|Lecce|Pesaro|Barletta|Alessandria|La Spezia|Pistoia|Pisa|Catanzaro|Guidonia Montecelio|Lucca|Brindisi|Torre del Greco|Treviso|Busto Arsizio|Como|Marsala|Grosseto|Sesto San Giovanni|Pozzuoli|Varese|Fiumicino|Casoria|Asti|Cinisello Balsamo|Caserta|Gela|Aprilia|Ragusa|Pavia|Cremona|Carpi|Quartu Sant'Elena|Lamezia Terme|Altamura|L'Aquila|Imola|Massa|Trapani|Viterbo|Cosenza|Potenza|Castellammare di Stabia|Afragola|Vittoria|Crotone|Pomezia|Vigevano|Carrara|Caltanissetta|Viareggio|Fano|Savona|Matera|Olbia|Legnano|Acireale|Agrigento|Benevento|Avellino|Cuneo|Bitonto|Molfetta|Faenza|Cerignola|Moncalieri|Manfredonia|Siena|Marano di Napoli|Foligno|Mantova|Trani|Teramo|Bisceglie|Modica|Rovigo|Sanremo|Aversa|Pordenone|Belluno|Sondrio|Biella|Vercelli|Aosta|Lodi|Lecco|Gorizia|Imperia|Rieti|Frosinone|Isernia|Campobasso|Chieti|Enna|Nuoro|Oristano|Urbino|Macerata|Ascoli Piceno|Fermo|Sorrento|Amalfi|Assisi|Capri|Taormina|Cortina d'Ampezzo|Merano|Bressanone|Rovereto|Chioggia|Bassano del Grappa|Civitavecchia|Tivoli|Anzio|Ercolano|Portici|Monopoli
PT: Lisboa|Porto|Vila Nova de Gaia|Amadora|Braga|Funchal|Coimbra|Setúbal|Almada|Agualva-Cacém|Queluz|Rio Tinto|Barreiro|Aveiro|Viseu|Guimarães|Odivelas|Leiria|Matosinhos|Faro|Évora|Sintra|Cascais|Oeiras|Loures|Gondomar|Maia|Póvoa de Varzim|Vila do Conde|Viana do Castelo|Barcelos|Vila Real|Bragança|Guarda|Castelo Branco|Santarém|Portalegre|Beja|Portimão|Lagos|Albufeira|Loulé|Tavira|Olhão|Ponta Delgada|Angra do Heroísmo|Figueira da Foz|Torres Vedras|Caldas da Rainha|Tomar|Covilhã|Chaves|Ovar|Espinho|Valongo|Seixal|Montijo|Palmela|Sesimbra|Estoril|Amora|Alverca do Ribatejo|Vila Franca de Xira|Entroncamento|Abrantes|Fátima|Nazaré|Peniche|Óbidos|Mafra|Ericeira|Penafiel|Paredes|Felgueiras|Fafe|Famalicão|Vila Nova de Famalicão|Santo Tirso|Trofa|Esposende|Ílhavo|Águeda|Oliveira de Azeméis|São João da Madeira|Santa Maria da Feira|Lamego|Mirandela|Elvas|Sines
PL: Warszawa|Kraków|Wrocław|Łódź|Poznań|Gdańsk|Szczecin|Bydgoszcz|Lublin|Białystok|Katowice|Gdynia|Częstochowa|Radom|Rzeszów|Toruń|Sosnowiec|Kielce|Gliwice|Olsztyn|Zabrze|Bielsko-Biała|Bytom|Zielona Góra|Rybnik|Ruda Śląska|Opole|Tychy|Gorzów Wielkopolski|Elbląg|Płock|Dąbrowa Górnicza|Wałbrzych|Włocławek|Tarnów|Chorzów|Koszalin|Kalisz|Legnica|Grudziądz|Jaworzno|Słupsk|Jastrzębie-Zdrój|Nowy Sącz|Jelenia Góra|Siedlce|Mysłowice|Konin|Piotrków Trybunalski|Inowrocław|Lubin|Ostrów Wielkopolski|Suwałki|Stargard|Gniezno|Głogów|Siemianowice Śląskie|Pruszków|Zamość|Chełm|Tomaszów Mazowiecki|Leszno|Przemyśl|Stalowa Wola|Kędzierzyn-Koźle|Łomża|Żory|Mielec|Tarnowskie Góry|Ełk|Pabianice|Świdnica|Będzin|Zgierz|Racibórz|Legionowo|Ostrowiec Świętokrzyski|Świętochłowice|Rumia|Piaseczno|Zawiercie|Wejherowo|Starachowice|Skierniczki|Skierniewice|Puławy|Tczew|Otwock|Radomsko|Kołobrzeg|Sopot|Zakopane|Malbork|Bolesławiec|Krosno|Sanok|Jarosław|Biała Podlaska|Ciechanów|Ostrołęka|Oświęcim|Nysa|Świnoujście|Żyrardów|Wadowice|Brzeg|Kutno|Sieradz|Augustów|Giżycko|Mińsk Mazowiecki|Wołomin|Marki|Gorlice|Bochnia|Kłodzko|Świecie|Chojnice|Szczecinek|Iława|Mława|Płońsk|Końskie|Sandomierz|Cieszyn|Żywiec|Olkusz|Wieliczka|Chrzanów|Dębica|Łowicz|Kwidzyn|Zgorzelec|Żagań|Żary|Nowa Sól|Kętrzyn|Bartoszyce|Hajnówka|Zambrów|Łuków|Kraśnik|Biłgoraj|Tarnobrzeg
CZ: Praha|Brno|Ostrava|Plzeň|Liberec|Olomouc|České Budějovice|Hradec Králové|Ústí nad Labem|Pardubice|Zlín|Havířov|Kladno|Most|Opava|Frýdek-Místek|Karviná|Jihlava|Teplice|Děčín|Karlovy Vary|Chomutov|Jablonec nad Nisou|Mladá Boleslav|Prostějov|Přerov|Česká Lípa|Třebíč|Třinec|Tábor|Znojmo|Kolín|Příbram|Cheb|Trutnov|Písek|Orlová|Kroměříž|Vsetín|Šumperk|Uherské Hradiště|Břeclav|Hodonín|Český Těšín|Litoměřice|Havlíčkův Brod|Nový Jičín|Chrudim|Krnov|Litvínov|Strakonice|Valašské Meziříčí|Sokolov|Klatovy|Kopřivnice|Jindřichův Hradec|Žďár nad Sázavou|Bohumín|Vyškov|Blansko|Náchod|Jirkov|Žatec|Kralupy nad Vltavou|Louny|Mělník|Kutná Hora|Beroun|Rakovník|Benešov|Pelhřimov|Domažlice|Tachov|Rokycany|Jičín|Rychnov nad Kněžnou|Svitavy|Ústí nad Orlicí|Bruntál|Jeseník|Uherský Brod|Rožnov pod Radhoštěm|Otrokovice|Boskovice|Český Krumlov|Mariánské Lázně|Poděbrady|Nymburk|Říčany|Brandýs nad Labem-Stará Boleslav|Slaný|Neratovice|Varnsdorf|Turnov|Semily
SK: Bratislava|Košice|Prešov|Žilina|Banská Bystrica|Nitra|Trnava|Trenčín|Martin|Poprad|Prievidza|Zvolen|Považská Bystrica|Michalovce|Nové Zámky|Spišská Nová Ves|Komárno|Levice|Humenné|Bardejov|Liptovský Mikuláš|Ružomberok|Piešťany|Topoľčany|Lučenec|Trebišov|Čadca|Dubnica nad Váhom|Rimavská Sobota|Pezinok|Dunajská Streda|Partizánske|Šaľa|Senica|Vranov nad Topľou|Hlohovec|Brezno|Skalica|Malacky|Galanta
NL: Amsterdam|Rotterdam|Den Haag|Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen|Apeldoorn|Haarlem|Arnhem|Enschede|Amersfoort|Zaanstad|Haarlemmermeer|'s-Hertogenbosch|Zwolle|Zoetermeer|Leiden|Leeuwarden|Maastricht|Dordrecht|Ede|Alphen aan den Rijn|Westland|Alkmaar|Emmen|Delft|Venlo|Deventer|Sittard-Geleen|Helmond|Oss|Amstelveen|Hilversum|Súdwest-Fryslân|Heerlen|Hengelo|Purmerend|Schiedam|Lelystad|Roosendaal|Leidschendam-Voorburg|Gouda|Hoorn|Vlaardingen|Almelo|Spijkenisse|Assen|Capelle aan den IJssel|Veenendaal|Katwijk|Zeist|Nieuwegein|Roermond|Den Helder|Doetinchem|Hoogeveen|Terneuzen|Kampen|Woerden|Houten|Weert|Middelburg|Vlissingen|Harderwijk|Barneveld|Heerhugowaard|Soest|Zutphen|Tiel|Wageningen|Bergen op Zoom|Hardenberg|Oosterhout|Waalwijk|Rijswijk|Nunspeet|Kerkrade|Venray|Uden|Veghel|Heerenveen|Drachten|Sneek|Winterswijk|Culemborg|IJmuiden|Zandvoort|Naarden|Bussum|Huizen|Baarn|Maarssen|Schagen|Enkhuizen|Edam|Volendam|Zaandam|Diemen|Hoofddorp|Badhoevedorp|Lisse|Noordwijk|Wassenaar|Voorschoten|Oegstgeest|Leiderdorp|Gorinchem|Ridderkerk|Barendrecht|Hellevoetsluis|Maassluis|Gouda
BE: Brussel|Bruxelles|Antwerpen|Gent|Charleroi|Liège|Luik|Brugge|Namur|Namen|Leuven|Louvain|Mons|Bergen|Mechelen|Malines|Aalst|La Louvière|Kortrijk|Courtrai|Hasselt|Oostende|Ostende|Sint-Niklaas|Tournai|Doornik|Genk|Seraing|Roeselare|Verviers|Mouscron|Moeskroen|Beveren|Dendermonde|Beringen|Turnhout|Vilvoorde|Lokeren|Sint-Truiden|Herstal|Geel|Ninove|Halle|Waregem|Braine-l'Alleud|Lier|Châtelet|Ieper|Ypres|Wavre|Waver|Arlon|Aarlen|Bastogne|Dinant|Spa|Eupen|Knokke-Heist|Tienen|Diest|Tongeren|Ottignies-Louvain-la-Neuve|Louvain-la-Neuve|Nivelles|Nijvel|Binche|Huy|Hoei|Maasmechelen|Lommel|Mol|Zaventem|Schaerbeek|Schaarbeek|Anderlecht|Ixelles|Elsene|Uccle|Ukkel|Molenbeek|Etterbeek|Woluwe-Saint-Lambert|Sint-Lambrechts-Woluwe|Forest|Vorst|Jette|Evere
AT: Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Klagenfurt am Wörthersee|Villach|Wels|Sankt Pölten|St. Pölten|Dornbirn|Wiener Neustadt|Steyr|Feldkirch|Bregenz|Leonding|Klosterneuburg|Baden|Wolfsberg|Leoben|Krems|Krems an der Donau|Traun|Amstetten|Lustenau|Kapfenberg|Mödling|Hallein|Kufstein|Traiskirchen|Schwechat|Braunau am Inn|Stockerau|Saalfelden|Ansfelden|Tulln|Hohenems|Spittal an der Drau|Telfs|Ternitz|Perchtoldsdorf|Feldkirchen|Bludenz|Bad Ischl|Eisenstadt|Schwaz|Hall in Tirol|Gmunden|Wörgl|Wals-Siezenheim|Marchtrenk|Bruck an der Mur|Sankt Veit an der Glan|Korneuburg|Neunkirchen|Hard|Vöcklabruck|Lienz|Rankweil|Hollabrunn|Enns|Brunn am Gebirge|Ried im Innkreis|Waidhofen an der Ybbs|Knittelfeld|Zell am See|Kitzbühel|Bad Gastein|Mistelbach|Gänserndorf|Zwettl|Melk|Judenburg|Deutschlandsberg|Weiz|Gleisdorf|Leibnitz|Fürstenfeld|Hartberg|Oberwart|Neusiedl am See|Mattersburg
CH: Zürich|Genève|Basel|Lausanne|Bern|Winterthur|Luzern|St. Gallen|Sankt Gallen|Lugano|Biel|Biel/Bienne|Bienne|Thun|Köniz|La Chaux-de-Fonds|Fribourg|Freiburg im Üechtland|Schaffhausen|Chur|Vernier|Neuchâtel|Uster|Sion|Sitten|Lancy|Emmen|Yverdon-les-Bains|Zug|Kriens|Rapperswil-Jona|Dübendorf|Dietikon|Montreux|Frauenfeld|Wetzikon|Baar|Riehen|Wädenswil|Meyrin|Carouge|Wettingen|Allschwil|Renens|Jona|Kreuzlingen|Aarau|Wil|Horgen|Nyon|Bulle|Reinach|Vevey|Kloten|Gossau|Baden|Schlieren|Onex|Olten|Solothurn|Burgdorf|Locarno|Bellinzona|Mendrisio|Chiasso|Martigny|Monthey|Sierre|Davos|St. Moritz|Sankt Moritz|Zermatt|Interlaken|Grindelwald|Arosa|Herisau|Appenzell|Glarus|Altdorf|Schwyz|Sarnen|Stans|Liestal|Delémont|Porrentruy|Langenthal|Einsiedeln|Küsnacht|Thalwil|Adliswil|Regensdorf|Bülach|Opfikon|Volketswil|Pully|Morges|Gland|Ecublens|Prilly
SE: Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Helsingborg|Jönköping|Norrköping|Lund|Umeå|Gävle|Borås|Södertälje|Eskilstuna|Halmstad|Växjö|Karlstad|Sundsvall|Östersund|Trollhättan|Luleå|Lidingö|Borlänge|Tumba|Kristianstad|Kalmar|Falun|Skövde|Karlskrona|Skellefteå|Uddevalla|Varberg|Åkersberga|Örnsköldsvik|Landskrona|Nyköping|Motala|Trelleborg|Ängelholm|Karlskoga|Märsta|Lerum|Alingsås|Sandviken|Visby|Kiruna|Piteå|Falkenberg|Enköping|Kungsbacka|Mölndal|Partille|Täby|Solna|Sundbyberg|Huddinge|Nacka|Sollentuna|Järfälla|Botkyrka|Haninge|Tyresö|Norrtälje|Katrineholm|Västervik|Ystad|Simrishamn|Hässleholm|Eslöv|Höganäs|Vänersborg|Lidköping|Mariestad|Arvika|Kramfors|Härnösand|Boden|Gällivare
DK: København|Aarhus|Odense|Aalborg|Esbjerg|Randers|Kolding|Horsens|Vejle|Roskilde|Herning|Hørsholm|Helsingør|Silkeborg|Næstved|Fredericia|Viborg|Køge|Holstebro|Taastrup|Slagelse|Hillerød|Sønderborg|Svendborg|Hjørring|Holbæk|Frederikshavn|Nørresundby|Ringsted|Haderslev|Skive|Ølstykke-Stenløse|Nykøbing Falster|Greve Strand|Kalundborg|Ballerup|Rødovre|Lyngby|Kongens Lyngby|Albertslund|Hvidovre|Glostrup|Birkerød|Farum|Frederiksberg|Gentofte|Gladsaxe|Herlev|Brøndby|Ishøj|Vallensbæk|Tårnby|Dragør|Kastrup|Skagen|Thisted|Ribe|Tønder|Aabenraa|Nyborg|Middelfart|Grenaa|Ebeltoft|Rønne|Nakskov|Maribo|Vordingborg|Faxe|Korsør|Skanderborg|Hedensted|Ikast|Brande|Lemvig|Struer|Varde|Grindsted|Billund
NO: Oslo|Bergen|Trondheim|Stavanger|Drammen|Fredrikstad|Kristiansand|Sandnes|Tromsø|Sarpsborg|Skien|Ålesund|Sandefjord|Haugesund|Tønsberg|Moss|Porsgrunn|Bodø|Arendal|Hamar|Ytrebygda|Larvik|Halden|Lillehammer|Harstad|Molde|Kongsberg|Gjøvik|Horten|Mo i Rana|Askøy|Kristiansund|Jessheim|Ski|Narvik|Alta|Steinkjer|Grimstad|Elverum|Hønefoss|Ås|Kongsvinger|Lillestrøm|Bærum|Asker|Lørenskog|Sandvika|Mandal|Egersund|Levanger|Namsos|Hammerfest|Kirkenes|Vadsø|Florø|Førde|Stord|Leirvik|Voss|Lyngdal|Flekkefjord|Notodden|Raufoss|Brumunddal|Stjørdal|Orkanger|Os|Ørsta|Volda|Sogndal|Svolvær|Sortland|Finnsnes
FI: Helsinki|Espoo|Tampere|Vantaa|Oulu|Turku|Jyväskylä|Lahti|Kuopio|Pori|Kouvola|Joensuu|Lappeenranta|Hämeenlinna|Vaasa|Seinäjoki|Rovaniemi|Mikkeli|Kotka|Salo|Porvoo|Kokkola|Hyvinkää|Lohja|Järvenpää|Rauma|Kajaani|Kerava|Savonlinna|Nokia|Kangasala|Ylöjärvi|Riihimäki|Raahe|Imatra|Tornio|Kemi|Iisalmi|Varkaus|Valkeakoski|Hamina|Heinola|Jakobstad|Pietarsaari|Kirkkonummi|Nurmijärvi|Tuusula|Sipoo|Raisio|Kaarina|Naantali|Uusikaupunki|Forssa|Loimaa|Pieksämäki|Kurikka|Lapua|Kauhava|Ylivieska|Kuusamo|Sodankylä|Inari|Kittilä|Mariehamn|Maarianhamina|Hanko|Tammisaari|Ekenäs|Kemijärvi|Lieksa|Nurmes|Kitee
IE: Dublin|Cork|Limerick|Galway|Waterford|Drogheda|Dundalk|Swords|Bray|Navan|Kilkenny|Ennis|Carlow|Tralee|Newbridge|Portlaoise|Balbriggan|Naas|Athlone|Mullingar|Celbridge|Wexford|Letterkenny|Sligo|Greystones|Clonmel|Malahide|Carrigaline|Leixlip|Tullamore|Killarney|Arklow|Maynooth|Cobh|Ashbourne|Midleton|Mallow|Castlebar|Enniscorthy|Laytown|Tramore|Wicklow|Cavan|Ballina|Tuam|Dungarvan|Longford|Nenagh|Thurles|Monaghan|Roscommon|Ballinasloe|Youghal|Kildare|Skerries|Rush|Portmarnock|Dún Laoghaire|Dun Laoghaire|Howth|Tallaght|Blanchardstown|Lucan|Clondalkin|Rathfarnham|Dundrum|Shannon|Carrick-on-Shannon|Westport|Donegal|Bantry|Kinsale|Clonakilty|Birr|Tipperary|Cashel|Kenmare|Dingle|Listowel|Buncrana|Ballyshannon
GR: Athens|Athína|Thessaloniki|Thessaloníki|Patras|Pátra|Heraklion|Iráklio|Larissa|Lárisa|Volos|Vólos|Ioannina|Ioánnina|Chania|Chaniá|Trikala|Tríkala|Chalcis|Chalkída|Serres|Sérres|Alexandroupoli|Alexandroúpoli|Xanthi|Xánthi|Katerini|Kateríni|Kalamata|Kalamáta|Kavala|Kavála|Rhodes|Ródos|Lamia|Lamía|Komotini|Komotiní|Piraeus|Peiraiás|Rethymno|Réthymno|Corfu|Kérkyra|Drama|Kozani|Kozáni|Veria|Véroia|Agrinio|Agrínio|Kalamaria|Glyfada|Peristeri|Kallithea|Nikaia|Marousi|Ilion|Zografou|Nafplio|Náfplio|Corinth|Kórinthos|Sparta|Spárti|Tripoli|Trípoli|Mytilene|Mytilíni|Chios|Chíos|Mykonos|Santorini|Thira|Kos|Zakynthos|Argostoli|Preveza|Arta|Kastoria|Florina|Edessa|Giannitsa|Naousa|Pyrgos|Aigio|Livadeia|Thebes|Thíva|Eleusis|Elefsína|Megara|Salamis
HU: Budapest|Debrecen|Szeged|Miskolc|Pécs|Győr|Nyíregyháza|Kecskemét|Székesfehérvár|Szombathely|Szolnok|Tatabánya|Kaposvár|Érd|Veszprém|Békéscsaba|Zalaegerszeg|Sopron|Eger|Nagykanizsa|Dunaújváros|Hódmezővásárhely|Dunakeszi|Cegléd|Baja|Salgótarján|Szigetszentmiklós|Vác|Gödöllő|Ózd|Szekszárd|Mosonmagyaróvár|Pápa|Gyöngyös|Hajdúböszörmény|Esztergom|Kiskunfélegyháza|Jászberény|Orosháza|Kazincbarcika|Szentes|Kiskunhalas|Budaörs|Gyula|Hajdúszoboszló|Ajka|Keszthely|Siófok|Tata|Komárom|Szentendre|Paks|Mohács|Balatonfüred|Hatvan|Makó|Karcag|Tapolca|Várpalota|Kalocsa|Mátészalka|Sárospatak|Tokaj|Visegrád|Hévíz|Dombóvár
RO: București|Bucureşti|Bucharest|Cluj-Napoca|Timișoara|Timişoara|Iași|Iaşi|Constanța|Constanţa|Craiova|Brașov|Braşov|Galați|Galaţi|Ploiești|Ploieşti|Oradea|Brăila|Arad|Pitești|Piteşti|Sibiu|Bacău|Târgu Mureș|Târgu Mureş|Baia Mare|Buzău|Botoșani|Satu Mare|Râmnicu Vâlcea|Drobeta-Turnu Severin|Suceava|Piatra Neamț|Târgu Jiu|Târgoviște|Focșani|Bistrița|Reșița|Tulcea|Slatina|Călărași|Alba Iulia|Giurgiu|Deva|Hunedoara|Zalău|Sfântu Gheorghe|Bârlad|Vaslui|Roman|Turda|Mediaș|Slobozia|Alexandria|Voluntari|Lugoj|Medgidia|Onești|Miercurea Ciuc|Sighetu Marmației|Petroșani|Mangalia|Sighișoara|Făgăraș|Câmpina|Caracal|Odorheiu Secuiesc|Sinaia|Chișinău|Chişinău|Bălți
TR: İstanbul|Istanbul|Ankara|İzmir|Izmir|Bursa|Antalya|Konya|Adana|Şanlıurfa|Gaziantep|Kocaeli|İzmit|Izmit|Mersin|Diyarbakır|Hatay|Antakya|Manisa|Kayseri|Samsun|Balıkesir|Kahramanmaraş|Van|Aydın|Tekirdağ|Sakarya|Adapazarı|Denizli|Muğla|Eskişehir|Trabzon|Ordu|Afyonkarahisar|Malatya|Erzurum|Sivas|Tokat|Batman|Elazığ|Zonguldak|Çorum|Kütahya|Osmaniye|Çanakkale|Isparta|Edirne|Aksaray|Kastamonu|Bodrum|Marmaris|Fethiye|Alanya|Kuşadası|Çeşme|Side|Kemer|Didim|Rize|Giresun|Yalova|Bolu|Düzce|Karabük|Sinop|Amasya|Niğde|Nevşehir|Kırşehir|Kırıkkale|Yozgat|Uşak|Bilecik|Burdur|Karaman|Mardin|Siirt|Şırnak|Hakkari|Bitlis|Muş|Ağrı|Kars|Iğdır|Ardahan|Artvin|Gümüşhane|Bayburt|Erzincan|Tunceli|Bingöl|Adıyaman|Kilis
US: New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|Jacksonville|Fort Worth|Columbus|Charlotte|Indianapolis|San Francisco|Seattle|Denver|Oklahoma City|Nashville|Washington, D.C.|El Paso|Las Vegas|Boston|Detroit|Portland|Louisville|Memphis|Baltimore|Milwaukee|Albuquerque|Tucson|Fresno|Sacramento|Mesa|Kansas City|Atlanta|Omaha|Colorado Springs|Raleigh|Long Beach|Virginia Beach|Miami|Oakland|Minneapolis|Tulsa|Bakersfield|Wichita|Arlington|Aurora|Tampa|New Orleans|Cleveland|Honolulu|Anaheim|Lexington|Stockton|Corpus Christi|Henderson|Riverside|Newark|Saint Paul|St. Paul|Santa Ana|Cincinnati|Irvine|Orlando|Pittsburgh|St. Louis|Greensboro|Jersey City|Anchorage|Lincoln|Plano|Durham|Buffalo|Chandler|Chula Vista|Toledo|Madison|Gilbert|Reno|Fort Wayne|North Las Vegas|St. Petersburg|Lubbock|Irving|Laredo|Winston-Salem|Chesapeake|Glendale|Garland|Scottsdale|Norfolk|Boise|Fremont|Spokane|Santa Clarita|Baton Rouge|Richmond|Hialeah|San Bernardino|Tacoma|Modesto|Huntsville|Des Moines|Yonkers|Rochester|Moreno Valley|Fayetteville|Fontana|Columbus|Worcester|Port St. Lucie|Little Rock|Augusta|Oxnard|Birmingham|Montgomery|Frisco|Amarillo|Salt Lake City|Grand Rapids|Huntington Beach|Overland Park|Grand Prairie|Tallahassee|Cape Coral|Mobile|Knoxville|Shreveport|Worcester|Ontario|Vancouver|Sioux Falls|Chattanooga|Brownsville|Fort Lauderdale|Providence|Newport News|Rancho Cucamonga|Santa Rosa|Peoria|Oceanside|Elk Grove|Salem|Pembroke Pines|Eugene|Garden Grove|Cary|Fort Collins|Corona|Springfield|Jackson|Alexandria|Hayward|Clarksville|Lakewood|Lancaster|Salinas|Palmdale|Hollywood|Springfield|Macon|Sunnyvale|Pomona|Killeen|Escondido|Pasadena|Naperville|Bellevue|Joliet|Murfreesboro|Midland|Rockford|Paterson|Savannah|Bridgeport|Torrance|McAllen|Syracuse|Surprise|Denton|Roseville|Thornton|Miramar|Mesquite|Olathe|Dayton|Carrollton|Waco|Orange|Fullerton|Charleston|West Valley City|Visalia|Hampton|Gainesville|Warren|Coral Springs|Cedar Rapids|Round Rock|Sterling Heights|Kent|Columbia|Santa Clara|New Haven|Stamford|Concord|Elizabeth|Athens|Thousand Oaks|Lafayette|Simi Valley|Topeka|Norman|Fargo|Wilmington|Abilene|Odessa|Pearland|Victorville|Hartford|Vallejo|Allentown|Berkeley|Richardson|Arvada|Ann Arbor|Cambridge|Sugar Land|Lansing|Evansville|College Station|Fairfield|Clearwater|Beaumont|Independence|Provo|West Jordan|Murrieta|Palm Bay|El Monte|Carlsbad|Charleston|Temecula|Clovis|Springfield|Meridian|Westminster|Costa Mesa|High Point|Manchester|Pueblo|Lakeland|Pompano Beach|West Palm Beach|Antioch|Everett|Downey|Lowell|Centennial|Elgin|Richmond|Broken Arrow|Miami Gardens|Billings|Jurupa Valley|Sandy Springs|Gresham|Lewisville|Hillsboro|Ventura|Greeley|Inglewood|Waterbury|League City|Santa Maria|Tyler|Davie|Boulder|Allen|Burbank|Green Bay|South Bend|Rialto|Las Cruces|Renton|Davenport|Wichita Falls|San Mateo|Edison|Sparks|Vista|Woodbridge|Albany|Montpelier|Cheyenne|Burlington|Portland|Bangor|Juneau|Helena|Bismarck|Pierre|Annapolis|Dover|Trenton|Harrisburg|Concord|Augusta|Frankfort|Jefferson City|Santa Fe|Carson City|Olympia|Sacramento|Charleston|Boise|Tallahassee
WORLD: Kabul|Tirana|Algiers|Andorra la Vella|Luanda|Yerevan|Baku|Manama|Dhaka|Chittagong|Belmopan|Porto-Novo|Thimphu|Sarajevo|Mostar|Gaborone|Bandar Seri Begawan|Ouagadougou|Bujumbura|Gitega|Phnom Penh|Yaoundé|Douala|Praia|Bangui|N'Djamena|Moroni|Kinshasa|Lubumbashi|Brazzaville|San José|Yamoussoukro|Abidjan|Nicosia|Limassol|Santo Domingo|Dili|San Salvador|Malabo|Asmara|Addis Ababa|Suva|Libreville|Banjul|Tbilisi|Batumi|Accra|Kumasi|Guatemala City|Conakry|Bissau|Port-au-Prince|Tegucigalpa|Jakarta|Surabaya|Bandung|Medan|Bali|Denpasar|Yogyakarta|Tehran|Mashhad|Isfahan|Shiraz|Tabriz|Baghdad|Erbil|Basra|Amman|Astana|Almaty|Mombasa|Tarawa|Pristina|Kuwait City|Bishkek|Vientiane|Beirut|Maseru|Benghazi|Vaduz|Antananarivo|Lilongwe|Blantyre|Kuala Lumpur|Putrajaya|Malé|Bamako|Valletta|Majuro|Nouakchott|Port Louis|Chisinau|Ulaanbaatar|Ulan Bator|Podgorica|Rabat|Marrakesh|Marrakech|Fez|Tangier|Maputo|Naypyidaw|Yangon|Rangoon|Mandalay|Windhoek|Kathmandu|Managua|Niamey|Ibadan|Port Harcourt|Pyongyang|Skopje|Muscat|Islamabad|Rawalpindi|Peshawar|Faisalabad|Port Moresby|Asunción|Arequipa|Cusco|Quezon City|Cebu|Cebu City|Davao|Kigali|Basseterre|Castries|Apia|Jeddah|Dakar|Freetown|Honiara|Mogadishu|Pretoria|Soweto|Juba|Colombo|Khartoum|Omdurman|Paramaribo|Mbabane|Aleppo|Taipei|Kaohsiung|Taichung|Dushanbe|Dodoma|Dar es Salaam|Zanzibar|Bangkok|Chiang Mai|Phuket|Pattaya|Lomé|Nuku'alofa|Port of Spain|Ashgabat|Kampala|Sharjah|Tashkent|Samarkand|Port Vila|Maracaibo|Hanoi|Ho Chi Minh City|Saigon|Da Nang|Haiphong|Sanaa|Aden|Lusaka|Harare|Bulawayo|Kolkata|Calcutta|Chennai|Hyderabad|Ahmedabad|Pune|Jaipur|Lucknow|Kanpur|Nagpur|Bengaluru|Bombay|Kochi|Amritsar|Agra|Varanasi|Guangzhou|Shenzhen|Chengdu|Chongqing|Tianjin|Wuhan|Xi'an|Hangzhou|Nanjing|Suzhou|Shenyang|Harbin|Qingdao|Dalian|Xiamen|Kunming|Yokohama|Nagoya|Sapporo|Fukuoka|Kobe|Hiroshima|Sendai|Busan|Incheon|Daegu|Haifa|Ramallah|Gaza|Giza|Luxor|Aswan|Oran|Gold Coast|Fortaleza|Belo Horizonte|Manaus|Curitiba|Recife|Porto Alegre|Belém|Goiânia|Campinas|Florianópolis|Santiago de Chile|Guayaquil|Tijuana|Juárez|Ciudad Juárez|Cancún|Montego Bay|Reykjavik|Saint Petersburg|St Petersburg|Novosibirsk|Yekaterinburg|Kazan|Vladivostok|Sochi|Kharkiv|Odesa|Dnipro|Kaunas|Novi Sad|Plovdiv|Varna|Monte Carlo|Cape Cod|Martha's Vineyard
COUNTRIES: Democratic Republic of the Congo|Côte d'Ivoire|Ivory Coast|East Timor|Eswatini|Kyrgyzstan|North Korea|South Korea|North Macedonia|Slovakia|South Sudan|Viet Nam|District of Columbia|Newfoundland|Bavaria|Catalonia|Tuscany|Lombardy|Sicily|Provence|Brittany|Normandy|Flanders|Wallonia|Yorkshire|County Durham|Greater London|Middlesex|West Bengal
STATES: Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming
UK: Reading|Northampton|Luton|Milton Keynes|Swindon|Bournemouth|Poole|Southend-on-Sea|Peterborough|Huddersfield|Oldham|Rochdale|Stockport|Wigan|Salford|Warrington|St Helens|Birkenhead|Wakefield|Doncaster|Rotherham|Barnsley|Grimsby|Scunthorpe|Lincoln|Chesterfield|Mansfield|Derby|Telford|Shrewsbury|Worcester|Hereford|Stafford|Walsall|West Bromwich|Dudley|Solihull|Nuneaton|Rugby|Warwick|Leamington Spa|Stratford-upon-Avon|Kidderminster|Redditch|Bedford|Stevenage|St Albans|Hemel Hempstead|High Wycombe|Aylesbury|Maidenhead|Bracknell|Basingstoke|Woking|Crawley|Horsham|Worthing|Eastbourne|Hastings|Maidstone|Chatham|Rochester|Gillingham|Ashford|Dover|Folkestone|Margate|Ramsgate|Tunbridge Wells|Sevenoaks|Chelmsford|Basildon|Harlow|Brentwood|Romford|Croydon|Bromley|Kingston upon Thames|Richmond|Wimbledon|Harrow|Ealing|Hounslow|Enfield|Barnet|Islington|Hackney|Camden|Westminster|Greenwich|Lewisham|Southwark|Lambeth|Wandsworth|Hammersmith|Kensington|Chelsea|Brixton|Peckham|Stratford|Walthamstow|Ilford|Uxbridge|Watford|Slough|Oxford|Banbury|Bicester|Cheltenham|Gloucester|Stroud|Bath|Weston-super-Mare|Taunton|Yeovil|Torquay|Paignton|Barnstaple|Truro|Falmouth|Penzance|Newquay|St Ives|Salisbury|Winchester|Andover|Eastleigh|Fareham|Gosport|Havant|Chichester|Bognor Regis|Bournemouth|Dorchester|Weymouth|Ipswich|Bury St Edmunds|Lowestoft|Great Yarmouth|King's Lynn|Norwich|Cambridge|Ely|Huntingdon|St Neots|Kettering|Corby|Wellingborough|Loughborough|Hinckley|Burton upon Trent|Stoke-on-Trent|Newcastle-under-Lyme|Crewe|Macclesfield|Chester|Ellesmere Port|Runcorn|Widnes|Southport|Blackburn|Burnley|Accrington|Preston|Lancaster|Morecambe|Blackpool|Kendal|Carlisle|Workington|Barrow-in-Furness|Harrogate|Scarborough|Whitby|York|Selby|Halifax|Keighley|Dewsbury|Batley|Bradford|Hull|Beverley|Durham|Darlington|Hartlepool|Stockton-on-Tees|Gateshead|South Shields|Sunderland|Newcastle upon Tyne|Tynemouth|Whitley Bay|Morpeth|Berwick-upon-Tweed|Cardiff|Swansea|Newport|Wrexham|Bangor|Aberystwyth|Carmarthen|Llanelli|Bridgend|Merthyr Tydfil|Barry|Pontypridd|Caerphilly|Cwmbran|Rhyl|Llandudno|Edinburgh|Glasgow|Aberdeen|Dundee|Inverness|Stirling|Perth|Paisley|East Kilbride|Livingston|Hamilton|Cumbernauld|Kirkcaldy|Dunfermline|Ayr|Kilmarnock|Greenock|Falkirk|Motherwell|Dumfries|St Andrews|Fort William|Oban|Elgin|Belfast|Derry|Londonderry|Lisburn|Newry|Bangor|Armagh|Omagh|Enniskillen|Coleraine|Ballymena|Craigavon|Portadown|Newtownabbey|Carrickfergus
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
pueblo riverside rugby waver drama roman side forest hard rush vista sparks nokia orange spa mol ski van kos lens mons normal
surprise independence concord centennial allen tyler warren jackson lincoln henderson hamilton martin barry
elizabeth aurora columbia meridian midland lakewood peoria salem eugene cary richmond
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
    first_names = lexicon("first-names.txt")
    names_or_words = first_names | lexicon("last-names.txt") | lexicon("common-words.txt")
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
    for line in TOWNS.strip().splitlines():
        for value in line.split(":", 1)[1].split("|"):
            if value.strip():
                places.setdefault(clean(value), "listed town")
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
        listed_ambiguous = places[name] == "listed town" and single and (len(name) <= 4 and name.isascii() or lower in names_or_words)
        if lower in COMMON_WORDS or short or listed_ambiguous or (single and lower in first_names and places[name] == "town"):
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


def lexicon(name):
    entries = set()
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for line in f:
            line = line.strip().lower()
            if line and not line.startswith("#"):
                entries.add(line)
    return entries


def write(name, header, entries):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(header)
        for entry in sorted(entries, key=lambda s: (s.lower(), s)):
            f.write(entry + "\n")


if __name__ == "__main__":
    main()
