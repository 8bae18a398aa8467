import { describe, expect, it } from 'vitest';
import { mdTable } from './markdownTable';

describe('mdTable', () => {
  it('right-aligns the numeric columns and leaves the others at the default', () => {
    expect(mdTable(['Stage', 'Done', 'Steps'], [['Discover', '1', '3']], [1, 2])).toEqual(['| Stage | Done | Steps |', '| --- | ---: | ---: |', '| Discover | 1 | 3 |']);
  });

  it('aligns nothing when no column is numeric', () => {
    expect(mdTable(['Name', 'Title'], [['Dana', 'CFO'], ['Chris', 'IT lead']])).toEqual(['| Name | Title |', '| --- | --- |', '| Dana | CFO |', '| Chris | IT lead |']);
  });
});
