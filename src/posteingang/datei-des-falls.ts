import type { Fall, Kontext } from './faelle.ts';
import { nachgereichteDateiInhalt } from './nachreichung.ts';

// The files of a case, for the staff download and the API: the attachments of the application and the files
// the citizen sent in later.

/** An attachment of the application or a file sent in later, by id; undefined if it is not one of the case's. */
export async function dateiDesFalls(
  k: Kontext,
  f: Fall,
  dateiId: string,
): Promise<{ art: string; dateiname: string; mime: string; inhalt: Buffer } | undefined> {
  const anlage = (await k.repo.dateienVonAntrag(f.antrag.id)).find((d) => d.id === dateiId);
  if (anlage !== undefined) {
    const inhalt = await k.repo.dateiInhalt('antrag_id', f.antrag.id, dateiId);
    return inhalt === undefined
      ? undefined
      : { art: anlage.art, dateiname: anlage.dateiname, mime: anlage.mime, inhalt };
  }
  const nachgereicht = await nachgereichteDateiInhalt(k, f.antrag.id, dateiId);
  if (nachgereicht === undefined || !nachgereicht.info.gesendet) return undefined;
  return { ...nachgereicht.info, inhalt: nachgereicht.inhalt };
}
