/** The field kit's examples (fields.examples.tsx): each tells a screen reader what it is, and passes axe. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { FIELD_EXAMPLES } from './fields.examples';

/** axe on what was rendered; colour contrast needs a real layout engine (the browser tests run it). */
async function violations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const example = (name: string) => {
  const found = FIELD_EXAMPLES.find((e) => e.name === name);
  if (!found) throw new Error(`no example ${name}`);
  return found;
};

describe('the field kit [H22]', () => {
  it.each(FIELD_EXAMPLES.map((e) => [e.name, e] as const))('%s passes axe', async (_name, { render: draw }) => {
    const { container } = render(<main>{draw()}</main>);
    expect(await violations(container)).toEqual([]);
  });

  it('a text field is named by its label and described by its hint and its error', () => {
    render(<>{example('text field with an error').render()}</>);
    const field = screen.getByRole('textbox', { name: 'Clinic name' });
    expect(field).toHaveAccessibleDescription('As patients know it. Error: Enter a name of 60 characters or fewer');
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('a live error is announced at once; an error shown on submit is not an alert of its own', () => {
    const { unmount } = render(<>{example('text field with a live error').render()}</>);
    expect(screen.getByRole('alert')).toHaveTextContent('Error: That is not a check-in code');
    unmount();
    render(<>{example('text field with an error').render()}</>);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('radios are a group named by its legend, its error in the description', () => {
    render(<>{example('radios with an error').render()}</>);
    const group = screen.getByRole('group', { name: 'Did you use alone?' });
    expect(group).toHaveAccessibleDescription('Error: Select an answer');
    expect(screen.getAllByRole('radio')).toHaveLength(2);
  });

  it('the error summary takes focus when it appears, and its link moves focus to the field', async () => {
    render(<>{example('error summary').render()}</>);
    expect(screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary')).toHaveFocus();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Enter a name of 60 characters or fewer' }));
    expect(screen.getByRole('textbox', { name: 'Clinic name' })).toHaveFocus();
  });
});
