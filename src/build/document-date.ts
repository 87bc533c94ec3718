/**
 * The date written into the PPTX document properties. It must not come from the
 * clock, or two builds of the same input would differ: the deck's own `date`
 * (when it is an ISO date), else `SOURCE_DATE_EPOCH` (seconds, the reproducible
 * builds convention), else the fallback the caller passes.
 *
 * @param deckDate front matter `date`, as written
 * @param sourceDateEpoch the environment's `SOURCE_DATE_EPOCH`, parsed, or `null`
 * @param fallback used when neither gives a date (the CLI passes the build time)
 */
export function documentDate(deckDate: string | null, sourceDateEpoch: number | null, fallback: Date): Date {
  if (deckDate !== null && /^\d{4}-\d{2}-\d{2}/.test(deckDate)) {
    const parsed = new Date(deckDate.length === 10 ? `${deckDate}T00:00:00Z` : deckDate)
    if (!Number.isNaN(parsed.getTime())) return parsed
  }
  if (sourceDateEpoch !== null && Number.isFinite(sourceDateEpoch)) return new Date(sourceDateEpoch * 1000)
  return fallback
}
