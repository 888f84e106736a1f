import fs from 'node:fs';
import { once } from 'node:events';

const LABELS = [
  'Zorg',
  'Wonen',
  'Verkeer',
  'Begroting',
  'Onderwijs',
  'Sport',
  'Cultuur',
  'Armoede',
  'Klimaat',
  'Veiligheid',
];
const AUTHORS = ['henrike', 'bart', 'samira', 'jeroen', 'wim'];

const item = (id: number) => {
  // A day apart from 2010 on: 5,000 posts end in 2023, all in the past, so all can be published.
  const date = new Date(Date.UTC(2010, 0, 1) + id * 24 * 60 * 60 * 1000);
  const stamp = date.toISOString().replace('T', ' ').slice(0, 19);
  const label = LABELS[id % LABELS.length] ?? 'Zorg';
  const slug = `bericht-${id}-over-${label.toLowerCase()}`;
  return `<item>
<title><![CDATA[Bericht ${id}: de fractie over ${label.toLowerCase()}]]></title>
<link>https://www.oude-fractiesite.nl/${stamp.slice(0, 4)}/${stamp.slice(5, 7)}/${slug}/</link>
<dc:creator><![CDATA[${AUTHORS[id % AUTHORS.length]}]]></dc:creator>
<guid isPermaLink="false">https://www.oude-fractiesite.nl/?p=${id}</guid>
<content:encoded><![CDATA[<p>In de raadsvergadering sprak de fractie over <strong>${label.toLowerCase()}</strong>. We stelden vragen aan het college en dienden een motie in.</p>
<h2>Wat wij willen</h2>
<ul><li>Meer aandacht voor de wijken</li><li>Een eerlijke verdeling van het geld</li></ul>
<p>Lees ook <a href="https://www.oude-fractiesite.nl/?p=${Math.max(1, id - 1)}">het vorige bericht</a>.</p>]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date_gmt><![CDATA[${stamp}]]></wp:post_date_gmt>
<wp:post_name><![CDATA[${slug}]]></wp:post_name>
<wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="category" nicename="${label.toLowerCase()}"><![CDATA[${label}]]></category>
</item>
`;
};

/** A WordPress export of `posts` posts (no images), written as a stream: the import's scale test. */
export async function writeBigExport(file: string, posts: number): Promise<void> {
  const out = fs.createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Oude fractiesite</title><link>https://www.oude-fractiesite.nl</link><wp:wxr_version>1.2</wp:wxr_version>
${AUTHORS.map((login) => `<wp:author><wp:author_login><![CDATA[${login}]]></wp:author_login><wp:author_display_name><![CDATA[${login[0]?.toUpperCase()}${login.slice(1)}]]></wp:author_display_name></wp:author>`).join('\n')}
`);
  for (let id = 1; id <= posts; id += 1) await write(item(id));
  await write('</channel></rss>\n');
  out.end();
  await once(out, 'finish');
}
