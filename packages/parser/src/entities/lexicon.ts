/**
 * Small curated word lists for news text: grammar words, titles, organisation keywords.
 * Gazetteer data (countries, cities, demonyms, first names) comes from npm data packages; see gazetteer.ts.
 */

function setOf(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((word) => word.length > 0));
}

/** Words that precede a person's name and are not part of it ("President Donald Trump", "Ms. Gopinath"). */
export const PERSON_TITLES = setOf(`
  President Vice Prime Minister PM Premier Chancellor Secretary Senator Sen Rep Representative Congressman
  Congresswoman Governor Gov Mayor King Queen Prince Princess Duke Duchess Emperor Empress Pope Judge Justice
  General Gen Colonel Col Lieutenant Lt Captain Capt Major Maj Sergeant Sgt Corporal Cpl Private Pte Admiral Adm
  Commander Cmdr Marshal Brigadier Chairman Chairwoman Chairperson Chair Chief Director Ambassador Envoy
  Commissioner Speaker Leader Dr Mr Mrs Ms Miss Mx Messrs Sir Dame Lord Lady Baroness Baron Professor Prof Sheikh
  Emir Sultan Ayatollah Cardinal Bishop Archbishop Rabbi Imam Rev Reverend Father Pastor Deputy Attorney Coach
  Inspector Detective Det Officer Constable Superintendent Supt Executive CEO Shri Smt Shrimati Mrs. Dr. Mr.
  Ms. Secretary-General Vice-President Attorney-General Solicitor-General Councillor Councilman Councilwoman
  Counsel Spokesman Spokeswoman Spokesperson Striker Midfielder Defender Goalkeeper Manager Boss Skipper MP MEP MSP
  Congressmember Assemblyman Assemblywoman Alderman
`);

/** Titles that are also ordinary words ("General Election", "Chief Executive"): a name must follow. */
export const AMBIGUOUS_TITLES = setOf(`
  General Major Private Chief Vice Deputy Chair Leader Speaker Director Officer Executive Coach Manager Boss
  Skipper Striker Midfielder Defender Goalkeeper Justice Judge Father Sister Counsel Marshal Captain Commander
`);

/** Last words of the names of events ("European Indoor Championships", "General Election"). */
export const EVENT_KEYWORDS = setOf(`
  Championships Championship Games Olympics Olympiad Cup Open Festival Awards Summit Conference Election Elections
  War Tournament Marathon Prix Expo Fair Week Series Trophy Classic Derby Grammys Oscars Baftas Emmys Show Concert
  Tour Ceremony Congress Convention Referendum Campaign Crisis Revolution Uprising Massacre Attack Attacks Bombing
`);

/** Last words of the names of places that no gazetteer lists ("Downing Street", "Lansdowne Road"). */
export const PLACE_KEYWORDS = setOf(`
  Street St Road Rd Avenue Ave Square Lane Boulevard Drive Way Park Stadium Arena Bridge Airport Station Palace
  Castle Tower Abbey Cathedral River Lake Mountain Mountains Mount Island Islands Bay Beach Valley Ocean Sea Gulf
  Coast Peninsula Desert Forest Province County State Region District Canyon Falls Heights Hills Strait Channel
  Mine Mines House Museum Gallery Zoo Prison Jail Hotel Church Mosque Temple Synagogue Fort Fortress Gate
  Monument Memorial Pier Harbour Harbor Port Dam Canal
`);

/**
 * Adjectives of continents and regions, which the countries package's demonyms (of countries) leave out:
 * "European sales", "African leaders" describe, they do not name.
 */
export const REGIONAL_DEMONYMS = setOf(`
  European African Asian Arab Scandinavian Nordic Baltic Balkan Caribbean Mediterranean Hispanic Latino
`);

/**
 * Parts of countries that news names as places and that the countries package does not list:
 * the nations of the United Kingdom and the states of the United States.
 */
export const SUBDIVISIONS = [
  "England",
  "Scotland",
  "Wales",
  "Northern Ireland",
  "Alabama",
  "Alaska",
  "Arizona",
  "Arkansas",
  "California",
  "Colorado",
  "Connecticut",
  "Delaware",
  "Florida",
  "Georgia",
  "Hawaii",
  "Idaho",
  "Illinois",
  "Indiana",
  "Iowa",
  "Kansas",
  "Kentucky",
  "Louisiana",
  "Maine",
  "Maryland",
  "Massachusetts",
  "Michigan",
  "Minnesota",
  "Mississippi",
  "Missouri",
  "Montana",
  "Nebraska",
  "Nevada",
  "New Hampshire",
  "New Jersey",
  "New Mexico",
  "New York",
  "North Carolina",
  "North Dakota",
  "Ohio",
  "Oklahoma",
  "Oregon",
  "Pennsylvania",
  "Rhode Island",
  "South Carolina",
  "South Dakota",
  "Tennessee",
  "Texas",
  "Utah",
  "Vermont",
  "Virginia",
  "Washington",
  "West Virginia",
  "Wisconsin",
  "Wyoming",
] as const;

/** Titles written with a full stop that stays inside the sequence ("Mr. Smith", "Sen. Warren"). */
export const ABBREVIATED_TITLES = setOf(`
  Mr Mrs Ms Dr Sen Rep Gov Gen Col Lt Capt Maj Sgt Cpl Adm Cmdr Prof Rev Det Supt St Messrs Mx Pte
`);

/** Titles after which any capitalised word is taken as a name, even a common word ("Ms Rose"). */
export const HONORIFICS = setOf(
  `Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Prof Professor Shri Smt Sri Messrs`,
);

/** Words that make a capitalised sequence an organisation when they appear in it. */
export const ORGANIZATION_KEYWORDS = setOf(`
  Inc Ltd Llc LLC Plc PLC Corp Corporation Co Company Companies Group Holdings Bank Ministry Department Party
  Council University College School Academy Agency Association Commission Committee Court Institute Institution
  Foundation Union Organisation Organization Authority Board Office Service Services Police Army Navy Forces
  Embassy Consulate Federation League Club FC Airlines Airways Motors Industries Partners Capital Times Post News
  Journal Herald Telegraph Guardian Tribune Network Networks Television Radio Broadcasting Fund Reserve Exchange
  Bureau Assembly Parliament Congress Senate Cabinet Government Administration Federation Alliance Coalition
  Movement Front Society Trust Centre Democrats Democrat Dems Dem Republicans Conservatives United City Research Mining Resources
  Steel Pharma Therapeutics Foods Brands Stores Retail Logistics Shipping Railways Aviation Automotive
  Rovers Athletic Albion Wanderers Hotspur
  Socialists Nationalists Liberals Greens Center Hospital Laboratories Labs Technologies Systems Electric Energy
  Oil Petroleum Pharmaceuticals Bancorp Securities Insurance Media Studios Records Pictures Entertainment
  Communications Telecom Brigade Regiment Guard Guards Secretariat Tribunal Directorate Chamber Unit Watch
`);

/** Names of institutions that news text uses on their own. */
export const ORGANIZATION_NAMES = setOf(`
  Reuters AP AFP Bloomberg BBC CNN NBC CBS ABC Fox NPR PTI ANI IANS Xinhua TASS Kyodo Yonhap Congress Parliament
  Senate Pentagon Kremlin NATO UN UNESCO UNICEF WHO WTO IMF OPEC OECD EU ECB Fed FBI CIA NSA NASA SEC FDA EPA
  Interpol Europol Hamas Hezbollah Taliban BJP Labour Tories Conservatives Democrats Republicans Nasdaq Google
  Microsoft Apple Amazon Meta Facebook Twitter Tesla Samsung Sony Nintendo Boeing Airbus Toyota Walmart Nike
  Commons Lords Treasury Whitehall Tory Ofcom Ofsted Fifa FIFA Uefa UEFA IOC ICC RBI SEBI ISRO
`);

/** First words of place names, never given names ("Las Vegas", "Old Trafford", "San Marino"). */
export const PLACE_PREFIXES = setOf(`
  Las Los San Santa Sao São Fort Port Mount Lake Old New Great Grand Little Big Upper Lower North South East
  West Royal Central
`);

/** First words that only start place names ("Las Vegas", "San Marino", "Fort Worth"). */
export const PLACE_ARTICLES = setOf("Las Los San Santa Sao São Fort Port Mount Lake");

/** Place words that are also surnames ("Mike Lake", "Thomas Haden Church"). */
export const SURNAME_PLACE_WORDS = setOf(
  "Lake Church Hall Hill Hills Bay Park Banks Ford Field Fields Rivers",
);

/** Capitalised acronyms that are not names of anything. */
export const NON_ENTITY_ACRONYMS = setOf(`
  I A OK TV PM AM CEO CFO COO CTO GDP GMT BST EST PST UTC VAT HIV AIDS DNA FAQ ID PR HR UFO SMS PC IT AI IQ MP MPs
  MEP MEPs PhD MBA DJ CD CDs DVD DVDs MP3 RAM CPU GPS LED LCD USB SUV TB NB PS RIP ASAP DIY VIP VIPs QC QCs TNT
  ALSO READ MORE NEW WATCH LIVE UPDATE BREAKING PHOTO VIDEO COVID
`);

/** Months and weekdays: capitalised but never entities. */
export const CALENDAR_WORDS = setOf(`
  January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul
  Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri
  Sat Sun Christmas Easter Diwali Eid Ramadan Hanukkah Thanksgiving
`);

/** Grammar words that start sentences in capitals; never the first word of a name. */
export const STOPWORDS = setOf(`
  A An The This That These Those It Its He She His Her Hers They Them Their We Our Us You Your I Me My Mine
  And But Or Nor So Yet For If When While Where Why How What Which Who Whom Whose As At By In On Of Off To Into
  Onto From With Without Within About Above Below After Before Since Until Under Over Between Among Through During
  Despite Although Though Because Unless Whether Also Then There Here Now Still Just Even Only Both Either Neither
  Each Every All Any Some Many Most More Much Few Several Such Other Another No Not Yes Mr Mrs Ms Dr Is Are Was
  Were Be Been Being Has Have Had Do Does Did Will Would Shall Should Can Could May Might Must However Meanwhile
  Instead Indeed Therefore Thus Later Earlier Last Next First Second Third Once Twice Like Unlike Per Via Sources
  According Asked Officials Analysts Experts Critics Officers Negotiators Residents Investors Voters Fans
  Former Ex Late Acting Interim Outgoing Incoming Current Newly Dear
`);

/** Lower-case words joining the parts of one name ("Bank of England", "Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_CONNECTOR_GAPS = new Set<string>([
  " ",
  " of ",
  " de ",
  " del ",
  " della ",
  " der ",
  " den ",
  " di ",
  " da ",
  " du ",
  " des ",
  " la ",
  " le ",
  " van ",
  " von ",
  " van der ",
  " von der ",
  " van den ",
  " de la ",
  " bin ",
  " bint ",
  " ibn ",
  " al-",
  " el-",
  " al ",
  " y ",
  " dos ",
  " das ",
  " and ",
  " & ",
]);

/** Connectors allowed only inside an organisation name ("Bank of England", "Procter & Gamble"). */
export const ORGANIZATION_ONLY_GAPS = new Set<string>([" and ", " & "]);
