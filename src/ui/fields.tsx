import './forms.css';
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from 'react';

/**
 * The form fields every form here uses, in GOV.UK Frontend's markup: a field's label, hint and error message
 * are tied to it (`aria-describedby`), an error marks the group (`form-group--error`) and the control
 * (`aria-invalid`), and the error's "Error:" prefix is for screen readers only. react-hook-form's
 * `register(name)` (or any input props) go straight onto the control. Examples of each, in every state:
 * tests/component/fields.examples.tsx (a component test renders them and runs axe).
 */

type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> };

/** A field's error, after its hint. `live`: said at once by a screen reader (an error not shown on submit). */
export function ErrorMessage({ id, prefix, live = false, children }: { id: string; prefix: string; live?: boolean; children?: ReactNode }) {
  const message = children ? (
    <p className="error-message" id={id}>
      <span className="visually-hidden">{prefix}</span> {children}
    </p>
  ) : null;
  return live ? <div role="alert">{message}</div> : message;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** A field's label and its hint (the hint's id is `<id>-hint`). */
function LabelAndHint({ id, label, hint }: { id: string; label: string; hint?: string }) {
  return (
    <>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </>
  );
}

export function TextField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  live,
  className = 'input',
  inputProps,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  live?: boolean;
  className?: string;
  inputProps: InputProps;
}) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <LabelAndHint id={id} label={label} hint={hint} />
      <ErrorMessage id={`${id}-error`} prefix={errorPrefix} live={live}>
        {error}
      </ErrorMessage>
      <input
        className={className}
        id={id}
        type="text"
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        {...inputProps}
      />
    </div>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  errorPrefix = '',
  options,
  selectProps,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix?: string;
  options: readonly { readonly value: string; readonly label: string; readonly lang?: string }[];
  selectProps: SelectProps;
}) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <LabelAndHint id={id} label={label} hint={hint} />
      <ErrorMessage id={`${id}-error`} prefix={errorPrefix}>
        {error}
      </ErrorMessage>
      <select
        id={id}
        className="select"
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        {...selectProps}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface ChoiceItem {
  /** The control's id (the first radio's is the group's, for the error summary's link). */
  readonly id: string;
  readonly value: string;
  readonly label: ReactNode;
}

/** Radios or checkboxes: the controls of a fieldset, each with its label. */
export function Choices({ type, items, inputProps }: { type: 'radio' | 'checkbox'; items: readonly ChoiceItem[]; inputProps: InputProps }) {
  const block = type === 'radio' ? 'radios' : 'checkboxes';
  return (
    <div className={block}>
      {items.map((item) => (
        <div className={`${block}__item`} key={item.value}>
          <input className={`${block}__input`} id={item.id} type={type} value={item.value} {...inputProps} />
          <label className={`${block}__label`} htmlFor={item.id}>
            {item.label}
          </label>
        </div>
      ))}
    </div>
  );
}
