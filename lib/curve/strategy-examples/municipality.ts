import type { StrategyExample } from "./types";

export const municipality: StrategyExample = {
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
};
