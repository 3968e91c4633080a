import { useRef, useState } from 'react';
import { firstEventSnippets } from '../core/first-event.js';

/** How to get a first row for `targetId` onto this server: a curl command, or an OpenTelemetry SDK pointed here. */
export function FirstEvent({ targetId, keyed }: { targetId: string; keyed: boolean }) {
  const { curl, otlp } = firstEventSnippets(window.location.origin, targetId, keyed);
  return (
    <div className="first-event">
      <Snippet title="Send one event with curl:" text={curl} testId="snippet-curl" />
      <Snippet
        title={`Or point a service instrumented with OpenTelemetry here (its spans show up as target "${targetId}", one row per span name):`}
        text={otlp}
        testId="snippet-otlp"
      />
    </div>
  );
}

function Snippet({ title, text, testId }: { title: string; text: string; testId: string }) {
  const pre = useRef<HTMLPreElement>(null);
  const [note, setNote] = useState('');
  const copy = () => {
    // The clipboard API needs a secure context (https or localhost); elsewhere the text is selected for Ctrl+C.
    const select = () => {
      if (pre.current) window.getSelection()?.selectAllChildren(pre.current);
      setNote('Selected: press Ctrl+C to copy');
    };
    if (navigator.clipboard === undefined) return select();
    navigator.clipboard.writeText(text).then(() => setNote('Copied'), select);
  };
  return (
    <div className="snippet">
      <div className="snippet-head">
        <span>{title}</span>
        <button type="button" className="btn subtle" onClick={copy}>
          Copy
        </button>
        <span className="muted" role="status">
          {note}
        </span>
      </div>
      <pre ref={pre} data-testid={testId}>
        {text}
      </pre>
    </div>
  );
}
