import { COLUMNS } from './columns.js';
import { usePopup } from './use-popup.js';

/** Which columns the table shows: a menu of checkable items. */
export function ColumnsMenu({ visible, onToggle }: { visible: ReadonlySet<string>; onToggle: (id: string, visible: boolean) => void }) {
  const { open, setOpen, rootRef, menuRef, onMenuKeyDown } = usePopup();
  return (
    <div className="picker" ref={rootRef}>
      <button
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'columns-menu' : undefined}
        onClick={() => setOpen(!open)}
        data-testid="columns-menu"
      >
        Columns ▾
      </button>
      {open ? (
        <div id="columns-menu" className="menu right" role="menu" aria-label="Columns" ref={menuRef} onKeyDown={onMenuKeyDown}>
          {COLUMNS.map((c) => (
            <button
              key={c.id}
              type="button"
              role="menuitemcheckbox"
              aria-checked={visible.has(c.id)}
              tabIndex={-1}
              className="menu-item"
              title={c.title}
              onClick={() => onToggle(c.id, !visible.has(c.id))}
              data-testid={`col-toggle-${c.id}`}
            >
              <span className="check" aria-hidden>
                {visible.has(c.id) ? '☑' : '☐'}
              </span>
              {c.header}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
