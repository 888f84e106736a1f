import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { oldAddress, sameAddress, sitePath } from './redirect-paths';

const REDIRECT = 'api::redirect.redirect';

function fieldError(field: 'from' | 'to', message: string) {
  return new errors.ValidationError(message, {
    errors: [{ path: [field], message, name: 'ValidationError' }],
  });
}

/**
 * A redirect is an old address and a path on this site. Editors get a Dutch explanation for what
 * Strapi would refuse in English (a taken address) and for what it would let through: another
 * site as target, an address that leads to itself, or to an address that itself redirects.
 */
export function redirectRules(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== REDIRECT || (context.action !== 'create' && context.action !== 'update'))
      return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const data = params.data;
    if (!data) return next();
    const current = params.documentId
      ? await strapi.db
          .query(REDIRECT)
          .findOne({ where: { documentId: params.documentId }, select: ['from', 'to'] })
      : null;

    if (context.action === 'create' || 'from' in data) {
      const from = oldAddress(data.from);
      if ('problem' in from) throw fieldError('from', from.problem);
      data.from = from.path;
    }
    if (context.action === 'create' || 'to' in data) {
      const to = sitePath(data.to);
      if ('problem' in to) throw fieldError('to', to.problem);
      data.to = to.path;
    }
    const from = String(data.from ?? current?.from ?? '');
    const to = String(data.to ?? current?.to ?? '');
    if (sameAddress(from, to)) throw fieldError('to', 'Een adres kan niet naar zichzelf doorverwijzen.');

    const others = params.documentId ? { documentId: { $ne: params.documentId } } : {};
    const taken = await strapi.db.query(REDIRECT).findOne({ where: { from, ...others }, select: ['to'] });
    if (taken) throw fieldError('from', `Voor ${from} bestaat al een doorverwijzing (naar ${taken.to}).`);
    const onward = await strapi.db
      .query(REDIRECT)
      .findOne({ where: { from: to, ...others }, select: ['to'] });
    if (onward) {
      throw fieldError(
        'to',
        `${to} verwijst zelf al door naar ${onward.to}; laat deze doorverwijzing daar direct heen gaan.`,
      );
    }
    return next();
  };
}
