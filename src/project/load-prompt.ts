import { existsSync } from 'node:fs';
import { FixfirstError } from '../core/errors.js';
import type { ProjectPrompt } from '../core/render-prompt.js';
import { readTextFile } from '../loaders/read-text.js';
import { digestFile, type InputFile, type PreparedProject } from './prepare-project.js';

const promptFileExtensions = /\.(md|txt|prompt|markdown)$/i;

/**
 * The project's live-mode prompt. `prompt.system` is a file (a single line ending in .md, .txt,
 * .prompt or .markdown, relative to the project folder) or the text itself. Returns the file's
 * digest too, so reports record which prompt was used.
 */
export function loadProjectPrompt(project: PreparedProject): {
  prompt: ProjectPrompt;
  file: InputFile | undefined;
} {
  const { config } = project.loaded;
  const template = config.prompt?.template ?? '{{input}}';
  const system = config.prompt?.system;
  if (system === undefined || system.includes('\n') || !promptFileExtensions.test(system.trim())) {
    return { prompt: { system, template }, file: undefined };
  }
  const path = system.trim();
  const absolute = project.resolvePath(path);
  if (!existsSync(absolute)) {
    throw new FixfirstError('CONFIG_INVALID', `prompt file "${path}" does not exist`, {
      location: {
        file: project.loaded.configShownAs,
        line: project.loaded.lineOf(['prompt', 'system']),
        field: 'prompt.system',
      },
      hint: 'give the path relative to the project folder, or write the system prompt itself',
    });
  }
  return {
    prompt: { system: readTextFile(absolute, project.showPath(path)), template },
    file: digestFile('prompt', absolute, project.showPath(path)),
  };
}
