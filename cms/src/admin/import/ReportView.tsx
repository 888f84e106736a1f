import { Box, Flex, Typography } from '@strapi/design-system';
import type { ImportReport } from '../../import/report';

const SKIP_REASONS: Record<string, string> = {
  page: "Pagina's",
  private: 'Privéberichten',
  password: 'Met wachtwoord',
  trash: 'In de prullenbak',
  'menu-item': 'Menu-items',
  comment: 'Reacties',
  other: 'Overig',
};
const SHOWN = 50;

function List({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Box paddingTop={4}>
      <Typography variant="delta" tag="h3">
        {title} ({items.length})
      </Typography>
      <ul style={{ margin: '8px 0 0 20px', listStyle: 'disc' }}>
        {items.slice(0, SHOWN).map((item, index) => (
          <li key={index}>
            <Typography>{item}</Typography>
          </li>
        ))}
      </ul>
      {items.length > SHOWN ? (
        <Typography textColor="neutral600">
          … en nog {items.length - SHOWN}; het volledige verslag staat in het CMS.
        </Typography>
      ) : null}
    </Box>
  );
}

/** What an import did or, after the dry run, would do: the counts, then everything worth a look. */
export function ReportView({ report }: { report: ImportReport }) {
  const { posts, authors, labels, images, redirects } = report.counts;
  const rows: [string, string][] = [
    [
      'Berichten',
      `${posts.created} nieuw, ${posts.updated} bijgewerkt, ${posts.unchanged} ongewijzigd, ${posts.drafts} als concept`,
    ],
    ['Auteurs', `${authors.created} nieuw, ${authors.existing} bestonden al`],
    ['Labels', `${labels.created} nieuw, ${labels.existing} bestonden al`],
    [
      'Afbeeldingen',
      `${images.uploaded} ${report.dryRun ? 'op te halen' : 'geüpload'}, ${images.reused} hergebruikt, ${images.failed} niet op te halen`,
    ],
    ['Doorverwijzingen', `${redirects.created} nieuw, ${redirects.existing} bestonden al`],
  ];
  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Typography variant="beta" tag="h2">
        {report.dryRun ? 'Wat de import zou doen' : 'Wat de import deed'}
      </Typography>
      <Typography textColor="neutral600" tag="p">
        {report.source} ({report.format}){report.oldSiteUrl ? `, oude site ${report.oldSiteUrl}` : ''}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={1} paddingTop={4}>
        {rows.map(([label, value]) => (
          <Flex key={label} gap={4}>
            <Box style={{ width: 160 }}>
              <Typography fontWeight="bold">{label}</Typography>
            </Box>
            <Typography>{value}</Typography>
          </Flex>
        ))}
      </Flex>
      <List
        title="Overgeslagen"
        items={report.skipped.map(
          (entry) =>
            `${entry.title || entry.key} — ${SKIP_REASONS[entry.reason] ?? entry.reason}${entry.detail ? `: ${entry.detail}` : ''}`,
        )}
      />
      <List
        title="Niet alles overgenomen"
        items={report.lossy.map((entry) => `${entry.title}: ${entry.notes.join(' ')}`)}
      />
      <List
        title="Door een redacteur bewerkt sinds de vorige import, niet aangeraakt"
        items={report.keptEdited.map((entry) => entry.title)}
      />
      <List
        title="Afbeeldingen die niet op te halen waren"
        items={report.failedImages.map((entry) => `${entry.title}: ${entry.host} — ${entry.reason}`)}
      />
      <List title="Let op" items={report.warnings} />
    </Box>
  );
}
