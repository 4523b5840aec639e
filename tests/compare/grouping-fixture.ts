// Coverage written for the grouping tests. One event told over five days and three angles: Japan
// flies a medical team and ventilators to Peru (the arrival, the work in Lima's hospitals, the row
// over whether it was publicity). A neighbour the same week: Chile's ventilators for Peru. And one
// article about nothing else here: a chess final in Oslo.

const day = (n: number, hour = 9) =>
  `2021-06-${String(n).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

export const JAPAN = [
  {
    title: 'Japanese medical team lands in Lima with ventilators',
    outlet: 'Pacific Ledger',
    date: day(7),
    text: [
      'A Japanese medical team of twenty doctors and nurses landed in Lima on Monday with forty ventilators, as Peru struggles with a surge of patients in its intensive care wards.',
      'The Japanese air force plane was met at Jorge Chávez airport by Peru’s health minister, Rosa Quispe, and the Japanese ambassador, Kenji Morita.',
      '“Japan stands with the people of Peru,” Morita said on the tarmac.',
    ].join('\n\n'),
  },
  {
    title: 'Doctors from Japan arrive in Peru',
    outlet: 'Andes Daily',
    date: day(7, 15),
    text: [
      'Twenty Japanese doctors and nurses arrived in Peru on Monday, bringing ventilators and masks for hospitals in Lima.',
      'Health Minister Rosa Quispe thanked Japan at the airport. The Japanese team will work in two Lima hospitals for a month, ambassador Kenji Morita said.',
    ].join('\n\n'),
  },
  {
    title: 'Japanese team starts work in Lima hospitals',
    outlet: 'Pacific Ledger',
    date: day(8),
    text: [
      'The Japanese medical team began work on Tuesday in the intensive care wards of two Lima hospitals, a day after landing in Peru with forty ventilators.',
      'Nurses in Lima said the Japanese doctors had already set up the ventilators. Rosa Quispe, Peru’s health minister, visited the wards with ambassador Kenji Morita.',
    ].join('\n\n'),
  },
  {
    title: 'Opposition calls Japan’s aid to Peru a publicity stunt',
    outlet: 'Lima Courier',
    date: day(10),
    text: [
      'Opposition deputies in Lima called the Japanese medical mission a publicity stunt on Thursday, saying Tokyo wanted contracts for Japanese firms in Peru in return for forty ventilators.',
      'Ambassador Kenji Morita rejected the charge. “Our doctors came to Peru to save lives, not to sell anything,” he said. Health Minister Rosa Quispe defended the Japanese team.',
    ].join('\n\n'),
  },
  {
    title: 'Tokyo denies its doctors in Peru are about trade',
    outlet: 'Andes Daily',
    date: day(11),
    text: [
      'Japan’s foreign ministry denied on Friday that its medical team in Peru was tied to trade talks, after deputies in Lima called the mission publicity.',
      'The Japanese doctors will stay in Lima hospitals until July, ambassador Kenji Morita said, and more ventilators could follow.',
    ].join('\n\n'),
  },
];

export const CHILE = [
  {
    title: 'Chile sends ventilators to Peru',
    outlet: 'Southern Wire',
    date: day(8, 12),
    text: [
      'Chile flew sixty ventilators and oxygen concentrators to Peru on Tuesday on board two Chilean army planes that landed in Arequipa.',
      'Chilean defence minister Tomás Herrera said the shipment would go to hospitals in southern Peru. “Chile and Peru are neighbours in good times and bad,” Herrera said.',
    ].join('\n\n'),
  },
  {
    title: 'Chilean army planes bring oxygen to Arequipa',
    outlet: 'Andes Daily',
    date: day(8, 18),
    text: [
      'Two Chilean army planes landed in Arequipa on Tuesday with oxygen concentrators and sixty ventilators from Chile for hospitals in southern Peru.',
      'Tomás Herrera, Chile’s defence minister, flew with the shipment and met the regional governor of Arequipa.',
    ].join('\n\n'),
  },
  {
    title: 'Arequipa hospitals receive Chilean ventilators',
    outlet: 'Southern Wire',
    date: day(9),
    text: [
      'Hospitals in Arequipa began using the sixty Chilean ventilators on Wednesday, a day after Chilean army planes brought them from Santiago.',
      'The regional governor thanked Chile and defence minister Tomás Herrera for the oxygen concentrators.',
    ].join('\n\n'),
  },
];

export const CHESS = {
  title: 'Chess final in Oslo goes to a tie-break',
  outlet: 'Nordic Sport',
  date: day(9, 20),
  text: [
    'The final of the Oslo rapid chess tournament went to a tie-break on Wednesday night after both players won a game with the black pieces.',
    'The tie-break, two blitz games, will be played on Thursday afternoon in the city hall.',
  ].join('\n\n'),
};

export const ALL = [...JAPAN, ...CHILE, CHESS];

export function coverageJsonl(articles = ALL): string {
  return articles.map((article) => JSON.stringify(article)).join('\n') + '\n';
}
