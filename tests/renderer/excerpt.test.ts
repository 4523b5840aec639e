import { describe, expect, it } from 'vitest';
import { excerpt } from '../../renderer/reader/excerpt.ts';

describe('excerpt', () => {
  it('names a selected quotation once between the message’s own quotation marks', () => {
    expect(`Coded “${excerpt('“We will build the new pier this year,')}”`).toBe(
      'Coded “We will build the new pier this year,”',
    );
    expect(excerpt('"The money is there."  ')).toBe('The money is there.');
  });

  it('cuts a long passage to about sixty characters', () => {
    const long = 'The council met for three hours and voted on the harbour plan late in the evening.';
    expect(excerpt(long)).toBe(`${long.slice(0, 57)}…`);
    expect(excerpt('"')).toBe('"');
  });
});
