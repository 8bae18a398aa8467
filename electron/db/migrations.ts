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
  {
    id: 3,
    name: 'deal-plans',
    // A plan pins a playbook version: RESTRICT keeps a used version from being deleted under it.
    // Plan steps refer to the pinned version's stages and steps by id; published versions are
    // frozen, and the service checks those references on every write.
    sql: `
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        playbook_id TEXT NOT NULL REFERENCES playbooks(id) ON DELETE RESTRICT,
        account TEXT NOT NULL,
        opportunity TEXT NOT NULL DEFAULT '',
        value REAL,
        currency TEXT NOT NULL DEFAULT 'EUR',
        target_close_date TEXT,
        rep TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost', 'noDecision')),
        outcome_date TEXT,
        outcome_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX plans_by_playbook ON plans(playbook_id);

      CREATE TABLE plan_steps (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        playbook_step_id TEXT,
        lane TEXT NOT NULL CHECK (lane IN ('buyer', 'seller')),
        stage_id TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('notStarted', 'inProgress', 'done', 'skipped')),
        planned_date TEXT,
        done_date TEXT,
        buyer_owner_id TEXT,
        seller_owner TEXT NOT NULL DEFAULT '',
        stakeholder_ids TEXT NOT NULL DEFAULT '[]',
        evidence TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        x REAL NOT NULL,
        y REAL NOT NULL
      );
      CREATE INDEX plan_steps_by_plan ON plan_steps(plan_id, position);

      CREATE TABLE stakeholders (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        roles TEXT NOT NULL DEFAULT '[]',
        stance TEXT NOT NULL CHECK (stance IN ('mobilizer', 'talker', 'blocker', 'unknown')),
        engagement TEXT NOT NULL CHECK (engagement IN ('none', 'low', 'medium', 'high'))
      );
      CREATE INDEX stakeholders_by_plan ON stakeholders(plan_id, position);

      CREATE TABLE deviations (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('skip', 'add', 'move', 'loopBack')),
        plan_step_id TEXT,
        stage_id TEXT,
        category TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        at TEXT NOT NULL
      );
      CREATE INDEX deviations_by_plan ON deviations(plan_id, position);
    `,
  },
  {
    id: 4,
    name: 'review-notes',
    // An installation id tells this database's files from anyone else's; it is made once, here.
    // Notes belong to one playbook or one plan and go with it when it is deleted. `origins`
    // remembers who a file came from when it was made on another installation (review mode).
    sql: `
      CREATE TABLE preferences (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      INSERT INTO preferences (key, value) VALUES ('installationId', lower(hex(randomblob(16))));

      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        playbook_id TEXT REFERENCES playbooks(id) ON DELETE CASCADE,
        plan_id TEXT REFERENCES plans(id) ON DELETE CASCADE,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('step', 'link', 'stage', 'stakeholder', 'plan', 'file')),
        target_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('comment', 'question', 'approve', 'flag')),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        resolved INTEGER NOT NULL DEFAULT 0,
        parent_id TEXT REFERENCES notes(id) ON DELETE CASCADE,
        CHECK ((playbook_id IS NULL) <> (plan_id IS NULL))
      );
      CREATE INDEX notes_by_playbook ON notes(playbook_id);
      CREATE INDEX notes_by_plan ON notes(plan_id);
      CREATE INDEX notes_by_parent ON notes(parent_id);

      CREATE TABLE origins (
        playbook_id TEXT UNIQUE REFERENCES playbooks(id) ON DELETE CASCADE,
        plan_id TEXT UNIQUE REFERENCES plans(id) ON DELETE CASCADE,
        installation_id TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        exported_at TEXT NOT NULL,
        CHECK ((playbook_id IS NULL) <> (plan_id IS NULL))
      );
    `,
  },
];
