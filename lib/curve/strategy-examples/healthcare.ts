import type { StrategyExample } from "./types";

export const elderlyCare: StrategyExample = {
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
};
