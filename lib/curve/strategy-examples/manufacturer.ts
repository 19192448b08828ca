import type { StrategyExample } from "./types";

export const pumpManufacturer: StrategyExample = {
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
};
