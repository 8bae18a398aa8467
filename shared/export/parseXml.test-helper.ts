/**
 * Parses XML with the DOMParser of the test's jsdom environment and fails on any well-formedness
 * error, so export tests check the real output rather than string patterns alone.
 */
export function parseXml(xml: string, type: DOMParserSupportedType = 'application/xml'): Element {
  const doc = new DOMParser().parseFromString(xml, type);
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc.documentElement;
}
