import type { Locator, Page } from '@playwright/test';

/** The admin's Importeren page (cms/src/admin/import). */
export class AdminImport {
  constructor(private readonly page: Page) {}

  get menuLink(): Locator {
    return this.page.getByRole('link', { name: 'Importeren' });
  }

  get exportFile(): Locator {
    return this.page.getByLabel('Exportbestand');
  }

  get checkButton(): Locator {
    return this.page.getByRole('button', { name: 'Controleren' });
  }

  get importButton(): Locator {
    return this.page.getByRole('button', { name: 'Importeren', exact: true });
  }

  report(heading: 'Wat de import zou doen' | 'Wat de import deed'): Locator {
    return this.page.getByRole('heading', { name: heading });
  }

  get done(): Locator {
    return this.page.getByText('De import is klaar.');
  }
}
