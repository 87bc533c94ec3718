/** A slide title short enough for one message line (a 5,000-character heading would drown the report). */
export function clip(title: string): string {
  const chars = [...title]
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : title
}
