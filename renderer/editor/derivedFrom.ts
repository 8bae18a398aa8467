const UNSET = Symbol('unset');

/**
 * A store selector that derives its answer from one part of the store and works it out again only
 * when that part is a new object. zustand runs every subscribed selector on every store update (a
 * save's pending count, a selection) and a drop makes several: a selector that walks 3,000 links or
 * 2,000 steps would walk them on each. Make one per component (useMemo) when it takes an argument.
 */
export function derivedFrom<S, P, R>(pick: (state: S) => P, derive: (part: P) => R): (state: S) => R {
  let seen: P | typeof UNSET = UNSET;
  let answer: R;
  return (state) => {
    const part = pick(state);
    if (part !== seen) {
      answer = derive(part);
      seen = part;
    }
    return answer;
  };
}
