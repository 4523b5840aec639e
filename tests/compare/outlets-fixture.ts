// Several articles per outlet on one event, written for these tests: dockworkers strike at the
// (invented) port of Kestrel Bay. Harbour Ledger writes about money, Union Voice about the workers'
// pay and fairness, Coast Courier a bit of both and reprints an agency's copy, and Pier Post has
// only two articles. Quotes come with telling verbs ("claimed", "admitted", "insisted"), an
// anonymous source and a newspaper; some pages carry share buttons and newsletter notices.

export interface OutletArticle {
  title: string;
  outlet: string;
  date: string;
  text: string;
}

const FURNITURE = 'Share this article\n\nSign up for our newsletter';

export const AGENCY_LEAD =
  'KESTREL BAY (Reuters) - Dockworkers at the port of Kestrel Bay walked out on Monday for the third week running, leaving more than forty container ships waiting offshore as talks over pay broke down again.';
const AGENCY_BODY = [
  'The port authority said the stoppage was costing the regional economy millions of euros a day. Shipping lines have begun to divert cargo to ports further north.',
  '"We will not sign a deal that cuts overtime pay," union leader Mara Quell said outside the harbour gates.',
  'Talks are due to resume on Thursday under a government mediator.',
];

export const OUTLET_ARTICLES: OutletArticle[] = [
  {
    title: 'Kestrel Bay strike costs port millions a day',
    outlet: 'Harbour Ledger',
    date: '2021-06-07T08:00:00Z',
    text: [
      'The strike at Kestrel Bay is costing exporters and the port millions of euros a day in lost trade, lost revenue and higher insurance costs.',
      '"Every day of this stoppage wipes another four million euros off the regional economy," port director Olan Brisk claimed on Sunday.',
      'Freight rates from the bay have doubled since the walkout began, and two shipping lines have moved their cargo to rival ports.',
      FURNITURE,
    ].join('\n\n'),
  },
  {
    title: 'Shipping lines count the cost of the Kestrel Bay walkout',
    outlet: 'Harbour Ledger',
    date: '2021-06-08T08:00:00Z',
    text: [
      'Shipping lines say the Kestrel Bay strike has added weeks and millions of euros in costs to their schedules, and investors are selling shares in the port operator.',
      '"The losses are real and they are growing," shipping executive Dara Venn insisted at a briefing for investors.',
      'Economists warned that the budget of the region would lose tax revenue if the dispute ran into the summer.',
      FURNITURE,
    ].join('\n\n'),
  },
  {
    title: 'Exporters warn of lost contracts as strike drags on',
    outlet: 'Harbour Ledger',
    date: '2021-06-09T08:00:00Z',
    text: [
      'Exporters in the bay region warned that the strike could cost them contracts worth hundreds of millions of euros, as buyers abroad look for other suppliers.',
      '"We cannot pay penalties for late delivery much longer," said Ines Marr, who runs a fruit export company. Her firm has lost two contracts this month.',
      'The chamber of commerce put the cost of the dispute at one hundred million euros so far.',
      FURNITURE,
    ].join('\n\n'),
  },
  {
    title: 'Port operator shares fall as talks stall',
    outlet: 'Harbour Ledger',
    date: '2021-06-10T08:00:00Z',
    text: [
      'Shares in the Kestrel Bay port operator fell for a fifth day as talks with the dockworkers stalled, wiping a tenth off the company’s market value.',
      '"Investors want to know when the ships will move again," port director Olan Brisk said. He claimed the union’s demands would make the port unprofitable.',
      'Analysts cut their profit forecasts for the year and warned of higher prices for imported goods.',
      FURNITURE,
    ].join('\n\n'),
  },
  {
    title: 'Dockworkers say overtime cuts are unfair',
    outlet: 'Union Voice',
    date: '2021-06-07T10:00:00Z',
    text: [
      'Dockworkers at Kestrel Bay say the planned cuts to overtime pay are unfair to families who have worked the night shifts for decades.',
      '"They want us to work the same hours for less money, and that is not fair," crane driver Tomas Reyl said.',
      'Workers on temporary contracts are paid a third less than their colleagues for the same job, the union says.',
    ].join('\n\n'),
  },
  {
    title: 'Night-shift workers describe life on the docks',
    outlet: 'Union Voice',
    date: '2021-06-08T10:00:00Z',
    text: [
      'The dockworkers of Kestrel Bay work twelve-hour night shifts in wind and rain, and many say they have not seen their children awake on a weekday for years.',
      '"I have given this port twenty years of my life," said Lena Harth, a lasher on the night shift. She said the workers only ask to be treated with respect.',
      'A port manager admitted that wages had not kept up with prices since the last agreement.',
    ].join('\n\n'),
  },
  {
    title: 'Union rejects offer that splits temporary and permanent staff',
    outlet: 'Union Voice',
    date: '2021-06-09T10:00:00Z',
    text: [
      'The union rejected the port’s latest offer because it would pay temporary staff less than permanent staff for the same work, an unequal deal its members voted down.',
      '"Equal pay for equal work is not a slogan, it is the law," union leader Mara Quell insisted.',
      'A senior port official, who asked not to be named, admitted that the offer was "not our best".',
    ].join('\n\n'),
  },
  {
    title: 'Families rally behind striking dockworkers',
    outlet: 'Union Voice',
    date: '2021-06-10T10:00:00Z',
    text: [
      'Hundreds of families marched through Kestrel Bay on Saturday in support of the striking dockworkers, carrying banners that called the pay cuts unjust.',
      '"My father worked these docks and so do I; we deserve fair treatment," said Ruben Oske, a young docker.',
      'Local churches and shopkeepers have collected food for the families of workers on strike.',
    ].join('\n\n'),
  },
  {
    title: 'Kestrel Bay strike enters third week',
    outlet: 'Coast Courier',
    date: '2021-06-07T12:00:00Z',
    text: [AGENCY_LEAD, ...AGENCY_BODY].join('\n\n'),
  },
  {
    title: 'Strike talks resume under mediator',
    outlet: 'Coast Courier',
    date: '2021-06-09T12:00:00Z',
    text: [
      'Talks between the port and the dockworkers resumed on Thursday under a government mediator, with both sides saying a deal was possible.',
      '"We are closer than people think," the mediator, Ansel Dorr, said after the first session.',
      'The port’s losses and the workers’ pay remain the main points of the dispute, the Kestrel Gazette reported.',
    ].join('\n\n'),
  },
  {
    title: 'Town divided over the dock strike',
    outlet: 'Coast Courier',
    date: '2021-06-10T12:00:00Z',
    text: [
      'In the cafés of Kestrel Bay, opinion on the strike is split between sympathy for the dockworkers and worry about jobs in the shops and warehouses that depend on the port.',
      '"The dockers are right, but we all pay for it," shop owner Pia Lund said.',
      'Several warehouses have sent their staff home on reduced pay.',
    ].join('\n\n'),
  },
  {
    title: 'Harbour businesses brace for a long strike',
    outlet: 'Coast Courier',
    date: '2021-06-11T12:00:00Z',
    text: [
      'Businesses around the harbour are preparing for a long strike, cutting hours and delaying orders as the cost of the dispute grows.',
      '"We have cash for a month, maybe two," a restaurant owner said.',
      'The regional government said it would offer loans to firms hit by the stoppage.',
    ].join('\n\n'),
  },
  {
    title: 'Ships queue off Kestrel Bay',
    outlet: 'Pier Post',
    date: '2021-06-08T15:00:00Z',
    text: [
      'More than forty ships are queuing off Kestrel Bay as the dock strike continues, and some have been waiting for nine days.',
      '"We have never seen a queue like this," harbour pilot Gus Harrow said.',
    ].join('\n\n'),
  },
  {
    title: 'Agency copy on the strike',
    outlet: 'Pier Post',
    date: '2021-06-07T16:00:00Z',
    text: [AGENCY_LEAD.replace('KESTREL BAY (Reuters) - ', ''), ...AGENCY_BODY, 'Source: Reuters'].join(
      '\n\n',
    ),
  },
];

export const OUTLET_NAMES = ['Harbour Ledger', 'Union Voice', 'Coast Courier', 'Pier Post'];

export function outletArticlesJsonl(): string {
  return OUTLET_ARTICLES.map((article) => JSON.stringify(article)).join('\n') + '\n';
}
