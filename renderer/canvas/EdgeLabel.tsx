import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

type Box = { x: number; y: number; width: number; height: number };

/**
 * The size of each label's text, measured once per text. Links carry a handful of different labels
 * ("supports", "verifies"), so one measurement serves them all; measuring every label in the page
 * (as React Flow's own edge label does) forced a layout per link when a large playbook opened.
 */
const measured = new Map<string, Box>();

/** Forgets the measurements, for tests that change fonts between renders. */
export function forgetLabelSizes() {
  measured.clear();
}

/**
 * A link's label on its own background, centred on (x, y): the same elements and classes as React
 * Flow's edge label, so styles and tests read it the same way.
 */
export function EdgeLabel({ x, y, text, padding = [3, 1], radius = 3 }: { x: number; y: number; text: string; padding?: [number, number]; radius?: number }): ReactNode {
  const [box, setBox] = useState(() => measured.get(text));
  const textRef = useRef<SVGTextElement>(null);

  useLayoutEffect(() => {
    const known = measured.get(text);
    if (known) {
      if (known !== box) setBox(known);
      return;
    }
    if (!textRef.current) return;
    const { x: bx, y: by, width, height } = textRef.current.getBBox();
    // An element not laid out (a hidden canvas) measures 0 wide: measure again when it shows.
    if (width === 0) return;
    const fresh = { x: bx, y: by, width, height };
    measured.set(text, fresh);
    setBox(fresh);
  }, [text, box]);

  const size = box ?? { x: 0, y: 0, width: 0, height: 0 };
  return (
    <g
      className="react-flow__edge-textwrapper"
      transform={`translate(${x - size.width / 2} ${y - size.height / 2})`}
      visibility={box ? 'visible' : 'hidden'}
    >
      <rect
        className="react-flow__edge-textbg"
        x={-padding[0]}
        y={-padding[1]}
        width={size.width + 2 * padding[0]}
        height={size.height + 2 * padding[1]}
        rx={radius}
        ry={radius}
      />
      <text ref={textRef} className="react-flow__edge-text" y={size.height / 2} dy="0.3em">
        {text}
      </text>
    </g>
  );
}
