import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { INSTRUMENTS } from '../../src/instruments/registry';
import { renderApp } from './render-app';

describe('one pass per answer', () => {
  it('builds the path through the check-in once per change of the answers (for each set of options), not once per caller', async () => {
    const { user } = await renderApp('/check-in');
    await screen.findByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' });
    // The PHQ-9's screens are what every path is built from: count how often they are asked for.
    const phq9 = INSTRUMENTS.find((instrument) => instrument.id === 'phq9')!;
    const steps = vi.spyOn(phq9, 'steps');
    await user.click(screen.getByRole('radio', { name: 'Several days' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 1, name: 'Feeling down, depressed, or hopeless' });
    const perNext = steps.mock.calls.length;
    console.log(`path builds for one Next: ${perNext}`);
    steps.mockRestore();
    expect(perNext).toBeLessThanOrEqual(2);
  });
});
