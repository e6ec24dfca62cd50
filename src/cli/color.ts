// Whether the console output is coloured, by the conventions CI systems and terminals use
// (https://no-color.org, https://force-color.org), in Node's own order: FORCE_COLOR wins over
// NO_COLOR; a flag wins over both.
export function useColor(noColorFlag: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
