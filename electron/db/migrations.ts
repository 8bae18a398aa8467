/**
 * Numbered schema migrations. Append only: a migration that has shipped is never edited, and
 * ids go up by exactly one. The `migrations` table records which ones a database has applied.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'playbooks',
    sql: `
      CREATE TABLE playbooks (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        motion TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
        parent_id TEXT REFERENCES playbooks(id) ON DELETE SET NULL,
        template_id TEXT,
        viewport TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE stages (
        id TEXT PRIMARY KEY,
        playbook_id TEXT NOT NULL REFERENCES playbooks(id) ON DELETE CASCADE,
        lane TEXT NOT NULL CHECK (lane IN ('buyer', 'seller')),
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        width REAL NOT NULL,
        expected_days INTEGER,
        always_on INTEGER NOT NULL DEFAULT 0,
        revisitable INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX stages_by_playbook ON stages(playbook_id, lane, position);

      CREATE TABLE steps (
        id TEXT PRIMARY KEY,
        playbook_id TEXT NOT NULL REFERENCES playbooks(id) ON DELETE CASCADE,
        stage_id TEXT NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        required INTEGER NOT NULL DEFAULT 0,
        expected_days INTEGER,
        roles TEXT NOT NULL DEFAULT '[]',
        techniques TEXT NOT NULL DEFAULT '[]',
        content_links TEXT NOT NULL DEFAULT '[]',
        x REAL NOT NULL,
        y REAL NOT NULL
      );
      CREATE INDEX steps_by_playbook ON steps(playbook_id);
      CREATE INDEX steps_by_stage ON steps(stage_id);

      -- Exit criteria belong to exactly one stage or one step.
      CREATE TABLE exit_criteria (
        id TEXT PRIMARY KEY,
        playbook_id TEXT NOT NULL REFERENCES playbooks(id) ON DELETE CASCADE,
        stage_id TEXT REFERENCES stages(id) ON DELETE CASCADE,
        step_id TEXT REFERENCES steps(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        statement TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (actor IN ('buyer', 'seller')),
        CHECK ((stage_id IS NULL) <> (step_id IS NULL))
      );
      CREATE INDEX criteria_by_playbook ON exit_criteria(playbook_id);

      CREATE TABLE links (
        id TEXT PRIMARY KEY,
        playbook_id TEXT NOT NULL REFERENCES playbooks(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('sequence', 'mirror')),
        source_id TEXT NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
        target_id TEXT NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
        relation TEXT CHECK (relation IN ('supports', 'verifies')),
        rationale TEXT NOT NULL DEFAULT '',
        CHECK (source_id <> target_id),
        UNIQUE (kind, source_id, target_id)
      );
      CREATE INDEX links_by_playbook ON links(playbook_id);

      CREATE TABLE assumptions (
        id TEXT PRIMARY KEY,
        playbook_id TEXT NOT NULL REFERENCES playbooks(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        statement TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        confidence TEXT NOT NULL CHECK (confidence IN ('low', 'medium', 'high')),
        last_validated_at TEXT,
        revalidate_every_days INTEGER NOT NULL
      );
      CREATE INDEX assumptions_by_playbook ON assumptions(playbook_id);
    `,
  },
  {
    id: 2,
    name: 'link-and-criteria-indexes',
    // Deleting a step cascades to its links and criteria; without these, each delete scans every
    // playbook's links, and an undo (which rewrites a playbook) takes seconds on a large one.
    sql: `
      CREATE INDEX links_by_source ON links(source_id);
      CREATE INDEX links_by_target ON links(target_id);
      CREATE INDEX criteria_by_step ON exit_criteria(step_id);
      CREATE INDEX criteria_by_stage ON exit_criteria(stage_id);
    `,
  },
];
