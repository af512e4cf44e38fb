"""Language data for extraction, in one place: cue verbs, titles, pronouns, name lists.

English news conventions; every list is general (no entry names a person or an article of
the evaluation data).
"""

from __future__ import annotations

import re

# Reporting verbs: base form -> its inflections are generated below.
_CUE_VERBS = """
say said says saying | tell told tells telling | add added adds adding | state stated states stating
explain explained explains explaining | stress stressed stresses stressing | note noted notes noting
continue continued continues continuing | ask asked asks asking | write wrote writes writing written
tweet tweeted tweets tweeting | post posted posts posting | declare declared declares declaring
insist insisted insists insisting | claim claimed claims claiming | argue argued argues arguing
warn warned warns warning | promise promised promises promising | vow vowed vows vowing
pledge pledged pledges pledging | announce announced announces announcing | recall recalled recalls recalling
remark remarked remarks remarking | reply replied replies replying | respond responded responds responding
answer answered answers answering | admit admitted admits admitting | acknowledge acknowledged acknowledges acknowledging
suggest suggested suggests suggesting | predict predicted predicts predicting | call called calls calling
describe described describes describing | dub dubbed dubs dubbing | label labeled labelled labels labeling
urge urged urges urging | assert asserted asserts asserting | maintain maintained maintains maintaining
contend contended contends contending | clarify clarified clarifies clarifying | confirm confirmed confirms confirming
deny denied denies denying | joke joked jokes joking | quip quipped quips quipping | boast boasted boasts boasting
complain complained complains complaining | criticize criticized criticizes criticizing criticised
mock mocked mocks mocking | shout shouted shouts shouting | chant chanted chants chanting | yell yelled yells yelling
exclaim exclaimed exclaims | muse mused muses | observe observed observes observing | report reported reports reporting
reveal revealed reveals revealing | recount recounted recounts | concede conceded concedes conceding
emphasize emphasized emphasizes emphasizing emphasised | lament lamented laments | scoff scoffed scoffs
wonder wondered wonders wondering | request requested requests requesting | demand demanded demands demanding
assure assured assures assuring | reiterate reiterated reiterates | repeat repeated repeats | testify testified testifies
allege alleged alleges alleging | charge charged charges | proclaim proclaimed proclaims | announce
tout touted touts touting | praise praised praises praising | blast blasted blasts blasting | slam slammed slams slamming
attack attacked attacks | accuse accused accuses accusing | thank thanked thanks | agree agreed agrees agreeing
counter countered counters | retort retorted retorts | interject interjected interjecting | whisper whispered | cry cried
concluded conclude concludes | begin began begins | summarize summarized | added | rail railed | decry decried decries
brag bragged brags | caution cautioned cautions | hint hinted hints | offer offered offers | pointed point points
signal signaled signals | speculate speculated speculates | comment commented comments commenting
remembered remembers | bark barked barks | fume fumed fumes | thunder thundered thunders
growl growled growls | snarl snarled snarls | refer referred refers referring
pressed | marveled marvelled | gushed | echo echoed echoes echoing | offering
condemn condemned condemns condemning | denounce denounced denounces denouncing
hail hailed hails hailing | applaud applauded applauds applauding | dismiss dismissed dismisses dismissing
brand branded brands branding | deride derided derides deriding
opine opined opines opining | sigh sighed sighs | scold scolded scolds | snap snapped snaps
estimate estimated estimates estimating | retaliate retaliated retaliates
radioed | texted | emailed | messaged
"""
CUE_VERBS: frozenset[str] = frozenset(
    w for chunk in _CUE_VERBS.split("|") for w in chunk.split() if w
)
# Verbs of saying that can make a whole sentence of attribution after a quotation that ends
# with its own stop: `"Why would you?" Lichtman said.`, `"We won!" Trump tweeted.`
TAG_VERBS: frozenset[str] = frozenset("""
said says asked asks added adds told tells replied replies tweeted tweets wrote writes declared
declares explained explains continued continues insisted insists argued argues noted notes recalled
recalls shouted exclaimed joked jokes quipped quips responded responds countered counters retorted
stated states stressed stresses posted posts remarked answered admitted admits conceded concedes
observed mused wondered cried yelled pressed marveled gushed opined sighed snapped remembered recounted
barked fumed thundered growled snarled retaliated radioed texted emailed messaged
""".split())
# Words that may follow such a verb when the sentence only attributes ("said in response",
# "said of Apple", "said Tuesday" is a name or a day, so capitals are handled apart).
TAG_TAIL_WORDS = frozenset("""
to in of about at during on after before while from according as when with without later earlier
then again once yesterday today tonight afterward afterwards recently last this
""".split())
# Cue phrases that are not single verbs; matched as regexes (case-insensitive).
CUE_PHRASES = [
    r"according to",
    r"in (?:a|an|his|her|their|its|the) (?:joint )?(?:statement|interview|tweet|post|letter|speech|email|e-mail|op-ed|memo|release|press release|video|message|address|remarks)",
    r"(?:said|wrote|posted|added) on (?:social media|Twitter|X|Facebook|Instagram)",
    r"(?:was|were|is|are) (?:also )?quoted (?:by [\w' .-]{2,40} )?as (?:saying|telling [\w' .-]{2,40})",
    r"pointed out",
    r"(?:put|puts|putting) it",
    r"went on",
    r"spoke of",
    r"made clear",
    r"(?:shot|fired|hit|snapped) back",
    r"chimed in",
    r"weighed in",
    r"piped up",
]
# Words that may stand between a subject and its cue verb ("also said", "later told").
ADVERBS = frozenset("""
also later earlier then again previously recently repeatedly once had has have has had would will
further separately privately publicly bluntly flatly simply finally quickly reportedly allegedly
initially subsequently still first last ultimately already often frequently famously has together
""".split())
# Nouns that make a possessive a cue: "Trump's claim that ...", "her remarks about ...".
SPEECH_NOUNS = frozenset("""
claim claims statement statements remark remarks comment comments words word assertion assertions
description promise promises pledge pledges call calls accusation accusations charge charges
declaration suggestion warning warnings argument arguments speech speeches tweet tweets post posts
response answer reply quip jibe insult attack attacks slogan vow vows characterization phrase
description label motto boast conclusion conclusions finding findings assessment verdict testimony
telling retelling account recollection message messages
""".split())

PRONOUNS = {
    "he": "m", "she": "f", "they": "p", "we": "p", "i": "s", "it": "n", "him": "m", "her": "f",
    "you": "s",
}

# Capitalised words that are titles or role words, not names.
TITLE_WORDS = frozenset("""
president vice secretary minister foreign prime deputy chief chancellor senator sen sens rep reps
representative congressman congresswoman congressmember governor gov lt lieutenant mayor
ambassador general gen attorney justice judge speaker leader majority minority whip chairman chairwoman
chair director commissioner spokesman spokeswoman spokesperson press adviser advisor aide counsel
sheriff officer detective captain capt col colonel major maj sgt sergeant admiral adm commander
mr mrs ms miss dr prof professor rev reverend father fr sister pope king queen prince princess sir
dame lord lady former acting interim state homeland security defense defence interior justice
treasury labor commerce education health energy transportation agriculture veterans house senate
white department dept national federal u.s us u.k uk european republican republicans democrat
democratic democrats gop independent libertarian green candidate nominee presidential
executive ceo cfo coo founder co-founder pastor bishop archbishop cardinal imam rabbi
ministry office agency council committee cabinet administration government premier chief-of-staff
first lady gentleman pollster host anchor correspondent reporter editor columnist analyst strategist
campaign manager chairperson member members mexican american mexico's america's sen. rep. gov.
secretary-general director-general attorney-general vice-president under-secretary governor-general
un eu inspector superintendent constable coach manager boss skipper undersecretary vice-minister viceminister
mp mps mep meps msp mla mpp td
recorder alderman alderwoman councilman councilwoman councillor councilor treasurer comptroller
controller auditor assessor supervisor magistrate solicitor provost regent trustee selectman prefect
legislator assemblyman assemblywoman assemblymember delegate administrator ombudsman registrar councilmember pontiff monarch emperor empress emir
sheikh sheikha shaikh ayatollah mufti patriarch crown pm cm taoiseach tánaiste tanaiste
ald det supt insp cmdr
""".replace(".", " ").split())
# Lower-case role nouns that can stand before a name ("press secretary Karine Jean-Pierre").
ROLE_NOUNS = frozenset("""
prosecutor prosecutors investigator detective
spokesman spokeswoman spokesperson secretary minister president activist official officials
adviser advisor aide director analyst strategist pollster host anchor reporter correspondent
editor columnist lawyer attorney professor expert economist researcher chairman chairwoman chair
leader candidate nominee senator governor mayor lawmaker congressman congresswoman representative
ambassador diplomat general commander officer agent manager executive founder president-elect
chancellor deputy chief head member organizer organiser coordinator negotiator envoy
advocate campaigner resident mother father wife husband son daughter sister brother student
hiker climber mountaineer swimmer surfer skier diver jogger
teacher nurse doctor worker farmer owner migrant refugee voter supporter critic opponent
counsel sheriff judge justice rabbi priest bishop star operative veteran captain colonel admiral
marshal chaplain dean clerk partner forward keeper quarterback pitcher batsman bowler jockey rider cyclist
sprinter swimmer runner boxer golfer skier racer champion actress poet mom dad widow victim witness hopeful whip co-founder
cofounder
designer engineer scientist climatologist physician surgeon pilot driver trader banker entrepreneur
businessman businesswoman architect artist singer actor writer author novelist historian journalist
photographer filmmaker coach player athlete investor accountant consultant contractor mechanic
fisherman shopkeeper vendor chef soldier paramedic firefighter lecturer scholar principal headteacher
lobbyist donor delegate volunteer neighbour neighbor colleague cousin uncle aunt grandmother
grandfather survivor patient passenger landlord tenant homeowner niece nephew grandson granddaughter
stepson stepdaughter stepmother stepfather fiancee fiance girlfriend boyfriend
boss skipper striker midfielder defender goalkeeper winger substitute referee umpire inspector
guard rookie shortstop catcher outfielder infielder reliever linebacker lineman receiver fullback halfback
defenseman defenceman wicketkeeper wrestler all-star olympian paralympian mvp medalist medallist finalist laureate
superintendent constable undersecretary
front-runner frontrunner contender incumbent challenger runner-up
dietitian nutritionist epidemiologist virologist immunologist forecaster meteorologist chemist
biologist physicist pharmacist dentist psychologist psychiatrist pediatrician paediatrician oncologist
cardiologist neurologist sociologist demographer criminologist anthropologist archaeologist astronomer
geologist seismologist ecologist veterinarian vet zookeeper imam midwife therapist clinician statistician mathematician
technician electrician plumber librarian musician comedian politician
toxicologist hydrologist glaciologist volcanologist zoologist entomologist pathologist radiologist
dermatologist gynecologist obstetrician anesthesiologist hematologist gerontologist endocrinologist
ornithologist oceanographer linguist philosopher theologian ethicist geographer biochemist geneticist
microbiologist neuroscientist paleontologist primatologist botanist agronomist pharmacologist urologist
optometrist gp
backbencher frontbencher parliamentarian regulator coroner barrister mediator moderator panelist
commentator pundit blogger influencer podcaster broadcaster presenter curator conductor composer
dancer painter sculptor playwright screenwriter producer corporal trooper ranger medic caregiver carer
warden schoolteacher housewife homemaker bricklayer labourer laborer welder cashier waitress bartender
janitor receptionist hairdresser nanny pensioner retiree widower schoolgirl schoolboy herder trucker
linebacker cornerback receiver lineman kicker punter outfielder infielder shortstop reliever fullback
halfback centre-back center-back playmaker batter wicketkeeper all-rounder
plasterer roofer glazier tiler joiner scaffolder stonemason upholsterer decorator landscaper groundskeeper
fishmonger stallholder seamstress cobbler postwoman milkman binman quarryman lumberjack trawlerman beekeeper
vintner winemaker distiller dishwasher sommelier signalman stewardess childminder maid cleaner bookkeeper typist
coxswain helmsman deckhand lifeboatman harbourmaster harbormaster lighthouse-keeper ferryman boatman
billionaire millionaire mogul tycoon magnate heiress socialite
parent grandparent guardian commuter shopper customer client visitor tourist traveler traveller motorist
pedestrian bystander passerby eyewitness protester protestor demonstrator marcher worshipper parishioner
churchgoer participant attendee juror defendant plaintiff suspect inmate prisoner detainee hostage evacuee
villager citizen consumer caller viewer listener
sponsor cosponsor co-sponsor co-author creator publisher trainer emissary liaison vice-chair co-chair proprietor
chairperson vice-chairman vice-chairwoman vice-chairperson alderman alderwoman assemblyman assemblywoman
councillor councilor councilman councilwoman ombudsman provost registrar selectman assessor controller
buyer seller diner pilgrim applicant mourner guest developer builder
administrator commissioner trustee regent auditor supervisor magistrate legislator treasurer comptroller
astronaut cosmonaut sailor airman seaman lifeguard rancher grower miner logger baker butcher carpenter
tailor shepherd trainee apprentice cadet nun monk cleric preacher missionary rapper guitarist
drummer vocalist bassist pianist violinist cellist trumpeter saxophonist trombonist clarinetist clarinettist
flautist flutist organist harpist percussionist keyboardist violist oboist bassoonist accordionist fiddler
songwriter singer-songwriter lyricist bandleader soloist choreographer ballerina soprano mezzo-soprano
teller courier dispatcher postman mailman bouncer barista waiter housekeeper gardener caretaker doorman concierge
chauffeur cabbie busker farmhand stylist beautician florist jeweller jeweler grocer optician locksmith salesman
saleswoman salesperson machinist foreman forewoman steelworker dockworker longshoreman
reviewer essayist cartoonist interviewer biographer fundraiser
planner surveyor convener convenor keeper zookeeper ranger programmer underwriter actuary appraiser auctioneer
archivist translator interpreter
copywriter recruiter paralegal notary bailiff steward purser navigator custodian conservator restorer
examiner caseworker counsellor counselor narrator announcer
""".split())
# A role shared: "co-director", "co-president", "co-owner" (as "co-founder", "co-chair" above)
ROLE_NOUNS |= {"co-" + w for w in ROLE_NOUNS if not w.startswith("co")}
# Nationality nouns that stand for a person the story named: "the Spaniard smiled". (Not
# "Australian" nor "Scotsman": newspapers' names.)
DEMONYMS = frozenset("""
spaniard frenchman frenchwoman dutchman dutchwoman englishman englishwoman irishman irishwoman
welshman welshwoman briton brit american canadian mexican brazilian argentine argentinian colombian
chilean peruvian venezuelan cuban uruguayan paraguayan ecuadorian bolivian german italian portuguese
swede dane norwegian finn pole russian ukrainian serb croat bosnian slovenian slovak czech hungarian
romanian bulgarian greek turk israeli palestinian lebanese syrian iraqi iranian afghan pakistani
indian chinese japanese korean vietnamese thai filipino indonesian malaysian nigerian ghanaian
kenyan ethiopian egyptian moroccan algerian tunisian senegalese cameroonian belgian swiss austrian
icelander estonian latvian lithuanian georgian armenian saudi emirati qatari jordanian
serbian croatian albanian kosovar montenegrin macedonian cypriot maltese luxembourger belarusian
moldovan azerbaijani kazakh uzbek kyrgyz tajik turkmen mongolian nepali nepalese bangladeshi
taiwanese singaporean burmese cambodian laotian libyan sudanese somali eritrean ugandan tanzanian
rwandan zimbabwean zambian congolese ivorian malian yemeni omani bahraini kuwaiti jamaican haitian
guatemalan honduran salvadoran nicaraguan panamanian dominican slovakian scot kiwi
""".split())
# Forms of address before a name: they say who someone is, not what they do.
FORMS_OF_ADDRESS = frozenset("mr mrs ms miss dr prof professor sir dame lord lady rev reverend fr father sheikh sheikha "
                             "shaikh".split())
# News outlets and agencies named by one word: an organisation, never a person.
OUTLETS = frozenset("""
politico forbes cnn msnbc cnbc fox bloomberg reuters afp ap axios breitbart huffpost buzzfeed vox
slate salon newsweek propublica npr pbs bbc abc cbs nbc univision telemundo xinhua tass efe dpa
ansa kyodo yonhap interfax snopes factcheck mediaite azcentral variety politifact
""".split())
# Words that make a name an organisation rather than a person.
ORG_WORDS = frozenset("""
department ministry agency office commission committee council court congress senate house
party campaign government administration university institute foundation association union
news times post journal network press review magazine tribune herald gazette daily channel
watch reuters bureau center centre group corp inc co company bank fund service services affairs
police army navy force forces patrol authority board organization organisation coalition
alliance movement network nations states federation league fed reserve club team church chiefs staff
politifact pac kremlin pentagon vatican elysee bundestag bundesrat knesset duma parliament
cabinet politburo secretariat confederation institution trust society forum consortium chamber academy council corporation commission assembly tribunal
military regime junta embassy consulate college school hospital museum clinic district
presidency palace mission directorate management treasury judiciary
zoo aquarium library prison airport orchestra opera ballet philharmonic symphony festival
diocese archdiocese parish hotel republic kingdom duchy principality emirate sultanate constabulary
prefecture municipality governorate gendarmerie inspectorate
""".split())
# Forces named by what they guard or whose they are: "the coast guard", "the National Guard"
GUARD_BODIES = frozenset("coast national civil republican revolutionary home".split())
# Whose records speak for themselves: "Court documents identify the aide only as ..."
RECORD_KINDS = frozenset("court police public federal state corporate financial campaign internal tax".split())
# Kinds of body a name may say it is ("the Alliance of ... Producers" is no union), and the
# names a body of a kind may go by ("the union" is the Association of Flight Attendants)
NAMED_KINDS = frozenset("""union party alliance association federation ministry commission council committee bank
club league coalition foundation institute university department agency guild brotherhood congress confederation
front movement office fund reserve""".split())
KIND_NAMES = {"union": frozenset("union association federation guild brotherhood congress confederation".split()),
              "party": frozenset("party alliance union league front movement coalition congress".split()),
              "ministry": frozenset("ministry department office".split()),
              "bank": frozenset("bank fund reserve".split())}
# Words for whose side someone is on: "aligned with", "close to", "loyal to"
SIDING_WORDS = frozenset("aligned allied close closer loyal linked affiliated connected".split())
# Words in a body's name that no person's name holds ("Amnesty International", "Acme Ltd").
# (and the legal forms of companies elsewhere: "Siemens AG", "Spotify Technology SA", "Nokia Oyj")
BODY_NAME_WORDS = frozenset("""international incorporated limited ltd plc llc llp gmbh ag sa se nv bv spa oyj
kgaa sarl srl pty bhd tbk
united rovers athletic wanderers albion hotspur fc""".split())  # (and clubs': "Manchester United", "Blackburn Rovers")
# ... and words of trade that end a company's name: "Veridian Pharma", "Apex Motors",
# "Vertex Pharmaceuticals", "Delta Air Lines"
COMPANY_WORDS = frozenset("""chemical chemicals pharmaceutical pharmaceuticals pharma therapeutics biotech
biosciences motors airlines airways lines holdings technologies industries robotics petroleum semiconductor
semiconductors software logistics entertainment studios bros brothers brands foods mining insurance bancorp energy
telecom electronics enterprises ventures labs systems communications devices instruments materials networks
solutions dynamics resources aerospace automotive digital minerals solicitors utilities oil gas electric
petrochemical petrochemicals""".split())
# Events with names in capitals, where people are rather than where they work: "at the
# British Rapidplay Championship", "at the Democratic National Convention"
EVENT_NOUNS = frozenset("""championship championships games olympics cup tournament open marathon prix
convention summit conference rally ceremony hearing trial meeting debate expo fair show awards""".split())
# Plurals of bodies and places, not of people: "one of the affected countries" is a country,
# no one unnamed
BODY_PLURALS = frozenset("""countries nations states governments administrations delegations parties sides
organizations organisations groups unions businesses campaigns cities towns villages regions provinces
districts""".split())
# A crowd speaks only by chanting, shouting or singing together: '"Resign!" the crowd chanted'
# (not 'she told a cheering crowd', 'as the crowd began to chant, Silverman joked').
CROWD_NOUNS = frozenset("crowd crowds audience marchers fans rioters mourners onlookers spectators".split())
CROWD_CUES = frozenset("""chant chanted chants chanting shout shouted shouts shouting yell yelled yells yelling
scream screamed screams screaming sang sing sings singing cheer cheered cheers cheering boo booed booing roar roared
roars roaring""".split())
GROUP_NOUNS = CROWD_NOUNS | frozenset("""
leaders officials people authorities sources lawmakers protesters protestors demonstrators
migrants activists democrats republicans critics supporters experts analysts residents voters
members organizers organisers advocates ministers delegations governments countries sides
parties negotiators diplomats governments administrations campaigns aides advisers advisors
workers students teachers police organizers both two pair duo couple mediators
family families relatives parents lawyers attorneys
prosecutors investigators detectives economists scientists researchers doctors witnesses groups organizations organisations unions
businesses
campaigners opponents environmentalists conservationists observers commentators historians nurses farmers villagers
neighbours neighbors survivors veterans passengers employees locals tenants shoppers traders
staff crews rescuers firefighters paramedics keepers rangers
regulators inspectors auditors monitors officers soldiers troops engineers judges senators legislators
scholars pollsters strategists donors executives bankers investors miners fishermen pilots drivers
medics physicians""".split())
ANON_NOUNS = frozenset("""
official source sources aide person people diplomat spokesperson spokesman spokeswoman insider adviser advisor
officer employee staffer staffers member
""".split())
ANON_MARKERS = re.compile(
    r"\b(?:who (?:requested|asked|spoke|declined|did not want|was not authori[sz]ed|were not authori[sz]ed|"
    r"was not allowed|were not allowed|insisted)|on condition of anonymity|not authori[sz]ed to|"
    r"familiar with|anonymous|unnamed|requested anonymity|speaking anonymously|"
    # "two sources briefed on the negotiations", "a person with direct knowledge"
    r"(?:sources?|persons?|people|officials?|insiders?|aides?|diplomats?)\s+(?:close to|briefed on|involved in|"
    r"aware of|knowledgeable about|privy to|with (?:\w+\s+)?knowledge))\b",
    re.I,
)

# Name particles that stay lower-case inside a name.
NAME_PARTICLES = frozenset("de del della der den di da dos das du la le van von bin ibn al el y e st ten ter".split())
# Capitalised words that are never part of a person's name.
NOT_NAME = frozenset("""
the a an this that these those it its he she they we i you his her their our my your
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december but and or if when while as in on at by
for with from to of after before during since although though because so yet however meanwhile
still also then there here what who which where why how some many most all both each every
no not nor one two three four five six seven eight nine ten mr mrs ms dr
just only even now today yesterday tomorrow tonight soon again already perhaps maybe indeed
instead thus hence otherwise nevertheless nonetheless moreover furthermore besides overall earlier later
previously afterward afterwards recently initially eventually ultimately
finally first second third next yes please thanks thank well oh ok okay sure
within about amid among despite like unlike such having more less much few another look
whatever whoever therefore anyone anybody someone somebody everyone everybody nobody others
eleven twelve thirteen fourteen fifteen twenty thirty forty fifty hundred hundreds thousands dozens
does did do was were is are has have had neither either without would could should shall might must
several contrast
agreement treaty accord pact protocol amendment act
pacific atlantic arctic antarctic mediterranean caribbean
""".split())

# Ranks written short before a name: "Capt. Scott McLean", "Sgt. Ana Ruiz"
RANKS = frozenset("capt sgt lt col gen maj adm cmdr insp det supt cpl pvt chief".split())
# Verbs that report a clause after "that" but as often take "that" and a noun ("reiterated that
# approach", "mentioned that fact")
THAT_OR_NOUN_VERBS = frozenset("""suggested speculated declared asserted emphasized emphasised reiterated indicated
hinted boasted bragged joked quipped lamented observed pointed remarked mentioned tweeted""".split())
# First names with a clear usual gender (English and Spanish-language news); used only to
# break ties when a pronoun could refer to several people.
FEMALE_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
charlotte rose alexis kayla hillary hilary kamala nikki sarah elise nancy michele condoleezza madeleine
ivanka melania chelsea huma kellyanne karine jill claudia alicia rosa carmen guadalupe lucia elena
ana sofia isabel veronica adriana gabriela mariana valeria daniela paula beatriz dilma cristina
michelle angela theresa ursula marine giorgia jacinda liz kristi kari katie hope sheila tulsi elizabeth
aurora kylie mica nohemia nohemi yolanda josefina margarita silvia leticia norma irma rocio
abby adele agnes aileen alexandra alexandria alison allison alyssa amelia angelina anita anne annie
arlene audrey becky bernadette beth bethany betsy bonnie brianna bridget caitlin candace carla carly
caroline carrie cassandra cathy cecilia cecile celia charlene chloe cindy claire clara colleen
connie constance courtney deanna debbie delia dianne dolores dottie edith eileen elaine eleanor
eliza ella ellen eloise emilia erica erin esther ethel eva eve felicia fiona florence francesca gail
geraldine gina gwen gretchen haley hazel heidi helena holly ilhan imelda ingrid irene jackie jane
janine jeanne jenna jenny jessie joanna jocelyn jodi josephine joanne juanita kate katharine kathy
keisha kirsten kristen kristin laurie leah lillian lindsay lois loretta lorraine louise lucy lydia
lynn mae maggie marcia marian marianne marjorie marlene marsha maureen maxine maya meghan melanie
melinda mercedes meredith mia mika mildred millie miranda molly monica muriel myra nadia naomi
natasha nellie nora norah olga pam patsy pauline peggy phyllis priscilla rachael ramona regina
rhonda rita roberta rosalind rosemary roxanne sabrina sally selena serena shannon sherry sonia
sophie stacey stacy stella sue susanna suzanne sylvia tamara tammy tanya tiffany tonya tracy
valerie vanessa vera vicki vickie viola vivian wanda wendy whitney yvonne zoe
fatima fatma aisha ayesha layla leila amina aminata mariam maryam zainab noor nour yasmin yasmine
salma rania huda samira leyla zeynep elif ayse priya sunita anjali kavita pooja neha deepika shreya
lakshmi meena rekha lorena ximena paola fernanda araceli graciela marisol consuelo pilar montserrat
alejandra yuki yoko keiko akiko haruka tatiana svetlana natalia irina oksana yulia anastasia
ekaterina astrid sigrid freya camille manon juliette isabelle giulia chiara ngozi chimamanda amaka
folake wanjiru siobhan niamh aoife saoirse sinead roisin rakeyia
angie ava beatrice bella darlene daphne elsa gabrielle gladys greta harriet ida jasmine kara kendra
lana lena leslie lily lina mabel madeline mandy margo miriam nina paige penelope phoebe renee shelby
tara tina toni
gemma jade tracey leanne hayley isla poppy ruby evie imogen rosie tilly daisy mairead caoimhe orla grainne
joana ines catarina leonor matilde raquel marta nuria montse ainhoa itziar aitana federica martina valentina
alessia elisa ilaria anneke femke sanne lotte karin birgit ulrike sabine monika katrin anja heike agnieszka
katarzyna malgorzata magdalena zuzana hana eszter zsofia ioana andreea eleni katerina ayumi naoko chioma adaeze
funmilayo fatou mariama
ally dolly polly lilly shelly hailey beverley
""".split())
MALE_NAMES = frozenset("""
james robert john dean michael william david richard joseph thomas charles christopher daniel matthew
anthony antony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry
douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan
juan wayne elijah randy roy vincent ralph eugene russell bobby mauricio philip johnny mike bernie
barack bill ted marco rand chris jeb mitt newt rick reince sean mike tim lindsey mitch chuck harry
vladimir xi emmanuel boris justin recep benjamin andres andrés manuel luis carlos jorge javier
miguel alejandro marcelo francisco rafael pedro antonio fernando ricardo eduardo sergio raul raúl
enrique felipe diego roberto alberto mario hector jesus rodrigo gustavo oscar ernesto cesar cuauhtemoc
matt mick steve dave dan tom jim ben nick pat newt herman lou alex dick rudy rudolph kris gov
hunter beau elon jair lula narendra volodymyr olaf rishi keir
abe abraham adrian ahmed alfred alvin andre andy angelo archie arnold barry bart bennett bernard bert
bob brad bradley brent brett buddy byron calvin cameron chad charlie clarence clifford clint clyde
cody colin corey cory craig curtis darrell darren darryl derek desmond devin dominic don donnie doug
duane dustin dwight ed eddie edgar edwin eli elliott emmett ernest errol evan ezra felix floyd
fred freddie frederick gavin gene geoff geoffrey gerry gilbert glen glenn gordon greg harvey herbert
hubert hugo ian irving isaac ivan jake jamal jared jeff jerome jimmy joel jon jonah josh julian
julius karl ken kenny kurt leo leon leonard leroy lester lloyd lonnie lucas luke luther lyle malcolm
marc marcus martin marvin maurice melvin micah milton mitchell morton moses myron nathaniel neal
neil norman oliver orrin otis owen percy phil quentin randall randolph reggie reginald ricky rob
robbie rodney roland ron ronnie ross rufus russ sam sammy saul seth sheldon sidney stan stanley
stuart sylvester terrence theodore thad todd tommy tony travis trey tucker vance vernon vic victor
virgil wade walt wesley wilbur willard willis winston zach tad
mohammed muhammad mohamed mohammad ahmad ali omar hassan hussein mustafa mustapha khalid abdul
abdullah ibrahim yusuf youssef yousef karim kareem tariq tarek samir sami nabil walid waleed fadi
rami ziad hamid hamza bilal imran faisal salman mahmoud mahmud amir osman ismail idris kamal jalal
rashid reza hossein mehdi farid majid ramon pablo ignacio arturo alfonso gonzalo santiago mateo
joaquin agustin emilio julio esteban armando marcos nicolas tomas ruben salvador vicente rogelio
leonel raj rahul amit sanjay deepak anil vijay arjun ravi sunil ajay rajesh suresh ramesh mahesh
manoj vikram arvind ashok nikhil siddharth aditya kunal gaurav kieran liam declan niall seamus conor
cillian eoin fergus angus hamish alastair callum rhys dafydd gareth mehmet ahmet emre burak murat
kemal hakan hiroshi kenji akira takeshi shinzo fumio dmitry dmitri sergei sergey andrei alexei
alexey mikhail nikolai igor oleg yuri pavel oleksandr taras piotr pawel tomasz krzysztof lars nils
sven erik magnus henrik anders pierre jacques francois olivier thierry laurent mathieu philippe
giuseppe giovanni luca matteo alessandro lorenzo hans jurgen klaus wolfgang dieter helmut gerhard
friedrich heinrich kwame kofi chidi emeka tunde segun femi uhuru cyril thabo sipho rahim grant
howard louis earl morris rex max maxwell salvatore sterling elliot emanuel homer hugh jamie kent
lenny lionel ned neville nigel orlando pete rocco rory rupert sal sebastian shane shaun sid stefan
stu toby trevor troy vince xavier
willy wally
danny simon rui bjorn joao tiago luiz benny jonny johnnie davey frankie stevie timmy nate
ollie alfie barney ray dale gregg kirk mack dominick vinnie gus hank joey leonardo pietro paolo stefano massimo
fabio giorgio bruno jean-pierre jean-luc yves didier sebastien fabrice pascal benoit gerard
michel alain patrice joachim markus matthias uwe jens pieter dirk wim bram sander ruud joost jeroen koen
arjen mats johan jonas oskar axel gunnar leif kjell knut aleksander jakub marek wojciech lukasz rafal bartosz
ondrej petr jiri vaclav zoltan laszlo gabor istvan ferenc mihai bogdan vlad nikos giorgos dimitris yannis
kostas christos omari takashi haruki chinedu obinna kelechi musa abdou moussa mamadou cheikh ousmane amadou caleb
""".split())
MALE_ROLE = frozenset("""mr mr. he him his man father husband son brother king prince sir lord spokesman congressman
chairman businessman boy gentleman grandfather grandson uncle nephew widower boyfriend fiance dad""".split())
FEMALE_ROLE = frozenset("""mrs mrs. ms ms. miss she her woman mother wife daughter sister queen princess dame lady
spokeswoman congresswoman chairwoman businesswoman girl grandmother granddaughter aunt niece widow girlfriend fiancee mom
actress""".split())
# People described by nothing but who they are: "said one woman", "the man told AFP". Never a
# title before a name, so not role nouns; nor are the words for whom someone is close to ("his
# friend Donald Trump").
PERSON_NOUNS = frozenset("""man woman boy girl gentleman teenager youngster friend relative classmate roommate
coworker co-worker""".split())

# Abbreviations that do not end a sentence.
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen sens rep reps gov lt gen col capt sgt maj adm st jr sr rev fr u.s u.k u.n
e.u d.c inc corp co ltd no vs etc jan feb mar apr aug sept sep oct nov dec a.m p.m approx est
dept govt mt ft ave blvd calif fla ill mass mich minn penn tenn tex va wash wis ariz ark colo conn
del ga ind kan ky la md miss mo mont neb nev okla ore pa vt wyo r d i
ald supt det insp cmdr
""".split())
# (those a place's name opens on, whose period ends no phrase: "in St. Louis", "Ft. Worth")
PLACE_ABBREVIATIONS = ("St", "Mt", "Ft")
# (those that only abbreviate before a number: "No. 2", but "they would vote no. Ald. Gilbert
# Villegas said" ends a sentence)
NUMBER_ABBREVIATIONS = frozenset({"no", "nos"})

# US states as news copy abbreviates them in party tags ("Sen. Marco Rubio (R-Fla.)", AP
# style and postal codes), to their names: "the Florida senator" is then Rubio.
US_STATE_ABBREVIATIONS = {
    k.lower(): v for v, ks in {
        "Alabama": "Ala AL", "Alaska": "Alaska AK", "Arizona": "Ariz AZ", "Arkansas": "Ark AR",
        "California": "Calif CA", "Colorado": "Colo CO", "Connecticut": "Conn CT", "Delaware": "Del DE",
        "Florida": "Fla FL", "Georgia": "Ga GA", "Hawaii": "Hawaii HI", "Idaho": "Idaho ID",
        "Illinois": "Ill IL", "Indiana": "Ind IN", "Iowa": "Iowa IA", "Kansas": "Kan Kans KS",
        "Kentucky": "Ky KY", "Louisiana": "La LA", "Maine": "Maine ME", "Maryland": "Md MD",
        "Massachusetts": "Mass MA", "Michigan": "Mich MI", "Minnesota": "Minn MN",
        "Mississippi": "Miss MS", "Missouri": "Mo MO", "Montana": "Mont MT", "Nebraska": "Neb Nebr NE",
        "Nevada": "Nev NV", "New Hampshire": "N.H NH", "New Jersey": "N.J NJ", "New Mexico": "N.M NM",
        "New York": "N.Y NY", "North Carolina": "N.C NC", "North Dakota": "N.D ND", "Ohio": "Ohio OH",
        "Oklahoma": "Okla OK", "Oregon": "Ore Oreg OR", "Pennsylvania": "Pa Penn PA",
        "Rhode Island": "R.I RI", "South Carolina": "S.C SC", "South Dakota": "S.D SD",
        "Tennessee": "Tenn TN", "Texas": "Tex Texas TX", "Utah": "Utah UT", "Vermont": "Vt VT",
        "Virginia": "Va VA", "Washington": "Wash WA", "West Virginia": "W.Va WV",
        "Wisconsin": "Wis Wisc WI", "Wyoming": "Wyo WY",
    }.items() for k in ks.split()
}

# Countries by their common English names: one that speaks is its government ("China said").
# (Not "Jordan", "Chad" nor "Georgia": people's names as often.)
COUNTRIES = frozenset(x.strip().lower() for x in """
Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan,
Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia, Bosnia,
Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi, Cambodia, Cameroon, Canada, Chile, China,
Colombia, Comoros, Congo, Costa Rica, Croatia, Cuba, Cyprus, Czech Republic, Czechia, Denmark,
Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, Eritrea, Estonia, Eswatini, Ethiopia, Fiji,
Finland, France, Gabon, Gambia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea, Guyana, Haiti,
Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Ivory Coast,
Jamaica, Japan, Kazakhstan, Kenya, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho,
Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali,
Malta, Mauritania, Mauritius, Mexico, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique,
Myanmar, Namibia, Nepal, Netherlands, New Zealand, Nicaragua, Niger, Nigeria, North Korea,
North Macedonia, Norway, Oman, Pakistan, Palestine, Panama, Papua New Guinea, Paraguay, Peru,
Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda, Saudi Arabia, Senegal, Serbia,
Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia, Somalia, South Africa, South Korea,
South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan, Tajikistan,
Tanzania, Thailand, Togo, Tunisia, Turkey, Turkmenistan, Uganda, Ukraine, United Arab Emirates,
United Kingdom, United States, Uruguay, Uzbekistan, Venezuela, Vietnam, Yemen, Zambia, Zimbabwe,
Britain, Great Britain, America, Holland, Burma
""".split(","))

# Parts of the world, which no one is ("the Middle East", "Latin America")
REGIONS = frozenset("""middle east|near east|far east|latin america|south america|north america|central america|
west africa|east africa|north africa|southern africa|sub-saharan africa|horn of africa|central africa|
south asia|southeast asia|south-east asia|east asia|central asia|asia pacific|asia-pacific|
western europe|eastern europe|central europe|northern europe|southern europe|
west bank|gaza strip|persian gulf|arabian peninsula|balkans|caucasus|sahel|arctic|antarctic|
scandinavia|caribbean|mediterranean|indo-pacific|pacific islands|western balkans|global south""".replace("\n", "").split("|"))

# Words in -ing that are no gerund after a verb of owning up ("admitted during the hearing that"):
# pronouns, nouns and prepositions
NOT_GERUNDS = frozenset("""nothing something anything everything king evening morning during including following
regarding concerning according pending notwithstanding""".split())
# Roles written with a capital, which after "the" describe someone as a title does ("the
# four-time All-Star said", "the Olympian")
CAPITALISED_ROLES = frozenset("all-star olympian paralympian mvp".split())
# Words for a member of a legislature, any of which may stand for another: "A Labour
# backbencher ... said / "...," the MP said"
LEGISLATOR_NOUNS = frozenset("""mp lawmaker legislator backbencher parliamentarian congressman congresswoman
senator assemblyman assemblywoman councillor councilor""".split())
# What one person is to another, said before their name like a role ("Her rival, Erik Haugen,")
RELATION_NOUNS = frozenset("""rival rivals challenger successor predecessor counterpart ally opponent colleague
teammate neighbor neighbour friend classmate roommate""".split())
# ... and what one is by family ("Her husband, Paulo, disagreed.")
FAMILY_NOUNS = frozenset("""husband wife son daughter mother father brother sister fiance fiancee boyfriend
girlfriend grandson granddaughter grandmother grandfather niece nephew cousin uncle aunt widow widower
partner""".split())
# Fields of work, said as a noun before a role noun after an owner's name ("Trump campaign
# manager", "Sanford police officer", "EU crisis management commissioner")
FIELD_NOUNS = frozenset("""police fire campaign party union team club league health defence defense security
finance trade press communications news media research policy crisis emergency management rescue aid
election budget border immigration intelligence army navy military court justice transport energy
climate environment education housing labour labor tourism sports culture interior foreign home
marketing sales product design safety customs tax revenue treasury data science technology
protection development operations strategy program programme project city county state school
hospital bank fund brigade coast guard weather radio television network talk show film music
resources affairs relations rights services antitrust competition agriculture migration privacy""".split())
# Bodies a text calls by a word their name does not hold: "Greater Manchester Police ... the
# force said"
CALLED_BY = {"force": ("force", "police", "constabulary"),
             # ("the National Highway Traffic Safety Administration ... The agency said")
             "agency": ("agency", "administration", "bureau", "service", "authority", "commission", "board")}
# What a text calls a public body that oversees others ("The regulator said")
OVERSIGHT_NOUNS = frozenset("regulator watchdog".split())
# A monarch's titles, which open a name and never end one ("King Charles"; "Carole King")
MONARCH_TITLES = frozenset("king queen".split())
# Relations that also say where someone stands in a contest, and so serve as a role ("GOP
# rival Ted Cruz", "primary challenger Paul Nehlen"); the other relations do not ("his
# Portuguese colleague Mario Centeno")
# What is denied when a clause says what it holds: "denied allegations that ..."
CHARGE_NOUNS = frozenset("""allegation allegations report reports claim claims accusation accusations suggestion
suggestions charge charges speculation rumor rumors rumour rumours""".split())
# People a body's name may be possessive of: "the People's Party", "the Workers' Party"
NAMED_FOR_PEOPLE = frozenset("people peoples women men children workers farmers veterans citizens".split())
# Posts over a portfolio, which may join two fields in one title ("Work and Pensions
# Secretary", "Trade and Industry Minister")
PORTFOLIO_TITLES = frozenset("secretary minister commissioner".split())
CONTEST_NOUNS = frozenset("rival rivals challenger opponent".split())
