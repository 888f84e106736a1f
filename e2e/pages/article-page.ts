import type { Locator, Page } from '@playwright/test';

export class ArticlePage {
  constructor(private readonly page: Page) {}

  goto(slug: string) {
    return this.page.goto(`/berichten/${slug}`);
  }

  /** The post itself, not the cards of related posts under it. */
  get article(): Locator {
    return this.page.getByRole('article').filter({ has: this.page.getByRole('heading', { level: 1 }) });
  }

  get readingTime(): Locator {
    return this.article.locator('header').getByText(/^\d+ min leestijd$/);
  }

  get relatedPosts(): Locator {
    return this.page.getByRole('region', { name: 'Lees ook' }).getByRole('article');
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The paragraph with `Door … op …` next to the avatar. */
  get byline(): Locator {
    return this.article.locator('header').getByText(/^Door /);
  }

  get publicationTime(): Locator {
    return this.article.locator('header time');
  }

  authorLink(name: string): Locator {
    return this.article.locator('header').getByRole('link', { name });
  }

  image(alt: string): Locator {
    return this.page.getByRole('img', { name: alt, exact: true });
  }

  get shareNavigation(): Locator {
    return this.page.getByRole('navigation', { name: 'Deel dit bericht' });
  }

  get shareHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Deel dit bericht' });
  }

  get labelsHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Labels:' });
  }

  labelLink(name: string): Locator {
    return this.article.locator('footer').getByRole('link', { name, exact: true });
  }
}
