import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types'

const backslash = 92
const leftParen = 40
const rightParen = 41
const leftBracket = 91
const rightBracket = 93

/** Whether `code` ends a line (micromark's line-ending codes are negative: -5, -4, -3). */
function lineEnding(code: Code): boolean {
  return code !== null && code < -2
}

/**
 * pandoc's `tex_math_single_backslash`, which Quarto and reveal.js decks use:
 * `\(…\)` is inline math and `\[…\]` display math. The micromark text
 * construct makes the same `mathText` tokens as `$…$` (from
 * `micromark-extension-math`), so `mdast-util-math` turns both into
 * `inlineMath` nodes; the parser tells them apart by their source (`\[` is
 * display, as `$$` is). It runs before CommonMark's character escape on
 * `\`; without a closing `\)` or `\]` in the paragraph it does not apply and
 * `\(` stays an escaped parenthesis, as in pandoc.
 */
export function backslashMath(): Extension {
  return { text: { [backslash]: { name: 'backslashMath', tokenize: tokenizeBackslashMath } } }
}

function tokenizeBackslashMath(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let closer = rightParen
  const close: Construct = { partial: true, tokenize: tokenizeClose }

  return start

  function start(code: Code): State | undefined {
    effects.enter('mathText')
    effects.enter('mathTextSequence')
    effects.consume(code)
    return open
  }

  function open(code: Code): State | undefined {
    if (code !== leftParen && code !== leftBracket) return nok(code)
    closer = code === leftParen ? rightParen : rightBracket
    effects.consume(code)
    effects.exit('mathTextSequence')
    return between
  }

  function between(code: Code): State | undefined {
    if (code === null) return nok(code)
    if (code === backslash) return effects.attempt(close, done, escaped)(code)
    if (lineEnding(code)) {
      effects.enter('lineEnding')
      effects.consume(code)
      effects.exit('lineEnding')
      return between
    }
    effects.enter('mathTextData')
    return data(code)
  }

  function data(code: Code): State | undefined {
    if (code === null || code === backslash || lineEnding(code)) {
      effects.exit('mathTextData')
      return between(code)
    }
    effects.consume(code)
    return data
  }

  /** A backslash that does not close: it and the character after it are TeX (`\frac`, `\\`, `\)` inside `\[…\]`). */
  function escaped(code: Code): State | undefined {
    effects.enter('mathTextData')
    effects.consume(code)
    return afterBackslash
  }

  function afterBackslash(code: Code): State | undefined {
    if (code === null || lineEnding(code)) {
      effects.exit('mathTextData')
      return between(code)
    }
    effects.consume(code)
    return data
  }

  function done(code: Code): State | undefined {
    effects.exit('mathText')
    return ok(code)
  }

  function tokenizeClose(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    return (code: Code) => {
      effects.enter('mathTextSequence')
      effects.consume(code)
      return (next: Code) => {
        if (next !== closer) return nok(next)
        effects.consume(next)
        effects.exit('mathTextSequence')
        return ok
      }
    }
  }
}
