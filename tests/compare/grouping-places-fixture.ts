// Coverage written for the grouping tests on places and late reports. Norway sends water engineers
// after floods: to Peru (Lima) and, the same week, a second team to Ecuador (Quito), told in much
// the same words. The first report on Peru comes five days before the rest and in other words
// (the promise made in Oslo), so it has no recent article like it when it leaves the date window.

const day = (n: number, hour = 9) =>
  `2022-03-${String(n).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

export const PERU_FIRST = {
  title: 'Oslo promises Peru help with flooded water plants',
  outlet: 'Fjord Post',
  date: day(1),
  text: [
    'Norway will send engineers to Peru to get flooded water plants working again, the Norwegian development minister, Sigrid Holm, said in Oslo on Tuesday.',
    'Holm said the Peruvian government had asked for help after the floods left much of Lima without clean water. Oslo is also paying for pumps and filters.',
  ].join('\n\n'),
};

export const PERU = [
  {
    title: 'Norwegian engineers arrive in Lima to repair water plants',
    outlet: 'Andes Daily',
    date: day(6),
    text: [
      'A team of twelve Norwegian water engineers arrived in Lima on Sunday with pumps and filters to repair the water plants damaged by the floods.',
      'The team will work at the two largest plants in Lima, its leader, Erik Lund, said at the airport. Peru’s housing minister, Carmen Ruiz, thanked Norway.',
    ].join('\n\n'),
  },
  {
    title: 'Engineers from Norway land in Peru',
    outlet: 'Pacific Ledger',
    date: day(6, 16),
    text: [
      'Twelve engineers from Norway landed in Peru on Sunday to repair flooded water plants, bringing pumps and filters for Lima.',
      'Erik Lund, who leads the Norwegian team, said clean water could flow again within two weeks. Housing minister Carmen Ruiz met the engineers.',
    ].join('\n\n'),
  },
  {
    title: 'Norwegian team starts repairs at Lima water plant',
    outlet: 'Andes Daily',
    date: day(7),
    text: [
      'The Norwegian engineers began pumping flood water out of Lima’s largest water plant on Monday and fitted the first new filters.',
      'Erik Lund said his team of twelve would work in shifts. Carmen Ruiz visited the plant with Peruvian engineers.',
    ].join('\n\n'),
  },
];

export const ECUADOR = [
  {
    title: 'Water engineers sent to Ecuador',
    outlet: 'Andes Daily',
    date: day(6, 12),
    text: [
      'Norway sent a second group of engineers on Sunday, to Ecuador, where floods put the water plants of Quito out of action.',
      'Ecuador’s water minister, Pablo Vera, said the Norwegian engineers would bring pumps and filters and work at the main plant.',
    ].join('\n\n'),
  },
  {
    title: 'Quito water plant repairs begin',
    outlet: 'Pacific Ledger',
    date: day(7, 14),
    text: [
      'Engineers from Norway started repairing the flooded water plant in Quito on Monday, fitting pumps and filters they brought with them.',
      'Pablo Vera said the Ecuadorian capital could have clean water again by the end of the month.',
    ].join('\n\n'),
  },
];

export const FLOODS = [PERU_FIRST, ...PERU, ...ECUADOR];
