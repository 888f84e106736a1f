/**
 * Renders the demo media (covers, avatars, the inline image, logo and share image) that the seed
 * data refers to, as flat SVG illustrations converted by sharp into `cms/seed/media/`.
 *
 *   npx tsx cms/scripts/make-demo-media.ts        (from the repository root)
 *
 * The output is deterministic and committed, so the seed never needs network access or fonts
 * beyond what fontconfig already has. The script fails when the data files reference a file
 * that has no drawing here, so data and media cannot drift apart.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { covers } from './demo-media/covers';
import { avatars, inlineImages, logoSvg, shareImageSvg } from './demo-media/people-and-marks';
import { C } from './demo-media/shapes';
import { authors } from '../src/seed/data/authors';
import { posts } from '../src/seed/data/posts';
import { site } from '../src/seed/data/site';

const OUT_DIR = path.resolve(__dirname, '../seed/media');

// ---------------------------------------------------------------------------------------------

type Output = {
  file: string;
  render: () => string;
  kind: 'cover' | 'image' | 'avatar' | 'logo' | 'share';
};

async function write(output: Output): Promise<number> {
  const target = path.join(OUT_DIR, output.file);
  const image = sharp(Buffer.from(output.render()), { density: 72 });
  if (output.kind === 'logo') {
    await image.png({ compressionLevel: 9, palette: true }).toFile(target);
  } else {
    await image.flatten({ background: C.cream }).jpeg({ quality: 72, mozjpeg: true }).toFile(target);
  }
  return statSync(target).size;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });

  const outputs: Output[] = [
    ...Object.entries(covers).map(([file, render]): Output => ({ file, render, kind: 'cover' })),
    ...Object.entries(inlineImages).map(([file, render]): Output => ({
      file,
      render,
      kind: 'image',
    })),
    ...Object.entries(avatars).map(([file, render]): Output => ({ file, render, kind: 'avatar' })),
    { file: site.logo.file, render: logoSvg, kind: 'logo' },
    { file: site.defaultShareImage.file, render: shareImageSvg, kind: 'share' },
  ];

  // Every file the data refers to must have a drawing, and every drawing must be used.
  const referenced = new Set<string>([site.logo.file, site.defaultShareImage.file]);
  for (const author of authors) referenced.add(author.avatar.file);
  for (const post of posts) {
    if (post.cover) referenced.add(post.cover.file);
    for (const block of post.content) if (block.type === 'seed-image') referenced.add(block.file);
  }
  const drawn = new Set(outputs.map((output) => output.file));
  const missing = [...referenced].filter((file) => !drawn.has(file));
  const unused = [...drawn].filter((file) => !referenced.has(file));
  if (missing.length > 0 || unused.length > 0) {
    throw new Error(
      `media out of sync with seed data. missing: ${missing.join(', ') || '-'}; unused: ${unused.join(', ') || '-'}`,
    );
  }

  let total = 0;
  for (const output of outputs) {
    const size = await write(output);
    total += size;
    console.log(`${output.file.padEnd(40)} ${(size / 1024).toFixed(1).padStart(6)} kB`);
    if (output.kind === 'cover' && size >= 60 * 1024) throw new Error(`${output.file} is larger than 60 kB`);
  }
  console.log(
    `${outputs.length} files, ${(total / 1024).toFixed(1)} kB in ${path.relative(process.cwd(), OUT_DIR)}`,
  );
  if (total >= 1024 * 1024) throw new Error('demo media together exceed 1 MB');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
