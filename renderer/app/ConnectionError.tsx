import { appStrings as s } from './strings.ts';

/** Shown instead of the app when there is no way to reach the core (no session token, no bridge). */
export function ConnectionError({ message }: { message: string }) {
  return (
    <main className="connection-error">
      <div className="connection-error-box" role="alert">
        <h1>{s.connectionTitle}</h1>
        <p>{message}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {s.connectionRetry}
        </button>
      </div>
    </main>
  );
}
