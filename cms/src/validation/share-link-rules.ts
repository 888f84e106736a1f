import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { shareTemplateProblem } from './share-link-template';

export const shareLinkRules: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid !== 'api::share-link.share-link') return next();
  if (context.action !== 'create' && context.action !== 'update') return next();

  const data = (context.params as { data?: Record<string, unknown> }).data;
  if (data && (context.action === 'create' || 'urlTemplate' in data)) {
    const problem = shareTemplateProblem(data.urlTemplate);
    if (problem) {
      throw new errors.ValidationError(problem, {
        errors: [{ path: ['urlTemplate'], message: problem, name: 'ValidationError' }],
      });
    }
  }
  return next();
};
