/**
 * Zod's own messages (wrong type, unknown key, option not allowed) in Vietnamese, for every
 * schema of the app: the clerk reads them in error values and quarantine notices. Imported for
 * its effect by draft-schema.ts, which every zone loads before validating anything.
 */
import { z } from 'zod';

z.config(z.locales.vi());
