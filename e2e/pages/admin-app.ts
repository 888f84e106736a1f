import type { Locator, Page } from '@playwright/test';
import { cmsUrl } from '../support/cms';

/**
 * The Strapi admin around the pages: login, main navigation, promotions. Names match both the
 * English and the Dutch admin.
 */
export class AdminApp {
  constructor(private readonly page: Page) {}

  goto() {
    return this.page.goto(`${cmsUrl()}/admin`);
  }

  get emailField(): Locator {
    return this.page.getByLabel(/^(Email|E-mail)/);
  }

  get passwordField(): Locator {
    return this.page.getByLabel(/^(Password|Wachtwoord)/);
  }

  get loginButton(): Locator {
    return this.page.getByRole('button', { name: /^(Login|Inloggen)$/ });
  }

  async logIn(user: { email: string; password: string }) {
    await this.goto();
    await this.emailField.fill(user.email);
    await this.passwordField.fill(user.password);
    await this.loginButton.click();
  }

  get contentManagerLink(): Locator {
    return this.page.getByRole('link', { name: /^(Content Manager|Inhoud)$/ });
  }

  /** The home page's widgets while they still fetch their content. */
  get loadingWidgets(): Locator {
    return this.page.getByText(/^(Loading widget content|Widgetinhoud laden)$/);
  }

  /** Strapi's link to its plugin market, in English or Dutch. */
  get marketplaceLink(): Locator {
    return this.page.getByRole('link', { name: /^(Marketplace|Marktplaats)$/ });
  }

  /** A collection type in the Content Manager's side menu, by its display name. */
  collectionTypeLink(name: string): Locator {
    return this.page
      .getByRole('navigation', { name: /^(Content|Inhoud)$/ })
      .getByRole('link', { name, exact: true });
  }

  /**
   * Strapi shows promotions and tours at moments of its own choosing ("Introducing the new Media
   * Library", the guided tour). Whenever one is in the way, it is closed before the next action.
   */
  async closePromotionsWhenShown() {
    await this.page.addLocatorHandler(
      this.page.getByRole('button', { name: /^(Close the banner|Sluit de banner|Banner sluiten)\.?$/ }),
      (close) => close.click(),
    );
    await this.page.addLocatorHandler(this.page.getByRole('button', { name: /^(Skip|Overslaan)$/ }), (skip) =>
      skip.click(),
    );
  }
}
