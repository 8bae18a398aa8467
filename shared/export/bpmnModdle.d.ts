/**
 * bpmn-moddle ships types for its model (bpmn-moddle/types) but none for its entry point; the
 * BPMN export's test parses with it. Only what that test uses is declared.
 */
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    $type: string;
    id?: string;
    name?: string;
    [property: string]: unknown;
  }

  export interface ParseWarning {
    message: string;
  }

  export interface ParseResult {
    rootElement: ModdleElement;
    warnings: ParseWarning[];
    elementsById: Record<string, ModdleElement>;
  }

  /** bpmn-moddle 10 exports it by name; there is no default export. */
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
  }
}
