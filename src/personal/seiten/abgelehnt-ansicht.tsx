import { Layout } from '../../web/index.ts';

export function AnmeldungAbgelehnt({
  titel,
  text,
  status,
}: {
  titel: string;
  text: string;
  status?: string;
}) {
  return (
    <Layout titel={titel} bereich="personal">
      <div class="stapel">
        <h1 class="kern-heading-large">{titel}</h1>
        <p class="kern-body">{text}</p>
        {status !== undefined ? <p class="kern-body kern-body--small">{status}</p> : null}
        <p class="kern-body">
          <a class="kern-link" href="/verwaltung/anmelden">
            Zur Anmeldung
          </a>
        </p>
      </div>
    </Layout>
  );
}
