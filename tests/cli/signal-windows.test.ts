import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { needsBuildThread } from '../../src/cli/launch.js'
import { signalWindows } from '../../src/cli/signal-windows.js'

/** A stand-in for `process`: an emitter whose listener counts show whether a signal has its default action. */
function signals(): EventEmitter & { handled: () => number } {
  const source = new EventEmitter()
  return Object.assign(source, { handled: () => source.listenerCount('SIGINT') + source.listenerCount('SIGTERM') })
}

describe('signal windows of a build in the main thread', () => {
  it('listens to no signal outside writing, so the default action ends the process', () => {
    const source = signals()
    const windows = signalWindows(source, () => undefined)
    expect(source.handled()).toBe(0)
    expect(windows.beginWrites()).toBe(true)
    expect(source.handled()).toBe(2)
    windows.endWrites()
    expect(source.handled()).toBe(0)
    expect(windows.exitCode(0)).toBe(0)
  })

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`a ${signal} while writing stops once, lets the deck finish, refuses further writes, exits ${code}`, () => {
      const source = signals()
      let stops = 0
      const windows = signalWindows(source, () => stops++)
      expect(windows.beginWrites()).toBe(true)
      source.emit(signal)
      source.emit('SIGINT')
      expect(stops).toBe(1)
      expect(windows.stoppedBy()).toBe(signal)
      windows.endWrites()
      expect(source.handled()).toBe(0)
      expect(windows.beginWrites()).toBe(false)
      expect(source.handled()).toBe(0)
      expect(windows.exitCode(0)).toBe(code)
    })
  }
})

describe('which commands run in the build thread', () => {
  it.each([
    [['dev', 'deck.md'], true],
    [['build', 'deck.md', '--watch'], true],
    [['build', '--format', 'html,pdf', 'deck.md'], true],
    [['build', '--format=pdf', 'deck.md'], true],
    [['check', '--format', 'pdf'], true],
    [['build', 'deck.md'], false],
    [['build', '--format', 'html,pptx', 'deck.md'], false],
    [['check', 'content'], false],
    [['--version'], false],
    [[], false],
  ])('%j: %s', (argv, expected) => {
    expect(needsBuildThread(argv)).toBe(expected)
  })
})
