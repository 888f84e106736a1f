import { site } from '../../src/seed/data/site';
import { C, FONT, lindenLeaf, skyline, svg } from './shapes';

// ---------------------------------------------------------------------------------------------
// Inline image in the all-blocks post (1200 x 800): heat escaping from a house
// ---------------------------------------------------------------------------------------------

function heatArrow(x: number, y: number, angle: number): string {
  return `<g transform="translate(${x},${y}) rotate(${angle})">
    <path d="M0,0 q20,-14 40,0 q20,14 40,0 q20,-14 40,0" stroke="${C.terracotta}" stroke-width="12" fill="none" stroke-linecap="round"/>
    <polygon points="128,-18 160,0 128,18" fill="${C.terracotta}"/>
  </g>`;
}

export const inlineImages: Record<string, () => string> = {
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

export function avatar(style: AvatarStyle): string {
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

export const avatars: Record<string, () => string> = {
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

export const logoSvg = (): string =>
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

export const shareImageSvg = (): string =>
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
