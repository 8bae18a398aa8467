import { useState } from 'react';
import type { ContentLink } from '../../shared/domain/playbook';
import { isSafeExternalUrl } from '../../shared/file/externalUrl';
import { showError } from '../ui/notices';

interface Props {
  links: ContentLink[];
  /** Gets a function of the links as they are when the change lands. */
  onChange: (update: (current: ContentLink[]) => ContentLink[]) => void;
}

/**
 * Content a step points to (a battlecard, an ROI template). Links are shown as text; only http(s)
 * links can be opened. The page does not ask where a link leads: the app's main process does, in
 * a native dialog naming the host, which a page that misbehaved could neither skip nor click; a
 * second question here would only teach people to click through both.
 */
export function ContentLinksEditor({ links, onChange }: Props) {
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const add = () => {
    if (!url.trim()) return;
    const entry = { label: label.trim(), url: url.trim() };
    onChange((current) => [...current, entry]);
    setLabel('');
    setUrl('');
  };
  const open = async (target: string) => {
    try {
      await window.api.openExternalLink({ url: target });
    } catch (error) {
      showError(error);
    }
  };
  return (
    <fieldset>
      <legend>Content</legend>
      <ul className="links">
        {links.map((link, i) => (
          <li key={`${link.url}-${i}`}>
            <span>
              {link.label || link.url}
              {link.label && <span className="muted"> {link.url}</span>}
            </span>
            <span className="row">
              {isSafeExternalUrl(link.url) && (
                <button type="button" aria-label={`Open ${link.label || link.url}`} onClick={() => void open(link.url)}>
                  Open
                </button>
              )}
              <button type="button" aria-label={`Remove content ${link.label || link.url}`} onClick={() => onChange((current) => current.filter((_, j) => j !== i))}>
                ×
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="row">
        <input aria-label="Content label" placeholder="ROI calculator" value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
        <input aria-label="Content address (https://…)" placeholder="https://…" value={url} maxLength={2000} onChange={(e) => setUrl(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
        <button type="button" onClick={add} disabled={!url.trim()}>
          Add content
        </button>
      </div>
    </fieldset>
  );
}
