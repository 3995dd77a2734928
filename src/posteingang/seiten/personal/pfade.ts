// The addresses of the staff pages of the inbox.

export const BASIS = '/verwaltung/posteingang';
export const fallPfad = (nummer: string): string => `${BASIS}/antrag/${nummer}`;
