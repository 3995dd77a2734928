import type { ComponentChildren } from 'preact';
import { CsrfFeld, Knopf, Textbereich, Textfeld, type FeldFehler } from '../../web/index.ts';
import { paarPfad } from './paar-pfad.ts';
import type { Seitenkontext } from './verwaltung-layout.tsx';
import { type Kopf, type Werte, FormularSeite } from './formular-seite.tsx';

/** What a form page shows again: the values as typed, the messages at the fields and the refusal of the action. */
export type FormularZustand = { werte: Werte; fehler: FeldFehler; aktionsFehler?: string[] | undefined };

/** The texts that make a date form one action's form. */
export type DatumsTexte = {
  titel: string;
  aktion: string;
  einleitung: ComponentChildren;
  knopf: string;
  grund: boolean;
  datumLabel: string;
  datumHinweis: string;
};

export function DatumsFormular({
  kontext,
  kopf,
  texte: { titel, aktion, einleitung, knopf, grund, datumLabel, datumHinweis },
  zustand: { werte, fehler, aktionsFehler },
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  texte: DatumsTexte;
  zustand: FormularZustand;
}) {
  return (
    <FormularSeite
      aktionsFehler={aktionsFehler}
      kontext={kontext}
      kopf={kopf}
      titel={titel}
      fehler={fehler}
      einleitung={einleitung}
    >
      <form method="post" action={`${paarPfad(kopf.behoerde.ags, kopf.dienst.id)}/${aktion}`} novalidate>
        <CsrfFeld token={kontext.csrf} />
        <div class="stapel">
          <Textfeld
            name="datum"
            label={datumLabel}
            hinweis={datumHinweis}
            wert={werte.datum}
            fehler={fehler.datum}
            breite={10}
            inputmode="numeric"
          />
          {grund ? (
            <Textbereich
              name="grund"
              label="Begründung"
              wert={werte.grund}
              fehler={fehler.grund}
              zeilen={4}
              maxLength={2000}
            />
          ) : null}
          <Knopf>{knopf}</Knopf>
        </div>
      </form>
    </FormularSeite>
  );
}
