/**
 * Makes XML ids (NCNames) from playbook ids. A playbook id may be anything a file says, while an
 * XML id must start with a letter or "_" and hold only letters, digits, ".", "-" and "_", and
 * must be unique in the document. Each id is a readable prefix plus the sanitised source id,
 * with a counter when two sanitise to the same text; the map keeps one answer per source.
 */
export interface XmlIdAllocator {
  /** The id for (kind, source id), the same every time it is asked. */
  idFor(kind: string, sourceId: string): string;
  /** A fresh id starting with `base`, never equal to one given before. */
  unique(base: string): string;
}

const MAX_LENGTH = 96;

export function createXmlIdAllocator(): XmlIdAllocator {
  const used = new Set<string>();
  const bySource = new Map<string, string>();
  const unique = (base: string): string => {
    let clean = base.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, MAX_LENGTH);
    if (!/^[A-Za-z_]/.test(clean)) clean = `_${clean}`;
    let id = clean;
    for (let i = 2; used.has(id); i++) id = `${clean}_${i}`;
    used.add(id);
    return id;
  };
  return {
    idFor(kind, sourceId) {
      const key = `${kind}\u0000${sourceId}`;
      let id = bySource.get(key);
      if (!id) {
        id = unique(`${kind}_${sourceId}`);
        bySource.set(key, id);
      }
      return id;
    },
    unique,
  };
}
