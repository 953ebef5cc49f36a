import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { walkCheckin } from '../support/walker';
import { renderApp, screenDriver } from './render-app';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function answer(user: User, label: string, button = 'Next') {
  await user.click(await screen.findByRole('radio', { name: label }));
  await user.click(screen.getByRole('button', { name: button }));
}

async function moodAllZero(user: User) {
  for (let i = 1; i <= 9; i++) await answer(user, 'Not at all');
  await user.click(await screen.findByRole('button', { name: 'Skip these questions' }));
  await user.click(await screen.findByRole('button', { name: 'Answer these questions' }));
}

describe('the substance-use part', () => {
  it('asks TAPS-1 verbatim with the chosen alcohol wording, and no heroin questions after "Never" to drugs [H15]', async () => {
    const { user } = await renderApp('/check-in/phq9-1');
    await moodAllZero(user);

    expect(await screen.findByRole('heading', { level: 1, name: /How often have you used any tobacco product/ })).toBeInTheDocument();
    expect(screen.getByText('Substance use: question 1 of 4')).toBeInTheDocument();
    const options = screen.getAllByRole<HTMLInputElement>('radio').map((radio) => radio.labels?.[0]?.textContent ?? '');
    expect(options).toEqual(['Daily or almost daily', 'Weekly', 'Monthly', 'Less than monthly', 'Never']);
    await answer(user, 'Never');

    // The alcohol amount: chosen by the person, never by asking their sex.
    await screen.findByRole('heading', { level: 1, name: /which amount should we ask about/ });
    await answer(user, '5 or more drinks in one day');
    expect(await screen.findByRole('heading', { level: 1, name: /How often have you had 5 or more drinks containing alcohol in one day/ })).toBeInTheDocument();
    await answer(user, 'Monthly');
    await answer(user, 'Never'); // drugs
    await answer(user, 'Never'); // prescription medicines

    await screen.findByRole('heading', { level: 1, name: 'Your check-in results' });
    const section = screen.getByRole('region', { name: 'Substance use' });
    expect(within(section).getByText('Alcohol: 5 or more drinks in a day')).toBeInTheDocument();
    expect(within(section).getByText('Worth talking about with a clinician')).toBeInTheDocument();
    expect(within(section).queryByText(/Heroin, past 3 months/)).not.toBeInTheDocument();
  });

  it('fentanyl gap: no heroin, but fentanyl or pills not from a pharmacy, brings the safety questions and tips; "no heroin use" is said as such [H7]', async () => {
    const { user } = await renderApp('/check-in');
    // Walked by the shared walker: mood all "Not at all", anxiety skipped; tobacco, alcohol and prescriptions
    // never, drugs monthly, no heroin, but fentanyl or pharmacy-look-alike pills; then the safety questions.
    await walkCheckin(screenDriver(user), {
      answers: {
        ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, 0])),
        'substance-consent': 1, 'taps1-tobacco': 0, 'taps1-alcohol': 0, 'taps1-drugs': 2, 'taps1-rx': 0, 'taps2-heroin-1': 0,
        'street-opioids': 1, 'safety-alone': 1, 'safety-mixing': 0, 'safety-break': 0, 'safety-naloxone': 0, 'safety-fentanyl': 1,
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Your check-in results' });
    expect(screen.getByText('Your answers show no heroin use in the past 3 months.')).toBeInTheDocument();
    expect(screen.getByText(/You said you have used fentanyl, or pills that did not come from a pharmacy/)).toBeInTheDocument();
    const tips = screen.getByRole('region', { name: 'Staying safer' });
    expect(within(tips).getByText(/Get naloxone/)).toBeInTheDocument();
    expect(within(tips).getByText(/Try not to use alone/)).toBeInTheDocument();
  });

  it('applies the lower alcohol threshold when no amount is chosen', async () => {
    const { user } = await renderApp('/check-in/phq9-1');
    await moodAllZero(user);
    await answer(user, 'Never');
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { level: 1, name: /4 or more drinks containing alcohol/ })).toBeInTheDocument();
  });

  it('changing drugs to Never removes the heroin and safety answers it had opened [H6]', async () => {
    const { user, store } = await renderApp('/check-in/phq9-1');
    await moodAllZero(user);
    await answer(user, 'Never');
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await answer(user, 'Never');
    await answer(user, 'Weekly'); // drugs
    await answer(user, 'Never'); // rx
    await screen.findByRole('heading', { level: 1, name: 'In the PAST 3 MONTHS, did you use heroin?' });
    expect(screen.getByText('About heroin: question 1 of 3')).toBeInTheDocument();
    await answer(user, 'Yes');
    await answer(user, 'No');
    await answer(user, 'No');
    // Our own question on fentanyl or pills not from a pharmacy, then the safety questions.
    await screen.findByRole('heading', { level: 1, name: 'In the past 3 months, have you used fentanyl, or pills that did not come from a pharmacy?' });
    await answer(user, 'No');
    expect(await screen.findByText(/They are not scored/)).toBeInTheDocument();
    for (const label of ['No', 'No', 'No', 'Yes']) await answer(user, label);
    await answer(user, 'Not sure');
    await screen.findByRole('heading', { level: 1, name: 'Your check-in results' });
    expect(screen.getByText('Your answers show some use in the past 3 months. This is worth talking about with a clinician.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Change your answer to Substance use (TAPS) question 3' }));
    await answer(user, 'Never', 'Save and return to my results');
    await screen.findByRole('heading', { level: 1, name: 'Your check-in results' });
    expect(Object.keys(store.getSnapshot()).filter((id) => id.startsWith('taps2') || id.startsWith('safety') || id === 'street-opioids')).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'Staying safer' })).not.toBeInTheDocument();
  });

  it('in Spanish, the TAPS questions say their wording is our translation, not validated; the PHQ-9 ones do not [H15]', async () => {
    const { user } = await renderApp('/es-us/check-in');
    await screen.findByRole('heading', { level: 1, name: /Poco interés o placer en hacer cosas/ });
    expect(screen.queryByText(/traducción nuestra/)).not.toBeInTheDocument();
    for (let i = 1; i <= 9; i++) await answer(user, 'Ningún día', 'Siguiente');
    await user.click(await screen.findByRole('button', { name: 'Responder estas preguntas' }));
    await screen.findByRole('heading', { level: 1, name: /producto de tabaco/ });
    expect(screen.getByText('Esta versión en español de estas preguntas es una traducción nuestra. Todavía no ha sido validada.')).toBeInTheDocument();
  });
});
