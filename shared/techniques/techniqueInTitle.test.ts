import { describe, expect, it } from 'vitest';
import { techniqueInTitle, techniqueLabel } from './techniqueInTitle';
import { FRAMEWORKS } from './vocabulary';

const named = (title: string) => {
  const match = techniqueInTitle(title);
  return match && { label: techniqueLabel(match), bare: match.bareLabel };
};

describe('techniqueInTitle: titles that name a framework', () => {
  it.each([
    ['Run MEDDIC', 'MEDDIC'],
    ['Do a meddpicc review', 'MEDDPICC'],
    ['MEDDICC scorecard', 'MEDDICC'],
    ['SPIN discovery call', 'SPIN'],
    ['Spin selling discovery', 'SPIN'],
    ['Challenger teach pitch', 'Challenger'],
    ['Deliver the Challenger Sale insight', 'Challenger'],
    ['Sandler pre-call plan', 'Sandler'],
    ['Qualify with BANT', 'BANT'],
    ['bant check', 'BANT'],
    ['Apply command of the message', 'Command of the Message'],
    ['Command of Message workshop', 'Command of the Message'],
    ['Solution selling discovery', 'Solution Selling'],
    ['Value Selling workshop', 'Value Selling'],
    ['gap selling interview', 'Gap Selling'],
    ['SNAP check', 'SNAP Selling'],
    ['Snap selling follow-up', 'SNAP Selling'],
    ['NEAT qualification', 'NEAT'],
    ['CHAMP call', 'CHAMP'],
    ['ANUM check', 'ANUM'],
    ['GPCTBA/C&I interview', 'GPCTBA/C&I'],
    ['Miller Heiman blue sheet', 'Miller Heiman'],
    ["MEDDIC's scorecard", 'MEDDIC'],
    // A title in capitals throughout still names what is no everyday word.
    ['RUN MEDDPICC QUALIFICATION', 'MEDDPICC'],
    ['USE SPIN SELLING', 'SPIN'],
  ])('"%s" names %s', (title, framework) => {
    expect(named(title)).toEqual({ label: framework, bare: false });
  });

  it.each([
    ['MEDDPICC: Champion', 'MEDDPICC: Champion'],
    ['Champion (MEDDPICC)', 'MEDDPICC: Champion'],
    ['Identify the economic buyer (MEDDIC)', 'MEDDIC: Economic buyer'],
    ['MEDDPICC paper process', 'MEDDPICC: Paper process'],
    ['MEDDPICC – implicate the pain', 'MEDDPICC: Identify pain'],
    ['BANT: Budget', 'BANT: Budget'],
    ['BANT timeline check', 'BANT: Timing'],
    ['SPIN implication questions', 'SPIN: Implication questions'],
  ])('"%s" names the part %s', (title, label) => {
    expect(named(title)).toEqual({ label, bare: false });
  });
});

describe('techniqueInTitle: titles that are nothing but a part of a framework', () => {
  it.each([
    ['Champion', 'MEDDPICC: Champion'],
    ['champion', 'MEDDPICC: Champion'],
    ['Metrics', 'MEDDPICC: Metrics'],
    ['Economic buyer', 'MEDDPICC: Economic buyer'],
    ['Decision criteria', 'MEDDPICC: Decision criteria'],
    ['  Decision   process. ', 'MEDDPICC: Decision process'],
    ['Paper process', 'MEDDPICC: Paper process'],
    ['Identify pain', 'MEDDPICC: Identify pain'],
    ['Competition', 'MEDDPICC: Competition'],
    ['Implication questions', 'SPIN: Implication questions'],
    ['Pain funnel', 'Sandler: Pain funnel'],
  ])('"%s" is %s', (title, label) => {
    expect(named(title)).toEqual({ label, bare: true });
  });
});

describe('techniqueInTitle: steps that only mention such words', () => {
  it.each([
    'Spinning up a pilot',
    'Spin up the sandbox',
    'SPIN UP A PILOT ENVIRONMENT',
    'Bantam order',
    'Co-build business case',
    'Shortlist vendors',
    'Agree a mutual plan',
    'Identify the decision makers',
    'Agree on metrics',
    'Qualify metrics',
    'Agree success metrics with the champion',
    'Equip the champion to sell internally',
    'Confirm the decision and paper process',
    'Agree decision criteria and the approval process',
    'Identify pain points with operations',
    'Set a budget range',
    'Budget',
    'Need',
    'Timeline',
    'Run a gap analysis',
    'GAP analysis',
    'A neat handover to support',
    'Snap decision on pricing',
    'Beat the challenger vendor',
    'Challengers shortlisted',
    'Command the message in the room',
    'Championship kickoff',
    'MEDDPICCs',
  ])('"%s" is a step, not a technique', (title) => {
    expect(named(title)).toBeNull();
  });
});

describe('the vocabulary', () => {
  it('covers the frameworks the analysis promises, each spelled once', () => {
    const names = FRAMEWORKS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['MEDDIC', 'MEDDPICC', 'BANT', 'SPIN', 'Challenger', 'Sandler', 'Solution Selling', 'Command of the Message', 'Value Selling', 'Gap Selling', 'SNAP Selling', 'NEAT']) {
      expect(names).toContain(name);
    }
  });
});
