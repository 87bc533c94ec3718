import { isAbsolute, relative, sep } from 'node:path'

/**
 * Whether `path` is `root` or lies below it (both absolute, already resolved).
 * Content may only read files inside its own folder; images and path themes
 * are checked with this after their symlinks are followed.
 */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}
