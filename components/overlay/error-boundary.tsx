/**
 * Every panel renders inside one of these (architecture.md "Failure policy"): an error in a panel is
 * caught, reported once to the extension, and replaced by a short neutral line inside our own shadow
 * root — never an exception reaching the host page.
 */
import { Component, type ReactNode } from 'react';
import { t } from '@/utils/i18n/active';

interface Props {
  /** Panel name, for the error report. */
  name: string;
  onError(where: string, error: unknown): void;
  children: ReactNode;
}

interface State { failed: boolean }

/** Catches render errors of one panel. */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(this.props.name, error);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return <p className="sfp-muted" data-sfp-panel-error={this.props.name}>{t('overlay.panelError')}</p>;
    }
    return this.props.children;
  }
}
