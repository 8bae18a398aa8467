import type { PlaybookDoc } from './playbook';

/**
 * The id an element of a new playbook version gets, computed from the new version's id and the
 * id the element had in its parent. Ids are primary keys across the whole database, so a version
 * cannot reuse its parent's; deriving them instead lets any two files be matched later (compare)
 * without a mapping stored anywhere: knowing both versions' ids is enough.
 */
export function versionElementId(versionId: string, parentElementId: string): string {
  const [a, b, c, d] = hash128(`${versionId}\u0000${parentElementId}`);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  const all = hex(a) + hex(b) + hex(c) + hex(d);
  return `${all.slice(0, 8)}-${all.slice(8, 12)}-${all.slice(12, 16)}-${all.slice(16, 20)}-${all.slice(20)}`;
}

/** Old → new ids for every stage, step, criterion, link and assumption of `doc` in version `versionId`. */
export function versionIdMap(doc: PlaybookDoc, versionId: string): Map<string, string> {
  const ids = new Map<string, string>([[doc.playbook.id, versionId]]);
  const add = (id: string) => ids.set(id, versionElementId(versionId, id));
  for (const stage of doc.stages) {
    add(stage.id);
    stage.exitCriteria.forEach((c) => add(c.id));
  }
  for (const step of doc.steps) {
    add(step.id);
    step.exitCriteria.forEach((c) => add(c.id));
  }
  doc.links.forEach((l) => add(l.id));
  doc.assumptions.forEach((a) => add(a.id));
  return ids;
}

/**
 * A 128-bit non-cryptographic hash (cyrb128). Collisions only matter within one version, whose
 * id is random, so an accidental one among a playbook's few thousand elements is not a concern;
 * the database's primary keys would refuse one rather than merge two elements.
 */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
