import type { Core } from '@strapi/strapi';

/** The body parser's limit (strapi::body's default jsonLimit), as the editor reads it. */
const LIMIT = '1 MB';

function isTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && Reflect.get(error, 'status') === 413;
}

/**
 * A save that is too big (usually images pasted into the text) gets a 413 with a Dutch message
 * that says what to do, instead of the body parser's "request entity too large".
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (!isTooLarge(error)) throw error;
    ctx.status = 413;
    ctx.body = {
      data: null,
      error: {
        status: 413,
        name: 'PayloadTooLargeError',
        message: `Dit is te groot om op te slaan (hooguit ${LIMIT}). Maak de tekst korter of zet afbeeldingen in de mediabibliotheek in plaats van ze in de tekst te plakken.`,
        details: {},
      },
    };
  }
};
