import { ImportError, type SourceFormat } from '../source';

/**
 * Every way an export can be unreadable, as the Dutch message the editor sees: what is wrong and
 * what to do about it. Kept in one place so the wording stays consistent across the readers.
 */

const AGAIN = 'exporteer de site opnieuw en probeer het nog eens';
const AGAIN_AFTER_EDIT = 'Exporteer de site dan opnieuw en probeer het nog eens.';

const FORMAT_NAMES: Record<SourceFormat, string> = {
  wxr: 'WordPress-export (WXR)',
  blogger: 'Blogger-export',
  ghost: 'Ghost-export (JSON)',
  feed: 'RSS- of Atom-feed',
};

const WHAT_WE_READ =
  'Kies een WordPress-export (Extra → Exporteren), een Blogger-back-up, een Ghost-export (JSON) of een RSS- of Atom-feed.';

/** saxes reports in English; the few messages an editor is likely to meet, in Dutch. */
const XML_DETAILS: [RegExp, string][] = [
  [/undefined entity/, 'onbekende entiteit'],
  [/disallowed character/, 'ongeldig teken'],
  [/unclosed tag/, 'tag niet afgesloten'],
  [/unexpected close tag|unmatched closing tag/, 'sluittag past niet bij de open tag'],
  [/only one root/, 'meer dan één hoofdelement'],
];

export function truncated(line: number, cause?: unknown): ImportError {
  return new ImportError(`Het bestand is afgebroken (regel ${line}): ${AGAIN}.`, { cause });
}

export function malformedXml(line: number, column: number, detail: string, cause?: unknown): ImportError {
  const dutch = XML_DETAILS.find(([pattern]) => pattern.test(detail))?.[1] ?? detail;
  return new ImportError(
    `Het bestand is geen geldige XML (regel ${line}, kolom ${column}: ${dutch}). Is het na het exporteren met de hand bewerkt? ${AGAIN_AFTER_EDIT}`,
    { cause },
  );
}

export function malformedJson(line: number, cause?: unknown): ImportError {
  return new ImportError(
    `Het bestand is geen geldige JSON (rond regel ${line}). Is het na het exporteren met de hand bewerkt? ${AGAIN_AFTER_EDIT}`,
    { cause },
  );
}

export function entityDeclarations(): ImportError {
  return new ImportError(
    'Het bestand definieert eigen XML-entiteiten (<!ENTITY …>). Een echte export doet dat nooit, en zulke entiteiten kunnen de server laten vastlopen of er bestanden van uitlezen; daarom lezen we het niet. Exporteer de site opnieuw vanuit het oude systeem en probeer het nog eens.',
  );
}

export function emptyFile(): ImportError {
  return new ImportError(`Het bestand is leeg: ${AGAIN}.`);
}

export function missingFile(file: string, cause?: unknown): ImportError {
  return new ImportError(`Het bestand ${file} is niet gevonden of niet leesbaar: upload het opnieuw.`, {
    cause,
  });
}

export function unknownEncoding(label: string): ImportError {
  return new ImportError(
    `Het bestand gebruikt de tekenset "${label}", die we niet kennen: exporteer de site opnieuw in UTF-8.`,
  );
}

export function zipFile(): ImportError {
  return new ImportError(
    `Dit is een zip-bestand. Pak het eerst uit en kies het exportbestand dat erin zit (bij Blogger feed.atom, bij Ghost het .json-bestand). ${WHAT_WE_READ}`,
  );
}

export function unknownFormat(what: string): ImportError {
  return new ImportError(`Dit bestand is geen export die we kennen (${what}). ${WHAT_WE_READ}`);
}

export function wrongFormat(expected: SourceFormat): ImportError {
  return new ImportError(
    `Dit bestand is geen ${FORMAT_NAMES[expected]}. Kies het juiste soort export, of laat de soort open zodat we die zelf herkennen.`,
  );
}
