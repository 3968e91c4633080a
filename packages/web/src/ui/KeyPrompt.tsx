import { useState, type FormEvent } from 'react';
import { saveApiKey } from '../core/api-key.js';

/**
 * Asks for an API key when the server refused the page's (or wanted one),
 * so nobody has to edit the URL. The page restarts with the key: every
 * request and the WebSocket then carry it.
 */
export function KeyPrompt() {
  const [key, setKey] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const k = key.trim();
    if (k === '') return;
    saveApiKey(k);
    window.location.reload();
  };
  return (
    <form className="key-prompt" onSubmit={submit} data-testid="key-prompt">
      <label>
        API key <input type="password" autoComplete="off" autoFocus value={key} onChange={(e) => setKey(e.target.value)} aria-label="API key" />
      </label>{' '}
      <button type="submit" disabled={key.trim() === ''}>
        Use this key
      </button>
    </form>
  );
}
