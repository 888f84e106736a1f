import type { SeedPost } from '../types';
import { h, ol, p, quote, ul } from './blocks';

/** Demo posts from 2023 on, oldest first; the last entry is the one draft. */
export const postsSince2023: SeedPost[] = [
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
