import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const OPTIONS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] as const;

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function answer(user: User, label: string, button = 'Next') {
  await user.click(await screen.findByRole('radio', { name: label }));
  await user.click(screen.getByRole('button', { name: button }));
}

/** After the mood part: the optional anxiety questions are offered with a plain choice. */
async function anxietyOffer(user: User, button: 'Answer 7 more questions' | 'Skip these questions') {
  expect(await screen.findByRole('heading', { level: 1, name: '7 more questions about anxiety?' })).toHaveFocus();
  await user.click(screen.getByRole('button', { name: button }));
}

async function skipSubstance(user: User) {
  await screen.findByRole('heading', { level: 1, name: 'Questions about substance use' });
  await user.click(screen.getByRole('button', { name: 'Skip this part' }));
}

describe('the mood check-in', () => {
  it('goes from the start page through 9 questions to a non-diagnostic result [H14]', async () => {
    const { user } = await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'A private check-in on mood and substance use' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Start the check-in' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('Mood: question 1 of 9')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Over the last 2 weeks, how often have you been bothered/ })).toBeInTheDocument();
    for (const option of OPTIONS) expect(screen.getByRole('radio', { name: option })).toBeInTheDocument();

    // Items 1–8: "Several days" (1 each), item 9: "Not at all" → total 8, mild.
    for (let i = 1; i <= 8; i++) await answer(user, 'Several days');
    expect(await screen.findByRole('heading', { level: 1, name: /better off dead/ })).toHaveFocus();
    await answer(user, 'Not at all');

    // Question 10 comes because some answers were above 0.
    expect(await screen.findByRole('heading', { level: 1, name: /how difficult have these problems made it/ })).toBeInTheDocument();
    await answer(user, 'Somewhat difficult');

    // The anxiety questions, taken up: the same stem and options as the mood questions, verbatim.
    await anxietyOffer(user, 'Answer 7 more questions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Feeling nervous, anxious, or on edge' })).toHaveFocus();
    expect(screen.getByText('Anxiety: question 1 of 7')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Over the last 2 weeks, how often have you been bothered/ })).toBeInTheDocument();
    // 2 + 2 + 1 + 1 + 1 + 0 + 0 = 7: mild.
    for (const label of ['More than half the days', 'More than half the days', 'Several days', 'Several days', 'Several days', 'Not at all', 'Not at all']) {
      await answer(user, label);
    }
    await skipSubstance(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Your check-in results' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Substance use' })).getByText('You chose to skip the questions about substance use.')).toBeInTheDocument();
    const mood = screen.getByRole('region', { name: 'Mood' });
    expect(within(mood).getByText('Your total score is 8 out of 27.')).toBeInTheDocument();
    expect(within(mood).getByText(/in the range that clinicians call/)).toHaveTextContent('mild');
    expect(screen.getByText(/These results are not a diagnosis/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Your score, 8, is marked in the mild range/ })).toBeInTheDocument();
    expect(screen.getByText(/No permission required to reproduce, translate, display or distribute/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Support is available now' })).not.toBeInTheDocument();

    const anxiety = screen.getByRole('region', { name: 'Anxiety' });
    expect(within(anxiety).getByText('Your total score is 7 out of 21.')).toBeInTheDocument();
    expect(within(anxiety).getByRole('img', { name: /Your score, 7, is marked in the mild range/ })).toBeInTheDocument();
    // The anxiety–withdrawal note is for opioid use only; the substance part was skipped here.
    expect(within(anxiety).queryByText(/29 in every 100 people with opioid use disorder had anxiety/)).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Your answers' })).getByText('Anxiety (GAD-7)')).toBeInTheDocument();
  });

  it('shows an error summary tied to the field when Next is pressed without an answer', async () => {
    const { user } = await renderApp('/check-in/phq9-1');
    await user.click(await screen.findByRole('button', { name: 'Next' }));

    // react-hook-form validates asynchronously: the summary comes after the click resolves, so wait for it.
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const link = within(alert).getByRole('link', { name: 'Select how often you have been bothered by this' });
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    const group = screen.getByRole('group');
    expect(group).toHaveAccessibleDescription('Error: Select how often you have been bothered by this');
    expect(document.title).toMatch(/^Error: /);

    await user.click(link);
    expect(screen.getByRole('radio', { name: 'Not at all' })).toHaveFocus();

    await answer(user, 'Not at all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Feeling down, depressed, or hopeless' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the earlier answer when going Back', async () => {
    const { user } = await renderApp('/check-in/phq9-1');
    await answer(user, 'More than half the days');
    await screen.findByRole('heading', { level: 1, name: 'Feeling down, depressed, or hopeless' });
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' });
    expect(screen.getByRole('radio', { name: 'More than half the days' })).toBeChecked();
  });

  it('shows crisis support straight after item 9 above 0, before question 10 and the results [H1]', async () => {
    const { user } = await renderApp('/check-in/phq9-1');
    for (let i = 1; i <= 8; i++) await answer(user, 'Not at all');
    await answer(user, 'Several days');

    const heading = await screen.findByRole('heading', { level: 1, name: 'You don’t have to face this alone' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    expect(screen.getByRole('link', { name: 'Chat at 988lifeline.org' })).toHaveAttribute('href', 'https://988lifeline.org/');
    expect(screen.getByRole('link', { name: 'Text HOME to 741741' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Call 911' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue the check-in' }));
    await screen.findByRole('heading', { level: 1, name: /how difficult have these problems made it/ });
    await answer(user, 'Not difficult at all');
    await anxietyOffer(user, 'Skip these questions');
    await skipSubstance(user);

    await screen.findByRole('heading', { level: 1, name: 'Your check-in results' });
    expect(screen.getByRole('heading', { name: 'Support is available now' })).toBeInTheDocument();
    expect(screen.getByText('Your total score is 1 out of 27.')).toBeInTheDocument();
  });

  it('skips question 10 when every answer is "Not at all"', async () => {
    const { user } = await renderApp('/check-in/phq9-1');
    for (let i = 1; i <= 9; i++) await answer(user, 'Not at all');
    await anxietyOffer(user, 'Skip these questions');
    await skipSubstance(user);
    await screen.findByRole('heading', { level: 1, name: 'Your check-in results' });
    expect(screen.getByText('Your total score is 0 out of 27.')).toBeInTheDocument();
    expect(screen.queryByText(/10\. If you checked off any problems/)).not.toBeInTheDocument();
  });

  it('lets a person change one answer from the results, then deletes everything on request', async () => {
    const { user, store } = await renderApp('/check-in/phq9-1');
    for (let i = 1; i <= 9; i++) await answer(user, 'Not at all');
    await anxietyOffer(user, 'Skip these questions');
    await skipSubstance(user);
    await screen.findByRole('heading', { level: 1, name: 'Your check-in results' });

    await user.click(screen.getByRole('link', { name: 'Change your answer to Mood (PHQ-9) question 3' }));
    await screen.findByRole('heading', { level: 1, name: /Trouble falling or staying asleep/ });
    expect(screen.getByRole('radio', { name: 'Not at all' })).toBeChecked();
    await answer(user, 'Nearly every day', 'Save and return to my results');

    // One answer above 0 now makes question 10 necessary before the results.
    await screen.findByRole('heading', { level: 1, name: /how difficult have these problems made it/ });
    await answer(user, 'Very difficult', 'Save and return to my results');
    await screen.findByRole('heading', { level: 1, name: 'Your check-in results' });
    expect(screen.getByText('Your total score is 3 out of 27.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete my answers and start over' }));
    await screen.findByRole('heading', { level: 1, name: 'A private check-in on mood and substance use' });
    expect(store.getSnapshot()).toEqual({});
  });

  it('lives at one address: an old link to a question or to the results starts the check-in there', async () => {
    for (const old of ['/check-in/phq9-6', '/check-in/results']) {
      const { location, unmount } = await renderApp(old);
      expect(await screen.findByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' })).toBeInTheDocument();
      expect(location.history?.at(-1)).toBe('/check-in');
      unmount();
    }
  });

  it('moves between questions without changing the address or the title [H12]', async () => {
    const { user, location } = await renderApp('/check-in');
    await screen.findByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' });
    const title = document.title;
    expect(title).toBe('Your check-in – Private check-in');
    for (let i = 1; i <= 9; i++) await answer(user, i === 9 ? 'Several days' : 'Not at all');
    expect(await screen.findByRole('heading', { level: 1, name: 'You don’t have to face this alone' })).toHaveFocus();
    expect(document.title).toBe(title);
    expect(location.history).toEqual(['/check-in']);
    await user.click(screen.getByRole('button', { name: 'Continue the check-in' }));
    await screen.findByRole('heading', { level: 1, name: /how difficult have these problems made it/ });
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You don’t have to face this alone' })).toHaveFocus();
    expect(document.title).toBe(title);
    expect(location.history).toEqual(['/check-in']);
  });

  it('shows the crisis bar and the leave button on every screen [H1] [H13]', async () => {
    for (const path of ['/', '/privacy', '/check-in/phq9-1', '/no-such-page']) {
      const view = await renderApp(path);
      const crisis = await screen.findByRole('navigation', { name: 'Crisis support' });
      expect(within(crisis).getByRole('link', { name: 'Call or text 988' })).toHaveAttribute('href', 'tel:988');
      expect(within(crisis).getByRole('link', { name: 'Emergency: 911' })).toHaveAttribute('href', 'tel:911');
      expect(screen.getByRole('button', { name: 'Leave this site' })).toBeInTheDocument();
      view.unmount();
    }
  });
});
