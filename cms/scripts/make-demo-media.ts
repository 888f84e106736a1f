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
import { authors } from '../src/seed/data/authors';
import { posts } from '../src/seed/data/posts';
import { site } from '../src/seed/data/site';

const OUT_DIR = path.resolve(__dirname, '../seed/media');

/** A muted palette: deep green and teal, warm yellow, off-white, with terracotta as accent. */
const C = {
  night: '#153a31',
  green: '#1f4d3f',
  teal: '#2f7a6d',
  tealLight: '#7fb8a8',
  mint: '#cfe3da',
  yellow: '#f2c14e',
  mustard: '#d9a13b',
  cream: '#f6f1e7',
  sand: '#e8dcc4',
  terracotta: '#c8664a',
  brick: '#a9503a',
  slate: '#3d4f58',
  grey: '#8c9691',
  greyLight: '#c9cdc6',
  sky: '#dcebe6',
  wood: '#b98a5a',
  skin1: '#f1c7a5',
  skin2: '#c68c64',
  skin3: '#8d5a3b',
};

const FONT = 'DejaVu Sans, Liberation Sans, sans-serif';

const svg = (width: number, height: number, body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;

const cover = (body: string): string => svg(1200, 675, body);

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

function bike(x: number, y: number, scale: number, color: string): string {
  return `<g transform="translate(${x},${y}) scale(${scale})" stroke="${color}" stroke-width="7" fill="none" stroke-linecap="round" stroke-linejoin="round">
    <circle cx="-58" cy="0" r="40"/><circle cx="58" cy="0" r="40"/>
    <path d="M-58,0 L-16,-58 L42,-58 L58,0 M-16,-58 L0,0 L42,-58 M0,0 L-58,0"/>
    <path d="M-30,-66 L-4,-66 M42,-58 L36,-80 L54,-84"/>
  </g>`;
}

function house(
  x: number,
  ground: number,
  w: number,
  h: number,
  wall: string,
  roof: string,
  window = C.cream,
): string {
  const roofH = w * 0.55;
  const top = ground - h;
  const winW = w * 0.22;
  return `<g>
    <rect x="${x}" y="${top}" width="${w}" height="${h}" fill="${wall}"/>
    <polygon points="${x - 8},${top} ${x + w / 2},${top - roofH} ${x + w + 8},${top}" fill="${roof}"/>
    <rect x="${x + w * 0.15}" y="${top + h * 0.18}" width="${winW}" height="${winW * 1.2}" fill="${window}"/>
    <rect x="${x + w * 0.63}" y="${top + h * 0.18}" width="${winW}" height="${winW * 1.2}" fill="${window}"/>
    <rect x="${x + w * 0.4}" y="${ground - h * 0.38}" width="${w * 0.2}" height="${h * 0.38}" fill="${roof}"/>
  </g>`;
}

function tree(x: number, ground: number, size: number, crown: string, trunk = C.wood): string {
  return `<g>
    <rect x="${x - size * 0.07}" y="${ground - size * 1.1}" width="${size * 0.14}" height="${size * 1.1}" fill="${trunk}"/>
    <circle cx="${x}" cy="${ground - size * 1.25}" r="${size * 0.55}" fill="${crown}"/>
    <circle cx="${x - size * 0.35}" cy="${ground - size * 0.95}" r="${size * 0.38}" fill="${crown}"/>
    <circle cx="${x + size * 0.38}" cy="${ground - size * 0.98}" r="${size * 0.4}" fill="${crown}"/>
  </g>`;
}

function coinStack(x: number, base: number, count: number, rx: number, face: string, edge: string): string {
  let out = '';
  for (let n = 0; n < count; n += 1) {
    const y = base - n * 16;
    out += `<ellipse cx="${x}" cy="${y + 6}" rx="${rx}" ry="${rx * 0.32}" fill="${edge}"/>`;
    out += `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${rx * 0.32}" fill="${face}"/>`;
  }
  return out;
}

/** A linden leaf, tip up, centred on (0, 0) and about 170 units tall including the stem. */
function lindenLeaf(fill: string, vein: string, veinWidth = 5): string {
  return `<g>
    <path d="M0,-82 C38,-56 74,-18 66,22 C59,56 24,64 0,42 C-24,64 -59,56 -66,22 C-74,-18 -38,-56 0,-82 Z" fill="${fill}"/>
    <path d="M0,42 L0,-66 M0,8 L36,-18 M0,8 L-36,-18 M0,28 L40,16 M0,28 L-40,16 M0,-22 L24,-44 M0,-22 L-24,-44 M0,42 Q4,66 16,84"
      stroke="${vein}" stroke-width="${veinWidth}" fill="none" stroke-linecap="round"/>
  </g>`;
}

function skyline(ground: number, color: string, accent: string, towerX = 650): string {
  const blocks: [number, number, number][] = [
    [40, 120, 110],
    [170, 90, 170],
    [280, 130, 95],
    [430, 80, 150],
    [530, 110, 120],
    [800, 100, 140],
    [920, 140, 90],
    [1080, 90, 160],
  ];
  let out = blocks
    .map(([x, w, h]) => `<rect x="${x}" y="${ground - h}" width="${w}" height="${h}" fill="${color}"/>`)
    .join('');
  // church tower
  const t = towerX;
  out += `<rect x="${t}" y="${ground - 260}" width="90" height="260" fill="${color}"/>
    <polygon points="${t - 10},${ground - 260} ${t + 45},${ground - 380} ${t + 100},${ground - 260}" fill="${color}"/>
    <rect x="${t + 41}" y="${ground - 420}" width="8" height="50" fill="${color}"/>
    <circle cx="${t + 45}" cy="${ground - 205}" r="22" fill="${accent}"/>`;
  // lit windows
  for (const [x, w, h] of blocks) {
    for (let wy = ground - h + 22; wy < ground - 30; wy += 38) {
      for (let wx = x + 16; wx < x + w - 20; wx += 34) {
        if ((wx * 7 + wy * 3) % 5 < 2)
          out += `<rect x="${wx}" y="${wy}" width="14" height="18" fill="${accent}"/>`;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Covers (1200 x 675)
// ---------------------------------------------------------------------------------------------

const covers: Record<string, () => string> = {
  'cover-oversteek-kerkweg.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="${C.sky}"/>
    <circle cx="1010" cy="150" r="70" fill="${C.yellow}"/>
    ${house(60, 400, 170, 150, C.tealLight, C.teal)}
    ${house(250, 400, 140, 190, C.sand, C.terracotta)}
    ${house(410, 400, 170, 140, C.mint, C.green)}
    ${tree(680, 400, 110, C.teal)}
    ${house(790, 400, 150, 170, C.sand, C.teal)}
    <rect y="400" width="1200" height="40" fill="${C.greyLight}"/>
    <rect y="440" width="1200" height="235" fill="${C.slate}"/>
    ${[0, 1, 2, 3, 4, 5, 6]
      .map((n) => `<rect x="${380 + n * 62}" y="456" width="38" height="200" fill="${C.cream}"/>`)
      .join('')}
    <rect x="0" y="552" width="300" height="8" fill="${C.yellow}"/>
    <rect x="860" y="552" width="340" height="8" fill="${C.yellow}"/>
    <rect x="1040" y="250" width="12" height="190" fill="${C.grey}"/>
    <rect x="996" y="200" width="100" height="100" rx="8" fill="#2f6f9f"/>
    <polygon points="1046,215 1086,285 1006,285" fill="${C.cream}"/>
    <rect x="1030" y="262" width="32" height="8" fill="#2f6f9f"/>
    ${bike(470, 560, 1.05, C.yellow)}
    ${bike(900, 615, 0.85, C.terracotta)}
  `),

  'cover-begroting-2020.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="${C.green}"/>
    <rect y="520" width="1200" height="155" fill="${C.night}"/>
    ${coinStack(250, 520, 6, 90, C.yellow, C.mustard)}
    ${coinStack(450, 520, 10, 90, C.yellow, C.mustard)}
    ${coinStack(650, 520, 14, 90, C.yellow, C.mustard)}
    <circle cx="340" cy="600" r="46" fill="${C.yellow}"/><circle cx="340" cy="600" r="30" fill="none" stroke="${C.mustard}" stroke-width="6"/>
    <g transform="translate(820,180) rotate(6)">
      <rect width="250" height="360" rx="22" fill="${C.cream}"/>
      <rect x="26" y="28" width="198" height="70" rx="8" fill="${C.teal}"/>
      <rect x="150" y="50" width="54" height="26" fill="${C.mint}"/>
      ${[0, 1, 2, 3]
        .flatMap((row) =>
          [0, 1, 2].map(
            (col) =>
              `<rect x="${26 + col * 70}" y="${122 + row * 56}" width="56" height="42" rx="8" fill="${
                row === 3 && col === 2 ? C.terracotta : C.sand
              }"/>`,
          ),
        )
        .join('')}
    </g>
  `),

  'cover-kringloop.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="${C.cream}"/>
    <rect x="640" y="90" width="500" height="500" fill="${C.sand}"/>
    <rect x="640" y="250" width="500" height="14" fill="${C.wood}"/>
    <rect x="640" y="420" width="500" height="14" fill="${C.wood}"/>
    <rect x="640" y="576" width="500" height="14" fill="${C.wood}"/>
    <path d="M690,250 L690,170 Q720,150 750,170 L750,250 Z" fill="${C.teal}"/>
    <rect x="790" y="196" width="50" height="54" fill="${C.terracotta}"/><rect x="800" y="180" width="30" height="16" fill="${C.terracotta}"/>
    <path d="M900,250 L930,160 L990,160 L1020,250 Z" fill="${C.yellow}"/><rect x="955" y="130" width="10" height="30" fill="${C.slate}"/>
    <rect x="1050" y="190" width="60" height="60" rx="6" fill="${C.green}"/>
    <path d="M700,420 L700,330 L770,330 L770,380 L830,380 L830,420 M700,380 L770,380" stroke="${C.green}" stroke-width="14" fill="none"/>
    <circle cx="920" cy="382" r="38" fill="${C.mustard}"/><circle cx="1010" cy="382" r="38" fill="${C.tealLight}"/>
    <rect x="1070" y="340" width="46" height="80" rx="10" fill="${C.brick}"/>
    <rect x="690" y="500" width="130" height="76" rx="8" fill="${C.slate}"/><rect x="706" y="514" width="98" height="48" fill="${C.tealLight}"/>
    <rect x="860" y="520" width="220" height="56" rx="12" fill="${C.terracotta}"/>
    <g transform="translate(320,337)" fill="none" stroke-width="44" stroke-linecap="butt">
      <path d="M-40,-150 A160,160 0 0,1 138,-60" stroke="${C.green}"/>
      <path d="M150,30 A160,160 0 0,1 5,160" stroke="${C.teal}"/>
      <path d="M-90,120 A160,160 0 0,1 -148,-30" stroke="${C.mustard}"/>
    </g>
    <g transform="translate(320,337)">
      <polygon points="110,-110 190,-70 120,-20" fill="${C.green}"/>
      <polygon points="60,150 -20,200 -10,120" fill="${C.teal}"/>
      <polygon points="-180,-10 -150,-100 -100,-30" fill="${C.mustard}"/>
    </g>
  `),

  'cover-groene-schoolpleinen.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="${C.mint}"/>
    <rect x="0" y="120" width="1200" height="220" fill="${C.sand}"/>
    ${[0, 1, 2, 3, 4, 5, 6, 7].map((n) => `<rect x="${40 + n * 145}" y="160" width="95" height="110" fill="${C.cream}"/>`).join('')}
    <rect y="330" width="1200" height="345" fill="#7faa6e"/>
    <path d="M0,520 C200,470 420,560 640,520 C860,480 1020,560 1200,520 L1200,675 L0,675 Z" fill="#6a9a5c"/>
    ${tree(150, 470, 170, C.green)}
    ${tree(1040, 470, 190, C.teal)}
    ${tree(420, 420, 120, C.teal)}
    <rect x="610" y="470" width="260" height="110" rx="14" fill="${C.wood}"/>
    <rect x="626" y="484" width="228" height="82" rx="8" fill="${C.yellow}"/>
    <circle cx="690" cy="530" r="14" fill="${C.terracotta}"/>
    <path d="M560,300 L610,420 M760,300 L710,420 M560,300 L760,300" stroke="${C.slate}" stroke-width="10" fill="none" stroke-linecap="round"/>
    <path d="M640,300 L640,400 M680,300 L680,400" stroke="${C.slate}" stroke-width="4"/>
    <rect x="628" y="398" width="64" height="10" rx="4" fill="${C.terracotta}"/>
    ${[0, 1, 2, 3, 4].map((n) => `<circle cx="${300 + n * 60}" cy="${600 + (n % 2) * 20}" r="${18 + (n % 3) * 6}" fill="${C.green}"/>`).join('')}
  `),

  'cover-leger-des-heils.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="${C.night}"/>
    <circle cx="180" cy="130" r="54" fill="${C.cream}"/><circle cx="204" cy="116" r="50" fill="${C.night}"/>
    ${[
      [320, 80],
      [520, 150],
      [900, 70],
      [1100, 160],
      [1020, 40],
      [80, 260],
    ]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="3" fill="${C.cream}"/>`)
      .join('')}
    <rect x="300" y="230" width="600" height="390" fill="${C.brick}"/>
    <polygon points="280,230 600,110 920,230" fill="${C.slate}"/>
    ${[0, 1, 2, 3]
      .map(
        (n) =>
          `<rect x="${345 + n * 140}" y="270" width="90" height="110" fill="${C.yellow}"/><rect x="${386 + n * 140}" y="270" width="8" height="110" fill="${C.brick}"/>`,
      )
      .join('')}
    <rect x="345" y="430" width="90" height="110" fill="${C.yellow}"/>
    <rect x="765" y="430" width="90" height="110" fill="${C.yellow}"/>
    <rect x="530" y="420" width="140" height="200" fill="${C.yellow}"/>
    <polygon points="530,420 600,440 600,620 530,620" fill="${C.mustard}"/>
    <polygon points="530,620 670,620 760,675 440,675" fill="${C.yellow}" opacity="0.3"/>
    <rect y="620" width="1200" height="55" fill="${C.slate}" opacity="0.6"/>
    <circle cx="600" cy="395" r="14" fill="${C.cream}"/>
  `),

  'cover-woonvisie.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="${C.sky}"/>
    <rect x="860" y="60" width="16" height="420" fill="${C.mustard}"/>
    <rect x="560" y="60" width="440" height="14" fill="${C.mustard}"/>
    <path d="M876,74 L1000,74 M876,74 L940,60" stroke="${C.mustard}" stroke-width="4"/>
    <rect x="840" y="74" width="56" height="40" fill="${C.slate}"/>
    <line x1="640" y1="74" x2="640" y2="220" stroke="${C.slate}" stroke-width="3"/>
    <rect x="610" y="220" width="60" height="26" fill="${C.terracotta}"/>
    ${house(40, 560, 150, 230, C.terracotta, C.green)}
    ${house(210, 560, 150, 200, C.yellow, C.brick)}
    ${house(380, 560, 150, 250, C.tealLight, C.night)}
    ${house(550, 560, 150, 210, C.cream, C.terracotta)}
    ${house(720, 560, 150, 240, C.mustard, C.green)}
    ${house(890, 560, 150, 190, C.teal, C.brick)}
    ${house(1060, 560, 150, 230, C.sand, C.teal)}
    <rect y="560" width="1200" height="115" fill="${C.green}"/>
    <rect y="600" width="1200" height="16" fill="${C.greyLight}"/>
  `),

  'cover-woningcorporatie.jpg': () => {
    let windows = '';
    for (let row = 0; row < 6; row += 1) {
      for (let col = 0; col < 7; col += 1) {
        const x = 300 + col * 86;
        const y = 220 + row * 62;
        windows += `<rect x="${x}" y="${y}" width="54" height="38" fill="${row < 3 && col > 2 ? C.mint : C.slate}"/>`;
      }
    }
    let scaffold = '';
    for (let x = 270; x <= 900; x += 90)
      scaffold += `<rect x="${x}" y="200" width="8" height="410" fill="${C.mustard}"/>`;
    for (let y = 270; y <= 580; y += 124)
      scaffold += `<rect x="262" y="${y}" width="650" height="8" fill="${C.mustard}"/>`;
    return cover(`
    <rect width="1200" height="675" fill="${C.mint}"/>
    <circle cx="1040" cy="140" r="80" fill="${C.yellow}"/>
    <rect x="280" y="190" width="620" height="420" fill="${C.sand}"/>
    ${windows}
    ${scaffold}
    ${[0, 1, 2, 3, 4]
      .map(
        (n) =>
          `<polygon points="${300 + n * 120},190 ${330 + n * 120},130 ${420 + n * 120},130 ${390 + n * 120},190" fill="${C.green}" stroke="${C.tealLight}" stroke-width="4"/>`,
      )
      .join('')}
    <rect y="610" width="1200" height="65" fill="${C.teal}"/>
    ${tree(120, 610, 140, C.green)}
    ${tree(1060, 610, 120, C.green)}
  `);
  },

  'cover-motie-energiearmoede.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="${C.tealLight}"/>
    ${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
      .map((n) => `<circle cx="${80 + n * 120}" cy="${70 + (n % 3) * 60}" r="7" fill="${C.cream}"/>`)
      .join('')}
    <rect y="560" width="1200" height="115" fill="${C.cream}"/>
    <rect x="380" y="290" width="360" height="270" fill="${C.sand}"/>
    <polygon points="350,300 560,140 770,300" fill="${C.brick}"/>
    <rect x="430" y="340" width="90" height="90" fill="${C.yellow}"/>
    <rect x="600" y="410" width="80" height="150" fill="${C.green}"/>
    <path d="M360,440 Q560,500 760,440 L760,500 Q560,560 360,500 Z" fill="${C.terracotta}"/>
    <path d="M700,480 L720,600 L680,600 Z M730,470 L770,580 L740,590 Z" fill="${C.terracotta}"/>
    ${[0, 1, 2, 3, 4, 5].map((n) => `<rect x="${400 + n * 60}" y="458" width="14" height="52" fill="${C.brick}" transform="skewX(-8)"/>`).join('')}
    <rect x="890" y="170" width="60" height="330" rx="30" fill="${C.cream}"/>
    <rect x="906" y="380" width="28" height="110" fill="#5b8fc7"/>
    <circle cx="920" cy="510" r="50" fill="${C.cream}"/><circle cx="920" cy="510" r="34" fill="#5b8fc7"/>
    ${[0, 1, 2, 3, 4, 5].map((n) => `<rect x="956" y="${200 + n * 30}" width="${n % 2 ? 16 : 26}" height="5" fill="${C.cream}"/>`).join('')}
  `),

  'cover-containers.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="${C.sky}"/>
    <rect x="0" y="140" width="1200" height="260" fill="${C.sand}"/>
    ${[0, 1, 2, 3, 4, 5].map((n) => `<rect x="${40 + n * 200}" y="180" width="110" height="150" fill="${C.cream}"/><rect x="${40 + n * 200}" y="250" width="110" height="8" fill="${C.sand}"/>`).join('')}
    <rect y="400" width="1200" height="275" fill="${C.greyLight}"/>
    ${[0, 1, 2, 3, 4, 5, 6, 7].map((n) => `<line x1="${n * 170}" y1="400" x2="${n * 170 - 80}" y2="675" stroke="${C.grey}" stroke-width="3"/>`).join('')}
    <line x1="0" y1="520" x2="1200" y2="520" stroke="${C.grey}" stroke-width="3"/>
    ${[
      [250, C.slate],
      [520, C.mustard],
      [790, C.green],
    ]
      .map(
        ([x, col]) => `<rect x="${x}" y="330" width="170" height="210" rx="18" fill="${col}"/>
        <rect x="${Number(x) + 20}" y="370" width="130" height="60" rx="8" fill="${C.night}" opacity="0.8"/>
        <rect x="${Number(x) - 20}" y="530" width="210" height="26" rx="6" fill="${C.grey}"/>`,
      )
      .join('')}
    <path d="M200,560 q20,-50 60,-20 q30,-40 50,10 q10,30 -20,40 l-80,0 q-20,-5 -10,-30 z" fill="${C.slate}" opacity="0.8"/>
    <path d="M960,560 q15,-40 50,-25 q30,-30 45,10 q5,30 -25,35 l-60,0 q-15,-5 -10,-20 z" fill="${C.slate}" opacity="0.8"/>
    <path d="M860,110 q40,-40 80,0 q40,-40 80,0" stroke="${C.slate}" stroke-width="8" fill="none" stroke-linecap="round"/>
    <path d="M180,80 q26,-26 52,0 q26,-26 52,0" stroke="${C.slate}" stroke-width="6" fill="none" stroke-linecap="round"/>
  `),

  'cover-voorjaarsnota.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="${C.cream}"/>
    <circle cx="600" cy="330" r="280" fill="${C.mint}"/>
    <rect x="588" y="150" width="24" height="410" fill="${C.green}"/>
    <rect x="480" y="560" width="240" height="34" rx="10" fill="${C.green}"/>
    <circle cx="600" cy="150" r="24" fill="${C.mustard}"/>
    <g transform="rotate(-8 600 170)">
      <rect x="300" y="160" width="600" height="18" rx="9" fill="${C.green}"/>
      <path d="M330,170 L270,330 M330,170 L390,330 M870,170 L810,330 M870,170 L930,330" stroke="${C.slate}" stroke-width="4"/>
      <path d="M240,330 L420,330 Q410,380 330,380 Q250,380 240,330 Z" fill="${C.teal}"/>
      <path d="M780,330 L960,330 Q950,380 870,380 Q790,380 780,330 Z" fill="${C.teal}"/>
      <path d="M262,330 L300,250 L360,250 L398,330 Z" fill="${C.slate}"/>
      <rect x="326" y="262" width="8" height="16" fill="${C.yellow}"/><rect x="326" y="290" width="8" height="16" fill="${C.yellow}"/><rect x="326" y="316" width="8" height="12" fill="${C.yellow}"/>
      <rect x="820" y="260" width="100" height="70" fill="${C.terracotta}"/>
      <polygon points="808,260 870,210 932,260" fill="${C.brick}"/>
      <rect x="858" y="290" width="24" height="40" fill="${C.yellow}"/>
    </g>
  `),

  'cover-schoolroutes.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="#e4eef0"/>
    <circle cx="240" cy="300" r="90" fill="${C.yellow}" opacity="0.9"/>
    <rect y="330" width="1200" height="345" fill="${C.mint}"/>
    ${tree(100, 400, 120, C.teal)}
    ${tree(420, 390, 100, C.green)}
    ${tree(760, 400, 130, C.teal)}
    ${tree(1100, 390, 110, C.green)}
    <path d="M0,470 L1200,430 L1200,580 L0,650 Z" fill="${C.terracotta}"/>
    <path d="M0,560 L1200,505" stroke="${C.cream}" stroke-width="6" stroke-dasharray="40 30"/>
    ${bike(420, 570, 1.0, C.night)}
    ${bike(760, 540, 0.85, C.green)}
    <circle cx="1000" cy="160" r="6" fill="${C.cream}"/>
  `),

  'cover-amendement-buurthuizen.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="${C.teal}"/>
    <path d="M600,120 m-420,0 a420,420 0 0,0 840,0" fill="none" stroke="${C.cream}" stroke-width="60" transform="translate(0,60)"/>
    <path d="M600,120 m-300,0 a300,300 0 0,0 600,0" fill="none" stroke="${C.sand}" stroke-width="60" transform="translate(0,60)"/>
    ${[-60, -30, 0, 30, 60]
      .map((deg) => {
        const rad = ((90 + deg) * Math.PI) / 180;
        return `<circle cx="${600 + Math.cos(rad) * 480}" cy="${180 + Math.sin(rad) * 480}" r="22" fill="${C.night}"/>
        <circle cx="${600 + Math.cos(rad) * 360}" cy="${180 + Math.sin(rad) * 360}" r="22" fill="${C.night}"/>`;
      })
      .join('')}
    <rect x="480" y="60" width="240" height="70" rx="10" fill="${C.green}"/>
    <circle cx="600" cy="40" r="24" fill="${C.night}"/>
    <g transform="translate(880,470) rotate(-30)">
      <rect x="-90" y="-36" width="180" height="72" rx="20" fill="${C.mustard}"/>
      <rect x="-18" y="30" width="36" height="170" rx="12" fill="${C.wood}"/>
    </g>
    <ellipse cx="940" cy="620" rx="110" ry="24" fill="${C.green}"/>
  `),

  'cover-tijdelijke-woningen.jpg': () => {
    let units = '';
    const colors = [C.wood, C.sand, C.mustard, C.wood, C.terracotta, C.sand];
    for (let row = 0; row < 3; row += 1) {
      for (let col = 0; col < 4; col += 1) {
        const x = 120 + col * 190;
        const y = 470 - row * 120;
        const color = colors[(row * 4 + col) % colors.length] ?? C.wood;
        units += `<rect x="${x}" y="${y - 110}" width="180" height="110" fill="${color}"/>
          <rect x="${x + 20}" y="${y - 86}" width="60" height="50" fill="${C.cream}"/>
          <rect x="${x + 110}" y="${y - 90}" width="44" height="90" fill="${C.green}"/>`;
      }
    }
    return cover(`
    <rect width="1200" height="675" fill="${C.sky}"/>
    <circle cx="1060" cy="110" r="60" fill="${C.yellow}"/>
    ${units}
    <rect x="120" y="130" width="750" height="12" fill="${C.slate}"/>
    <rect y="470" width="1200" height="205" fill="#8fb28a"/>
    <rect y="560" width="1200" height="12" fill="${C.slate}"/>
    ${Array.from({ length: 25 }, (_, n) => `<rect x="${n * 50}" y="572" width="26" height="16" fill="${C.wood}"/>`).join('')}
    <rect y="600" width="1200" height="75" fill="${C.grey}"/>
    <g transform="translate(760,470)">
      <rect x="0" y="0" width="440" height="88" rx="18" fill="${C.yellow}"/>
      <rect x="0" y="56" width="440" height="14" fill="${C.slate}"/>
      ${[0, 1, 2, 3, 4].map((n) => `<rect x="${30 + n * 80}" y="16" width="56" height="32" rx="6" fill="${C.slate}"/>`).join('')}
      <circle cx="60" cy="92" r="12" fill="${C.slate}"/><circle cx="380" cy="92" r="12" fill="${C.slate}"/>
    </g>
    ${[900, 1080].map((x) => `<rect x="${x}" y="400" width="8" height="70" fill="${C.slate}"/><rect x="${x - 40}" y="400" width="88" height="6" fill="${C.slate}"/>`).join('')}
  `);
  },

  'cover-regenwater.jpg': () => {
    let drops = '';
    for (let n = 0; n < 46; n += 1) {
      const x = (n * 137) % 1200;
      const y = 20 + ((n * 71) % 330);
      drops += `<path d="M${x},${y} q10,18 0,30 q-10,-12 0,-30 z" fill="${C.cream}" opacity="0.85"/>`;
    }
    let reeds = '';
    for (let n = 0; n < 18; n += 1) {
      const x = 300 + n * 34;
      const h = 70 + ((n * 37) % 60);
      reeds += `<path d="M${x},520 q${(n % 2) * 16 - 8},-${h / 2} ${(n % 3) * 8},-${h}" stroke="${C.green}" stroke-width="6" fill="none"/>`;
      if (n % 3 === 0)
        reeds += `<rect x="${x + (n % 3) * 8 - 5}" y="${520 - h - 26}" width="10" height="30" rx="5" fill="${C.wood}"/>`;
    }
    return cover(`
    <rect width="1200" height="675" fill="${C.slate}"/>
    <ellipse cx="260" cy="90" rx="220" ry="70" fill="${C.grey}"/>
    <ellipse cx="760" cy="60" rx="300" ry="80" fill="${C.grey}"/>
    ${drops}
    <rect y="420" width="1200" height="255" fill="#6f9a6a"/>
    <path d="M220,520 Q600,420 980,520 Q600,650 220,520 Z" fill="#5b8fc7"/>
    <path d="M320,530 Q600,480 880,530" stroke="${C.mint}" stroke-width="6" fill="none" opacity="0.7"/>
    ${reeds}
    <rect x="940" y="300" width="200" height="150" fill="${C.brick}"/>
    <polygon points="920,300 1040,230 1160,300" fill="${C.night}"/>
    <rect x="1010" y="380" width="60" height="70" fill="${C.night}"/>
    <circle cx="1040" cy="335" r="18" fill="${C.yellow}"/>
    <path d="M940,450 Q920,560 1000,600 L1200,600" stroke="#5b8fc7" stroke-width="30" fill="none"/>
  `);
  },

  'cover-begroting-2027.jpg': () =>
    cover(`
    <rect width="1200" height="675" fill="${C.green}"/>
    <circle cx="930" cy="170" r="80" fill="${C.yellow}" opacity="0.9"/>
    <path d="M80,470 L300,400 L480,430 L700,300 L880,330 L1120,160" stroke="${C.cream}" stroke-width="12" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
    <polygon points="1120,160 1080,166 1110,196" fill="${C.cream}"/>
    ${[
      [300, 400],
      [480, 430],
      [700, 300],
      [880, 330],
    ]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="14" fill="${C.yellow}"/>`)
      .join('')}
    ${skyline(675, C.night, C.yellow)}
  `),
};

// ---------------------------------------------------------------------------------------------
// Inline image in the all-blocks post (1200 x 800): heat escaping from a house
// ---------------------------------------------------------------------------------------------

function heatArrow(x: number, y: number, angle: number): string {
  return `<g transform="translate(${x},${y}) rotate(${angle})">
    <path d="M0,0 q20,-14 40,0 q20,14 40,0 q20,-14 40,0" stroke="${C.terracotta}" stroke-width="12" fill="none" stroke-linecap="round"/>
    <polygon points="128,-18 160,0 128,18" fill="${C.terracotta}"/>
  </g>`;
}

const inlineImages: Record<string, () => string> = {
  'energiearmoede-stappenplan.jpg': () =>
    svg(
      1200,
      800,
      `
    <rect width="1200" height="800" fill="${C.cream}"/>
    <rect y="712" width="1200" height="88" fill="${C.mint}"/>
    <g transform="translate(600,400) scale(1.3) translate(-600,-400)">
    <rect x="380" y="330" width="440" height="310" fill="${C.sand}" stroke="${C.slate}" stroke-width="8"/>
    <polygon points="340,340 600,150 860,340" fill="${C.teal}" stroke="${C.slate}" stroke-width="8" stroke-linejoin="round"/>
    <rect x="430" y="380" width="110" height="100" fill="${C.mint}" stroke="${C.slate}" stroke-width="8"/>
    <line x1="485" y1="380" x2="485" y2="480" stroke="${C.slate}" stroke-width="6"/>
    <rect x="660" y="380" width="110" height="100" fill="${C.mint}" stroke="${C.slate}" stroke-width="8"/>
    <line x1="715" y1="380" x2="715" y2="480" stroke="${C.slate}" stroke-width="6"/>
    <rect x="550" y="500" width="100" height="140" fill="${C.green}" stroke="${C.slate}" stroke-width="8"/>
    <circle cx="632" cy="575" r="7" fill="${C.yellow}"/>
    <rect x="700" y="200" width="50" height="90" fill="${C.brick}"/>
    ${heatArrow(640, 220, -40)}
    ${heatArrow(780, 420, -10)}
    ${heatArrow(420, 430, 190)}
    ${heatArrow(650, 560, 15)}
    ${heatArrow(440, 250, 220)}
    ${[
      [600, 215],
      [828, 430],
      [375, 430],
      [665, 575],
      [395, 260],
    ]
      .map(
        (
          [x, y],
          n,
        ) => `<circle cx="${x}" cy="${y}" r="28" fill="${C.yellow}" stroke="${C.slate}" stroke-width="5"/>
        <text x="${x}" y="${Number(y) + 11}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="30" fill="${C.slate}">${n + 1}</text>`,
      )
      .join('')}
    </g>
  `,
    ),
};

// ---------------------------------------------------------------------------------------------
// Avatars (400 x 400): head and shoulders on a coloured circle
// ---------------------------------------------------------------------------------------------

type AvatarStyle = {
  background: string;
  skin: string;
  shirt: string;
  hairBack?: string;
  hairFront: string;
  extras?: string;
};

function avatar(style: AvatarStyle): string {
  return svg(
    400,
    400,
    `
    <g>
      <rect width="400" height="400" fill="${style.background}"/>
      <circle cx="200" cy="200" r="200" fill="#ffffff" opacity="0.12"/>
      ${style.hairBack ?? ''}
      <path d="M60,420 C60,320 120,290 200,290 C280,290 340,320 340,420 Z" fill="${style.shirt}"/>
      <rect x="172" y="230" width="56" height="70" rx="20" fill="${style.skin}"/>
      <path d="M168,292 L200,330 L232,292" fill="${style.skin}"/>
      <ellipse cx="200" cy="178" rx="76" ry="88" fill="${style.skin}"/>
      <ellipse cx="124" cy="186" rx="12" ry="20" fill="${style.skin}"/>
      <ellipse cx="276" cy="186" rx="12" ry="20" fill="${style.skin}"/>
      ${style.hairFront}
      <circle cx="172" cy="184" r="7" fill="${C.night}"/>
      <circle cx="228" cy="184" r="7" fill="${C.night}"/>
      <path d="M176,222 Q200,240 224,222" stroke="${C.night}" stroke-width="6" fill="none" stroke-linecap="round"/>
      ${style.extras ?? ''}
    </g>`,
  );
}

const glasses = (color: string): string =>
  `<g stroke="${color}" stroke-width="5" fill="none"><circle cx="172" cy="184" r="22"/><circle cx="228" cy="184" r="22"/><path d="M194,184 L206,184 M150,180 L128,174 M250,180 L272,174"/></g>`;

const avatars: Record<string, () => string> = {
  'avatar-henrike-nijman.jpg': () =>
    avatar({
      background: C.teal,
      skin: C.skin1,
      shirt: C.yellow,
      hairBack: `<path d="M108,190 C100,80 300,80 292,190 L300,300 L100,300 Z" fill="${C.mustard}"/>`,
      hairFront: `<path d="M118,176 C104,40 296,40 282,176 C262,128 220,112 180,122 C150,130 130,150 118,176 Z" fill="${C.mustard}"/>`,
    }),
  'avatar-jeroen-kuipers.jpg': () =>
    avatar({
      background: C.yellow,
      skin: C.skin1,
      shirt: C.green,
      hairFront: `<path d="M122,168 C110,50 290,50 278,168 C268,128 236,112 200,112 C164,112 132,128 122,168 Z" fill="${C.brick}"/>`,
      extras: `${glasses(C.night)}<path d="M142,214 Q150,280 200,284 Q250,280 258,214 Q240,246 200,250 Q160,246 142,214 Z" fill="${C.brick}"/><path d="M180,228 Q200,242 220,228" stroke="${C.night}" stroke-width="6" fill="none" stroke-linecap="round"/>`,
    }),
  'avatar-samira-el-idrissi.jpg': () =>
    avatar({
      background: C.terracotta,
      skin: C.skin2,
      shirt: C.cream,
      hairBack: `<circle cx="200" cy="66" r="44" fill="${C.night}"/>`,
      hairFront: `<path d="M120,184 C106,44 294,44 280,184 C272,132 240,110 200,110 C160,110 128,132 120,184 Z" fill="${C.night}"/>`,
      extras: `<circle cx="124" cy="212" r="7" fill="${C.yellow}"/><circle cx="276" cy="212" r="7" fill="${C.yellow}"/>`,
    }),
  'avatar-wim-brouwer.jpg': () =>
    avatar({
      background: C.tealLight,
      skin: C.skin1,
      shirt: C.slate,
      hairFront: `<path d="M124,200 C118,150 126,126 140,118 L146,170 Z M276,200 C282,150 274,126 260,118 L254,170 Z" fill="${C.greyLight}"/>`,
      extras: `${glasses(C.slate)}<path d="M160,150 Q172,142 186,150 M214,150 Q228,142 240,150" stroke="${C.greyLight}" stroke-width="7" fill="none" stroke-linecap="round"/><path d="M150,300 L200,336 L250,300 L236,420 L164,420 Z" fill="${C.cream}"/><path d="M190,330 L210,330 L214,420 L186,420 Z" fill="${C.terracotta}"/>`,
    }),
};

// ---------------------------------------------------------------------------------------------
// Logo (PNG, 256 x 256) and default share image (1200 x 630)
// ---------------------------------------------------------------------------------------------

const logoSvg = (): string =>
  svg(
    256,
    256,
    `
    <circle cx="128" cy="128" r="124" fill="${C.green}"/>
    <circle cx="128" cy="128" r="108" fill="none" stroke="${C.yellow}" stroke-width="6"/>
    <g transform="translate(128,118) rotate(-14) scale(0.92)">
      <path d="M0,40 Q4,66 16,86" stroke="${C.cream}" stroke-width="9" fill="none" stroke-linecap="round"/>
      ${lindenLeaf(C.cream, C.green, 6)}
    </g>
  `,
  );

const shareImageSvg = (): string =>
  svg(
    1200,
    630,
    `
    <rect width="1200" height="630" fill="${C.green}"/>
    <circle cx="1060" cy="120" r="220" fill="${C.teal}" opacity="0.6"/>
    ${skyline(650, C.night, C.yellow, 1010)}
    <g transform="translate(170,210)">
      <circle r="110" fill="${C.cream}"/>
      <g transform="translate(0,-6) rotate(-14) scale(1.0)">
        <path d="M0,40 Q4,66 16,86" stroke="${C.green}" stroke-width="9" fill="none" stroke-linecap="round"/>
        ${lindenLeaf(C.green, C.cream, 6)}
      </g>
    </g>
    <text x="320" y="205" font-family="${FONT}" font-weight="bold" font-size="84" fill="${C.cream}">${site.name}</text>
    <rect x="324" y="232" width="120" height="8" rx="4" fill="${C.yellow}"/>
    <text x="324" y="292" font-family="${FONT}" font-size="36" fill="${C.cream}">Gemeenteraadsfractie in Lindeveen</text>
  `,
  );

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
