/** The commands that load the build pipeline: they run in the build thread, and for them a code cache pays (see launch.ts). */
export const BUILDING_COMMANDS: ReadonlySet<string> = new Set(['build', 'check', 'dev'])
