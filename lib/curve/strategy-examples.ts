// Worked-out strategies a consultant can start from or read beside the field being written.
// Clients read these too: each is a believable organisation, not a template with blanks.
import type { LocalizedText, StageNumber } from "./model";
import type { StrategyElementId } from "./strategy";
import type { Sector, SizeBand } from "./vocabulary";

type ExampleObjective = {
  what: LocalizedText;
  kpi: LocalizedText;
  baseline: number;
  target: number;
  /** "By when", counted from the day the strategy is started from the example. */
  months: number;
  dimensionId: string;
};

export type StrategyExample = {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  sector: Sector;
  sizeBand: SizeBand;
  stage: StageNumber;
  /** Set when the example covers one channel only. */
  channel: string | null;
  sections: Partial<Record<Exclude<StrategyElementId, "objectives">, LocalizedText>>;
  objectives: ExampleObjective[];
};

export const STRATEGY_EXAMPLES: readonly StrategyExample[] = [
  {
    id: "bakery-instagram",
    name: { nl: "Bakkerij, alleen Instagram", en: "Bakery, Instagram only" },
    description: {
      nl: "Een ambachtelijke bakkerij met zes medewerkers en één winkel. De eigenaar post zelf, als het lukt.",
      en: "A craft bakery with six staff and one shop. The owner posts herself, when there is time.",
    },
    sector: "retail",
    sizeBand: "1-9",
    stage: 1,
    channel: "Instagram",
    sections: {
      "brand-promise": {
        nl: "Elke ochtend vers, met de hand gemaakt, en u ziet wie het bakt.",
        en: "Fresh every morning, made by hand, and you see who bakes it.",
      },
      goal: {
        nl: "Meer mensen uit de buurt kiezen voor onze bakkerij, ook op doordeweekse dagen.",
        en: "More people in the neighbourhood choose our bakery, on weekdays too.",
      },
      measurability: {
        nl: "Elke eerste maandag van de maand noteert de eigenaar volgers, bereik en het aantal keer dat klanten in de winkel Instagram noemen. Vijf minuten, in één gedeeld overzicht.",
        en: "Every first Monday of the month the owner writes down followers, reach and how often customers in the shop mention Instagram. Five minutes, in one shared sheet.",
      },
      audiences: {
        nl: "Buurtbewoners van 25 tot 55 die waarde hechten aan ambacht; ouders die op weg naar school langskomen. Ze volgen lokale accounts, het wijkplatform en de markt.",
        en: "Neighbours aged 25 to 55 who value craft; parents passing on the way to school. They follow local accounts, the neighbourhood page and the market.",
      },
      frequency: {
        nl: "Drie berichten per week (dinsdag, donderdag, zaterdag) en elke bakdag een story van de ovens om 7 uur.",
        en: "Three posts a week (Tuesday, Thursday, Saturday) and a story from the ovens at 7 am on every baking day.",
      },
      "follow-up": {
        nl: "De eigenaar beantwoordt berichten; op haar vrije dag doet de vaste verkoopster het. Een klacht over een product: excuses, uitnodigen in de winkel, nooit in discussie in de reacties.",
        en: "The owner answers messages; on her day off the regular shop assistant does. A complaint about a product: apologise, invite them to the shop, never argue in the comments.",
      },
      "tone-of-voice": {
        nl: "Warm, kort, met de namen van de bakkers. Wel: 'Vanochtend om 5 uur begon Sem aan het desembrood.' Niet: 'Bestel nu!!!' of stockfoto's.",
        en: "Warm, short, with the bakers' names. Do: 'Sem started the sourdough at 5 this morning.' Don't: 'Order now!!!' or stock photos.",
      },
      "response-time": {
        nl: "Binnen 4 werkuren op winkeldagen; bestellingen via een bericht dezelfde dag.",
        en: "Within 4 working hours on shop days; orders by message the same day.",
      },
      listening: {
        nl: "Een melding op de naam van de bakkerij en de wijk op Instagram en Google; de eigenaar kijkt er 's avonds even naar.",
        en: "An alert on the bakery's name and the neighbourhood on Instagram and Google; the owner looks at it briefly each evening.",
      },
    },
    objectives: [
      {
        what: {
          nl: "Meer buurtbewoners volgen de bakkerij op Instagram.",
          en: "More neighbours follow the bakery on Instagram.",
        },
        kpi: { nl: "Volgers", en: "Followers" },
        baseline: 420,
        target: 900,
        months: 6,
        dimensionId: "presence",
      },
      {
        what: {
          nl: "Elke maand meten we wat Instagram oplevert.",
          en: "Every month we measure what Instagram brings.",
        },
        kpi: { nl: "Maanden met een ingevuld overzicht", en: "Months with a completed sheet" },
        baseline: 0,
        target: 6,
        months: 6,
        dimensionId: "measurement",
      },
    ],
  },
  {
    id: "municipality",
    name: { nl: "Gemeente met integrale ambities", en: "Municipality with integrated ambitions" },
    description: {
      nl: "Een gemeente van 60.000 inwoners. Communicatie beheert vijf kanalen; wijkteams, de klantcontactcentrale en HR willen meedoen.",
      en: "A municipality of 60,000 residents. Communications runs five channels; neighbourhood teams, the contact centre and HR want to join in.",
    },
    sector: "government",
    sizeBand: "250-999",
    stage: 2,
    channel: null,
    sections: {
      "brand-promise": {
        nl: "Dichtbij en duidelijk: u krijgt antwoord van iemand die uw wijk kent.",
        en: "Close by and clear: you get an answer from someone who knows your neighbourhood.",
      },
      goal: {
        nl: "Sociale media helpen het collegedoel 'inwoners praten mee' te halen: meer inwoners bereikt en betrokken bij besluiten over hun wijk.",
        en: "Social media help reach the council's goal 'residents have a say': more residents reached and involved in decisions about their neighbourhood.",
      },
      measurability: {
        nl: "Een dashboard per kwartaal met bereik, reacties en opgeloste vragen per kanaal; de social media manager rapporteert aan de gemeentesecretaris, die het deelt met het college.",
        en: "A quarterly dashboard of reach, reactions and resolved questions per channel; the social media manager reports to the municipal secretary, who shares it with the executive board.",
      },
      audiences: {
        nl: "Inwoners per wijk (Facebookgroepen, Nextdoor), jongeren (Instagram, TikTok), ondernemers en partners (LinkedIn), pers en raadsleden (X en LinkedIn).",
        en: "Residents per neighbourhood (Facebook groups, Nextdoor), young people (Instagram, TikTok), businesses and partners (LinkedIn), press and council members (X and LinkedIn).",
      },
      channels: {
        nl: "Facebook: wijknieuws en vragen. Instagram: beeld van de stad en participatie. LinkedIn: werken bij en partners. WhatsApp: klantcontact. X: alleen crisis- en persberichten.",
        en: "Facebook: neighbourhood news and questions. Instagram: pictures of the town and participation. LinkedIn: careers and partners. WhatsApp: customer contact. X: crisis and press messages only.",
      },
      frequency: {
        nl: "Facebook en Instagram dagelijks op werkdagen, LinkedIn twee keer per week, wijkpagina's wekelijks door de wijkteams.",
        en: "Facebook and Instagram daily on working days, LinkedIn twice a week, neighbourhood pages weekly by the neighbourhood teams.",
      },
      "follow-up": {
        nl: "De klantcontactcentrale beantwoordt vragen op alle kanalen; vakafdelingen leveren binnen een werkdag een antwoord aan; bij onrust of een calamiteit schaalt de dienstdoende woordvoerder op.",
        en: "The contact centre answers questions on every channel; departments supply an answer within one working day; in case of unrest or an emergency the spokesperson on duty escalates.",
      },
      "tone-of-voice": {
        nl: "Helder Nederlands op B1-niveau, 'u' en 'je' zoals de inwoner begint. Wel: uitleggen waarom. Niet: ambtelijke afkortingen, in discussie over politieke keuzes.",
        en: "Plain language at B1 level, formal or informal as the resident begins. Do: explain why. Don't: official abbreviations, arguing about political choices.",
      },
      "response-time": {
        nl: "Binnen 2 werkuren op WhatsApp en Facebook, binnen 1 werkdag elders; bij een calamiteit binnen 30 minuten een eerste bericht.",
        en: "Within 2 working hours on WhatsApp and Facebook, within 1 working day elsewhere; in an emergency a first message within 30 minutes.",
      },
      listening: {
        nl: "Een monitoringtool op de gemeentenaam, wijknamen en lopende projecten; een wekelijks overzicht voor wijkteams en bestuur.",
        en: "A monitoring tool on the town's name, neighbourhood names and current projects; a weekly summary for neighbourhood teams and the board.",
      },
      roles: {
        nl: "Sponsor: de gemeentesecretaris. Social media manager bij Communicatie. Eén contactpersoon per wijkteam, klantcontact en HR, die samen maandelijks het plan bijstellen.",
        en: "Sponsor: the municipal secretary. A social media manager in Communications. One contact each in the neighbourhood teams, the contact centre and HR, who adjust the plan together every month.",
      },
      "action-plan": {
        nl: "Kwartaal 1: rollen en webcare-afspraken vastleggen. Kwartaal 2: dashboard en training wijkteams. Kwartaal 3: participatie via Instagram bij twee wijkprojecten. Kwartaal 4: evaluatie met het college.",
        en: "Quarter 1: agree roles and webcare arrangements. Quarter 2: dashboard and training for neighbourhood teams. Quarter 3: participation through Instagram in two neighbourhood projects. Quarter 4: review with the executive board.",
      },
    },
    objectives: [
      {
        what: {
          nl: "Vragen via sociale media worden binnen de afgesproken tijd beantwoord.",
          en: "Questions on social media are answered within the agreed time.",
        },
        kpi: { nl: "Percentage op tijd beantwoord", en: "Percentage answered on time" },
        baseline: 55,
        target: 90,
        months: 9,
        dimensionId: "integration",
      },
      {
        what: {
          nl: "Meer inwoners praten online mee over plannen in hun wijk.",
          en: "More residents take part online in plans for their neighbourhood.",
        },
        kpi: { nl: "Deelnemers aan online participatie per project", en: "Participants in online participation per project" },
        baseline: 80,
        target: 300,
        months: 12,
        dimensionId: "strategy",
      },
      {
        what: {
          nl: "Het bestuur ziet elk kwartaal wat sociale media bijdragen.",
          en: "The board sees every quarter what social media contribute.",
        },
        kpi: { nl: "Kwartaalrapportages besproken", en: "Quarterly reports discussed" },
        baseline: 0,
        target: 4,
        months: 12,
        dimensionId: "measurement",
      },
    ],
  },
  {
    id: "healthcare",
    name: { nl: "Zorgorganisatie", en: "Healthcare organisation" },
    description: {
      nl: "Een ouderenzorgorganisatie met twaalf locaties. Werving is de grootste zorg; medewerkers delen al veel, zonder afspraken.",
      en: "An elderly-care organisation with twelve locations. Recruitment is the biggest worry; staff already share a lot, without any arrangements.",
    },
    sector: "healthcare",
    sizeBand: "1000+",
    stage: 2,
    channel: null,
    sections: {
      "brand-promise": {
        nl: "Aandacht die u ziet: bij ons is er tijd voor een gesprek.",
        en: "Care you can see: with us there is time for a conversation.",
      },
      goal: {
        nl: "Sociale media helpen ons nieuwe collega's te vinden en families te laten zien hoe het leven op onze locaties is.",
        en: "Social media help us find new colleagues and show families what life is like at our locations.",
      },
      measurability: {
        nl: "HR en Communicatie volgen maandelijks sollicitaties via sociale media en het bereik per locatie; de bestuurder krijgt elk kwartaal een korte rapportage.",
        en: "HR and Communications track applications from social media and reach per location every month; the executive receives a short report every quarter.",
      },
      audiences: {
        nl: "Zorgprofessionals en leerlingen in de regio (Instagram, TikTok, LinkedIn); families en mantelzorgers (Facebook); verwijzers en partners (LinkedIn).",
        en: "Care professionals and students in the region (Instagram, TikTok, LinkedIn); families and carers (Facebook); referrers and partners (LinkedIn).",
      },
      channels: {
        nl: "Instagram en TikTok: werken bij, door medewerkers zelf. Facebook: leven op de locaties, voor families. LinkedIn: vakmanschap en partners.",
        en: "Instagram and TikTok: working here, by staff themselves. Facebook: life at the locations, for families. LinkedIn: expertise and partners.",
      },
      frequency: {
        nl: "Instagram drie keer per week, TikTok twee keer, Facebook per locatie wekelijks, LinkedIn wekelijks.",
        en: "Instagram three times a week, TikTok twice, Facebook weekly per location, LinkedIn weekly.",
      },
      "follow-up": {
        nl: "Communicatie beantwoordt algemene vragen; vragen over een cliënt gaan nooit in het openbaar, maar via een persoonlijk bericht naar de locatiemanager. Klachten volgen de klachtenregeling.",
        en: "Communications answers general questions; questions about a client are never handled in public but passed by private message to the location manager. Complaints follow the complaints procedure.",
      },
      "tone-of-voice": {
        nl: "Menselijk en respectvol. Wel: medewerkers aan het woord, echte momenten met toestemming. Niet: herkenbare cliënten zonder schriftelijke toestemming, medische details.",
        en: "Human and respectful. Do: staff in their own words, real moments with consent. Don't: recognisable clients without written consent, medical details.",
      },
      "response-time": {
        nl: "Binnen 4 werkuren op werkdagen; sollicitatievragen dezelfde dag.",
        en: "Within 4 working hours on working days; questions about jobs the same day.",
      },
      "employee-guidelines": {
        nl: "Een kort kader: deel trots wat je doet, nooit wie je verzorgt; twijfel je, vraag het je teamleider of Communicatie.",
        en: "A short framework: share proudly what you do, never whom you care for; in doubt, ask your team leader or Communications.",
      },
      advocacy: {
        nl: "Tien ambassadeurs uit verschillende locaties maken elk een maand de 'werken bij'-content en krijgen daar tijd voor.",
        en: "Ten ambassadors from different locations each create the 'working here' content for a month and are given time for it.",
      },
    },
    objectives: [
      {
        what: {
          nl: "Meer sollicitaties komen via sociale media binnen.",
          en: "More applications come in through social media.",
        },
        kpi: { nl: "Sollicitaties per maand via sociale media", en: "Applications per month from social media" },
        baseline: 6,
        target: 20,
        months: 12,
        dimensionId: "strategy",
      },
      {
        what: {
          nl: "Medewerkers delen werk met afspraken die iedereen kent.",
          en: "Staff share their work within arrangements everyone knows.",
        },
        kpi: { nl: "Locaties met een getrainde ambassadeur", en: "Locations with a trained ambassador" },
        baseline: 0,
        target: 10,
        months: 9,
        dimensionId: "culture",
      },
    ],
  },
  {
    id: "b2b-manufacturer",
    name: { nl: "B2B-producent", en: "B2B manufacturer" },
    description: {
      nl: "Een producent van industriële pompen met 120 medewerkers. Marketing post af en toe op LinkedIn; sales weet niet wat het oplevert.",
      en: "A maker of industrial pumps with 120 staff. Marketing posts on LinkedIn now and then; sales doesn't know what it brings.",
    },
    sector: "manufacturing",
    sizeBand: "50-249",
    stage: 2,
    channel: null,
    sections: {
      "brand-promise": {
        nl: "Pompen die blijven draaien, en engineers die meedenken voordat u belt.",
        en: "Pumps that keep running, and engineers who think ahead before you call.",
      },
      goal: {
        nl: "LinkedIn en YouTube leveren gekwalificeerde leads op voor sales in onze drie kernmarkten.",
        en: "LinkedIn and YouTube bring qualified leads for sales in our three core markets.",
      },
      measurability: {
        nl: "Marketing meet maandelijks leads uit sociale media in het CRM, bereik bij doelbedrijven en kijktijd; sales en marketing bespreken het in het maandoverleg.",
        en: "Marketing measures leads from social media in the CRM, reach among target companies and watch time every month; sales and marketing review it in their monthly meeting.",
      },
      audiences: {
        nl: "Onderhoudsmanagers en inkopers in voedingsmiddelen, water en chemie; technische adviesbureaus. Ze zitten op LinkedIn en zoeken uitleg op YouTube.",
        en: "Maintenance managers and buyers in food, water and chemicals; engineering consultancies. They are on LinkedIn and look for explanations on YouTube.",
      },
      channels: {
        nl: "LinkedIn: vakkennis en cases, ook via de profielen van engineers. YouTube: uitlegvideo's over onderhoud en keuze.",
        en: "LinkedIn: expertise and cases, also through engineers' profiles. YouTube: how-to videos about maintenance and choosing a pump.",
      },
      frequency: {
        nl: "LinkedIn twee keer per week op de bedrijfspagina, engineers één keer per maand; YouTube één video per maand.",
        en: "LinkedIn twice a week on the company page, engineers once a month; YouTube one video a month.",
      },
      "follow-up": {
        nl: "Marketing beantwoordt reacties; technische vragen gaan binnen een werkdag naar de binnendienst, die de klant belt.",
        en: "Marketing answers comments; technical questions go to inside sales within one working day, who call the customer.",
      },
      "tone-of-voice": {
        nl: "Deskundig en nuchter. Wel: cijfers, foto's uit de fabriek, de engineer bij naam. Niet: superlatieven, vakjargon zonder uitleg.",
        en: "Expert and down to earth. Do: figures, photos from the factory, the engineer by name. Don't: superlatives, jargon without explanation.",
      },
      "response-time": {
        nl: "Binnen 1 werkdag op LinkedIn en YouTube.",
        en: "Within 1 working day on LinkedIn and YouTube.",
      },
      listening: {
        nl: "Meldingen op de merknaam, de drie grootste concurrenten en 'pomp storing'; marketing deelt elke week wat opvalt met sales.",
        en: "Alerts on the brand name, the three largest competitors and 'pump failure'; marketing shares what stands out with sales every week.",
      },
      roles: {
        nl: "Marketing is eigenaar; de commercieel directeur is sponsor; vier engineers schrijven mee.",
        en: "Marketing owns it; the commercial director is the sponsor; four engineers contribute.",
      },
    },
    objectives: [
      {
        what: {
          nl: "Sociale media leveren gekwalificeerde leads op.",
          en: "Social media bring qualified leads.",
        },
        kpi: { nl: "Leads per kwartaal uit sociale media in het CRM", en: "Leads per quarter from social media in the CRM" },
        baseline: 3,
        target: 15,
        months: 12,
        dimensionId: "measurement",
      },
      {
        what: {
          nl: "Engineers laten zelf zien wat ze weten.",
          en: "Engineers show what they know themselves.",
        },
        kpi: { nl: "Engineers die maandelijks posten", en: "Engineers posting monthly" },
        baseline: 0,
        target: 4,
        months: 6,
        dimensionId: "ownership",
      },
    ],
  },
];

export function strategyExample(id: string): StrategyExample | null {
  return STRATEGY_EXAMPLES.find((example) => example.id === id) ?? null;
}
