import { expect, it } from 'vitest';
import { weakPasswordReason } from './first-admin';

it('accepts a long mixed password', () => {
  expect(weakPasswordReason('Raadsvergadering-2026-Motie')).toBeNull();
});

it.each(['Kort1a', 'alleenkleineletters123', 'ALLEENHOOFDLETTERS123', 'Verander-mij-1-alsjeblieft'])(
  'refuses %j',
  (password) => {
    expect(weakPasswordReason(password)).not.toBeNull();
  },
);
