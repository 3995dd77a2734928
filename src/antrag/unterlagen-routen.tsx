// The upload pages are controllers in seiten/unterlagen-seiten.tsx, registered with the application path
// (antrag-routen.tsx). The file-name helper stays importable here for the inbox's uploads (posteingang/).
export { dateinameBereinigen } from './dateiname.ts';
