import type { Locator, Page } from '@playwright/test';

/** The media library dialog a media field opens: pick, upload and describe files. */
export class AdminMediaLibrary {
  constructor(private readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get addMoreAssetsButton(): Locator {
    return this.dialog.getByRole('button', { name: /^(Add more assets|Meer bestanden toevoegen)$/ });
  }

  /** The drop zone's button that opens the computer's file picker. */
  get browseFilesButton(): Locator {
    return this.dialog.getByRole('button', {
      name: /^(Drag & Drop here or|Sleep en laat los of|Browse files|Bestanden zoeken)$/,
    });
  }

  get editButton(): Locator {
    return this.dialog.getByRole('button', { name: /^(Edit|Bewerken)$/ });
  }

  get alternativeTextField(): Locator {
    return this.dialog.getByRole('textbox', { name: /^(Alternative text|Alternatieve tekst)$/ });
  }

  get finishButton(): Locator {
    return this.dialog.getByRole('button', { name: /^(Finish|Einde)$/ });
  }

  get uploadButton(): Locator {
    return this.dialog.getByRole('button', {
      name: /^(Upload \d+ assets? to the library|\d+ bestand(en)? uploaden naar de bibliotheek)$/,
    });
  }

  /**
   * Uploads one file from disk with its alternative text and selects it for the field: add
   * files, pick the file, describe it, upload it, finish.
   */
  async uploadAndSelect(file: string, alternativeText: string) {
    await this.addMoreAssetsButton.click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.browseFilesButton.click();
    await (await chooser).setFiles(file);
    await this.editButton.click();
    await this.alternativeTextField.fill(alternativeText);
    await this.finishButton.click();
    await this.uploadButton.click();
    await this.finishButton.click();
  }
}
