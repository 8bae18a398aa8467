/** When an export was made: a Date or an ISO string, as the caller's clock gives it. */
export type ExportTime = Date | string;

/** The instant as a Date; refuses a value that names no instant rather than printing "Invalid Date". */
export function instantOf(time: ExportTime): Date {
  const date = typeof time === 'string' ? new Date(time) : time;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date and time: ${String(time)}`);
  return date;
}

/** The UTC day of an export time, "2025-03-01". */
export const exportDay = (time: ExportTime) => instantOf(time).toISOString().slice(0, 10);
