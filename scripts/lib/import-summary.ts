import type { ImportReport } from '../../cms/src/import/report';

const SKIP_REASONS: Record<string, string> = {
  page: "pagina's",
  private: 'privéberichten',
  password: 'met wachtwoord',
  trash: 'in de prullenbak',
  'menu-item': 'menu-items',
  comment: 'reacties',
  other: 'overig',
};

/** The import's summary for the terminal, in Dutch: counts per kind, then what deserves a look. */
export function importSummary(report: ImportReport): string {
  const { posts, authors, labels, images, redirects, skipped } = report.counts;
  const lines = [
    report.dryRun ? 'Proefrun (er is niets geschreven):' : 'Import klaar:',
    `  berichten:        ${posts.created} nieuw, ${posts.updated} bijgewerkt, ${posts.unchanged} ongewijzigd, ${posts.keptEdited} door een redacteur bewerkt (niet aangeraakt), ${posts.drafts} als concept`,
    `  auteurs:          ${authors.created} nieuw, ${authors.existing} bestonden al`,
    `  labels:           ${labels.created} nieuw, ${labels.existing} bestonden al`,
    `  afbeeldingen:     ${images.uploaded} ${report.dryRun ? 'op te halen' : 'geüpload'}, ${images.reused} hergebruikt, ${images.failed} niet op te halen`,
    `  doorverwijzingen: ${redirects.created} nieuw, ${redirects.existing} bestonden al`,
  ];
  const skippedKinds = Object.entries(skipped).map(
    ([reason, count]) => `${count} ${SKIP_REASONS[reason] ?? reason}`,
  );
  if (skippedKinds.length) lines.push(`  overgeslagen:     ${skippedKinds.join(', ')}`);
  if (report.lossy.length) {
    lines.push(
      `  niet alles over:  ${report.lossy.length} berichten hadden iets wat de site niet kan tonen (zie het verslag)`,
    );
  }
  for (const warning of report.warnings.slice(0, 10)) lines.push(`  let op: ${warning}`);
  if (report.warnings.length > 10)
    lines.push(`  … en nog ${report.warnings.length - 10} meldingen in het verslag`);
  return lines.join('\n');
}

/** Whether the import brought anything in at all (the CLI exits non-zero when not). */
export function importedAnything(report: ImportReport): boolean {
  const { created, updated, unchanged, keptEdited } = report.counts.posts;
  return created + updated + unchanged + keptEdited > 0;
}
