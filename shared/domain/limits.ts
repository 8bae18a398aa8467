/**
 * Caps that keep one hostile or mistaken input from freezing the app or bloating the database.
 * They are generous for real playbooks (the canvas is built for 2,000 steps).
 */
export const LIMITS = {
  nameLength: 200,
  titleLength: 300,
  textLength: 20_000,
  listItems: 100,
  stagesPerLane: 100,
  stepsPerPlaybook: 10_000,
  linksPerPlaybook: 40_000,
  assumptionsPerPlaybook: 1_000,
  criteriaPerOwner: 100,
} as const;
