import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('the clinicians’ link builder', () => {
  it('takes focus to the error summary on submit only: fixing the fields while typing never pulls focus away [H22]', async () => {
    const { user } = await renderApp('/clinicians');
    const name = await screen.findByRole('textbox', { name: /Clinic name/ });
    const phone = screen.getByRole('textbox', { name: /Clinic phone number/ });
    await user.type(name, 'Crisis Line');
    await user.type(phone, '12');
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(within(summary).getAllByRole('link')).toHaveLength(2);
    expect(summary.parentElement).toHaveFocus();

    // Fix both while typing: the name first, then the phone, cleared and typed again character by character.
    await user.clear(name);
    await user.type(name, 'Riverside Practice');
    expect(name).toHaveFocus();
    await user.clear(phone);
    await user.type(phone, '+1 202 555 0143');
    expect(phone).toHaveFocus();
    expect(phone).toHaveValue('+1 202 555 0143');

    // The next submit is the one that moves focus: here, to the link it made.
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(await screen.findByRole('textbox', { name: /Link for patients|link/i })).toBeInTheDocument();
  });
});
