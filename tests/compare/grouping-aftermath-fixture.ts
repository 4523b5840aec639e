// Coverage written for the grouping test on a story that follows another in its place and words.
// A dam above the town of Vale Fundo in Portugal bursts (days 1-2: the flood, the dead, the
// engineers' old warnings); a week later the regional water chief, Rui Pestana, resigns over it,
// and the reports of his resignation recall the flood at length. Two events: the second is not
// the first one's follow-up to be merged into it. Every article names Portugal.

const day = (n: number, hour = 9) =>
  `2023-10-${String(n).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

export const DAM = [
  {
    title: 'Dam bursts above Vale Fundo, flooding the town',
    outlet: 'Tagus Wire',
    date: day(1),
    text: [
      'An earth dam above the town of Vale Fundo in northern Portugal burst early on Sunday, sending a wall of water and mud through the lower town. At least nine people died and dozens are missing, the civil protection service said.',
      'Firefighters and soldiers pulled survivors from flooded houses by boat. The reservoir had filled after a week of heavy rain.',
    ].join('\n\n'),
  },
  {
    title: 'Nine dead as reservoir floods Portuguese town',
    outlet: 'Iberia Today',
    date: day(1, 15),
    text: [
      'Water from a burst dam swept through Vale Fundo in Portugal on Sunday, killing nine people and leaving dozens missing in the mud.',
      'Soldiers and firefighters searched flooded houses by boat, and the civil protection service opened shelters in the school for those whose homes were lost. The reservoir had risen after a week of rain.',
    ].join('\n\n'),
  },
  {
    title: 'Vale Fundo dam: engineers warned of cracks two years ago',
    outlet: 'Tagus Wire',
    date: day(2),
    text: [
      'Engineers warned in a report two years ago that the earth dam above Vale Fundo, in northern Portugal, had cracks and leaked after heavy rain, documents seen by reporters show.',
      'The report asked for the reservoir to be kept low until repairs were made. The death toll from Sunday’s flood rose to eleven as soldiers found two more bodies in the mud.',
    ].join('\n\n'),
  },
  {
    title: 'Search goes on in the mud of Vale Fundo',
    outlet: 'Lisbon Courier',
    date: day(2, 14),
    text: [
      'Soldiers and firefighters searched the mud of the lower town of Vale Fundo in Portugal for a second day after the dam burst, with eleven people dead and fourteen missing.',
      'Families waited at the school shelter for news. The civil protection service said the reservoir was now empty and the dam would not give way again.',
    ].join('\n\n'),
  },
];

export const RESIGNATION = [
  {
    title: 'Regional water chief Rui Pestana resigns',
    outlet: 'Lisbon Courier',
    date: day(8),
    text: [
      'Rui Pestana, head of the water authority of northern Portugal, resigned on Saturday, saying he could no longer lead it while an inquiry examined its decisions.',
      'Opposition members of the regional assembly had demanded that Pestana go, and the minister for the environment accepted his letter of resignation the same evening.',
    ].join('\n\n'),
  },
  {
    title: 'Water chief Pestana quits as inquiry opens',
    outlet: 'Iberia Today',
    date: day(8, 16),
    text: [
      'Rui Pestana resigned as head of the regional water authority on Saturday as an inquiry opened into why the dam above Vale Fundo was left full despite the engineers’ report warning of cracks.',
      'The earth dam burst a week ago, sending water and mud through the lower town of Vale Fundo in Portugal. Eleven people died, soldiers and firefighters searched the flooded houses for days and families still wait at the school shelter. The environment minister accepted Pestana’s resignation.',
    ].join('\n\n'),
  },
];

export const AFTERMATH = [...DAM, ...RESIGNATION];
