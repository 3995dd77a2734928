import { z } from 'zod';

// The landlord's declaration (vermieter/): how long an invitation link is valid, and how many requests one
// client address may make to the landlord pages per minute (codes must not be guessable by trying).

export const vermieterEnv = {
  VERMIETER_GUELTIGKEIT_TAGE: z.coerce.number().int().min(1).max(90).default(14),
  VERMIETER_ANFRAGEN_PRO_MINUTE: z.coerce.number().int().min(1).max(10000).default(20),
};
