import { escapeHtml, escapeMarkdownBlock, escapeMarkdownInline, userHtml } from '../export/escape';
import type { Note, NoteContext, NoteKind, NoteTarget } from './notes';

const KIND_WORD: Record<NoteKind, string> = { comment: 'Comment', question: 'Question', approve: 'Approval', flag: 'Flag' };

/** What a note is about, in words, from the document it travels with. */
export function describeNoteTarget(target: NoteTarget, { playbook, plan }: NoteContext): string {
  switch (target.kind) {
    case 'step': {
      const own = plan?.steps.find((s) => s.id === target.id);
      const title = own?.title ?? playbook.steps.find((s) => s.id === target.id)?.title;
      return title === undefined ? 'A step no longer here' : `Step “${title.trim() || 'Untitled step'}”`;
    }
    case 'stage': {
      const stage = playbook.stages.find((s) => s.id === target.id);
      return stage ? `Stage “${stage.name}”` : 'A stage no longer here';
    }
    case 'link': {
      const link = playbook.links.find((l) => l.id === target.id);
      const title = (id: string) => playbook.steps.find((s) => s.id === id)?.title ?? '?';
      return link ? `Link “${title(link.sourceId)}” → “${title(link.targetId)}”` : 'A link no longer here';
    }
    case 'stakeholder':
      return plan?.stakeholders.find((p) => p.id === target.id)?.name ?? 'Someone no longer on the committee';
    case 'plan':
      return 'The deal';
    case 'file':
      return plan ? 'The whole plan' : 'The whole playbook';
  }
}

/** Open notes first, each with its replies; resolved ones after, so a reader sees what is pending. */
function threads(notes: readonly Note[]): Array<{ note: Note; replies: Note[] }> {
  const top = notes.filter((n) => n.parentId === null);
  const ordered = [...top.filter((n) => !n.resolved), ...top.filter((n) => n.resolved)];
  return ordered.map((note) => ({ note, replies: notes.filter((n) => n.parentId === note.id) }));
}

const headline = (notes: readonly Note[]) => {
  const top = notes.filter((n) => n.parentId === null);
  const open = top.filter((n) => !n.resolved).length;
  return `${top.length} note${top.length === 1 ? '' : 's'}, ${open} open`;
};

/** The review notes as a section of an HTML review document; empty when there are none. */
export function notesHtmlSection(notes: readonly Note[], context: NoteContext): string {
  if (notes.length === 0) return '';
  const who = (n: Note) => `${userHtml(n.author || 'Someone')} · ${escapeHtml(n.createdAt.slice(0, 10))}`;
  const items = threads(notes).map(({ note, replies }) =>
    [
      `<li class="review-note${note.resolved ? ' is-resolved' : ''}">`,
      `<p><strong>${escapeHtml(KIND_WORD[note.kind])}</strong>${note.resolved ? ' (resolved)' : ''} on ${userHtml(describeNoteTarget(note.target, context))} — ${who(note)}</p>`,
      `<p class="note-text">${userHtml(note.text)}</p>`,
      replies.length ? `<ul>${replies.map((r) => `<li><p>${who(r)}</p><p class="note-text">${userHtml(r.text)}</p></li>`).join('')}</ul>` : '',
      '</li>',
    ].join(''),
  );
  return `<section class="review-notes" aria-labelledby="review-notes"><h2 id="review-notes">Review notes</h2><p>${escapeHtml(headline(notes))}</p><ol>${items.join('')}</ol></section>`;
}

/** The review notes as a Markdown section; empty when there are none. */
export function notesMarkdownSection(notes: readonly Note[], context: NoteContext): string {
  if (notes.length === 0) return '';
  const out = ['## Review notes', '', headline(notes), ''];
  for (const { note, replies } of threads(notes)) {
    const status = note.resolved ? ' (resolved)' : '';
    out.push(`- **${KIND_WORD[note.kind]}**${status} on ${escapeMarkdownInline(describeNoteTarget(note.target, context))} — ${escapeMarkdownInline(note.author || 'Someone')}, ${note.createdAt.slice(0, 10)}`);
    out.push(escapeMarkdownBlock(note.text, '  '));
    for (const reply of replies) out.push(`  - ${escapeMarkdownInline(reply.author || 'Someone')}, ${reply.createdAt.slice(0, 10)}:`, escapeMarkdownBlock(reply.text, '    '));
  }
  return `${out.join('\n')}\n`;
}

/** Adds the section before the document's footer (or its end); documents without notes come out unchanged. */
export function withNotesHtml(html: string, notes: readonly Note[], context: NoteContext): string {
  const section = notesHtmlSection(notes, context);
  const footer = html.lastIndexOf('<footer');
  const end = footer >= 0 ? footer : html.lastIndexOf('</body>');
  return section && end >= 0 ? `${html.slice(0, end)}${section}\n${html.slice(end)}` : html;
}

export function withNotesMarkdown(markdown: string, notes: readonly Note[], context: NoteContext): string {
  const section = notesMarkdownSection(notes, context);
  return section ? `${markdown.trimEnd()}\n\n${section}` : markdown;
}
