import { useState } from 'react';

/** Choose one or several targets; lists what the server knows plus what the URL asked for. */
export function TargetPicker({ available, selected, onChange }: { available: string[]; selected: string[]; onChange: (t: string[]) => void }) {
  const [open, setOpen] = useState(false);
  const all = [...new Set([...available, ...selected])].sort();
  const label = selected.length === 0 ? 'Choose targets' : selected.length <= 2 ? selected.join(', ') : `${selected.length} targets`;
  return (
    <div className="picker">
      <button type="button" className="btn" aria-haspopup="listbox" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="target-picker">
        {label} ▾
      </button>
      {open ? (
        <div className="menu" role="listbox" aria-multiselectable onMouseLeave={() => setOpen(false)}>
          {all.length === 0 ? <div className="muted">No targets yet: send events to create one.</div> : null}
          {all.map((t) => (
            <label key={t} className="menu-item">
              <input
                type="checkbox"
                checked={selected.includes(t)}
                onChange={(e) => onChange(e.target.checked ? [...selected, t] : selected.filter((s) => s !== t))}
              />
              {t}
              {available.includes(t) ? null : <span className="muted"> (no data)</span>}
            </label>
          ))}
          <div className="menu-actions">
            <button type="button" className="link" onClick={() => onChange(all)}>
              all
            </button>
            <button type="button" className="link" onClick={() => onChange([])}>
              none
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
