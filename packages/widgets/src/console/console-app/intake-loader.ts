// <kim-aspiration-intake> (with the public form it embeds and the printable slip) arrives on demand, the first time
// its section opens: KIM operators use it, officials never do, and it is about a fifth of the console's code. One
// download for the page; a failed one (offline) is forgotten, so a retry downloads again. In the CDN build the import
// becomes a chunk beside cdn/kim-console.js, from the same origin (the console's CSP allows scripts from 'self').

let intakeModule: Promise<unknown> | undefined;

/** Registers `<kim-aspiration-intake>` and `<kim-intake-slip>`, downloading them first if needed. */
export function loadIntake(): Promise<unknown> {
  intakeModule ??= import('../../define/aspiration-intake.js').catch((error: unknown) => {
    intakeModule = undefined;
    throw error;
  });
  return intakeModule;
}
