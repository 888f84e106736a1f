/** What Facebook, LinkedIn, X and WhatsApp show best: 1.91:1 at 1200×630. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
