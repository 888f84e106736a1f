import type { SeedPost } from '../types';
import { b, c, code, h, i, image, link, ol, p, quote, s, u, ul } from './blocks';

/**
 * Demo posts of the Samen Lindeveen faction. Party, municipality, streets and organisations'
 * local details are fictional. Ordered from oldest to newest; the last entry is the one draft.
 */
export const posts: SeedPost[] = [
  {
    slug: 'schriftelijke-vragen-over-oversteek-kerkweg',
    title: 'Schriftelijke vragen over de onveilige oversteek op de Kerkweg',
    excerpt:
      'Buurtbewoners maken zich al maanden zorgen over de oversteek bij de Kerkweg en de Schoolstraat. Wij vragen het college om snel tijdelijke maatregelen te nemen.',
    publicationDate: '2019-04-18T16:10:00+02:00',
    author: 'jeroen-kuipers',
    labels: ['verkeer', 'schriftelijke-vragen'],
    cover: {
      file: 'cover-oversteek-kerkweg.jpg',
      alt: 'Illustratie van een zebrapad met twee fietsers en een verkeersbord',
    },
    content: [
      p(
        'Wie ’s ochtends rond half acht bij de oversteek op de Kerkweg staat, ziet het meteen: tientallen kinderen op de fiets, ouders met bakfietsen en auto’s die net iets te hard aan komen rijden. Sinds de nieuwe rondweg open is, is het hier een stuk drukker geworden.',
      ),
      p(
        'De afgelopen maanden kregen wij meerdere berichten van buurtbewoners over bijna-ongelukken. Daarom hebben wij vandaag schriftelijke vragen gesteld aan het college.',
      ),
      h(2, 'Onze vragen'),
      ol(
        'Is het college bekend met de onveilige situatie bij de oversteek Kerkweg–Schoolstraat en met de bijna-ongelukken die buurtbewoners hebben gemeld?',
        'Hoeveel ongevallen en meldingen zijn er sinds 2016 bij deze oversteek geregistreerd?',
        'Is het college bereid op korte termijn tijdelijke maatregelen te nemen, zoals een verkeersbrigadier, extra verlichting of een snelheidsdisplay?',
        'Wanneer wordt de oversteek meegenomen in de herinrichting van de Kerkweg, en worden ouders en de basisschool daarbij betrokken?',
      ),
      p(
        'Het college heeft zes weken om te antwoorden. Zodra de antwoorden binnen zijn, leest u ze hier. ',
        b('Een oversteek waar kinderen elke dag langs moeten, hoort gewoon veilig te zijn.'),
        ' Daar hoeft geen ongeluk voor te gebeuren.',
      ),
    ],
  },
  {
    slug: 'begroting-2020-onze-inzet',
    title: 'Begroting 2020: onze inzet in vier punten',
    excerpt:
      'De begroting voor 2020 is krap, maar er is ruimte voor keuzes. Dit zijn de vier punten waar onze fractie zich tijdens de algemene beschouwingen hard voor maakte.',
    publicationDate: '2019-11-07T22:45:00+01:00',
    author: 'henrike-nijman',
    labels: ['begroting', 'moties'],
    cover: {
      file: 'cover-begroting-2020.jpg',
      alt: 'Illustratie van stapels munten naast een rekenmachine',
    },
    content: [
      p(
        'Vanavond sprak de raad over de begroting voor 2020. Het is een krappe begroting: de kosten voor jeugdzorg en de Wmo stijgen, terwijl het geld uit het gemeentefonds achterblijft. Toch is er ruimte om keuzes te maken. Onze fractie deed dat met vier duidelijke punten.',
      ),
      ol(
        [
          b('Geen verhoging van de afvalstoffenheffing.'),
          ' Huishoudens betalen al genoeg; we zoeken de besparing bij de inzameling zelf.',
        ],
        [
          b('Behoud van het wijkteam in Westerlinde.'),
          ' Het college wilde dit team samenvoegen met de binnenstad. Wij vinden dat de zorg dichtbij moet blijven.',
        ],
        [
          b('Meer geld voor schuldhulp.'),
          ' Hoe eerder iemand geholpen wordt, hoe kleiner de schuld en hoe lager de kosten voor de gemeente.',
        ],
        [
          b('Een eerlijke onderhoudsplanning.'),
          ' Niet alleen de binnenstad, maar ook de dorpen verdienen goede stoepen en fietspaden.',
        ],
      ),
      p(
        'Samen met twee andere fracties dienden we een motie in over het wijkteam in Westerlinde. Die motie werd met ruime meerderheid aangenomen. Over de schuldhulp zegde de wethouder toe in het voorjaar met een voorstel te komen.',
      ),
      p(
        'Niet alles is gelukt. Ons voorstel om de afvalstoffenheffing gelijk te houden haalde het niet. We blijven er wel op letten dat de kosten niet ongemerkt verder oplopen.',
      ),
    ],
  },
  {
    slug: 'werkbezoek-kringloopcentrum-de-tweede-ronde',
    title: 'Werkbezoek bij kringloopcentrum De Tweede Ronde',
    publicationDate: '2020-02-20T12:00:00+01:00',
    author: 'samira-el-idrissi',
    labels: ['werkbezoeken', 'duurzaamheid'],
    cover: {
      file: 'cover-kringloop.jpg',
      alt: 'Illustratie van een winkelschap met tweedehands spullen en drie pijlen in een kringloop',
    },
    content: [
      p(
        'Afgelopen dinsdag waren we te gast bij kringloopcentrum De Tweede Ronde op het bedrijventerrein De Vaart. Wat begon als een kleine winkel met vrijwilligers, is uitgegroeid tot een bedrijf met zestig medewerkers, van wie de meesten via een re-integratietraject binnenkwamen.',
      ),
      p(
        'We liepen mee door de sorteerhal, waar elke dag twee vrachtwagens vol spullen binnenkomen. Meubels worden opgeknapt, elektrische apparaten getest en textiel gesorteerd. Wat niet meer te verkopen is, gaat zo veel mogelijk naar recycling.',
      ),
      quote(
        'Voor veel mensen hier is dit de eerste baan in jaren. Ze leren niet alleen een vak, ze horen er weer bij.',
      ),
      p(
        'De bedrijfsleider vertelde dat de ruimte te klein wordt en dat de huur van het pand in 2021 afloopt. Ook merkt De Tweede Ronde dat de gemeente bij inkoop zelden aan hergebruikte meubels denkt, terwijl kantoren en scholen daar prima mee ingericht kunnen worden.',
      ),
      p(
        'Wij nemen beide punten mee. We gaan het college vragen hoe het de kringloop kan helpen bij het vinden van een nieuwe plek, en of circulair inkopen een vaste plek kan krijgen in het inkoopbeleid. Zo snijdt het mes aan twee kanten: minder afval en meer werk.',
      ),
    ],
  },
  {
    slug: 'motie-groene-schoolpleinen-aangenomen',
    title: 'Motie voor groene schoolpleinen aangenomen',
    excerpt:
      'Tegels eruit, bomen en water erin: de raad stemde gisteravond in met onze motie om de komende vier jaar elk jaar drie schoolpleinen te vergroenen.',
    publicationDate: '2020-06-25T23:15:00+02:00',
    author: 'wim-brouwer',
    labels: ['moties', 'duurzaamheid'],
    cover: {
      file: 'cover-groene-schoolpleinen.jpg',
      alt: 'Illustratie van een schoolplein met bomen, struiken en een zandbak',
    },
    content: [
      p(
        'Goed nieuws uit de raadsvergadering van vanavond: onze motie ',
        i('Groene schoolpleinen'),
        ' is aangenomen met 27 stemmen voor en 4 tegen. Daarmee vraagt de raad het college om de komende vier jaar elk jaar minstens drie schoolpleinen te vergroenen.',
      ),
      p(
        'Veel schoolpleinen in Lindeveen zijn nu één grote vlakte van tegels. In de zomer wordt het er bloedheet en bij een flinke bui staat het water op het plein. Een groen plein met bomen, struiken en plekken waar regenwater de grond in kan, lost dat op. En kinderen spelen er aantoonbaar beter.',
      ),
      h(2, 'Wat gaat er nu gebeuren?'),
      ul(
        'De gemeente maakt samen met de schoolbesturen een lijst van pleinen die als eerste aan de beurt zijn.',
        'Leerlingen, ouders en buurtbewoners mogen meedenken over het ontwerp.',
        'Na schooltijd blijven de pleinen open als speelplek voor de buurt.',
      ),
      p(
        'De kosten worden gedeeld tussen de gemeente, de schoolbesturen en een provinciale subsidie voor klimaatadaptatie. We zijn blij dat ook fracties die eerst twijfelden uiteindelijk voor stemden. Volgend voorjaar vragen we hoe het ervoor staat.',
      ),
    ],
  },
  {
    slug: 'werkbezoek-leger-des-heils',
    title: 'Werkbezoek Leger des Heils',
    excerpt:
      'Samen met Samira bezocht ik het inloophuis van het Leger des Heils aan de Molenstraat. Een verslag van een indrukwekkende middag, en wat de gemeente volgens ons kan doen.',
    publicationDate: '2020-09-07T17:35:00+02:00',
    author: 'henrike-nijman',
    labels: ['werkbezoeken', 'zorg-en-welzijn'],
    cover: {
      file: 'cover-leger-des-heils.jpg',
      alt: 'Illustratie van een inloophuis met warm verlichte ramen en een open deur',
    },
    content: [
      p(
        'Vandaag bracht ik samen met Samira een werkbezoek aan het Leger des Heils in Lindeveen. In het inloophuis aan de Molenstraat kunnen mensen die dakloos zijn of het financieel zwaar hebben elke dag terecht voor een warme maaltijd, een douche en een luisterend oor.',
      ),
      p(
        'Door de coronamaatregelen mogen er minder mensen tegelijk binnen zijn. De medewerkers en vrijwilligers hebben daarom een systeem met tijdsloten bedacht en delen ’s avonds maaltijden uit aan de deur. Het aantal mensen dat aanklopt, is sinds het voorjaar bijna verdubbeld.',
      ),
      quote(
        'Mensen komen hier niet alleen voor een bord eten. Ze komen omdat hier iemand is die hun naam kent.',
      ),
      h(2, b('Wat kan de gemeente doen?')),
      p('Volgens de medewerkers zijn vooral drie dingen nodig:'),
      ul(
        'Meer plekken voor beschermd en begeleid wonen, zodat mensen niet maandenlang in de nachtopvang blijven.',
        'Snellere schuldhulp, zonder lange wachttijd voor het eerste gesprek.',
        'Eén vast aanspreekpunt bij de gemeente, in plaats van steeds een ander loket.',
      ),
      p(
        'Wij nemen deze signalen mee naar de begrotingsbehandeling in november. Meer over het landelijke werk van het Leger des Heils leest u op ',
        link('https://www.legerdesheils.nl', 'hun website'),
        '. Wilt u als vrijwilliger helpen? Het inloophuis zoekt nog mensen voor de avonddienst.',
      ),
    ],
  },
  {
    slug: 'schriftelijke-vragen-wachtlijsten-jeugdzorg',
    title: 'Schriftelijke vragen over de wachtlijsten in de jeugdzorg',
    excerpt:
      'Gezinnen wachten soms meer dan een half jaar op hulp voor hun kind. Wij willen van het college weten hoe lang de wachtlijsten precies zijn en wat eraan wordt gedaan.',
    publicationDate: '2021-03-11T15:20:00+01:00',
    author: 'samira-el-idrissi',
    labels: ['zorg-en-welzijn', 'schriftelijke-vragen'],
    content: [
      p(
        'De afgelopen weken spraken we met verschillende ouders die al maanden wachten op hulp voor hun kind. Een moeder uit Veenzicht vertelde dat haar dochter van twaalf sinds de zomer op een wachtlijst staat voor behandeling bij angstklachten. In de tussentijd gaat het op school steeds slechter.',
      ),
      p(
        'Dat is geen uitzondering. Ook de wijkteams zien de wachttijden oplopen, zeker sinds de scholen door corona een tijd dicht waren. Daarom hebben we het college de volgende vragen gesteld:',
      ),
      ol(
        'Hoeveel kinderen en jongeren in Lindeveen wachten op dit moment op jeugdhulp, en hoe lang gemiddeld?',
        'Voor welke vormen van hulp zijn de wachttijden het langst?',
        'Welke overbruggingszorg krijgen gezinnen die op een wachtlijst staan?',
        'Is het college bereid om met de regio afspraken te maken over een maximale wachttijd, en de raad daar elk kwartaal over te informeren?',
      ),
      p(
        'We begrijpen dat de gemeente dit niet alleen kan oplossen; er is ook een landelijk tekort aan behandelaren. Maar we willen wel weten waar we staan. ',
        b('Een kind dat hulp nodig heeft, kan niet een half jaar wachten.'),
      ),
    ],
  },
  {
    slug: 'woonvisie-meer-betaalbare-huizen',
    title: 'Woonvisie: meer betaalbare huizen, maar niet ten koste van alles',
    excerpt:
      'De nieuwe woonvisie belooft 2.400 woningen tot 2030. Wij steunen de ambitie, maar willen harde afspraken over betaalbaarheid en groen in de wijken.',
    publicationDate: '2021-10-14T21:30:00+02:00',
    author: 'jeroen-kuipers',
    labels: ['wonen'],
    cover: {
      file: 'cover-woonvisie.jpg',
      alt: 'Illustratie van een rij huizen in verschillende kleuren met een bouwkraan erachter',
    },
    content: [
      p(
        'Vanavond besprak de commissie Ruimte de nieuwe woonvisie. Het college wil tot 2030 zo’n 2.400 woningen bouwen. Dat is hard nodig: jongeren kunnen in Lindeveen nauwelijks nog iets vinden en ouderen die kleiner willen wonen, blijven noodgedwongen in hun eengezinswoning zitten.',
      ),
      h(2, 'Waar we blij mee zijn'),
      p(
        'De visie kiest voor bouwen binnen de bestaande stad, op plekken als het oude veilingterrein en het stationsgebied. Ook komt er ruimte voor woongroepen van ouderen en voor tijdelijke woningen voor mensen die met spoed een huis nodig hebben.',
      ),
      h(2, 'Waar we kritisch op zijn'),
      ul(
        'Het percentage sociale huur is vastgelegd als “streven”. Wij willen dat dit een harde eis wordt in elk bouwplan.',
        'Middenhuur moet ook na tien jaar middenhuur blijven, en niet alsnog duur verhuurd kunnen worden.',
        'Bouwen in de stad mag niet betekenen dat het laatste groen in de wijken verdwijnt.',
      ),
      p(
        'Bij de raadsvergadering van volgende maand komen we met voorstellen om de woonvisie op deze punten aan te scherpen. Meer woningen bouwen is goed, maar dan wel woningen die mensen in Lindeveen ook echt kunnen betalen.',
      ),
    ],
  },
  {
    slug: 'op-pad-met-woningcorporatie-thuis-aan-de-linde',
    title: 'Op pad met woningcorporatie Thuis aan de Linde',
    publicationDate: '2022-05-19T19:45:00+02:00',
    author: 'wim-brouwer',
    labels: ['werkbezoeken', 'wonen'],
    cover: {
      file: 'cover-woningcorporatie.jpg',
      alt: 'Illustratie van een flatgebouw in de steigers met nieuwe zonnepanelen op het dak',
    },
    content: [
      p(
        'Een paar weken na de verkiezingen gingen we op pad met woningcorporatie Thuis aan de Linde. Een opzichter en een wijkconsulent lieten ons zien hoe de flats aan de Lindelaan op dit moment worden verduurzaamd.',
      ),
      p(
        'De flats uit 1968 krijgen nieuwe kozijnen met dubbel glas, een geïsoleerde gevel en zonnepanelen op het dak. De bewoners blijven tijdens de werkzaamheden gewoon thuis wonen. Dat vraagt veel geduld, vertelde een bewoonster die we spraken op de galerij: “Het stof is verschrikkelijk, maar ik heb voor het eerst geen tocht meer in de slaapkamer.”',
      ),
      h(2, 'Wat ons opviel'),
      ul(
        'De huur gaat na de renovatie niet omhoog; de lagere energierekening komt helemaal ten goede aan de huurders.',
        'De corporatie wil sneller, maar loopt aan tegen lange vergunningsprocedures.',
        'Er wonen steeds meer ouderen alleen in de flats. De wijkconsulent ziet eenzaamheid toenemen.',
      ),
      p(
        'Over de vergunningen gaan we in gesprek met de wethouder. Het kan niet zo zijn dat verduurzaming maanden stilligt op papierwerk. De signalen over eenzaamheid brengen we in bij de bespreking van het nieuwe welzijnsbeleid.',
      ),
    ],
  },
  {
    slug: 'motie-energiearmoede-stap-voor-stap',
    title: 'Onze motie tegen energiearmoede, stap voor stap uitgelegd',
    excerpt:
      'Met de motie ‘Niemand in de kou’ willen we een energiefixteam dat gratis kleine isolatiemaatregelen aanbrengt. We leggen uit wat er in de motie staat en hoe het verder gaat.',
    publicationDate: '2022-11-10T23:50:00+01:00',
    author: 'jeroen-kuipers',
    labels: ['moties', 'duurzaamheid', 'begroting'],
    cover: {
      file: 'cover-motie-energiearmoede.jpg',
      alt: 'Illustratie van een huis met een sjaal eromheen en een thermometer ernaast',
    },
    content: [
      p(
        'Bij de begrotingsbehandeling dienen wij samen met twee andere fracties een motie in tegen energiearmoede. Omdat een motie voor veel mensen een ',
        i('ver-van-mijn-bed-show'),
        ' is, leggen we hier stap voor stap uit wat erin staat en wat er daarna gebeurt.',
      ),
      h(1, 'Motie ‘Niemand in de kou’'),
      p(
        'De motie hoort bij het raadsvoorstel over de begroting 2023 (zaaknummer ',
        c('RV-2022-087'),
        ') en wordt ',
        b('donderdag 17 november'),
        ' in stemming gebracht.',
      ),
      h(2, 'Waarom deze motie?'),
      p(
        'De energieprijzen zijn dit jaar ',
        b('meer dan verdubbeld'),
        '. Voor huishoudens met een klein inkomen in een slecht geïsoleerd huis is dat onbetaalbaar. De landelijke energietoeslag helpt, maar lost het lek niet op: de warmte verdwijnt nog steeds door de kieren.',
      ),
      h(3, 'Wat we in de wijken hoorden'),
      ul(
        'Huurders in Oosterhoek met enkel glas en tocht langs de kozijnen.',
        'Ouderen die de verwarming ’s avonds helemaal uitzetten.',
        'Gezinnen die net boven de inkomensgrens voor de energietoeslag zitten.',
      ),
      quote('Ik zit binnen met mijn jas aan en ga vroeg naar bed. Dat scheelt weer.'),
      h(2, 'De motie in stappen'),
      ol(
        'We dienen de motie in tijdens de begrotingsbehandeling.',
        'Andere fracties kunnen de motie mede indienen of er vragen over stellen.',
        'De wethouder geeft een oordeel: overnemen, oordeel aan de raad of ontraden.',
        'De raad stemt. Bij een meerderheid moet het college de opdracht uitvoeren.',
      ),
      h(3, 'Het dictum'),
      p(
        'Het belangrijkste deel van een motie is het ',
        i('dictum'),
        ': de opdracht aan het college. Bij ons luidt die zo:',
      ),
      code(
        [
          'De raad van de gemeente Lindeveen,',
          'in vergadering bijeen op 17 november 2022,',
          '',
          'verzoekt het college:',
          '1. vóór 1 januari 2023 een energiefixteam in te zetten dat gratis',
          '   kleine isolatiemaatregelen aanbrengt bij huishoudens met een',
          '   laag inkomen;',
          '2. hiervoor eenmalig € 250.000 te reserveren uit de algemene reserve;',
          '3. de raad vóór 1 april 2023 te informeren over het aantal bereikte',
          '   huishoudens,',
          '',
          'en gaat over tot de orde van de dag.',
        ].join('\n'),
      ),
      image(
        'energiearmoede-stappenplan.jpg',
        'Illustratie van een huis waar warmte ontsnapt via dak, ramen en deur, met pijlen bij elk lek',
        'Tochtstrips, radiatorfolie en een deurdranger houden een groot deel van de warmte binnen.',
      ),
      h(4, 'Wat kost het?'),
      p(
        'Het energiefixteam kost € 250.000. Dat is ',
        u('eenmalig'),
        ' geld: het team werkt één winter en daarna bekijken we samen met de corporaties hoe het verder kan.',
      ),
      h(5, 'Dekking'),
      p(
        'We stellen voor het bedrag te halen uit de algemene reserve. Die zit ruim boven het minimum dat de raad heeft afgesproken.',
      ),
      h(2, 'Meedenken?'),
      p(
        'Heeft u tips, of kent u iemand die hulp goed kan gebruiken? Mail ons via ',
        link('mailto:fractie@samenlindeveen.nl', 'fractie@samenlindeveen.nl'),
        '. Wie nu al een tegemoetkoming wil aanvragen, vindt de voorwaarden op ',
        link('https://www.rijksoverheid.nl', 'de site van de Rijksoverheid'),
        '.',
      ),
      h(6, 'Update 15 november'),
      p(
        'De stemming is verschoven van ',
        s('donderdag 17 november'),
        ' naar ',
        b('dinsdag 22 november'),
        '. De tekst van de motie blijft hetzelfde.',
      ),
    ],
  },
  {
    slug: 'vragen-over-volle-containers-binnenstad',
    title: 'Vragen over volle containers in de binnenstad',
    publicationDate: '2023-03-16T14:05:00+01:00',
    author: 'samira-el-idrissi',
    labels: ['schriftelijke-vragen', 'duurzaamheid'],
    cover: {
      file: 'cover-containers.jpg',
      alt: 'Illustratie van drie ondergrondse afvalcontainers in verschillende kleuren op een plein',
    },
    content: [
      p(
        'Sinds januari wordt het restafval in de binnenstad nog maar één keer per week opgehaald. Het idee is goed: minder vrachtwagens in de smalle straten en meer scheiden. Maar in de praktijk staan de ondergrondse containers rond de Korte Markt en de Havenstraat al op dinsdag vol.',
      ),
      p(
        'Bewoners zetten hun zakken ernaast, meeuwen doen de rest. Ondernemers vegen elke ochtend de stoep schoon voordat ze opengaan. Wij kregen in twee weken tijd meer dan veertig foto’s en berichten.',
      ),
      h(2, 'Wat we het college vragen'),
      ol(
        'Hoeveel meldingen van volle containers en bijplaatsingen zijn er sinds de nieuwe inzameling binnengekomen?',
        'Klopt het dat de vulgraadsensoren in de containers niet goed werken, zodat te laat wordt geleegd?',
        'Is het college bereid om tot de zomer een extra ophaalronde in te zetten in de binnenstad?',
        'Hoe worden bewoners zonder eigen buitenruimte geholpen om hun gft en plastic apart te houden?',
      ),
      p(
        'Wij blijven voorstander van beter afval scheiden. Maar dan moet het systeem wel werken, anders verliest de gemeente het vertrouwen van precies de mensen die willen meedoen.',
      ),
    ],
  },
  {
    slug: 'voorjaarsnota-kiezen-tussen-wegen-en-wijkcentra',
    title: 'Voorjaarsnota: kiezen tussen wegen en wijkcentra',
    excerpt:
      'De voorjaarsnota laat een tekort zien van 3,1 miljoen euro. Het college wil bezuinigen op welzijn; wij kiezen ervoor om groot onderhoud aan wegen een jaar later te plannen.',
    publicationDate: '2023-07-06T22:10:00+02:00',
    author: 'henrike-nijman',
    labels: ['begroting', 'zorg-en-welzijn'],
    cover: {
      file: 'cover-voorjaarsnota.jpg',
      alt: 'Illustratie van een weegschaal met aan de ene kant een weg en aan de andere kant een huisje',
    },
    content: [
      p(
        'De voorjaarsnota is het moment waarop de raad de grote lijnen voor de begroting van volgend jaar uitzet. Dit jaar was het geen feestelijke avond: de gemeente verwacht een tekort van 3,1 miljoen euro, vooral door hogere bouwkosten en loonstijgingen.',
      ),
      p(
        'Het college stelde voor om een groot deel van dat tekort te dekken door te bezuinigen op welzijn. Twee wijkcentra zouden korter open gaan en de subsidie voor het ouderenwerk zou met een kwart omlaag gaan.',
      ),
      h(2, 'Onze keuze'),
      p(
        'Wij vinden dat de verkeerde volgorde. Wijkcentra en ouderenwerk zijn precies de plekken waar problemen vroeg in beeld komen. Wie daar bezuinigt, betaalt later de rekening bij de zorg. Daarom stelden we voor om een deel van het groot onderhoud aan wegen met een jaar uit te stellen. Dat kan zonder dat het onveilig wordt, zo bleek uit de onderhoudsrapportage.',
      ),
      quote(
        'Een weg die een jaar later wordt geasfalteerd, ligt er volgend jaar nog. Een wijkcentrum dat dichtgaat, gaat niet zomaar weer open.',
      ),
      p(
        'Ons voorstel kreeg steun van een meerderheid van de raad. Het college komt in september met een uitgewerkte begroting. We houden de vinger aan de pols.',
      ),
    ],
  },
  {
    slug: 'fietsen-langs-schoolroutes',
    title: 'Fietsen met de Fietsersbond langs de schoolroutes',
    excerpt:
      'Op een koude januariochtend fietsten we met de afdeling Lindeveen van de Fietsersbond langs vijf schoolroutes. Wat gaat goed, en waar moet het echt beter?',
    publicationDate: '2024-01-25T18:30:00+01:00',
    author: 'jeroen-kuipers',
    labels: ['werkbezoeken', 'verkeer'],
    cover: {
      file: 'cover-schoolroutes.jpg',
      alt: 'Illustratie van twee fietsen op een rood fietspad langs bomen',
    },
    content: [
      p(
        'Het vroor licht toen we vanochtend om kwart over zeven vertrokken bij het station. Samen met vrijwilligers van de Fietsersbond fietsten we langs vijf routes die kinderen dagelijks naar de middelbare scholen nemen.',
      ),
      p(
        'Sommige stukken zijn prima: het nieuwe fietspad langs de Vaart is breed, goed verlicht en ligt apart van de auto’s. Maar op andere plekken schrokken we echt.',
      ),
      h(2, 'Knelpunten'),
      ul(
        'De rotonde bij de Industrieweg, waar vrachtverkeer de fietsers pas laat ziet.',
        'Het smalle fietspad langs de Deventerstraat, waar twee fietsers elkaar nauwelijks kunnen passeren.',
        'De tunnel onder het spoor, die in de winter donker en glad is.',
      ),
      p(
        'De Fietsersbond heeft deze punten al jaren in beeld en heeft goede, betaalbare oplossingen. Wij vragen het college om de schoolroutes een vaste plek te geven in het nieuwe mobiliteitsplan, met een lijst van maatregelen en een planning.',
      ),
      p(
        'Dank aan de vrijwilligers die zo vroeg op hun fiets wilden stappen. Volgende maand organiseren we een avond waarop ouders en leerlingen hun ervaringen kunnen delen.',
      ),
    ],
  },
  {
    slug: 'begroting-2025-amendement-buurthuizen',
    title: 'Begroting 2025: ons amendement voor de buurthuizen',
    excerpt:
      'Met een amendement op de begroting 2025 hebben we de sluiting van buurthuis De Boog en buurthuis Veenzicht voorkomen. Een verslag van een lange avond in de raadszaal.',
    publicationDate: '2024-11-07T23:40:00+01:00',
    author: 'wim-brouwer',
    labels: ['begroting', 'moties', 'zorg-en-welzijn'],
    cover: {
      file: 'cover-amendement-buurthuizen.jpg',
      alt: 'Illustratie van een raadszaal met een halve cirkel van tafels en een voorzittershamer',
    },
    content: [
      p(
        'Het was bijna middernacht toen de voorzitter de hamer liet vallen, maar het resultaat mocht er zijn: ons amendement om de buurthuizen De Boog en Veenzicht open te houden, is aangenomen.',
      ),
      p(
        'In de ontwerpbegroting stond een bezuiniging van € 180.000 op buurthuizen. Twee van de zes buurthuizen zouden volgend jaar dichtgaan. Voor de bewoners van Veenzicht zou het dichtstbijzijnde buurthuis dan op ruim twee kilometer liggen, te ver voor veel ouderen.',
      ),
      h(2, 'Wat is een amendement?'),
      p(
        'Met een amendement past de raad een voorstel van het college zelf aan. Anders dan een motie verandert een amendement dus direct de tekst van het besluit, in dit geval de begroting.',
      ),
      p(
        'Ons amendement haalt het geld uit de post voor externe advieskosten, die de afgelopen drie jaar steeds lager uitviel dan begroot. Acht fracties steunden het voorstel, drie stemden tegen.',
      ),
      quote('Hier drink ik elke dinsdag koffie. Zonder dit buurthuis spreek ik soms een week niemand.'),
      p(
        'Die woorden van een bezoeker van De Boog hebben we tijdens het debat voorgelezen. We danken iedereen die de afgelopen weken mailde, belde of naar de publieke tribune kwam.',
      ),
    ],
  },
  {
    slug: 'motie-dertig-kilometer-in-woonwijken',
    title: 'Motie: 30 km/u in woonwijken, met maatwerk per straat',
    excerpt:
      'Wij willen dat 30 kilometer per uur de norm wordt in de woonwijken van Lindeveen, maar niet met één pennenstreek. Daarom vraagt onze motie om een plan per wijk.',
    publicationDate: '2025-04-10T16:45:00+02:00',
    author: 'jeroen-kuipers',
    labels: ['verkeer', 'moties'],
    content: [
      p(
        'Steeds meer gemeenten kiezen ervoor om binnen de bebouwde kom 30 kilometer per uur als uitgangspunt te nemen. Ook in Lindeveen willen veel bewoners dat het rustiger wordt in hun straat. Tegelijk horen we zorgen van busreizigers en hulpdiensten, die niet overal vertraagd willen worden.',
      ),
      p('Volgende week dienen we daarom een motie in die beide kanten serieus neemt. De kern:'),
      ul(
        'In woonstraten wordt 30 km/u de norm.',
        'Doorgaande wegen met busverkeer en aanrijroutes van de hulpdiensten blijven 50 km/u, tenzij de situatie daar om vraagt.',
        'Het college stelt per wijk samen met bewoners een plan op, te beginnen bij de wijken met de meeste klachten.',
        'Een bord alleen is niet genoeg: de straat moet er ook naar worden ingericht.',
      ),
      p(
        'We hebben vooraf gesproken met de busvervoerder en de veiligheidsregio. Beide gaven aan dat ze met deze aanpak uit de voeten kunnen, zolang ze bij de plannen worden betrokken.',
      ),
      p(
        'Lager rijden scheelt ongelukken, geluid en uitstoot. Maar het werkt alleen als bewoners het zelf ook een goed idee vinden. Daarom willen we het samen met hen doen, straat voor straat.',
      ),
    ],
  },
  {
    slug: 'vragen-over-tijdelijke-woningen-stationsgebied',
    title: 'Vragen over de tijdelijke woningen bij het stationsgebied',
    excerpt:
      'De 120 tijdelijke woningen bij het station zouden deze zomer klaar zijn, maar het terrein ligt er nog leeg bij. Wij vragen het college om opheldering.',
    publicationDate: '2025-09-18T20:15:00+02:00',
    author: 'samira-el-idrissi',
    labels: ['wonen', 'schriftelijke-vragen'],
    cover: {
      file: 'cover-tijdelijke-woningen.jpg',
      alt: 'Illustratie van gestapelde houten woonunits naast een spoorlijn met een trein',
    },
    content: [
      p(
        'In 2024 besloot de raad om op het braakliggende terrein achter het station 120 tijdelijke woningen neer te zetten. Ze zijn bedoeld voor starters, statushouders en mensen die door een scheiding of brand met spoed een huis nodig hebben. De eerste bewoners zouden deze zomer hun sleutel krijgen.',
      ),
      p(
        'Inmiddels is het september en is er op het terrein nog geen woning te zien. Van mensen op de wachtlijst horen we dat ze niets meer te horen krijgen. Daarom stellen we het college de volgende vragen:',
      ),
      ol(
        'Wat is de reden van de vertraging, en wanneer worden de eerste woningen nu opgeleverd?',
        'Zijn de kosten van het project door de vertraging gestegen, en zo ja, met hoeveel?',
        'Hoe worden de mensen die al een woning toegezegd kregen, geïnformeerd en opgevangen?',
        'Welke lessen trekt het college hieruit voor de volgende locaties voor tijdelijke woningen?',
      ),
      p(
        'Tijdelijke woningen zijn juist bedoeld om snel te kunnen helpen. Als ze net zo lang op zich laten wachten als gewone nieuwbouw, schieten ze hun doel voorbij.',
      ),
    ],
  },
  {
    slug: 'werkbezoek-waterschap-wat-doen-we-met-al-die-regen',
    title: 'Werkbezoek waterschap: wat doen we met al die regen?',
    excerpt:
      'Na de natste herfst in jaren bezochten we het waterschap en het gemaal aan de Vaart. Hoe houdt Lindeveen droge voeten, en wat kunnen bewoners zelf doen?',
    publicationDate: '2026-02-12T11:00:00+01:00',
    author: 'wim-brouwer',
    labels: ['werkbezoeken', 'duurzaamheid'],
    cover: {
      file: 'cover-regenwater.jpg',
      alt: 'Illustratie van regendruppels boven een wadi met riet en een gemaal op de achtergrond',
    },
    content: [
      p(
        'De afgelopen herfst was de natste in jaren. In Veenzicht en de Kerkbuurt liepen kelders onder en stond het water meerdere keren op straat. Reden genoeg voor een bezoek aan het waterschap en het gemaal aan de Vaart, dat in november dag en nacht heeft gedraaid.',
      ),
      p(
        'De beheerder liet zien hoe het water uit de polders via sloten en gemalen naar de rivier wordt gepompt. Het systeem werkt goed, maar het is ontworpen voor het klimaat van vijftig jaar geleden. Hevige buien komen vaker voor, en dan kan het riool het water simpelweg niet aan.',
      ),
      h(2, 'Vasthouden, bergen, afvoeren'),
      p(
        'Dat is het motto van het waterschap. Eerst het water zo veel mogelijk vasthouden waar het valt, dan tijdelijk opslaan in wadi’s en vijvers, en pas als laatste afvoeren. Daar kan de gemeente veel aan bijdragen, bijvoorbeeld door minder stenen en meer groen in de openbare ruimte.',
      ),
      ul(
        'Een subsidie voor groene daken en regentonnen, ook voor huurders.',
        'Bij elke herinrichting van een straat standaard ruimte voor water.',
        'Een tegelwipwedstrijd tussen de wijken, zoals andere gemeenten al doen.',
      ),
      p(
        'We nemen deze ideeën mee naar de bespreking van het klimaatadaptatieplan in het voorjaar. En ik begin alvast zelf: deze week gaan de eerste tegels uit mijn eigen voortuin.',
      ),
    ],
  },
  {
    slug: 'begroting-2027-eerste-reactie',
    title: 'Begroting 2027: onze eerste reactie',
    excerpt:
      'Het college presenteerde deze week de eerste begroting van de nieuwe raadsperiode. Er staan goede plannen in voor wonen, maar we maken ons zorgen over de lokale lasten.',
    publicationDate: '2026-10-15T21:00:00+02:00',
    author: 'henrike-nijman',
    labels: ['begroting'],
    cover: {
      file: 'cover-begroting-2027.jpg',
      alt: 'Illustratie van de skyline van Lindeveen met een kerktoren en een stijgende grafiek',
    },
    content: [
      p(
        'Deze week presenteerde het college de begroting voor 2027, de eerste van deze raadsperiode. Onze fractie heeft de stukken de afgelopen dagen doorgenomen. Hieronder onze eerste indruk; begin november volgen de algemene beschouwingen.',
      ),
      h(2, 'Positief'),
      ul(
        'Er komt structureel geld bij voor de bouw van sociale huurwoningen en voor het aanpakken van slecht onderhouden huurhuizen.',
        'Het armoedebeleid wordt uitgebreid naar huishoudens met een inkomen tot 130 procent van het sociaal minimum.',
        'De wijkteams krijgen een vaste financiering voor vier jaar, zodat ze niet elk jaar opnieuw hoeven te vrezen.',
      ),
      h(2, 'Zorgen'),
      p(
        'De onroerendezaakbelasting stijgt met ruim acht procent, bovenop de inflatie. Ook de rioolheffing gaat omhoog. Voor veel huishoudens komt dat bovenop een toch al hoge energierekening. Wij willen weten waarom die verhoging zo fors is, en of er andere keuzes mogelijk zijn.',
      ),
      p(
        'Heeft u vragen of ideeën over de begroting? Laat het ons weten, dan nemen we ze mee in onze inbreng. We doen begin november verslag van de algemene beschouwingen.',
      ),
    ],
  },
  {
    slug: 'concept-motie-zwemles-voor-ieder-kind',
    title: 'Concept: motie zwemles voor ieder kind (nog niet ingediend)',
    excerpt:
      'Werkversie van een motie die ervoor moet zorgen dat ieder kind in Lindeveen een zwemdiploma haalt, ook als ouders de lessen niet kunnen betalen.',
    publicationDate: '2026-09-30T10:00:00+02:00',
    author: 'samira-el-idrissi',
    labels: ['moties', 'zorg-en-welzijn'],
    draft: true,
    content: [
      p(
        'Let op: dit is een werkversie. De tekst bespreken we eerst in de fractievergadering en met andere fracties voordat we de motie indienen.',
      ),
      p(
        'Uit cijfers van het zwembad blijkt dat ongeveer een op de tien kinderen in Lindeveen op hun twaalfde nog geen zwemdiploma heeft. In de wijken met de laagste inkomens ligt dat aantal veel hoger. Een zwemdiploma-A kost al snel zeshonderd euro, en de bijdrage uit het kindpakket dekt maar een deel daarvan.',
      ),
      p(
        'Nederland is een waterland. Kinderen spelen bij de Vaart, in de plassen aan de rand van de stad en op vakantie aan zee. Zwemmen is daarom geen luxe, maar een basisvaardigheid die je veiligheid geeft.',
      ),
      h(2, 'Eerste opzet van het dictum'),
      ol(
        'Onderzoek of schoolzwemmen in groep 5 en 6 terug kan komen, in samenwerking met het zwembad en de scholen.',
        'Verhoog de vergoeding uit het kindpakket zodat een volledig zwemdiploma gedekt is.',
        'Kom voor de voorjaarsnota met een kostenraming.',
      ),
      p(
        'Nog uitzoeken: wat kost schoolzwemmen per leerling, hoe doen buurgemeenten het, en welke fracties willen mede indienen?',
      ),
    ],
  },
];
