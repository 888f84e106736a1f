import type { Locator, Page } from '@playwright/test';

/**
 * The Content Manager's edit view of a "Bericht". Field labels come from the content type's own
 * configuration (Dutch), the buttons from the admin's language (English or Dutch).
 */
export class AdminPostEditor {
  constructor(private readonly page: Page) {}

  get createEntryLink(): Locator {
    return this.page.getByRole('link', { name: /^(Create new entry|Nieuwe invoer)$/ });
  }

  get title(): Locator {
    return this.page.getByRole('textbox', { name: /^(Titel|title)$/i });
  }

  get slug(): Locator {
    return this.page.getByRole('textbox', { name: /^slug$/i });
  }

  /**
   * The blocks editor of the post's text: the text box that holds paragraphs. Strapi gives it no
   * accessible name (its aria-labelledby points to an element that does not exist).
   */
  get body(): Locator {
    return this.page
      .getByRole('tabpanel')
      .getByRole('textbox')
      .filter({ has: this.page.getByRole('paragraph') });
  }

  get coverField(): Locator {
    return this.page.getByRole('region', { name: /^(Omslagfoto|cover)$/i });
  }

  get addCoverButton(): Locator {
    return this.coverField.getByRole('button', {
      name: /^(Click to add an asset or drag and drop one in this area|Klik om een bestand toe te voegen of sleep er een naar dit gebied)$/,
    });
  }

  /** The relation pickers; their label gains a count once something is picked ("Auteur (1)"). */
  get authorPicker(): Locator {
    return this.page.getByRole('combobox', { name: /^(Auteur|author)( \(\d+\))?$/i });
  }

  get labelsPicker(): Locator {
    return this.page.getByRole('combobox', { name: /^labels( \(\d+\))?$/i });
  }

  /** An entry in the open list of a relation picker. */
  option(name: string): Locator {
    return this.page.getByRole('listbox').getByRole('option', { name, exact: true });
  }

  async pick(picker: Locator, name: string) {
    await picker.click();
    await this.option(name).click();
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: /^(Save|Bewaar|Opslaan)$/ });
  }

  /** "Gedeeld" in the side panel: how often readers shared the post, per platform. */
  get sharesTable(): Locator {
    return this.page.getByRole('table', { name: 'Gedeeld per platform' });
  }

  /** In the side panel once the post is saved; the admin's preview page opens. */
  get openPreviewLink(): Locator {
    return this.page.getByRole('link', { name: /^(Open preview|Voorbeeld openen)$/ });
  }
}
