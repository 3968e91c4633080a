import { Modal } from './Modal.js';

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
  ['Esc', 'close a dialog or menu, or leave a text field'],
  ['↑ ↓', 'move between rows, or items of a menu'],
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Modal labelledBy="help-title" testId="help" onClose={onClose}>
      <div className="dialog">
        <h2 id="help-title">Keyboard shortcuts</h2>
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
        <p className="muted">Click a row, or focus it and press Enter or Space, to chart it. The URL keeps the whole view: share it.</p>
        <p className="muted">In history, drag across the p90 chart to zoom to that stretch; the browser's Back returns to the range before.</p>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
