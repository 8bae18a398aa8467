const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes a path the way a person would type it into a JSON viewer: `playbook.steps[3].title`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      if (IDENTIFIER.test(name)) out += out ? `.${name}` : name;
      else out += `[${JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name)}]`;
    }
  }
  return out || '(top level)';
}
