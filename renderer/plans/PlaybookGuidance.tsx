import type { Step } from '../../shared/domain/playbook';

/**
 * What the playbook says about a step, for the rep doing it: why it matters, who does it, the
 * techniques that help and the content to use. Read-only here; links show as text with their
 * address, so nothing opens from a plan by accident.
 */
export function PlaybookGuidance({ source }: { source: Step }) {
  const facts = [source.required ? 'Required' : null, source.expectedDays !== null ? `about ${source.expectedDays} days` : null, source.roles.length ? source.roles.join(', ') : null].filter(Boolean);
  if (!source.description && !facts.length && !source.techniques.length && !source.contentLinks.length) return null;
  return (
    <details className="guidance" open>
      <summary>From the playbook</summary>
      {facts.length > 0 && <p className="muted">{facts.join(' · ')}</p>}
      {source.description && <p className="muted plan-step-description">{source.description}</p>}
      {source.techniques.length > 0 && (
        <p className="muted">
          Techniques: {source.techniques.map((t) => [t.framework, t.name].filter(Boolean).join(': ')).join('; ')}
        </p>
      )}
      {source.contentLinks.length > 0 && (
        <ul className="step-refs">
          {source.contentLinks.map((link, i) => (
            <li key={i} className="muted">
              {link.label || 'Content'} — <span className="link-preview">{link.url}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
