/**
 * What an accuracy lift is worth per month: the lift in points (a proportion x 100) times the
 * configured value of one point per month.
 */
export function monthlyValue(liftProportion: number, valuePerPointPerMonth: number): number {
  return liftProportion * 100 * valuePerPointPerMonth;
}
