import { Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { CSSProperties } from 'react';
import { platformName } from './platform-names';
import { useShareTotals, type ShareTotals } from './use-share-totals';

const POST = 'api::post.post';
const TABLE: CSSProperties = { width: '100%', borderCollapse: 'collapse' };
const CELL: CSSProperties = { padding: '4px 0', textAlign: 'left' };
const NUMBER: CSSProperties = { ...CELL, textAlign: 'right', paddingLeft: '12px', whiteSpace: 'nowrap' };

function Totals({ totals }: { totals: ShareTotals }) {
  if (totals.platforms.length === 0) {
    return <Typography textColor="neutral600">Nog niet gedeeld via de knoppen op de site.</Typography>;
  }
  const all = totals.platforms.reduce((sum, row) => sum + row.total, 0);
  return (
    <div style={{ width: '100%' }}>
      <table style={TABLE} aria-label="Gedeeld per platform">
        <thead>
          <tr>
            {['Platform', 'Totaal', `${totals.recentDays} dagen`].map((heading, index) => (
              <th key={heading} scope="col" style={index === 0 ? CELL : NUMBER}>
                <Typography variant="sigma" textColor="neutral600">
                  {heading}
                </Typography>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {totals.platforms.map((row) => (
            <tr key={row.platform}>
              <th scope="row" style={CELL}>
                <Typography fontWeight="regular">{platformName(row.platform)}</Typography>
              </th>
              <td style={NUMBER}>
                <Typography fontWeight="bold">{row.total}</Typography>
              </td>
              <td style={NUMBER}>
                <Typography>{row.recent}</Typography>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {all === 1 ? '1 keer gedeeld' : `${all} keer gedeeld`}; geteld per dag, zonder iets over de lezer te
        bewaren.
      </Typography>
    </div>
  );
}

/** "Gedeeld" beside the post editor: how often readers shared this post, per platform. */
export const SharePanel: PanelComponent = ({ model, documentId }) => {
  const state = useShareTotals(model === POST ? documentId : undefined);
  if (model !== POST || !documentId) return null;
  return {
    title: 'Gedeeld',
    content:
      state.status === 'loaded' ? (
        <Totals totals={state.totals} />
      ) : (
        <Typography textColor="neutral600">
          {state.status === 'loading' ? 'Bezig met laden…' : 'De deelcijfers konden niet worden geladen.'}
        </Typography>
      ),
  };
};
