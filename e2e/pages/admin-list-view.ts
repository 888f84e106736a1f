import type { Locator, Page } from '@playwright/test';

/** The Content Manager's list of a collection type, such as the list of berichten. */
export class AdminListView {
  constructor(private readonly page: Page) {}

  /** The list is an ARIA grid: a row group of headers, then a row group of entries. */
  get grid(): Locator {
    return this.page.getByRole('grid');
  }

  /** The column names as their text says them (the admin shows them in capitals). */
  get columnHeaders(): Locator {
    return this.grid.getByRole('rowgroup').first().getByRole('gridcell').filter({ hasText: /\S/ });
  }

  /** The rows of entries, without the header row. */
  get rows(): Locator {
    return this.grid.getByRole('rowgroup').nth(1).getByRole('row');
  }
}
