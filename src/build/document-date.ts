/**
 * The date written when neither the deck nor the environment gives one:
 * 1980-01-01, the earliest date a zip entry can hold. Fixed, never the clock,
 * so that two builds of the same input are byte-identical.
 */
export const undatedDocumentDate = new Date(Date.UTC(1980, 0, 1))

/**
 * The date written into the PPTX document properties (and its zip entries):
 * the deck's own `date` when it is an ISO date, else `SOURCE_DATE_EPOCH`
 * (seconds, the reproducible-builds convention), else `undatedDocumentDate`.
 *
 * @param deckDate front matter `date`, as written
 * @param sourceDateEpoch the environment's `SOURCE_DATE_EPOCH`, parsed, or `null`
 */
export function documentDate(deckDate: string | null, sourceDateEpoch: number | null): Date {
  if (deckDate !== null && /^\d{4}-\d{2}-\d{2}/.test(deckDate)) {
    const parsed = new Date(deckDate.length === 10 ? `${deckDate}T00:00:00Z` : deckDate)
    if (!Number.isNaN(parsed.getTime())) return parsed
  }
  if (sourceDateEpoch !== null && Number.isFinite(sourceDateEpoch)) return new Date(sourceDateEpoch * 1000)
  return undatedDocumentDate
}

/**
 * The date Quarto's `date: today` and `last-modified` stand for, as
 * `YYYY-MM-DD` (UTC): `SOURCE_DATE_EPOCH` if set (reproducible builds), else
 * the content file's own modification time; never the clock, so rebuilding an
 * unchanged file gives the same bytes.
 *
 * @param sourceDateEpoch the environment's `SOURCE_DATE_EPOCH`, parsed, or `null`
 * @param fileModified the content file's modification time in seconds, or `null`
 * @returns the date, or `null` when neither is known
 */
export function buildDateOf(sourceDateEpoch: number | null, fileModified: number | null): string | null {
  const seconds = sourceDateEpoch !== null && Number.isFinite(sourceDateEpoch) ? sourceDateEpoch : fileModified
  if (seconds === null || !Number.isFinite(seconds)) return null
  const date = new Date(seconds * 1000)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}
