import { readFileSync } from 'node:fs'

interface PackageJson {
  version: string
  dependencies?: Record<string, string>
}

/** layar's package.json (two folders up, from the sources and from the bundle alike); read when asked, a few times a run. */
function packageJson(): PackageJson {
  return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageJson
}

/** layar's version. */
export function layarVersion(): string {
  return packageJson().version
}

/** The version layar pins a dependency to (`fontkit` → `2.0.4`), or `unknown`. */
export function pinnedDependency(name: string): string {
  return packageJson().dependencies?.[name] ?? 'unknown'
}
