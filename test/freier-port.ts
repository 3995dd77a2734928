import { createServer } from 'node:net';

/**
 * A free loopback port, for apps that must know their own address before they listen (the built-in XTA
 * mailbox is reached over HTTP at XTA_INTERN_URL, e.g. by the connection test).
 */
export function freierPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const adresse = server.address();
      const port = typeof adresse === 'object' && adresse !== null ? adresse.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
