import type { SeedPost } from '../types';
import { b, c, code, h, i, image, link, ol, p, quote, s, u, ul } from './blocks';

/** Demo posts from 2019 to 2022, oldest first. */
export const postsUntil2022: SeedPost[] = [
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
];
