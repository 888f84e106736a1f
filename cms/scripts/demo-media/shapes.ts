/** Drawing primitives of the demo media: the palette, SVG helpers and recurring shapes. */
/** A muted palette: deep green and teal, warm yellow, off-white, with terracotta as accent. */
export const C = {
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

export const FONT = 'DejaVu Sans, Liberation Sans, sans-serif';

export const svg = (width: number, height: number, body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;

export const cover = (body: string): string => svg(1200, 675, body);

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

export function bike(x: number, y: number, scale: number, color: string): string {
  return `<g transform="translate(${x},${y}) scale(${scale})" stroke="${color}" stroke-width="7" fill="none" stroke-linecap="round" stroke-linejoin="round">
    <circle cx="-58" cy="0" r="40"/><circle cx="58" cy="0" r="40"/>
    <path d="M-58,0 L-16,-58 L42,-58 L58,0 M-16,-58 L0,0 L42,-58 M0,0 L-58,0"/>
    <path d="M-30,-66 L-4,-66 M42,-58 L36,-80 L54,-84"/>
  </g>`;
}

export function house(
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

export function tree(x: number, ground: number, size: number, crown: string, trunk = C.wood): string {
  return `<g>
    <rect x="${x - size * 0.07}" y="${ground - size * 1.1}" width="${size * 0.14}" height="${size * 1.1}" fill="${trunk}"/>
    <circle cx="${x}" cy="${ground - size * 1.25}" r="${size * 0.55}" fill="${crown}"/>
    <circle cx="${x - size * 0.35}" cy="${ground - size * 0.95}" r="${size * 0.38}" fill="${crown}"/>
    <circle cx="${x + size * 0.38}" cy="${ground - size * 0.98}" r="${size * 0.4}" fill="${crown}"/>
  </g>`;
}

export function coinStack(
  x: number,
  base: number,
  count: number,
  rx: number,
  face: string,
  edge: string,
): string {
  let out = '';
  for (let n = 0; n < count; n += 1) {
    const y = base - n * 16;
    out += `<ellipse cx="${x}" cy="${y + 6}" rx="${rx}" ry="${rx * 0.32}" fill="${edge}"/>`;
    out += `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${rx * 0.32}" fill="${face}"/>`;
  }
  return out;
}

/** A linden leaf, tip up, centred on (0, 0) and about 170 units tall including the stem. */
export function lindenLeaf(fill: string, vein: string, veinWidth = 5): string {
  return `<g>
    <path d="M0,-82 C38,-56 74,-18 66,22 C59,56 24,64 0,42 C-24,64 -59,56 -66,22 C-74,-18 -38,-56 0,-82 Z" fill="${fill}"/>
    <path d="M0,42 L0,-66 M0,8 L36,-18 M0,8 L-36,-18 M0,28 L40,16 M0,28 L-40,16 M0,-22 L24,-44 M0,-22 L-24,-44 M0,42 Q4,66 16,84"
      stroke="${vein}" stroke-width="${veinWidth}" fill="none" stroke-linecap="round"/>
  </g>`;
}

export function skyline(ground: number, color: string, accent: string, towerX = 650): string {
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
