import { usePopup } from './use-popup.js';

/** Choose one or several targets; lists what the server knows plus what the URL asked for. A menu of checkable items. */
export function TargetPicker({ available, selected, onChange }: { available: string[]; selected: string[]; onChange: (t: string[]) => void }) {
  const { open, setOpen, rootRef, menuRef, onMenuKeyDown } = usePopup();
  const all = [...new Set([...available, ...selected])].sort();
  const label = selected.length === 0 ? 'Choose targets' : selected.length <= 2 ? selected.join(', ') : `${selected.length} targets`;
  const toggle = (t: string) => onChange(selected.includes(t) ? selected.filter((s) => s !== t) : [...selected, t]);
  return (
    <div className="picker" ref={rootRef}>
      <button
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'target-menu' : undefined}
        aria-label={`Targets: ${label}`}
        onClick={() => setOpen(!open)}
        data-testid="target-picker"
      >
        {label} ▾
      </button>
      {open ? (
        <div id="target-menu" className="menu" role="menu" aria-label="Targets" ref={menuRef} onKeyDown={onMenuKeyDown}>
          {all.length === 0 ? (
            <div role="none" className="muted menu-note">
              No targets yet: send events to create one.
            </div>
          ) : null}
          {all.map((t) => (
            <button
              key={t}
              type="button"
              role="menuitemcheckbox"
              aria-checked={selected.includes(t)}
              tabIndex={-1}
              className="menu-item"
              onClick={() => toggle(t)}
              data-testid={`target-option-${t}`}
            >
              <span className="check" aria-hidden>
                {selected.includes(t) ? '☑' : '☐'}
              </span>
              {t}
              {available.includes(t) ? null : <span className="muted"> (no data)</span>}
            </button>
          ))}
          <div className="menu-actions" role="none">
            <button type="button" role="menuitem" tabIndex={-1} className="link" onClick={() => onChange(all)}>
              all
            </button>
            <button type="button" role="menuitem" tabIndex={-1} className="link" onClick={() => onChange([])}>
              none
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
