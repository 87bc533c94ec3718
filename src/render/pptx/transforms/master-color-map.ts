import type { ElementTransform } from '../part-transforms.js'

/**
 * The master's colour map: light themes map background 1 / text 1 to `lt1` /
 * `dk1` (Office's default); dark themes map them to `dk1` / `lt1`, so text a
 * user adds with default formatting is light on the dark background.
 */
export const masterColorMap: ElementTransform = {
  type: 'elements',
  name: 'master-color-map',
  appliesTo: (path) => /^ppt\/slideMasters\/[^/]+\.xml$/.test(path),
  names: ['p:clrMap'],
  start({ scheme }) {
    const dark = scheme.dark
    return {
      visit(map) {
        Object.assign(map.attributes, dark ? { bg1: 'dk1', tx1: 'lt1', bg2: 'dk2', tx2: 'lt2' } : { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' })
      },
    }
  },
}
