import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pathIn, versionFromPath } from '../visit/versions';
import { CrisisContacts } from '../ui/crisis-contacts';

interface Props {
  children: ReactNode;
  /** Clears every answer; called before starting over. */
  onReset: () => void;
}

interface State {
  failed: boolean;
}

/**
 * If any screen throws (a bug, or a code-split chunk that cannot load while offline), show a calm error
 * with the crisis contacts and a way to start over, never a blank page.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Logged to this device's console only; nothing is reported anywhere.
    console.error(error, info.componentStack);
  }

  private readonly startOver = () => {
    this.props.onReset();
    // A full load of this version's start page: whatever broke is loaded afresh.
    window.location.assign(pathIn(versionFromPath(window.location.pathname).version, '/'));
  };

  render() {
    if (this.state.failed) return <ErrorScreen onStartOver={this.startOver} />;
    return this.props.children;
  }
}

function ErrorScreen({ onStartOver }: { onStartOver: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-screen">
      <h1 className="heading-xl" tabIndex={-1}>
        {t('error.title')}
      </h1>
      <p className="body-l">{t('error.body')}</p>
      <CrisisContacts heading={t('crisis.heading')} lead={t('crisis.lead')} />
      <button type="button" className="button" onClick={onStartOver}>
        {t('error.startOver')}
      </button>
    </div>
  );
}
