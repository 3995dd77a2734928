import type { AbschnittDefinition, AbschnittWerte, InhaltWerte } from '../../nachricht/index.ts';
import { jobcenterZustaendig, type AntragDaten } from '../flow.ts';
import { schonfristAus, schonfristVorbehalte, type Schonfrist } from '../frist.ts';
import { leistungswunsch } from '../schritte/ursachen.ts';

// The facts the office needs to triage, derived from the answers as Antrag.pdf derives them (Schonfrist,
// requested amount and form, Jobcenter hint with its reason), carried typed in the message so a Fachverfahren
// need not recompute them. They are not answers: reading the application back ignores them.

export const EINSCHAETZUNG = 'einschaetzung';

const JOBCENTER_GRUENDE = [
  {
    code: 'buergergeld',
    label:
      'Im Haushalt wird Bürgergeld (SGB II) bezogen: zuständig ist wahrscheinlich das Jobcenter (§ 22 Abs. 8 SGB II)',
  },
  {
    code: 'erwerbsfaehig',
    label:
      'Die antragstellende Person oder ihr Partner ist erwerbsfähig: zuständig ist wahrscheinlich das Jobcenter (§ 22 Abs. 8 SGB II)',
  },
] as const;

export const EINSCHAETZUNG_ABSCHNITT: AbschnittDefinition = {
  name: EINSCHAETZUNG,
  titel: 'Abgeleitete Angaben zur Einordnung (wie in Antrag.pdf)',
  wiederholt: false,
  felder: [
    {
      name: 'schonfristEnde',
      typ: 'datum',
      titel: 'Ende der Schonfrist (§ 569 Abs. 3 Nr. 2 BGB)',
      optional: true,
    },
    {
      name: 'schonfristVorlaeufig',
      typ: 'janein',
      titel: 'Schonfrist vorläufig (nur der Eingang der Klage bei Gericht ist bekannt)',
      optional: true,
    },
    {
      name: 'schonfristNurFristlos',
      typ: 'janein',
      titel: 'Auch ordentlich gekündigt: die Schonfristzahlung heilt nur die fristlose Kündigung',
      optional: false,
    },
    {
      name: 'schonfristWiederholung',
      typ: 'janein',
      titel: 'In den letzten 2 Jahren schon durch Zahlung geheilt (§ 569 Abs. 3 Nr. 2 Satz 2 BGB)',
      optional: false,
    },
    { name: 'beantragterBetrag', typ: 'betrag', titel: 'Beantragter Betrag', optional: true },
    {
      name: 'hilfeform',
      typ: 'code',
      titel: 'Gewünschte Form der Hilfe (Darlehen oder Zuschuss)',
      optional: true,
      codes: (leistungswunsch.felder.form.optionen ?? []).map((o) => ({ code: o.wert, label: o.label })),
    },
    {
      name: 'jobcenterHinweis',
      typ: 'janein',
      titel: 'Hinweis: Jobcenter wahrscheinlich zuständig',
      optional: false,
    },
    {
      name: 'jobcenterGrund',
      typ: 'code',
      titel: 'Grund des Jobcenter-Hinweises',
      optional: true,
      codes: JOBCENTER_GRUENDE,
    },
  ],
};

export function einschaetzungAus(d: AntragDaten): AbschnittWerte {
  const frist = schonfristAus(d);
  const v = schonfristVorbehalte(d);
  const jobcenter = jobcenterZustaendig(d);
  const jobcenterGrund = d.buergergeld?.bezieht === true ? 'buergergeld' : 'erwerbsfaehig';
  const w: AbschnittWerte = {
    schonfristEnde: frist?.ende,
    schonfristVorlaeufig: frist?.vorlaeufig,
    schonfristNurFristlos: v.ordentlich,
    schonfristWiederholung: v.wiederholung,
    beantragterBetrag: d.leistungswunsch?.betrag,
    hilfeform: d.leistungswunsch?.form,
    jobcenterHinweis: jobcenter,
    jobcenterGrund: jobcenter ? jobcenterGrund : undefined,
  };
  return Object.fromEntries(Object.entries(w).filter(([, x]) => x !== undefined));
}

/** The triage facts as read back from a message. */
export type Einschaetzung = {
  schonfrist: Schonfrist | null;
  vorbehalte: { ordentlich: boolean; wiederholung: boolean };
  beantragterBetragCent: number | undefined;
  hilfeform: string | undefined;
  jobcenter: { hinweis: boolean; grund: string | undefined };
};

export function einschaetzungGelesen(w: InhaltWerte): Einschaetzung | null {
  const e = w[EINSCHAETZUNG];
  if (e === undefined || Array.isArray(e)) return null;
  const ende = e.schonfristEnde;
  const zahl = e.beantragterBetrag;
  const grund = e.jobcenterGrund;
  return {
    schonfrist: typeof ende === 'string' ? { ende, vorlaeufig: e.schonfristVorlaeufig === true } : null,
    vorbehalte: {
      ordentlich: e.schonfristNurFristlos === true,
      wiederholung: e.schonfristWiederholung === true,
    },
    beantragterBetragCent: typeof zahl === 'number' ? zahl : undefined,
    hilfeform: typeof e.hilfeform === 'string' ? e.hilfeform : undefined,
    jobcenter: {
      hinweis: e.jobcenterHinweis === true,
      grund: typeof grund === 'string' ? JOBCENTER_GRUENDE.find((g) => g.code === grund)?.label : undefined,
    },
  };
}
