import { Command, CommanderError } from 'commander';
import { FixfirstError, usageError } from '../core/errors.js';
import { didYouMean, nearestName } from '../core/suggest.js';
import type { CliIo } from './cli-io.js';
import { commands } from './commands/index.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';

/** Builds the commander program with every registered command. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('fixfirst')
    .description(
      'Fix your prompts first. Then fix your data. Then, maybe, fine-tune.\n\n' +
        "Measures where an LLM feature's quality gap is (prompt, data, foundation or model) and returns a verdict " +
        'with an ordered, costed action plan.',
    )
    .version(io.version, '-V, --version')
    .option('--no-color', 'plain output without colour')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) })
    .exitOverride();
  const parents = new Map<string, Command>();
  for (const command of commands) {
    if (command.parent === undefined) {
      command.register(program, io);
      continue;
    }
    let parent = parents.get(command.parent);
    if (parent === undefined) {
      parent = program
        .command(command.parent)
        .summary('turn results from other tools into a fixfirst project')
        .exitOverride()
        .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) });
      parents.set(command.parent, parent);
    }
    command.register(parent, io);
  }
  for (const [name, parent] of parents) {
    // `fixfirst import` alone (or with an unknown kind) is a usage error naming the kinds, not help and exit 0.
    const kinds = parent.commands.map((child) => child.name());
    parent.argument('[kind]').action((kind: string | undefined) => {
      throw usageError(
        kind === undefined
          ? `which ${name}? ${kinds.join(' | ')}`
          : `unknown ${name} "${kind}".${didYouMean(kind, kinds)}`,
        `run \`fixfirst ${name} ${(kind === undefined ? undefined : nearestName(kind, kinds)) ?? kinds[0]} --help\` (kinds: ${kinds.join(', ')})`,
      );
    });
  }
  program.addHelpText(
    'after',
    '\nStart here:\n  $ fixfirst diagnose examples/support-bot\n\nExit codes:\n  0 ok · 1 internal error · 2 usage · 3 bad input · 4 bad config\n  5 provider · 6 budget · 10 --fail-on matched · 130 interrupted',
  );
  return program;
}

/** Runs the CLI with `argv` and returns the exit code. Never throws for user mistakes. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const color = io.color && !argv.includes('--no-color');
  const program = buildProgram({
    ...io,
    color,
    setExitCode: (code) => {
      exitCode = code;
    },
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return exitCodes.ok;
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    if (FixfirstError.isInstance(error)) {
      io.stderr(`fixfirst: ${error.render()}\n`);
      return exitCodeFor(error.code);
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(
      `fixfirst: internal error — this is a bug in fixfirst, please report it with the command you ran.\n${message}\n`,
    );
    return exitCodes.internal;
  }
}
