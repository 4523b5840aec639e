// Who said it in modern news (issue #8): unnamed sources, news outlets, institutions, speakers named in
// the next paragraph, quote-only paragraphs, dashes, colons, guillemets, misplaced marks, headlines and
// the reported speech that used to be missed. Sentences written for these tests, one phenomenon a case.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';
import { checkSpeakers, type Case } from './speaker-case.ts';

const check = (c: Case) => {
  const { text } = c;
  const out = checkSpeakers(c);
  for (const q of out) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.confidence).toBeGreaterThan(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
  }
  return out;
};

const unnamed: Case[] = [
  {
    name: '"one of the …" a plural the word lists do not know, before two verbs',
    text: 'The drills ran late. And one of the Lisbon cadets sighed and remarked, "We will sleep standing up."',
    quotes: [['We will sleep standing up', 'Lisbon cadets', 'remarked']],
  },
  {
    name: '"one of the …" after an inverted verb',
    text: '"The rope held," said one of the younger climbers.',
    quotes: [['The rope held', 'younger climbers', 'said']],
  },
  {
    name: 'an indefinite official',
    text: '"The deal is dead," a senior official told reporters on Tuesday.',
    quotes: [['The deal is dead', 'senior official', 'told']],
  },
  {
    name: 'officials who said a word',
    text: 'Two European officials said they were “deeply worried” about the vote.',
    quotes: [['deeply worried', 'European officials', 'said']],
  },
  {
    name: 'according to sources',
    text: 'The mill will close “within a month,” according to senior sources.',
    quotes: [['within a month', 'senior sources', 'according to']],
  },
  {
    name: 'X told a newspaper gives X',
    text: '"The offer is a pretext," an unnamed source told Il Piccolo.',
    quotes: [['The offer is a pretext', 'unnamed source', 'told']],
  },
  {
    name: 'the source said later is the source met before',
    text:
      'The ministry is divided, a diplomatic source familiar with the talks said on Monday.\n\n' +
      '"Nobody wants to sign first," the source added.',
    quotes: [['Nobody wants to sign first', 'diplomatic source', 'added']],
  },
  {
    name: 'a spokesman for a body is the spokesman, named with the body',
    text: '"Nobody will lose a job," a spokesman for the water board said on Monday.',
    quotes: [['Nobody will lose a job', 'spokesman for the water board', 'said']],
  },
  {
    name: 'a spokeswoman for a named person is not that person',
    text: 'A spokeswoman for Governor Ada Moss said the budget was "balanced and fair".',
    quotes: [['balanced and fair', 'spokeswoman for Governor Ada Moss', 'said']],
  },
  {
    name: 'an official at a body, after an inverted verb',
    text: '"The dam is safe," said an official at the river authority.',
    quotes: [['The dam is safe', 'official at the river authority', 'said']],
  },
  {
    name: 'a member of a crew; "the spokesman" later is the one met before',
    text:
      '"Nobody told us," a member of the night crew said.\n\n' +
      'The spokesman for the port authority said the cranes were "older than the harbour".\n\n' +
      '"Two of them will be replaced," the spokesman added.',
    quotes: [
      ['Nobody told us', 'member of the night crew', 'said'],
      ['older than the harbour', 'spokesman for the port authority', 'said'],
      ['Two of them will be replaced', 'spokesman for the port authority', 'added'],
    ],
  },
  {
    name: 'one of a group before its verb',
    text: '"It was a clean fight," one of the ringside judges said.',
    quotes: [['It was a clean fight', 'ringside judges', 'said']],
  },
  {
    name: '"the officials" are the officials introduced before, named as introduced',
    text:
      'State health officials met the mayor on Monday to discuss the outbreak.\n\n' +
      '"The clinics will stay open," the officials said.',
    quotes: [['The clinics will stay open', 'State health officials', 'said']],
  },
  {
    name: '"one of the workers" picks out of the workers introduced before',
    text:
      'Rescue workers reached the flooded mine at noon.\n\n' +
      '"There is still air down there," one of the workers said.',
    quotes: [['There is still air down there', 'Rescue workers', 'said']],
  },
  {
    name: 'a source noun that described a named person is that person',
    text: 'Anna Berg, a ministry official, left the talks early.\n\n"Nothing was agreed," the official said.',
    quotes: [['Nothing was agreed', 'Anna Berg', 'said']],
  },
  {
    name: 'people familiar with the matter keep what describes them',
    text: 'The bank "will not sell," people familiar with the matter said.',
    quotes: [['will not sell', 'people familiar with the matter', 'said']],
  },
];

const media: Case[] = [
  {
    name: 'an outlet that emphasizes',
    text: 'The newspaper Le Soir said the vote was close. Le Soir emphasizes that the result was "a warning".',
    quotes: [['a warning', 'Le Soir', 'emphasizes']],
  },
  {
    name: '"the newspaper writes" names the outlet mentioned before',
    text: 'The daily Gazeta Wyborcza ran the story on Friday.\n\nThe newspaper writes that "no minister was told".',
    quotes: [['no minister was told', 'Gazeta Wyborcza', 'writes']],
  },
  {
    name: '"according to the publication"',
    text: 'Berliner Kurier newspaper printed the letter. The talks were "near collapse", according to the publication.',
    quotes: [['near collapse', 'Berliner Kurier', 'according to']],
  },
  {
    name: 'an agency reports',
    text: '"The convoy has crossed the border," Reuters reported.',
    quotes: [['The convoy has crossed the border', 'Reuters', 'reported']],
  },
  {
    name: 'an outlet citing sources gives the sources',
    text: 'Kommersant reported, citing high-level sources, that "the decision has been made".',
    quotes: [['the decision has been made', 'high-level sources', 'reported']],
  },
  {
    name: 'an outlet with no name stays the noun it is',
    text: 'The newspaper writes that "the mayor knew".',
    quotes: [['the mayor knew', 'newspaper', 'writes']],
  },
];

const institutions: Case[] = [
  {
    name: 'capitalised words after "the" that no list knows name a body',
    text: '"The strike is over," the Evening Courier wrote in an editorial.',
    quotes: [['The strike is over', 'Evening Courier', 'wrote']],
  },
  {
    name: '… but a title after "the" stays an office',
    text: 'Mayor Greta Lind opened the fair.\n\n"The rides are safe," the Mayor said.',
    quotes: [['The rides are safe', 'Greta Lind', 'said']],
  },
  {
    name: 'a government says',
    text: 'The U.S. government says the shipments were "entirely humanitarian".',
    quotes: [['entirely humanitarian', 'U.S. government', 'says']],
  },
  {
    name: 'ministries said, as the text names them',
    text: 'The foreign and health ministries said the flights would "continue for weeks".',
    quotes: [['continue for weeks', 'health ministries', 'said']],
  },
  {
    name: '"it said" after a ministry in the sentence before',
    text: 'The health ministry issued a statement on Sunday. "Supplies arrived overnight," it said.',
    quotes: [['Supplies arrived overnight', 'health ministry', 'said']],
  },
  {
    name: 'a statement speaks for the body that adopted it',
    text:
      'A statement adopted by the hospital board on Friday was read aloud.\n\n' +
      '"No ward will close this year," the statement said.',
    quotes: [['No ward will close this year', 'hospital board', 'said']],
  },
  {
    name: 'the author after "by" ends before the sentence\'s verb, not at the object after it',
    text:
      'A statement by the city council reached the press on Monday. ' +
      'The statement called the delays "a scandal of the first order".',
    quotes: [['a scandal of the first order', 'city council', 'called']],
  },
  {
    name: 'a statement "reads": the family that issued it speaks',
    text:
      'Tova Brandt died on Sunday. The Brandt family announced her death in a statement. ' +
      '"She died at home, with her grandchildren beside her," the statement reads.',
    quotes: [['She died at home', 'Brandt family', 'reads']],
  },
  {
    name: 'a statement released by a named official',
    text: 'Governor Amy Rice released a statement late on Monday. "Every school will be rebuilt," the statement said.',
    quotes: [['Every school will be rebuilt', 'Amy Rice', 'said']],
  },
  {
    name: 'a document cited in passing is not issued by the person who spoke in it',
    text:
      'The Harbour Gazette published the interview on Friday. An aide has said in the report that the ' +
      'talks failed. "The talks are over," the report said.',
    quotes: [['The talks are over', 'report', 'said']],
  },
  {
    name: 'a person who reads is not a document that reads',
    text: '"Next in line," the clerk reads aloud from the list.',
    quotes: [['Next in line', null]],
  },
  {
    name: 'the family as a group source',
    text: 'The Orsini family thanked the nurses. "She was loved by everyone on the ward," the family said.',
    quotes: [['She was loved by everyone', 'family', 'said']],
  },
];

const paragraphs: Case[] = [
  {
    name: '"he" with no one named before is the unnamed person the sentence before opened with',
    text: 'The bus driver was still shaking an hour later. "I braked as hard as I could," he said.',
    quotes: [['I braked as hard as I could', 'bus driver', 'said']],
  },
  {
    name: '… across a sentence and into the next paragraph',
    text: 'An elderly shepherd stood by the road. He had lost forty sheep in the storm.\n\n"Nobody came," he said.',
    quotes: [['Nobody came', 'elderly shepherd', 'said']],
  },
  {
    name: '"they" with no body named before are the people the sentence before opened with',
    text: 'The night nurses walked out at noon. "We have had enough," they said.',
    quotes: [['We have had enough', 'night nurses', 'said']],
  },
  {
    name: '… but "it" is never those people',
    text: 'The health ministry issued a statement on Sunday.\n\nThe doctors landed at noon. "Supplies are here," it said.',
    quotes: [['Supplies are here', 'health ministry', 'said']],
  },
  {
    name: '… but a person named before is still whom "he" means',
    text: 'Tomas Reyes walked to the gate. A guard stopped him there.\n\n"I have a pass," he said.',
    quotes: [['I have a pass', 'Tomas Reyes', 'said']],
  },
  {
    name: '"the German" is the German tourist the text introduced before',
    text:
      'At the border a German tourist was stopped at the gate for an hour.\n\n' +
      '"I have a ticket," the German said. "I bought it in March."',
    quotes: [
      ['I have a ticket', 'German tourist', 'said'],
      ['I bought it in March', 'German tourist'],
    ],
  },
  {
    name: 'a nationality with a noun the tagger does not know, among two people introduced',
    text:
      'An Italian surgeon and a Serbian anaesthetist met the plane at dawn.\n\n' +
      '"We waited all night," the Serbian said.',
    quotes: [['We waited all night', 'Serbian anaesthetist', 'said']],
  },
  {
    name: 'a nationality no one was introduced with stays as it is',
    text: '"It is too cold for June," the Canadian said.',
    quotes: [['It is too cold for June', 'Canadian', 'said']],
  },
  {
    name: 'a person described by what they did ("the veteran of …") is the person the paragraph is about',
    text:
      'Dr. Hana Okafor, an epidemiologist, reached the city on Friday. She toured two wards. ' +
      '"The wards are full and the staff are exhausted," the veteran of three outbreaks said Saturday.',
    quotes: [['The wards are full', 'Hana Okafor', 'said']],
  },
  {
    name: 'a definite description with modifiers ("the tall right-hander") is the person just discussed',
    text: 'Tom Brand won his tenth game on Sunday. "My arm never felt better," the tall right-hander said.',
    quotes: [['My arm never felt better', 'Tom Brand', 'said']],
  },
  {
    name: 'an age alone ("the 54-year-old said") is the person just discussed',
    text: 'Karl Vass has run the mill for 20 years. "We will not close," the 54-year-old said.',
    quotes: [['We will not close', 'Karl Vass', 'said']],
  },
  {
    name: 'a described office holder in reported speech ("The High Court jurist said")',
    kind: 'reported',
    text: 'Judge Anna Weller signed the order on Monday. The High Court jurist said the hearing would be in May.',
    quotes: [['the hearing would be in May', 'Anna Weller', 'said']],
  },
  {
    name: 'a described thing is not a person ("The figures hardly showed")',
    kind: 'reported',
    text: 'Tom Brand pitched well. The latest figures hardly showed that the team needed him.',
    quotes: [],
  },
  {
    name: 'a new person met with "the" is not the person named before',
    text:
      'Pia Lund boarded the night train to talk to the singer. The conductor said to Lund: ' +
      '"He does not want to see anyone tonight."',
    quotes: [['He does not want to see anyone', 'conductor', 'said']],
  },
  {
    name: 'an office named first, its holder introduced in the next paragraph',
    text:
      'Norway\'s Foreign Minister said on Monday that the plan was "short-sighted and unfair".\n\n' +
      'Lars Holm said the decision would be appealed.',
    quotes: [['short-sighted and unfair', 'Lars Holm', 'said']],
  },
  {
    name: 'a quote-only paragraph carries on the speaker before',
    text: '"We will win this," Anna Berg said.\n\n"Nobody will be left behind."',
    quotes: [
      ['We will win this', 'Anna Berg', 'said'],
      ['Nobody will be left behind', 'Anna Berg', 'continuation'],
    ],
  },
  {
    name: 'not when someone else was introduced in between',
    text: '"We will win this," Anna Berg said.\n\nOpposition leader Carl Moor disagreed.\n\n"This plan will fail."',
    quotes: [
      ['We will win this', 'Anna Berg', 'said'],
      ['This plan will fail', 'Carl Moor', 'introduced'],
    ],
  },
  {
    name: 'someone else opening the sentence between two quotes of a paragraph speaks the second',
    text: 'Anna Berg was angry. "Nobody asked us," she said. Carl Moor disagreed. "Everybody was asked."',
    quotes: [
      ['Nobody asked us', 'Anna Berg', 'said'],
      ['Everybody was asked', 'Carl Moor', 'introduced'],
    ],
  },
  {
    name: 'and so in a quote-only paragraph after that sentence, but the same speaker again carries on',
    text:
      '"Nobody asked us," Anna Berg said. Opposition leader Carl Moor shrugged.\n\n"Everybody was asked."\n\n' +
      '"Nobody asked me," Berg said. Berg shook her head.\n\n"Nobody at all."',
    quotes: [
      ['Nobody asked us', 'Anna Berg', 'said'],
      ['Everybody was asked', 'Carl Moor', 'introduced'],
      ['Nobody asked me', 'Anna Berg', 'said'],
      ['Nobody at all', 'Anna Berg', 'continuation'],
    ],
  },
  {
    name: 'the next sentence names the speaker ("That was the verdict of X", "So said X")',
    text:
      'The vote was close. "The plan is dead." That was the verdict of Mayor Ivo Marin on Friday.\n\n' +
      '"We will not pay." So said Anna Berg, the union leader.',
    quotes: [
      ['The plan is dead', 'Ivo Marin', 'verdict'],
      ['We will not pay', 'Anna Berg', 'said'],
    ],
  },
  {
    name: 'a quote after a statement in its own paragraph',
    text: 'Anna Berg said the shipments would go on. "We have enough planes."',
    quotes: [['We have enough planes', 'Anna Berg', 'continuation']],
  },
  {
    name: 'a statement and the passive sentence that names its speaker',
    text:
      'Trade with the region will double by 2030. This was stated in an interview by the economy minister ' +
      'Pavel Rusin. "We are already halfway there."',
    quotes: [['We are already halfway there', 'Pavel Rusin', 'continuation']],
  },
  {
    name: 'a paragraph that ends "cabled as follows --" introduces the quote paragraphs after it',
    text:
      'The mayor toured the harbour on Friday.\n\nOur staff man cabled from Genoa as follows --\n\n' +
      '"The cranes stand idle and the docks are empty.\n\n"Nobody expects the ships back before spring."',
    quotes: [
      ['The cranes stand idle', 'staff man', 'cabled'],
      ['Nobody expects the ships', 'staff man', 'continuation'],
    ],
  },
  {
    name: 'and a dash typed as one long dash does the same',
    text: 'Nurse Lena Ortiz wrote to the board —\n\n"We have run out of gloves."',
    quotes: [['We have run out of gloves', 'Lena Ortiz', 'wrote']],
  },
];

const marks: Case[] = [
  {
    name: 'a clause ending in a colon gives the quote to its subject',
    text: 'Mayor Greta Lind opened the hearing.\n\nThe mayor was blunt: "We will not pay for a second bridge."',
    quotes: [['We will not pay for a second bridge', 'Greta Lind', 'colon']],
  },
  {
    name: 'a clause ending in a dash, with an unnamed source as subject',
    text: 'A senior diplomat had a short answer -- "There is no such plan."',
    quotes: [['There is no such plan', 'senior diplomat', 'dash']],
  },
  {
    name: 'a thing as the subject before a colon speaks for no one',
    text: 'Anna Berg left early. The plan was simple: "Buy low, sell high, and never borrow."',
    quotes: [['Buy low, sell high, and never borrow', null]],
  },
  {
    name: 'a body in lower case owns its reply',
    text: 'The ministry\'s reply came within the hour -- "No ship will be turned away."',
    quotes: [['No ship will be turned away', 'ministry', 'reply']],
  },
  {
    name: 'a dash before the verb',
    text: '"The help arrived on time" – said Di Luca.',
    quotes: [['The help arrived on time', 'Di Luca', 'said']],
  },
  {
    name: 'a quote split by a dashed attribution',
    text: 'Lena Ortiz visited the ward. "We were ready" - said Ortiz - "but nobody came."',
    quotes: [
      ['We were ready', 'Lena Ortiz', 'said'],
      ['but nobody came', 'Lena Ortiz', 'said'],
    ],
  },
  {
    name: 'a name and a colon',
    text: 'Conte: "We are grateful to our friends."',
    quotes: [['We are grateful to our friends', 'Conte', 'colon']],
  },
  {
    name: 'guillemets, with an appositive between the subject and its verb',
    text: '«We are grateful to our friends,» the mayor, Paolo Neri, said.',
    quotes: [['We are grateful to our friends', 'Paolo Neri', 'said']],
  },
  {
    name: 'a quote that opens with a closing mark',
    text: '”We will rebuild everything,” Governor Sam Cole said.',
    quotes: [['We will rebuild everything', 'Sam Cole', 'said']],
  },
  {
    name: 'a headline quote in straight single marks, signed by an outlet after a dash',
    text: "'Aid is not a gift': the offer divides the city – Il Tempo\n\nThe offer came on Sunday.",
    quotes: [['Aid is not a gift', 'Il Tempo', 'dash']],
  },
  {
    name: 'a headline quote that the body attributes',
    text:
      "'Trade saves jobs': minister defends the deal\n\nThe minister spoke on Monday.\n\n" +
      '"We signed because trade saves jobs," Marta Kovac said.',
    quotes: [
      ['Trade saves jobs', 'Marta Kovac', 'headline'],
      ['We signed because trade saves jobs', 'Marta Kovac', 'said'],
    ],
  },
  {
    name: 'a slogan in a headline stays without a speaker',
    text: '‘Forward Together’: the party opens its campaign\n\nThe campaign opened on Monday.',
    quotes: [['Forward Together', null]],
  },
];

const clauses: Case[] = [
  {
    name: 'a participle after a comma shares the subject of the clause before it, not the nearest name',
    text: 'The union accused the company of breaking the contract, calling the cuts "a betrayal of every worker".',
    quotes: [['a betrayal of every worker', 'union', 'calling']],
  },
  {
    name: 'a country as the subject the participle shares, after a dateline and past an object that names a body',
    text:
      'Oslo, May 3 — Norway criticized the council and its members for their slow reply, urging them ' +
      'to adopt "firm, rapid and fair" measures.',
    quotes: [['firm, rapid and fair', 'Norway', 'urging']],
  },
  {
    name: 'the participle’s subject opens its own clause ("After talks with X, the union accused …")',
    text:
      'After talks with Anna Berg, the union accused the company of breaking the contract, calling the ' +
      'cuts "a betrayal of every worker".',
    quotes: [['a betrayal of every worker', 'union', 'calling']],
  },
  {
    name: 'a month the tagger reads as a verb is a date, not a speaker ("who in March advised")',
    text: 'The team was led by Dr. Lin Hao, who in March advised residents to "stay home and wait".',
    quotes: [['stay home and wait', 'Lin Hao', 'advised']],
  },
  {
    name: 'the subject of the verb an infinitive completes ("decided today to ask")',
    text: 'In Lima, the Peruvian government decided today to ask its "friends and neighbours" for help.',
    quotes: [['friends and neighbours', 'government', 'ask']],
  },
  {
    name: 'an attribution with a title, set off by commas, governs a partial quote later in the sentence',
    text: 'Rents will keep rising, says Dr. Ines Vidal, because the city has "no land left to build on".',
    quotes: [['no land left to build on', 'Ines Vidal', 'says']],
  },
  {
    name: 'a partial quote in a clause attributed at the end of the sentence',
    text: 'The new bridge was "of great importance" for the valley, said Governor Ana Ruiz on Friday.',
    quotes: [['of great importance', 'Ana Ruiz', 'said']],
  },
  {
    name: 'a long subject after the quote',
    text: '"The letter arrived on Monday," representative of the government in the regional assembly Ivo Marin wrote.',
    quotes: [['The letter arrived on Monday', 'Ivo Marin', 'wrote']],
  },
  {
    name: 'the verb before "the United States", not the name, ties a partial quote to its speaker',
    text: 'The teachers union met on Monday. It recommends that the United States "keep every village school open".',
    quotes: [['keep every village school open', 'teachers union', 'recommends']],
  },
  {
    name: 'in his opinion',
    text: 'Deputy Minister Pavel Rusin spoke on Monday. In his opinion, the plan must stay "sober and modest".',
    quotes: [['sober and modest', 'Pavel Rusin', 'opinion']],
  },
  {
    name: 'a quote about a donation is news, not a donation notice',
    text: 'The plane landed at noon.\n\n"Everything on board is a free donation. We thank our friends with all our hearts," Mayor Ivo Marin said.',
    quotes: [['Everything on board is a free donation', 'Ivo Marin', 'said']],
  },
];

const reported: Case[] = [
  {
    name: "a word quoted inside reported speech is the speaker's partial quote",
    text: 'The builder then took "shortcuts" on the bridge but was paid in full, the auditor Lena Marsh said.',
    quotes: [['shortcuts', 'Lena Marsh', 'said']],
  },
  {
    name: 'a word or two quoted in a clause after "complained that"',
    text: 'Councillor Ivo Brandt complained on Monday that there were "loopholes" in the flood plan.',
    quotes: [['loopholes', 'Ivo Brandt', 'complained']],
  },
  {
    name: 'a word set off by a comma inside reported speech is an appositive label',
    text: 'Ivo Brandt said he valued the treaty, "lifeline" of the island, above all else.',
    quotes: [['lifeline', null]],
  },
  {
    name: 'a quoted modifier inside reported speech stays a scare quote',
    text: 'Ivo Brandt said the "emergency" budget would be voted on Friday.',
    quotes: [['emergency', null]],
  },
  {
    name: 'a word named as a label inside reported speech stays a label',
    text: 'Ivo Brandt said the so-called "reforms" had cost the town a fortune.',
    quotes: [['reforms', null]],
  },
  {
    name: 'a word inside a name is no reporting verb ("the United States"), so no reported speech',
    kind: 'reported',
    text: 'Some disappointment was felt that the United States leadership has not been as visible as hoped.',
    quotes: [],
  },
  {
    name: 'described as',
    kind: 'reported',
    text: 'Anna Berg arrived. Dmitry Orlov described the notion as absurd.',
    quotes: [['the notion as absurd', 'Dmitry Orlov', 'described']],
  },
  {
    name: 'as reported by an outlet',
    kind: 'reported',
    text: 'As reported by El País, the minister resigned on Friday.',
    quotes: [['the minister resigned on Friday', 'El País', 'reported']],
  },
  {
    name: 'an outlet citing sources, in reported speech',
    kind: 'reported',
    text: 'The daily Kommersant reported, citing high-level sources, that the decision had been made.',
    quotes: [['the decision had been made', 'high-level sources', 'reported']],
  },
  {
    name: 'a statement given to its speaker, not to the person named in an appositive',
    kind: 'reported',
    text: 'Maria Vella, a spokeswoman for Foreign Minister Sergei Ostrov, said the report was false.',
    quotes: [['the report was false', 'Maria Vella', 'said']],
  },
  {
    name: 'what a letter says, not who received it',
    kind: 'reported',
    text: 'President Ion Dobre said in a letter received by Prime Minister Ana Popa that aid would come.',
    quotes: [['aid would come', 'Ion Dobre', 'said']],
  },
];

describe.each([
  ['unnamed sources', unnamed],
  ['news outlets', media],
  ['institutions and governments', institutions],
  ['speakers across paragraphs', paragraphs],
  ['dashes, colons and quote marks', marks],
  ['attributions at the end of a clause', clauses],
  ['reported speech', reported],
])('%s', (_, cases) => {
  it.each(cases)('$name', (c) => {
    check(c);
  });
});

describe('kind of source', () => {
  it('tells named speakers, unnamed sources and news outlets apart', () => {
    const out = analyzeText(
      '"We are ready," Anna Berg said. "They are not," a senior official said. "Both are wrong," Reuters reported.',
    ).quotes;
    expect(out.map((q) => q.speakerSource)).toEqual(['named', 'unnamed', 'media']);
  });
});
