import { ImageResponse } from 'next/og';
import { cardText } from './card-text';
import { cardFonts } from './fonts';
import { SHARE_IMAGE } from './size';

/** What a generated share card says; every text is optional but the title. */
export type CardContent = {
  /** Small line above the title: a label, "Label", "Auteur". */
  kicker?: string;
  title: string;
  /** Under the title: author and date, a role, a count. */
  meta?: string;
  siteName: string;
};

// The site's own colours (globals.css): brand green, its dark shade and the accent yellow.
const BRAND = '#0d5c4f';
const BRAND_DARK = '#083d35';
const ACCENT = '#f2b631';
const PAPER = '#fbfaf6';

function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 80) return 62;
  return 50;
}

/** A 1200×630 PNG card in the site's style, for pages with no photo to share. */
export async function renderCard(content: CardContent, headers: HeadersInit = {}): Promise<ImageResponse> {
  const title = cardText(content.title, 120);
  const kicker = content.kicker ? cardText(content.kicker, 60) : '';
  const meta = content.meta ? cardText(content.meta, 90) : '';
  const siteName = cardText(content.siteName, 60);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: BRAND,
        color: PAPER,
        fontFamily: 'Source Serif 4',
        padding: '64px 72px 0',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {kicker ? (
          <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: ACCENT, marginBottom: 24 }}>
            {kicker}
          </div>
        ) : null}
        <div style={{ display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.12 }}>
          {title}
        </div>
        {meta ? (
          <div style={{ display: 'flex', fontSize: 32, marginTop: 28, opacity: 0.92 }}>{meta}</div>
        ) : null}
      </div>
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          margin: '0 -72px',
          padding: '26px 72px',
          background: BRAND_DARK,
          borderTop: `10px solid ${ACCENT}`,
          fontSize: 34,
          fontWeight: 700,
        }}
      >
        {siteName}
      </div>
    </div>,
    { ...SHARE_IMAGE, fonts: await cardFonts(), headers },
  );
}
