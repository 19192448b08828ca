import type { StrategyExample } from "./types";

export const bakeryOnInstagram: StrategyExample = {
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
};
