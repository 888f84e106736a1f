/**
 * `npm start`: writes .env on first run, builds what is stale, starts the CMS and then the site,
 * and stops both on Ctrl-C. `npm run dev` does the same with both in development mode.
 */
import { ensureEnvFile } from './lib/env-file';
import type { Service } from './lib/processes';
import { buildStack, startCms, startWeb } from './lib/stack';

async function main() {
  const dev = process.argv.includes('--dev');
  const { vars, created } = ensureEnvFile();
  if (created) console.log('▸ .env aangemaakt met willekeurige geheimen en een demo-beheerder');
  const env = { ...process.env, ...vars };
  const cmsPort = Number(vars.PORT || 1337);
  const webPort = Number(vars.WEB_PORT || 3000);
  const siteUrl = vars.SITE_URL || `http://127.0.0.1:${webPort}`;

  if (!dev) buildStack(env);

  const services: Service[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\n▸ Stoppen…');
    await Promise.all(services.map((service) => service.stop()));
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  console.log(`▸ CMS starten op poort ${cmsPort}…`);
  const cms = await startCms({ port: cmsPort, env, dev });
  services.push(cms);
  console.log(`▸ Site starten op poort ${webPort}…`);
  const web = await startWeb({ port: webPort, cmsUrl: `http://127.0.0.1:${cmsPort}`, siteUrl, env, dev });
  services.push(web);

  // The site keeps serving its cached pages without the CMS, so only the site's end ends the run.
  cms.child.once('exit', (code) => {
    if (!stopping)
      console.error(`▸ Het CMS is gestopt (exitcode ${code}); de site blijft draaien. Ctrl-C stopt alles.`);
  });
  web.child.once('exit', (code) => {
    if (!stopping) {
      console.error(`▸ De site is gestopt (exitcode ${code}); alles stopt.`);
      void stopAll(1);
    }
  });

  console.log(
    [
      '',
      '  fractieblog draait',
      `  Site:   http://127.0.0.1:${webPort}`,
      `  Admin:  http://127.0.0.1:${cmsPort}/admin`,
      `  Login:  ${vars.ADMIN_EMAIL ?? '(ADMIN_EMAIL niet gezet)'} / ${vars.ADMIN_PASSWORD ?? '(ADMIN_PASSWORD niet gezet)'}`,
      '  Stoppen: Ctrl-C',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
