// Calendar dates written YYYY-MM-DD: the schema checks the shape, this checks the calendar.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a YYYY-MM-DD string names no real day, or undefined when it does. */
export function calendarDateProblem(text: string): string | undefined {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (match === null) return 'is not written YYYY-MM-DD';
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return `is not a real date: there is no month ${match[2]}`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `is not a real date: ${MONTHS[month - 1]} ${year} has ${last} days`;
  }
  return undefined;
}
