/** The page's loading and error states: never a blank box, always a way forward. */
import { DatasetError } from '../data/load.ts';
import { STRINGS } from '../strings.ts';

export function LoadingState({ label = STRINGS.states.loading }: { label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

interface ErrorProps {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
  /** The page still shows its prerendered copy below this notice. */
  snapshot?: boolean;
}

export function ErrorState({ error, onRetry, retrying = false, snapshot = false }: ErrorProps) {
  const message = error instanceof DatasetError ? error.message : STRINGS.states.failedUnknown;
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">
        {snapshot ? STRINGS.states.failedSnapshot : STRINGS.states.failed}
      </p>
      <p>{message}</p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? STRINGS.states.retrying : STRINGS.states.retry}
      </button>
    </div>
  );
}
