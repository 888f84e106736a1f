import { Alert, Box, Button, Field, Flex, ProgressBar, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import { ReportView } from './ReportView';
import { useImportJob, type ImportJob } from './use-import-job';

const MAX_MB = 150;
const PHASES: Record<string, string> = {
  reading: 'Export lezen',
  importing: 'Berichten overnemen',
  publishing: 'Publiceren',
};
const STATUS: Record<ImportJob['status'], string> = {
  checking: 'Bezig met controleren (er wordt nog niets geschreven)…',
  ready: 'Gecontroleerd. Kijk wat de import zou doen, en bevestig.',
  importing: 'Bezig met importeren…',
  done: 'De import is klaar.',
  failed: 'De import is mislukt.',
  cancelled: 'De import is afgebroken.',
};

function Progress({ job }: { job: ImportJob }) {
  const progress = job.progress;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography>{STATUS[job.status]}</Typography>
      {progress ? (
        <>
          <ProgressBar value={percent} size="M" />
          <Typography textColor="neutral600">
            {PHASES[progress.phase] ?? progress.phase}: {progress.done} van {progress.total}
          </Typography>
        </>
      ) : null}
    </Flex>
  );
}

/** The Importeren page: bring the posts of an old site along, checked first, then for real. */
export default function ImportPage() {
  const { job, problem, busy, start, confirm, cancel, reset } = useImportJob();
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [oldSiteUrl, setOldSiteUrl] = useState('');
  const [tooBig, setTooBig] = useState(false);
  const running = job !== null && ['checking', 'ready', 'importing'].includes(job.status);

  const submit = () => {
    if (file && file.size > MAX_MB * 1024 * 1024) return setTooBig(true);
    setTooBig(false);
    if (file) void start({ file }, oldSiteUrl);
    else if (url) void start({ url }, oldSiteUrl);
  };

  return (
    <Page.Main>
      <Page.Title>Importeren</Page.Title>
      <Layouts.Header
        title="Importeren"
        subtitle="Breng de berichten van een oude site mee: een export van WordPress, Blogger of Ghost, of een RSS-feed."
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {problem ? (
            <Alert variant="danger" title="Dat lukte niet" closeLabel="Sluiten">
              {problem}
            </Alert>
          ) : null}
          {!job || job.status === 'cancelled' ? (
            <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Field.Root
                  name="export"
                  hint={`Een .xml- of .json-bestand van hooguit ${MAX_MB} MB.`}
                  error={
                    tooBig
                      ? `Het bestand is groter dan ${MAX_MB} MB. Exporteer in delen (bijvoorbeeld per jaar) en importeer die na elkaar.`
                      : undefined
                  }
                >
                  <Field.Label>Exportbestand</Field.Label>
                  <input
                    type="file"
                    accept=".xml,.json,.atom,.rss"
                    aria-label="Exportbestand"
                    onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                  />
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
                <Field.Root
                  name="url"
                  hint="Of het adres van een feed of export; een feed bevat alleen de nieuwste berichten."
                >
                  <Field.Label>Adres van een feed of export</Field.Label>
                  <TextInput
                    value={url}
                    onChange={(event: { target: { value: string } }) => setUrl(event.target.value)}
                  />
                  <Field.Hint />
                </Field.Root>
                <Field.Root
                  name="oldSiteUrl"
                  hint="Niet verplicht: zodat links en oude adressen kloppen als de export het adres niet noemt."
                >
                  <Field.Label>Adres van de oude site</Field.Label>
                  <TextInput
                    value={oldSiteUrl}
                    placeholder="https://www.oude-site.nl"
                    onChange={(event: { target: { value: string } }) => setOldSiteUrl(event.target.value)}
                  />
                  <Field.Hint />
                </Field.Root>
                <Box>
                  <Button onClick={submit} disabled={busy || (!file && !url)} loading={busy}>
                    Controleren
                  </Button>
                </Box>
              </Flex>
            </Box>
          ) : null}
          {job && running ? <Progress job={job} /> : null}
          {job?.status === 'done' ? (
            <Alert variant="success" title="Klaar" closeLabel="Sluiten">
              {STATUS.done} De gepubliceerde berichten staan op de site; oude adressen verwijzen door.
            </Alert>
          ) : null}
          {job?.status === 'failed' ? (
            <Alert variant="danger" title="De import is mislukt" closeLabel="Sluiten">
              {job.error ?? 'Onbekende fout.'} Er is niets gepubliceerd.
            </Alert>
          ) : null}
          {job?.report && (job.status === 'ready' || job.status === 'done') ? (
            <ReportView report={job.report} />
          ) : null}
          {job?.status === 'ready' ? (
            <Flex gap={2}>
              <Button onClick={() => void confirm()} disabled={busy}>
                Importeren
              </Button>
              <Button variant="tertiary" onClick={() => void cancel()} disabled={busy}>
                Annuleren
              </Button>
            </Flex>
          ) : null}
          {job && ['done', 'failed'].includes(job.status) ? (
            <Box>
              <Button variant="secondary" onClick={reset}>
                Nog een import
              </Button>
            </Box>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
