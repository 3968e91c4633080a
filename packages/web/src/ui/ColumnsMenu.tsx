import { useState } from 'react';
import { COLUMNS } from './columns.js';

export function ColumnsMenu({ visible, onToggle }: { visible: ReadonlySet<string>; onToggle: (id: string, visible: boolean) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="picker">
      <button type="button" className="btn" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="columns-menu">
        Columns ▾
      </button>
      {open ? (
        <div className="menu right" onMouseLeave={() => setOpen(false)}>
          {COLUMNS.map((c) => (
            <label key={c.id} className="menu-item">
              <input type="checkbox" checked={visible.has(c.id)} onChange={(e) => onToggle(c.id, e.target.checked)} data-testid={`col-toggle-${c.id}`} />
              {c.header}
            </label>
          ))}
        </div>
      ) : null}
    </div>
  );
}
