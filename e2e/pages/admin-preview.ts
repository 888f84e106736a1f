import type { FrameLocator, Locator, Page } from '@playwright/test';

/** The admin's preview page: the site in an iframe under a header with the document's actions. */
export class AdminPreview {
  constructor(private readonly page: Page) {}

  /** The site as the preview panel shows it. */
  get site(): FrameLocator {
    return this.page.getByTitle(/^(Preview|Voorbeeld)$/).contentFrame();
  }

  get header(): Locator {
    return this.page.getByRole('banner');
  }

  get publishButton(): Locator {
    return this.header.getByRole('button', { name: /^(Publish|Publiceer|Publiceren)$/ });
  }

  /** Draft or published, as the preview header shows it. */
  get documentStatus(): Locator {
    return this.header.getByRole('status');
  }
}
