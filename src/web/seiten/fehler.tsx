import { Layout } from '../layout.tsx';

export function NichtGefunden() {
  return (
    <Layout titel="Seite nicht gefunden">
      <div class="stapel">
        <h1 class="kern-heading-large">Seite nicht gefunden</h1>
        <p class="kern-body">Die Adresse ist falsch geschrieben, oder die Seite gibt es nicht mehr.</p>
        <ZurStartseite />
      </div>
    </Layout>
  );
}

export function Fehlerseite({ titel, text, anfrageId }: { titel: string; text: string; anfrageId?: string }) {
  return (
    <Layout titel={titel}>
      <div class="stapel">
        <h1 class="kern-heading-large">{titel}</h1>
        <p class="kern-body">{text}</p>
        {anfrageId !== undefined ? (
          <p class="kern-body kern-body--small">
            Fehlernummer: <code>{anfrageId}</code>. Wenn Sie sich an uns wenden, nennen Sie bitte diese
            Nummer.
          </p>
        ) : null}
        <ZurStartseite />
      </div>
    </Layout>
  );
}

/** The way back every error and notice page offers. */
export function ZurStartseite() {
  return (
    <p class="kern-body">
      <a class="kern-link" href="/">
        Zur Startseite
      </a>
    </p>
  );
}
