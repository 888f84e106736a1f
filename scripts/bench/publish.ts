import { getText, postJson } from './requests';

/**
 * Publish → live, as an integration would publish: a post created through the REST API (which
 * publishes at once), timed until its page shows the title. Its URL is first cached as a 404, so
 * only revalidation can bring it. Each post is deleted afterwards.
 */
export async function publishToLive(options: {
  cmsUrl: string;
  siteUrl: string;
  token: string;
  authorDocumentId: string;
  runs: number;
}): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const slug = `bench-publiceren-${Date.now()}-${run}`;
    const title = `Benchmark: bericht ${run + 1} gaat live`;
    const pageUrl = `${options.siteUrl}/berichten/${slug}`;
    await getText(pageUrl, 404);
    const started = performance.now();
    const created = await postJson(
      `${options.cmsUrl}/api/posts`,
      {
        data: {
          title,
          slug,
          author: options.authorDocumentId,
          content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Gemeten door npm run bench.' }] }],
        },
      },
      options.token,
    );
    await waitUntilShown(pageUrl, title);
    times.push(performance.now() - started);
    const documentId: unknown = Reflect.get(Reflect.get(Object(created), 'data') ?? {}, 'documentId');
    await fetch(`${options.cmsUrl}/api/posts/${String(documentId)}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${options.token}` },
    });
  }
  return times;
}

async function waitUntilShown(url: string, title: string, timeoutMs = 15_000): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const response = await fetch(url);
    if (response.status === 200 && (await response.text()).includes(title)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${url} did not show "${title}" within ${timeoutMs} ms`);
}
