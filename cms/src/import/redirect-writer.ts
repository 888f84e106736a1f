import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { sameAddress } from '../redirects/redirect-paths';
import { oldPath } from './old-addresses';
import type { ImportReport } from './report';

const REDIRECT = 'api::redirect.redirect';

/**
 * The redirects an import leaves: every old address of a post, label or author leads to its new
 * page. One that exists already (from an earlier run, or made by an editor) is left as it is.
 */
export class RedirectWriter {
  private readonly seen = new Set<string>();

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly report: ImportReport,
    private readonly options: { dryRun: boolean; oldSite: () => URL | null },
  ) {}

  async add(oldUrl: string, to: string): Promise<void> {
    const from = oldPath(oldUrl, this.options.oldSite());
    if (!from || sameAddress(from, to) || this.seen.has(from)) return;
    this.seen.add(from);
    const existing = await this.strapi.db.query(REDIRECT).findOne({ where: { from }, select: ['id'] });
    if (existing) {
      this.report.counts.redirects.existing += 1;
      return;
    }
    if (this.options.dryRun) {
      this.report.counts.redirects.created += 1;
      return;
    }
    try {
      await this.strapi.documents(REDIRECT).create({ data: { from, to, permanent: true } });
      this.report.counts.redirects.created += 1;
    } catch (error) {
      if (!(error instanceof errors.ValidationError)) throw error;
      this.report.warnings.push(`Geen doorverwijzing van ${from} naar ${to}: ${error.message}`);
    }
  }
}
