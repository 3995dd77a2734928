// The Jobcenter of M-V are organised by Kreis and kreisfreie Stadt (one area each; § 6d SGB II). We ship only
// the areas – the eight Kreise by their official AGS (Destatis Gemeindeverzeichnis, Gebietsstand 2011 reform) –
// and not addresses or phone numbers, which change and which we could not verify; for those the page links the
// official Jobcenter finder of the Bundesagentur für Arbeit.

export const JOBCENTER_FINDER = 'https://www.arbeitsagentur.de/jobcenter-finden';

const GEBIETE: Readonly<Record<string, string>> = {
  '13003': 'die Hanse- und Universitätsstadt Rostock',
  '13004': 'die Landeshauptstadt Schwerin',
  '13071': 'den Landkreis Mecklenburgische Seenplatte',
  '13072': 'den Landkreis Rostock',
  '13073': 'den Landkreis Vorpommern-Rügen',
  '13074': 'den Landkreis Nordwestmecklenburg',
  '13075': 'den Landkreis Vorpommern-Greifswald',
  '13076': 'den Landkreis Ludwigslust-Parchim',
};

/** "den Landkreis Rostock" for a Kreis AGS of M-V (accusative, after "Jobcenter für"); undefined elsewhere. */
export function jobcenterGebiet(kreisAgs: string): string | undefined {
  return GEBIETE[kreisAgs];
}
