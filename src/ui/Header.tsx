import { useModel } from './ModelContext.tsx';

/**
 * Headline, standfirst and credits. The story view shows all three; a single view shows the
 * headline small; an embed shows none, but keeps the headline for screen readers so the frame
 * still has a title and a top-level heading.
 */
export function Header({ mode }: { mode: 'full' | 'compact' | 'hidden' }) {
  const { meta } = useModel().dataset;
  if (mode === 'hidden') return <h1 className="visually-hidden">{meta.title}</h1>;
  return (
    <header className={`header header-${mode}`}>
      <p className="kicker">Cyber-attack, May 2017</p>
      <h1>{meta.title}</h1>
      {mode === 'full' ? (
        <>
          <p className="dek">{meta.dek}</p>
          <p className="credits">
            {meta.credits.map((c, i) => (
              <span key={i} className="credit">
                {c.role}: {c.name}
              </span>
            ))}
          </p>
        </>
      ) : null}
    </header>
  );
}
