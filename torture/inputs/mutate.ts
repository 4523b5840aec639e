// Mutations of well-formed files, driven by a seeded generator so that any failing input can be
// made again from its number.

export type Random = () => number;

/** mulberry32: small, fast, and the same everywhere for the same seed. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, below: number) => Math.floor(random() * below);
const randomBytes = (random: Random, length: number) =>
  Buffer.from(Array.from({ length }, () => int(random, 256)));

/** Things that reach terminals and spreadsheets: escapes, controls, formula starts, bidi overrides. */
const HOSTILE = [
  '\x1b[2J',
  '\x1b]0;x\x07',
  '\x00',
  '\x9b31m',
  '\u202e',
  '=HYPERLINK("x")',
  '\r',
  '\ufeff',
  '\ud800',
  '"',
  '<',
  '&#0;',
  ']]>',
];

export const MUTATIONS: Record<string, (input: Buffer, random: Random, other: Buffer) => Buffer> = {
  flipBits: (input, random) => {
    const out = Buffer.from(input);
    for (let i = 0, n = 1 + int(random, 16); i < n && out.length > 0; i++)
      out[int(random, out.length)]! ^= 1 << int(random, 8);
    return out;
  },
  insertBytes: (input, random) => {
    const at = int(random, input.length + 1);
    return Buffer.concat([
      input.subarray(0, at),
      randomBytes(random, 1 + int(random, 64)),
      input.subarray(at),
    ]);
  },
  deleteRange: (input, random) => {
    const at = int(random, input.length + 1);
    return Buffer.concat([input.subarray(0, at), input.subarray(at + 1 + int(random, 256))]);
  },
  truncate: (input, random) => input.subarray(0, int(random, input.length)),
  repeatChunk: (input, random) => {
    const at = int(random, input.length);
    const chunk = input.subarray(at, at + 1 + int(random, 32));
    const times = 1 + int(random, 4000);
    return Buffer.concat([
      input.subarray(0, at),
      ...Array.from({ length: times }, () => chunk),
      input.subarray(at),
    ]);
  },
  splice: (input, random, other) => {
    const at = int(random, input.length + 1);
    const from = int(random, other.length);
    return Buffer.concat([
      input.subarray(0, at),
      other.subarray(from, from + int(random, 512)),
      input.subarray(at),
    ]);
  },
  hostileText: (input, random) => {
    let text = input.toString('latin1');
    for (let i = 0, n = 1 + int(random, 6); i < n; i++) {
      const at = int(random, text.length + 1);
      text = text.slice(0, at) + HOSTILE[int(random, HOSTILE.length)]! + text.slice(at);
    }
    return Buffer.from(text, 'utf8');
  },
  utf16: (input, random) => {
    const body = Buffer.from(input.toString('utf8'), 'utf16le');
    return random() < 0.5 ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
  },
  randomBytes: (_input, random) => randomBytes(random, int(random, 4096)),
  zeroOut: (input, random) => {
    const out = Buffer.from(input);
    const at = int(random, out.length);
    out.fill(0, at, Math.min(out.length, at + 1 + int(random, 128)));
    return out;
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** One to three mutations in a row. */
export function mutate(input: Buffer, random: Random, other: Buffer): { bytes: Buffer; how: string[] } {
  const how: string[] = [];
  let bytes = input;
  for (let i = 0, n = 1 + int(random, 3); i < n; i++) {
    const name = MUTATION_NAMES[int(random, MUTATION_NAMES.length)]!;
    bytes = MUTATIONS[name]!(bytes, random, other);
    how.push(name);
  }
  return { bytes, how };
}
