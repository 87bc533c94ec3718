/** One catalog entry: how bad it is and how to say it. */
export interface Rule<P> {
  /** `info` says what layar decided for the author (a detected language, a fallback title); it never fails a build. */
  severity: 'error' | 'warning' | 'info'
  message: (params: P) => string
}
