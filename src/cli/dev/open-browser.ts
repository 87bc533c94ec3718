import { spawn } from 'node:child_process'

/**
 * Opens `url` in the user's browser with the platform's opener (`open` on
 * macOS, `start` on Windows, `xdg-open` elsewhere). Never fails: a missing
 * opener only means the user opens the printed URL themselves.
 *
 * @param onFailure told why the browser could not be opened
 */
export function openBrowser(url: string, onFailure: (reason: string) => void): void {
  const [command, args]: [string, string[]] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]]
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', (error) => onFailure(`${command}: ${error.message}`))
    child.unref()
  } catch (error) {
    onFailure(`${command}: ${(error as Error).message}`)
  }
}
