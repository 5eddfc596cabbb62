/**
 * Country search as an ARIA 1.2 combobox: type a name, an alias ("Britain", "Ivory Coast") or
 * an ISO code; arrows move through the list, Enter chooses, Escape clears.
 */
import { useId, useMemo, useState } from 'react';
import { useModel } from '../ui/ModelContext.tsx';
import { searchPlaces } from './searchPlaces.ts';
import { STRINGS } from '../strings.ts';

export function CountrySearch({ onChoose }: { onChoose: (iso3: string) => void }) {
  const { places } = useModel();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(() => searchPlaces(query, places.values()), [query, places]);
  const expanded = open && results.length > 0;
  const choose = (iso3: string) => {
    onChoose(iso3);
    setQuery(places.get(iso3)?.name ?? '');
    setOpen(false);
  };
  return (
    <div className="country-search">
      <label htmlFor={`${id}-input`}>{STRINGS.map.findCountry}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
        value={query}
        placeholder={STRINGS.map.findPlaceholder}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && expanded) {
            e.preventDefault();
            choose(results[active]!.iso3);
          } else if (e.key === 'Escape') {
            if (expanded) e.stopPropagation();
            setOpen(false);
            if (!expanded) setQuery('');
          }
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Countries" className="search-results" hidden={!expanded}>
        {results.map((r, i) => (
          <li
            key={r.iso3}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault(); // keep focus in the input
              choose(r.iso3);
            }}
          >
            {r.name}
            {r.matched ? <span className="search-alias"> ({r.matched})</span> : null}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {open && query ? `${results.length} ${results.length === 1 ? 'country matches' : 'countries match'}` : ''}
      </p>
    </div>
  );
}
