import type { Behoerde } from '../../katalog/index.ts';
import { Hinweisbox, Layout } from '../../web/index.ts';
import { formatDatum } from '../../shared/index.ts';
import type { Verfuegbarkeit } from '../repo/verfuegbarkeit.ts';

export type DienstVerfuegbarkeit = {
  id: string;
  name: string;
  link: string | null;
  verfuegbarkeit: Verfuegbarkeit;
};

/** The office's public page: where each service can be applied for, and the notice of a temporary stop. */
export function BehoerdeOeffentlich({
  behoerde,
  dienste,
}: {
  behoerde: Behoerde;
  dienste: DienstVerfuegbarkeit[];
}) {
  const voruebergehend = dienste.filter((d) => d.verfuegbarkeit.art === 'voruebergehend_nicht_verfuegbar');
  return (
    <Layout titel={behoerde.name} schmal={true}>
      <div class="stapel">
        <h1 class="kern-heading-large">{behoerde.name}</h1>
        {voruebergehend.map((d) =>
          d.verfuegbarkeit.art === 'voruebergehend_nicht_verfuegbar' ? (
            <Hinweisbox art="warning" titel={`${d.name}: vorübergehend nicht verfügbar`}>
              <p class="kern-body">{d.verfuegbarkeit.hinweisText}</p>
            </Hinweisbox>
          ) : null,
        )}
        <h2 class="kern-heading-medium">Kontakt</h2>
        <p class="kern-body">
          {behoerde.amt}
          <br />
          {behoerde.strasse}
          <br />
          {behoerde.plz} {behoerde.ort}
          {behoerde.telefon === null ? null : (
            <>
              <br />
              Telefon {behoerde.telefon}
            </>
          )}
          {behoerde.email === null ? null : (
            <>
              <br />
              E-Mail{' '}
              <a class="kern-link" href={`mailto:${behoerde.email}`}>
                {behoerde.email}
              </a>
            </>
          )}
          {behoerde.sprechzeiten === null ? null : (
            <>
              <br />
              Sprechzeiten: {behoerde.sprechzeiten}
            </>
          )}
        </p>
        <h2 class="kern-heading-medium">Online-Dienste</h2>
        <ul class="kern-list stapel">
          {dienste.map((d) => (
            <li>
              <h3 class="kern-heading-small">{d.name}</h3>
              {d.verfuegbarkeit.art === 'online' ? (
                <p class="kern-body">
                  Online verfügbar
                  {d.verfuegbarkeit.wirksamZum === null
                    ? '. '
                    : ` bis ${formatDatum(d.verfuegbarkeit.wirksamZum)}. Danach nur noch schriftlich. `}
                  {d.link === null ? null : (
                    <a class="kern-link" href={d.link}>
                      Online beantragen<span class="visually-hidden">: {d.name}</span>
                    </a>
                  )}
                </p>
              ) : (
                <p class="kern-body">
                  {d.verfuegbarkeit.art === 'voruebergehend_nicht_verfuegbar'
                    ? 'Vorübergehend nicht verfügbar (siehe Hinweis oben).'
                    : d.verfuegbarkeit.hinweisText}
                </p>
              )}
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  );
}
