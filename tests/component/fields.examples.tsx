/**
 * Examples of every field of the kit (src/ui/fields.tsx, src/ui/error-summary.tsx), in each state, as
 * GOV.UK Frontend keeps them: tests/component/fields.test.tsx renders each one, checks what a screen
 * reader is told, and runs axe on it. A new field, or a new state, adds an example here.
 */
import type { ReactNode } from 'react';
import { ErrorSummary } from '../../src/ui/error-summary';
import { Choices, ErrorMessage, SelectField, TextField } from '../../src/ui/fields';

export interface FieldExample {
  readonly name: string;
  readonly render: () => ReactNode;
}

const fieldset = (legend: string, children: ReactNode, error?: ReactNode) => (
  <div className={error ? 'form-group form-group--error' : 'form-group'}>
    <fieldset className="fieldset" aria-describedby={error ? 'choice-error' : undefined}>
      <legend className="fieldset__legend">{legend}</legend>
      {error}
      {children}
    </fieldset>
  </div>
);

const radios = [
  { id: 'choice', value: 'yes', label: 'Yes' },
  { id: 'choice-no', value: 'no', label: 'No' },
];

export const FIELD_EXAMPLES: readonly FieldExample[] = [
  { name: 'text field', render: () => <TextField id="clinic" label="Clinic name" errorPrefix="Error:" inputProps={{ name: 'clinic' }} /> },
  {
    name: 'text field with a hint',
    render: () => <TextField id="clinic" label="Clinic name" hint="As patients know it, for example Riverside Clinic." errorPrefix="Error:" inputProps={{ name: 'clinic' }} />,
  },
  {
    name: 'text field with an error',
    render: () => (
      <TextField id="clinic" label="Clinic name" hint="As patients know it." error="Enter a name of 60 characters or fewer" errorPrefix="Error:" inputProps={{ name: 'clinic' }} />
    ),
  },
  {
    name: 'text field with a live error',
    render: () => <TextField id="code" label="Check-in code" error="That is not a check-in code" errorPrefix="Error:" live inputProps={{ name: 'code' }} />,
  },
  {
    name: 'select',
    render: () => (
      <SelectField
        id="language"
        label="Language"
        hint="The language the check-in opens in."
        options={[
          { value: 'en', label: 'English' },
          { value: 'es', label: 'Español', lang: 'es' },
        ]}
        selectProps={{ name: 'language' }}
      />
    ),
  },
  { name: 'radios', render: () => fieldset('Did you use alone?', <Choices type="radio" items={radios} inputProps={{ name: 'choice' }} />) },
  {
    name: 'radios with an error',
    render: () =>
      fieldset(
        'Did you use alone?',
        <Choices type="radio" items={radios} inputProps={{ name: 'choice', 'aria-invalid': true }} />,
        <ErrorMessage id="choice-error" prefix="Error:">
          Select an answer
        </ErrorMessage>,
      ),
  },
  {
    name: 'checkboxes',
    render: () =>
      fieldset(
        'Parts to ask',
        <Choices
          type="checkbox"
          items={[
            { id: 'part-mood', value: 'mood', label: 'Mood' },
            { id: 'part-anxiety', value: 'anxiety', label: 'Anxiety (GAD-7)' },
          ]}
          inputProps={{ name: 'parts' }}
        />,
      ),
  },
  {
    name: 'error summary',
    render: () => (
      <>
        <ErrorSummary title="There is a problem" errors={[{ href: 'clinic', text: 'Enter a name of 60 characters or fewer' }]} />
        <TextField id="clinic" label="Clinic name" error="Enter a name of 60 characters or fewer" errorPrefix="Error:" inputProps={{ name: 'clinic' }} />
      </>
    ),
  },
];
