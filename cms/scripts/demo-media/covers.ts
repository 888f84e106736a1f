import { C, bike, coinStack, cover, house, skyline, tree } from './shapes';

// ---------------------------------------------------------------------------------------------
// Covers (1200 x 675)
// ---------------------------------------------------------------------------------------------

export const covers: Record<string, () => string> = {
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
