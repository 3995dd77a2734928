import { expect, test } from 'vitest';
import { jobcenterGebiet } from './jobcenter-gebiete.ts';

test('each of the eight Kreise of M-V has its Jobcenter area; anything else has none', () => {
  expect(jobcenterGebiet('13003')).toBe('die Hanse- und Universitätsstadt Rostock');
  expect(jobcenterGebiet('13075')).toBe('den Landkreis Vorpommern-Greifswald');
  expect(
    ['13003', '13004', '13071', '13072', '13073', '13074', '13075', '13076'].map(jobcenterGebiet),
  ).not.toContain(undefined);
  expect(jobcenterGebiet('02000')).toBeUndefined();
});
