/**
 * A small strict iCalendar reader for tests: checks the physical lines (CRLF only, at most 75
 * octets, no control characters), unfolds, and returns the components with their properties.
 */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

export function physicalLines(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error('iCalendar: the last line must end with CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    if (/[\r\n]/.test(line)) throw new Error(`iCalendar: bare CR or LF in ${JSON.stringify(line)}`);
    if (new TextEncoder().encode(line).length > 75) throw new Error(`iCalendar: line longer than 75 octets: ${line}`);
    if (/\p{Cc}/u.test(line)) throw new Error(`iCalendar: control character in ${JSON.stringify(line)}`);
  }
  return lines;
}

export function unfold(text: string): string[] {
  const out: string[] = [];
  for (const line of physicalLines(text)) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (out.length === 0) throw new Error('iCalendar: continuation before any line');
      out[out.length - 1] += line.slice(1);
    } else out.push(line);
  }
  return out;
}

/** RFC 5545 §3.3.11 TEXT, decoded; throws on a backslash that escapes nothing it may. */
export function unescapeText(value: string): string {
  return value.replace(/\\(.)|\\$/g, (whole, c: string | undefined) => {
    if (c === 'n' || c === 'N') return '\n';
    if (c === '\\' || c === ';' || c === ',') return c;
    throw new Error(`iCalendar: bad escape ${whole} in ${value}`);
  });
}

function parseProperty(line: string): IcsProperty {
  // Parameters may hold quoted strings with ":"; this writer never quotes, so the first ":" ends them.
  const colon = line.indexOf(':');
  if (colon < 1) throw new Error(`iCalendar: no value in ${line}`);
  const [name, ...params] = line.slice(0, colon).split(';');
  return {
    name: name!,
    params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
    value: line.slice(colon + 1),
  };
}

export function parseIcs(text: string): IcsComponent {
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of unfold(text)) {
    const property = parseProperty(line);
    if (property.name === 'BEGIN') {
      const component: IcsComponent = { name: property.value, properties: [], components: [] };
      if (stack.length) stack[stack.length - 1]!.components.push(component);
      else if (root) throw new Error('iCalendar: more than one top-level component');
      else root = component;
      stack.push(component);
    } else if (property.name === 'END') {
      if (stack.pop()?.name !== property.value) throw new Error(`iCalendar: END:${property.value} does not close what is open`);
    } else {
      if (!stack.length) throw new Error(`iCalendar: ${property.name} outside any component`);
      stack[stack.length - 1]!.properties.push(property);
    }
  }
  if (!root || stack.length) throw new Error('iCalendar: unbalanced BEGIN/END');
  return root;
}

/** The one property of that name; throws when there is none or several. */
export function one(component: IcsComponent, name: string): IcsProperty {
  const found = component.properties.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`iCalendar: ${found.length} ${name} in ${component.name}`);
  return found[0]!;
}
