// Coverage of one event by several outlets, written for these tests: Russian military planes
// bring doctors and supplies to Italy. Adriatic Wire tells it as a goodwill gesture; Baltic
// Monitor as a pretext for lifting sanctions; Capital Daily reprints Adriatic Wire's wire copy
// under a lead of its own; Delta Times reports the logistics. Two reports of an unrelated flood
// in Spain, weeks later, are another story.

export const WIRE_LEAD =
  'Russia sent nine military planes loaded with doctors and medical equipment to Italy on Sunday, in what Moscow called a gesture of goodwill and friendship towards a nation struggling with the coronavirus.';

export const WIRE_BODY = [
  'The aircraft landed at the Pratica di Mare air base near Rome, where Italian officials welcomed the crews. The flights carried virus experts, ventilators, masks and disinfection vehicles for the hardest hit towns of Lombardy.',
  '"Italy is a friend, and friends help each other in difficult times," Foreign Minister Sergei Lavrov said in Moscow. He added that the help was offered with no conditions attached.',
  'Prime Minister Giuseppe Conte thanked President Vladimir Putin in a telephone call on Saturday evening. "We are grateful for this solidarity," Conte said.',
  'Doctors in Bergamo, where hospitals have run out of beds, said the specialists would relieve exhausted staff. "Every pair of hands matters now," said Maria Rossi, a nurse at the Papa Giovanni hospital.',
  'The Russian team will work alongside Italian doctors for several weeks, the Kremlin said in a statement that called the mission an act of goodwill. More humanitarian flights could follow if Rome asks for them.',
];

export const REPRINT_LEAD =
  'Italian crews unloaded crates of Russian ventilators in pouring rain at a military airfield outside Rome on Sunday night, the latest sign of how far the epidemic has stretched the country.';

export const ARTICLES = [
  {
    title: 'Russia sends doctors and supplies to Italy as a gesture of goodwill',
    outlet: 'Adriatic Wire',
    date: '2020-03-22T09:00:00Z',
    text: [WIRE_LEAD, ...WIRE_BODY].join('\n\n'),
  },
  {
    title: 'Moscow’s aid flights to Italy come with sanctions on the agenda',
    outlet: 'Baltic Monitor',
    date: '2020-03-23T08:00:00Z',
    text: [
      'Russian military planes carrying medical aid to Italy landed near Rome on Sunday, but diplomats in Brussels saw the operation as a pretext for lifting the sanctions the European Union imposed on Moscow in 2014.',
      'The Kremlin has long sought allies inside the European Union to break the unanimity that sanctions need. Italy has repeatedly questioned the sanctions, and a single veto in Brussels would be enough to end them.',
      '"This aid is about leverage over the sanctions debate, not about hospitals," said Nathalie Tocci, a foreign policy analyst. She said the humanitarian flights were a propaganda exercise aimed at Italian voters.',
      'Russian state television broadcast footage of the planes under the slogan "From Russia with love" for much of Sunday. "Sanctions will be reviewed in July as planned, and no member state has asked to lift them," the European Commission said in a statement.',
      'Officials in Rome insisted that the humanitarian help came with no strings attached. Critics were not convinced: the sanctions question, one diplomat said, now hangs over every shipment of aid.',
    ].join('\n\n'),
  },
  {
    title: 'Russian ventilators arrive in the rain',
    outlet: 'Capital Daily',
    date: '2020-03-22T18:30:00Z',
    text: [REPRINT_LEAD, ...WIRE_BODY].join('\n\n'),
  },
  {
    title: 'Nine Russian planes land at Pratica di Mare',
    outlet: 'Delta Times',
    date: '2020-03-23T07:00:00Z',
    text: [
      'Nine Russian air force transport planes landed at the Pratica di Mare air base near Rome on Sunday, bringing around one hundred military doctors and virus experts to Italy.',
      'The convoy of Russian army trucks left the air base for Bergamo on Monday morning, escorted by Italian police. The vehicles carried ventilators, masks and disinfection equipment.',
      'The Italian defence ministry said the Russian specialists would work in care homes in Lombardy, the region worst hit by the coronavirus. Italy has recorded more than five thousand deaths.',
      '"The first teams will start work in Bergamo on Tuesday," the defence ministry said in a statement.',
    ].join('\n\n'),
  },
  {
    title: 'Floods sweep through Valencia after record rainfall',
    outlet: 'Adriatic Wire',
    date: '2020-05-10T10:00:00Z',
    text: [
      'Torrential rain flooded streets across Valencia on Saturday, forcing hundreds of families from their homes and cutting power to thousands of houses along the Spanish coast.',
      'Rivers burst their banks in several towns south of the city, and firefighters rescued drivers trapped in their cars on flooded roads. Rail services to Madrid were suspended.',
      '"We have never seen this much water in one night," said Carmen Ortega, the mayor of Alzira. Meteorologists said more than four hundred litres of rain per square metre fell in some places.',
      'Regional authorities opened schools and sports halls as shelters, and the army sent soldiers to help clear mud from the worst affected streets.',
    ].join('\n\n'),
  },
  {
    title: 'Valencia counts the cost of flash floods',
    outlet: 'Baltic Monitor',
    date: '2020-05-11T09:00:00Z',
    text: [
      'Residents of Valencia began clearing mud from their homes on Sunday after flash floods swept through the city and the towns along the Spanish coast.',
      'Insurers estimated the damage from the floods at several hundred million euros. Farmers said the rain had destroyed the orange harvest in the flooded fields south of Valencia.',
      '"The water came up to the windows in minutes," said Jorge Martinez, a shopkeeper in Alzira whose street flooded on Saturday night. Firefighters rescued dozens of drivers from flooded roads.',
      'Regional authorities said the shelters in schools would stay open until the rivers fell and power returned to every house.',
    ].join('\n\n'),
  },
];

export const EVENT_TITLES = ARTICLES.slice(0, 4).map((article) => article.title);
export const FLOOD_TITLES = ARTICLES.slice(4).map((article) => article.title);

export function articlesJsonl(): string {
  return ARTICLES.map((article) => JSON.stringify(article)).join('\n') + '\n';
}
