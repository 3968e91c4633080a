export const SHORTCUTS: [string, string][] = [
  ['/', 'focus the key filter'],
  ['p or space', 'pause / resume'],
  ['s', 'toggle split by metadata'],
  ['d', 'toggle dark mode'],
  ['e', 'export the shown rows as CSV'],
  ['j', 'export the shown rows as JSON'],
  ['a', 'alert rules'],
  ['h', "the server's own health"],
  ['?', 'show this help'],
  ['Esc', 'close, or leave a text field'],
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <div className="overlay" role="dialog" aria-modal aria-label="Keyboard shortcuts" onClick={onClose}>
      <div className="dialog" onClick={(e) => e.stopPropagation()}>
        <h2>Keyboard shortcuts</h2>
        <table>
          <tbody>
            {SHORTCUTS.map(([k, what]) => (
              <tr key={k}>
                <td>
                  <kbd>{k}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">Click rows to chart them. The URL keeps the whole view: share it.</p>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
