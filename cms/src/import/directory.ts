import type { Core } from '@strapi/strapi';
import type { ImportReport } from './report';
import { slugFrom } from './slugs';
import type { SourceAuthor, SourceTerm } from './source';

const AUTHOR = 'api::author.author';
const LABEL = 'api::label.label';

/**
 * The authors and labels of an import: found again by the source they came from (a second run),
 * or by slug or name (what the site already had), else made. Each is looked up once per run.
 */
export class Directory {
  private readonly authors = new Map<string, string>();
  private readonly labels = new Map<string, string>();

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly dryRun: boolean,
    private readonly report: ImportReport,
    private readonly format: string,
  ) {}

  /** The documentId of the fractieblog author for `author`. */
  async author(author: SourceAuthor): Promise<string> {
    const source = `${this.format}:author:${author.key}`;
    const known = this.authors.get(source);
    if (known) return known;
    const slug = slugFrom(author.slug, author.name, 'auteur');
    const found =
      (await this.strapi.db
        .query(AUTHOR)
        .findOne({ where: { importSource: source }, select: ['documentId'] })) ??
      (await this.strapi.db.query(AUTHOR).findOne({ where: { slug }, select: ['documentId'] }));
    let documentId: string = found?.documentId;
    if (found) this.report.counts.authors.existing += 1;
    else {
      this.report.counts.authors.created += 1;
      documentId = this.dryRun
        ? `dry-run:${source}`
        : (
            await this.strapi
              .documents(AUTHOR)
              .create({ data: { name: author.name.slice(0, 200), slug, importSource: source } })
          ).documentId;
    }
    this.authors.set(source, documentId);
    return documentId;
  }

  /** The documentId of the label for a category or tag; a category and a tag of one name are one label. */
  async label(term: SourceTerm): Promise<string> {
    const slug = slugFrom(term.slug, term.name, 'label');
    const known = this.labels.get(slug);
    if (known) return known;
    const name = term.name.trim().slice(0, 100) || slug;
    const found =
      (await this.strapi.db.query(LABEL).findOne({ where: { slug }, select: ['documentId'] })) ??
      (await this.strapi.db.query(LABEL).findOne({ where: { name }, select: ['documentId'] }));
    let documentId: string = found?.documentId;
    if (found) this.report.counts.labels.existing += 1;
    else {
      this.report.counts.labels.created += 1;
      documentId = this.dryRun
        ? `dry-run:label:${slug}`
        : (
            await this.strapi
              .documents(LABEL)
              .create({ data: { name, slug, importSource: `${this.format}:label:${slug}` } })
          ).documentId;
    }
    this.labels.set(slug, documentId);
    return documentId;
  }

  /** The slug a label or author has, for the redirects from its old pages. */
  async slugOf(kind: 'author' | 'label', documentId: string): Promise<string | null> {
    if (documentId.startsWith('dry-run:')) return documentId.split(':').pop() ?? null;
    const row = await this.strapi.db.query(kind === 'author' ? AUTHOR : LABEL).findOne({
      where: { documentId },
      select: ['slug'],
    });
    return row?.slug ?? null;
  }
}
