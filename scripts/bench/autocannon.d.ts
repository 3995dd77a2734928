// The part of autocannon's API the scale-out benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Ergebnis = { requests: { average: number }; non2xx: number; errors: number };
  function autocannon(o: {
    url: string;
    connections: number;
    duration: number;
    headers?: Record<string, string>;
  }): Promise<Ergebnis>;
  export default autocannon;
}
