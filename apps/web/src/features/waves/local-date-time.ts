/** A `datetime-local` input's value (the browser's time zone) as an ISO timestamp with offset. */
export function localDateTimeToIso(value: string): string {
  return new Date(value).toISOString();
}

/** A date input's value (`2027-01-31`) as the end of that day in the browser's time zone, ISO. */
export function endOfLocalDayIso(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, 23, 59, 59).toISOString();
}
