import { renderToString } from 'preact-render-to-string';
import { expect, test } from 'vitest';
import { Textbereich } from './textfelder.tsx';

// A maxlength attribute makes browsers drop pasted text beyond it without a word: the limit is stated instead.

test('the text area states its limit and has no maxlength that would cut pasted text', () => {
  const html = renderToString(
    <Textbereich name="text" label="Was ist passiert?" hinweis="Kurz." maxLength={2000} />,
  );
  expect(html).not.toMatch(/maxlength/i);
  expect(html).toContain('Kurz. Höchstens 2.000 Zeichen.');
});
