import { bestaetigung } from './felder.ts';
import { formSchritt } from './schritt.ts';

// Section Q: declarations and granular, revocable consents (Art. 7 DSGVO, § 67b SGB X), on the page with the
// submit button. Required: truthfulness and the duty to report changes, having read the privacy notice.

export const erklaerungen = formSchritt({
  id: 'erklaerungen',
  slug: 'erklaerungen',
  titel: 'Erklärungen und Einwilligungen',
  abschnitt: 'unterlagen',
  felder: {
    richtig: bestaetigung({
      label: 'Ich versichere, dass meine Angaben vollständig und richtig sind.',
      kurz: 'Angaben vollständig und richtig',
      was: 'dass Ihre Angaben vollständig und richtig sind',
      fehlertext: 'Bestätigen Sie, dass Ihre Angaben vollständig und richtig sind',
    }),
    mitwirkung: bestaetigung({
      label:
        'Ich teile dem Sozialamt Änderungen sofort mit, zum Beispiel beim Einkommen, im Haushalt oder bei der Wohnung.',
      kurz: 'Pflicht zur Mitteilung von Änderungen',
      was: 'dass Sie Änderungen mitteilen',
      fehlertext: 'Bestätigen Sie, dass Sie Änderungen sofort mitteilen',
    }),
    datenschutz: bestaetigung({
      label: 'Ich habe die Datenschutzhinweise gelesen.',
      kurz: 'Datenschutzhinweise gelesen',
      was: 'dass Sie die Datenschutzhinweise gelesen haben',
      fehlertext: 'Bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben',
    }),
    vermieter: bestaetigung({
      label:
        'Das Sozialamt darf mit meinem Vermieter über die Mietschulden und die Fortsetzung des Mietverhältnisses sprechen und Daten austauschen.',
      kurz: 'Einwilligung: Austausch mit dem Vermieter',
      hinweis:
        'Ohne diese Einwilligung kann das Sozialamt die Zusage Ihres Vermieters nicht selbst einholen. Sie müssen sie dann selbst beibringen.',
      was: 'die Einwilligung',
      optional: true,
    }),
    gericht: bestaetigung({
      label: 'Das Sozialamt darf mit dem Gericht über das Räumungsverfahren Daten austauschen.',
      kurz: 'Einwilligung: Austausch mit dem Gericht',
      was: 'die Einwilligung',
      optional: true,
    }),
    jobcenter: bestaetigung({
      label: 'Das Sozialamt darf mit dem Jobcenter und der Wohngeldstelle Daten austauschen.',
      kurz: 'Einwilligung: Austausch mit Jobcenter und Wohngeldstelle',
      was: 'die Einwilligung',
      optional: true,
    }),
    versorger: bestaetigung({
      label: 'Das Sozialamt darf mit meinem Energie- oder Wasserversorger Daten austauschen.',
      kurz: 'Einwilligung: Austausch mit dem Versorger',
      was: 'die Einwilligung',
      optional: true,
    }),
    schuldnerberatung: bestaetigung({
      label: 'Das Sozialamt darf mit einer Schuldnerberatung Daten austauschen.',
      kurz: 'Einwilligung: Austausch mit der Schuldnerberatung',
      was: 'die Einwilligung',
      optional: true,
    }),
    elektronisch: bestaetigung({
      label:
        'Ich bin einverstanden, dass das Sozialamt mir Bescheide elektronisch in das Postfach meines BundID-Kontos schickt.',
      kurz: 'Bescheide elektronisch ins BundID-Postfach',
      hinweis: 'Sonst bekommen Sie Bescheide per Brief.',
      was: 'die Einwilligung',
      optional: true,
    }),
    darlehen: bestaetigung({
      label: 'Ich weiß, dass die Hilfe meist ein Darlehen ist, das ich zurückzahlen muss.',
      kurz: 'Hinweis auf Darlehen zur Kenntnis genommen',
      was: 'den Hinweis',
      optional: true,
    }),
  },
});
