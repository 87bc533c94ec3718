import type { Element } from 'xast'
import { x } from 'xastscript'
import type { ClickTarget } from '../plan/clicks.js'

/** The effect's target: a shape's id, and the paragraph of it (null: the whole shape). */
export interface EffectTarget {
  spid: string
  paragraph: number | null
}

/** PowerPoint's catalogue numbers of an effect, so its Animation Pane names it, and what it does. */
interface Preset {
  id: string
  presetClass: 'entr' | 'exit' | 'emph'
  subtype: string
  behaviours: Element[]
}

/** How long a moving effect takes, in ms (PowerPoint's default "Medium" is 500). */
const DURATION = '500'

/**
 * One click effect as PowerPoint writes it: a `p:par` whose `p:cTn` names
 * the preset (`presetID`, `presetClass`, `presetSubtype`) and holds its
 * behaviours, on the click (`first`) or with the click's first effect.
 * The behaviours are those PowerPoint writes for "Appear", "Fade",
 * "Float In" (up, or down for `from: 'above'`), "Zoom", the "Fade" exit,
 * "Grow/Shrink", "Transparency" and "Font Color".
 *
 * @param next hands out the slide's next time-node id
 */
export function clickEffect(effect: ClickTarget['effect'], target: EffectTarget, first: boolean, next: () => string): Element {
  const id = next()
  const preset = presetOf(effect, target, next)
  const node = { id, presetID: preset.id, presetClass: preset.presetClass, presetSubtype: preset.subtype, fill: 'hold', grpId: '0', nodeType: first ? 'clickEffect' : 'withEffect' }
  return x('p:par', [x('p:cTn', node, [x('p:stCondLst', [x('p:cond', { delay: '0' })]), x('p:childTnLst', preset.behaviours)])])
}

function presetOf(effect: ClickTarget['effect'], target: EffectTarget, next: () => string): Preset {
  const show = (): Element => visibility('visible', '0', target, next)
  switch (effect.type) {
    case 'appear':
      return { id: '1', presetClass: 'entr', subtype: '0', behaviours: [show()] }
    case 'fade':
      return { id: '10', presetClass: 'entr', subtype: '0', behaviours: [show(), fadeFilter('in', target, next)] }
    case 'float': {
      // "Float In" rises a tenth of the slide into place as it fades in; "Float Down" sinks into place.
      const from = effect.from === 'below' ? '#ppt_y+.1' : '#ppt_y-.1'
      const behaviours = [show(), fadeFilter('in', target, next), animate('ppt_x', '#ppt_x', '#ppt_x', target, next), animate('ppt_y', from, '#ppt_y', target, next)]
      return { id: effect.from === 'below' ? '42' : '47', presetClass: 'entr', subtype: '0', behaviours }
    }
    case 'zoom':
      return {
        id: '53',
        presetClass: 'entr',
        subtype: '16',
        behaviours: [show(), animate('ppt_w', '0', '#ppt_w', target, next), animate('ppt_h', '0', '#ppt_h', target, next), fadeFilter('in', target, next)],
      }
    case 'fade-out':
      return { id: '10', presetClass: 'exit', subtype: '0', behaviours: [fadeFilter('out', target, next), visibility('hidden', String(Number(DURATION) - 1), target, next)] }
    case 'scale': {
      const by = String(Math.round(effect.by * 100000))
      return { id: '6', presetClass: 'emph', subtype: '0', behaviours: [x('p:animScale', [behaviour(target, next, { dur: DURATION, fill: 'hold' }), x('p:by', { x: by, y: by })])] }
    }
    case 'transparency': {
      const opacity = String(effect.opacity)
      return {
        id: '9',
        presetClass: 'emph',
        subtype: '0',
        behaviours: [
          x('p:set', [behaviour(target, next, { dur: 'indefinite' }, 'style.opacity'), x('p:to', [x('p:strVal', { val: opacity })])]),
          x('p:animEffect', { filter: 'image', prLst: `opacity: ${opacity}` }, [behaviour(target, next, { dur: 'indefinite' }, undefined, { rctx: 'IE' })]),
        ],
      }
    }
    case 'font-color':
      return {
        id: '3',
        presetClass: 'emph',
        subtype: '0',
        behaviours: [
          x('p:animClr', { clrSpc: 'rgb', dir: 'cw' }, [
            behaviour(target, next, { dur: DURATION, fill: 'hold' }, 'style.color', { override: 'childStyle' }),
            x('p:to', [x('a:srgbClr', { val: effect.color })]),
          ]),
        ],
      }
  }
}

/** `p:cBhvr`: the behaviour's timing, its target, and the property it changes (if any). */
function behaviour(target: EffectTarget, next: () => string, timing: Record<string, string>, attribute?: string, options: Record<string, string> = {}, delay?: string): Element {
  const condition = delay === undefined ? [] : [x('p:stCondLst', [x('p:cond', { delay })])]
  const element = target.paragraph === null ? [] : [x('p:txEl', [x('p:pRg', { st: String(target.paragraph), end: String(target.paragraph) })])]
  return x('p:cBhvr', options, [
    x('p:cTn', { id: next(), ...timing }, condition),
    x('p:tgtEl', [x('p:spTgt', { spid: target.spid }, element)]),
    ...(attribute === undefined ? [] : [x('p:attrNameLst', [x('p:attrName', attribute)])]),
  ])
}

/** Shows or hides the target at `delay` ms into the effect. */
function visibility(value: 'visible' | 'hidden', delay: string, target: EffectTarget, next: () => string): Element {
  return x('p:set', [behaviour(target, next, { dur: '1', fill: 'hold' }, 'style.visibility', {}, delay), x('p:to', [x('p:strVal', { val: value })])])
}

/** Fades the target in or out. */
function fadeFilter(transition: 'in' | 'out', target: EffectTarget, next: () => string): Element {
  return x('p:animEffect', { transition, filter: 'fade' }, [behaviour(target, next, { dur: DURATION })])
}

/** Moves or sizes the target from one of PowerPoint's formulas to another. */
function animate(attribute: string, from: string, to: string, target: EffectTarget, next: () => string): Element {
  const value = (tm: string, val: string): Element => x('p:tav', { tm }, [x('p:val', [x('p:strVal', { val })])])
  return x('p:anim', { calcmode: 'lin', valueType: 'num' }, [
    behaviour(target, next, { dur: DURATION, fill: 'hold' }, attribute, { additive: 'base' }),
    x('p:tavLst', [value('0', from), value('100000', to)]),
  ])
}
