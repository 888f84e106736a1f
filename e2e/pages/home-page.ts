import type { Locator, Page } from '@playwright/test';

export class HomePage {
  constructor(private readonly page: Page) {}

  goto(query = '') {
    return this.page.goto(`/${query}`);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The post titles, in the order the page lists them. */
  get postTitles(): Locator {
    return this.page.getByRole('article').getByRole('heading', { level: 2 });
  }

  postLink(title: string): Locator {
    return this.page.getByRole('link', { name: title, exact: true });
  }

  get loadMoreButton(): Locator {
    return this.page.getByRole('button', { name: 'Meer berichten' });
  }

  get olderPostsLink(): Locator {
    return this.page
      .getByRole('navigation', { name: 'Paginering' })
      .getByRole('link', { name: /Oudere berichten/ });
  }

  get newerPostsLink(): Locator {
    return this.page
      .getByRole('navigation', { name: 'Paginering' })
      .getByRole('link', { name: /Nieuwere berichten/ });
  }
}
