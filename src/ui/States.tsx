/** The page's loading and error states: never a blank box, always a way forward. */
import { DatasetError } from '../data/load.ts';

export function LoadingState({ label = 'Loading the graphic…' }: { label?: string }) {
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
  const message = error instanceof DatasetError ? error.message : 'Something went wrong while loading the graphic.';
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">
        {snapshot
          ? 'The interactive graphic could not be loaded. Below is the copy saved when it was published; the controls will not work until the data loads.'
          : 'The interactive graphic could not be loaded.'}
      </p>
      <p>{message}</p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}
