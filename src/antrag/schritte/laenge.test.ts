import { expect, test } from 'vitest';
import { textbereich } from './felder.ts';

// Over-long text is refused at the field with the limit stated, never cut: neither by the server nor by the
// browser (a maxlength attribute makes browsers drop pasted text beyond it without a word).

const k = { heute: '2026-11-29' };

test('a text over the limit is refused with the limit and the length typed, whatever its length', () => {
  const feld = textbereich({ label: 'Was ist passiert?', was: 'die Beschreibung' });
  for (const laenge of [2001, 6000, 60_000]) {
    const r = feld.schema(k).safeParse('y'.repeat(laenge));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(
      `Die Beschreibung darf höchstens 2000 Zeichen lang sein (Sie haben ${laenge} eingegeben)`,
    );
  }
  expect(feld.schema(k).safeParse('y'.repeat(2000)).success).toBe(true);
});
