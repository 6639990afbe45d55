// English filler for the page without CJK text: local news about gardens, trains and
// libraries, with no word that is a pack name or alias (a test checks it).

const SUBJECTS = [
  'The county library',
  'A group of volunteers',
  'The regional rail operator',
  'Local gardeners',
  'The harbour committee',
  'Residents of the old quarter',
  'The weather service',
  'A small bakery on Elm Street',
];
const VERBS = ['said that', 'reported that', 'expects that', 'noted that', 'warned that'];
const CLAIMS = [
  'the spring rains arrived two weeks earlier than usual',
  'the new timetable adds three evening trains on weekdays',
  'the reading room will stay open until nine on Thursdays',
  'tomato seedlings should wait until the last frost has passed',
  'the footbridge repairs are running slightly behind schedule',
  'membership of the chess club has doubled since January',
  'the farmers market will move to the station square in June',
  'the river path is closed for resurfacing near the mill',
  'a pair of herons has nested by the boating lake again',
  'ticket prices for the museum stay the same this summer',
];
const NUMBERS = [
  (r) => `Attendance rose by ${r.int(3, 40)} percent to ${r.int(120, 9800)} visitors last month.`,
  (r) =>
    `The project costs ${r.int(2, 90)} thousand pounds and should finish within ${r.int(2, 11)} weeks.`,
  (r) => `About ${r.int(20, 400)} people signed the petition in the first ${r.int(2, 9)} days.`,
];

/** @param {ReturnType<typeof import('./prng.mjs').createRandom>} random */
export function englishSentence(random) {
  if (random.chance(0.25)) return random.pick(NUMBERS)(random);
  return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(CLAIMS)}.`;
}

export const ENGLISH_LABELS = {
  nav: ['News', 'Sport', 'Gardens', 'Transport', 'Events', 'Letters', 'Weather'],
  sections: ['Top stories', 'In depth', 'Briefly', 'Opinion', 'Around town', 'Notices'],
  sidebar: 'Read next',
  tableHead: ['Branch', 'Quarter', 'Loans', 'Change'],
  footer: 'Generated for performance measurement only.',
  site: 'The Weekly Lantern',
};
