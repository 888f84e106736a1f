import type { Locator, Page } from '@playwright/test';

export class SearchPage {
  constructor(private readonly page: Page) {}

  goto(query?: string) {
    return this.page.goto(query === undefined ? '/zoeken' : `/zoeken?q=${encodeURIComponent(query)}`);
  }

  /** The search field in the header of every page. */
  get headerField(): Locator {
    return this.page.getByRole('search', { name: 'Zoeken op de site' }).getByRole('searchbox');
  }

  /** The big search field on /zoeken. */
  get field(): Locator {
    return this.page.getByRole('search', { name: 'Zoek in berichten' }).getByRole('searchbox');
  }

  /** "3 berichten gevonden voor …", "Niets gevonden voor …": announced to screen readers too. */
  get status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  get results(): Locator {
    return this.page.getByRole('main').getByRole('article');
  }

  resultLink(title: string): Locator {
    return this.results.getByRole('link', { name: title, exact: true });
  }

  /** The words marked as matches in the results. */
  get highlights(): Locator {
    return this.results.locator('mark');
  }
}
