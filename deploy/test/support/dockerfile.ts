import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Runs the steps of a Dockerfile without a Docker engine: each stage gets a folder standing for its
 * root filesystem, COPY copies into it, RUN runs the command with the host's tools in the stage's
 * working directory and environment, and the image's CMD/ENTRYPOINT and HEALTHCHECK can then be started
 * from the runtime stage. What cannot be reproduced here is the base image itself (the host's Node and
 * mysql client stand in for it) and USER (recorded and checked, not switched to).
 */

export interface Instruction {
  keyword: string;
  args: string;
  flags: Record<string, string>;
}

export interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
}

export interface SimulatedStage {
  name: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  exposes: string[];
  cmd?: string[];
  entrypoint?: string[];
  healthcheck?: { options: Record<string, string>; command: string[] };
}

/** Joins continuation lines and drops comments and parser directives. */
export function parseDockerfile(text: string): { globalArgs: Instruction[]; stages: Stage[] } {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!current && /^\s*#/.test(line)) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    current += line;
    if (current.trim()) logical.push(current.trim());
    current = '';
  }
  const globalArgs: Instruction[] = [];
  const stages: Stage[] = [];
  for (const line of logical) {
    const match = /^(\w+)\s+([\s\S]*)$/.exec(line);
    if (!match) throw new Error(`cannot parse: ${line}`);
    const keyword = match[1].toUpperCase();
    let args = match[2];
    const flags: Record<string, string> = {};
    for (
      let flag = /^--(\w[\w-]*)=(\S+)\s+/.exec(args);
      flag;
      flag = /^--(\w[\w-]*)=(\S+)\s+/.exec(args)
    ) {
      flags[flag[1]] = flag[2];
      args = args.slice(flag[0].length);
    }
    const instruction = { keyword, args, flags };
    if (keyword === 'FROM') {
      const [from, , name] = args.split(/\s+/);
      stages.push({ name: name ?? String(stages.length), from, instructions: [] });
    } else if (stages.length === 0) {
      if (keyword !== 'ARG') throw new Error(`${keyword} before FROM`);
      globalArgs.push(instruction);
    } else {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  return { globalArgs, stages };
}

function substitute(value: string, variables: Record<string, string>): string {
  return value.replace(
    /\$\{(\w+)\}|\$(\w+)/g,
    (_, braced: string, bare: string) => variables[braced ?? bare] ?? '',
  );
}

/** KEY=value pairs of ENV (quotes allowed) or of an ARG with a default. */
function assignments(args: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const pattern = /(\w+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
  for (let match = pattern.exec(args); match; match = pattern.exec(args)) {
    const raw = match[2];
    pairs.push([match[1], /^["']/.test(raw) ? raw.slice(1, -1) : raw]);
  }
  return pairs;
}

const execForm = (args: string): string[] => {
  const trimmed = args.trim();
  return trimmed.startsWith('[') ? (JSON.parse(trimmed) as string[]) : ['/bin/sh', '-c', trimmed];
};

/**
 * Builds every stage of the Dockerfile under `workDir` from `context`, with `buildArgs`, running RUN
 * steps with `runEnv` added (e.g. an npm cache setting). Returns the stages by name, last one last.
 */
export function simulateBuild(options: {
  dockerfile: string;
  context: string;
  workDir: string;
  buildArgs?: Record<string, string>;
  runEnv?: Record<string, string>;
}): SimulatedStage[] {
  const { globalArgs, stages } = parseDockerfile(readFileSync(options.dockerfile, 'utf8'));
  const buildArgs = options.buildArgs ?? {};
  const global: Record<string, string> = {};
  for (const arg of globalArgs) {
    const [name, fallback = ''] = arg.args.split('=');
    global[name] = buildArgs[name] ?? fallback;
  }
  const built: SimulatedStage[] = [];
  for (const stage of stages) {
    const root = path.join(options.workDir, `stage-${stage.name}`);
    mkdirSync(root, { recursive: true });
    const state: SimulatedStage = { name: stage.name, root, workdir: '/', env: {}, exposes: [] };
    const args: Record<string, string> = {};
    const variables = () => ({ ...global, ...args, ...state.env });
    const inRoot = (containerPath: string) =>
      path.join(root, path.posix.resolve(state.workdir, containerPath));
    for (const { keyword, args: rawArgs, flags } of stage.instructions) {
      const text = substitute(rawArgs, variables());
      switch (keyword) {
        case 'ARG': {
          const [name, fallback] = rawArgs.split('=');
          args[name] =
            buildArgs[name] ??
            (fallback !== undefined ? substitute(fallback, variables()) : (global[name] ?? ''));
          break;
        }
        case 'ENV':
          for (const [name, value] of assignments(rawArgs))
            state.env[name] = substitute(value, variables());
          break;
        case 'WORKDIR':
          state.workdir = path.posix.resolve(state.workdir, text);
          mkdirSync(inRoot('.'), { recursive: true });
          break;
        case 'COPY': {
          const parts = text.split(/\s+/);
          const destination = parts.pop() as string;
          const sourceRoot = flags['from']
            ? (built.find((candidate) => candidate.name === flags['from'])?.root ?? '')
            : options.context;
          if (!sourceRoot) throw new Error(`COPY --from=${flags['from']}: no such stage`);
          const target = inRoot(destination);
          const intoDirectory = destination.endsWith('/') || parts.length > 1;
          for (const source of parts) {
            const from = path.join(sourceRoot, source);
            if (!existsSync(from)) throw new Error(`COPY ${source}: not in the build context`);
            const to =
              intoDirectory && !statSync(from).isDirectory()
                ? path.join(target, path.basename(from))
                : target;
            mkdirSync(path.dirname(to), { recursive: true });
            if (flags['from'] && statSync(from).isDirectory()) {
              // Between stages: hard links (same content, far less I/O than a copy of node_modules).
              const linked = spawnSync('cp', ['-al', `${from}/.`, to]);
              if (linked.status !== 0)
                throw new Error(`COPY --from ${source}: ${String(linked.stderr)}`);
            } else {
              cpSync(from, to, { recursive: true });
            }
          }
          break;
        }
        case 'RUN': {
          const result = spawnSync('/bin/sh', ['-c', text], {
            cwd: inRoot('.'),
            env: { PATH: process.env['PATH'] ?? '', HOME: root, ...variables(), ...options.runEnv },
            encoding: 'utf8',
            maxBuffer: 64 * 1024 * 1024,
          });
          if (result.status !== 0) {
            throw new Error(
              `RUN ${text}\nfailed (${result.status}):\n${result.stdout}\n${result.stderr}`,
            );
          }
          break;
        }
        case 'USER':
          state.user = text;
          break;
        case 'EXPOSE':
          state.exposes.push(...text.split(/\s+/));
          break;
        case 'CMD':
          state.cmd = execForm(text);
          break;
        case 'ENTRYPOINT':
          state.entrypoint = execForm(text);
          break;
        case 'HEALTHCHECK': {
          const options: Record<string, string> = {};
          let rest = text;
          for (
            let option = /^--([\w-]+)=(\S+)\s+/.exec(rest);
            option;
            option = /^--([\w-]+)=(\S+)\s+/.exec(rest)
          ) {
            options[option[1]] = option[2];
            rest = rest.slice(option[0].length);
          }
          state.healthcheck = { options, command: execForm(rest.replace(/^CMD\s+/, '')) };
          break;
        }
        default:
          throw new Error(`instruction ${keyword} is not simulated`);
      }
    }
    built.push(state);
  }
  return built;
}

/** A container path (an argument or an ENV value) as a host path inside the stage's folder. */
export function hostPath(stage: SimulatedStage, value: string): string {
  if (!value.startsWith('/')) return value;
  const first = value.split('/')[1];
  return first && existsSync(path.join(stage.root, first)) ? path.join(stage.root, value) : value;
}

/** The process a container of the image would start: command, working directory and environment. */
export function containerProcess(
  stage: SimulatedStage,
  command: string[],
  env: Record<string, string> = {},
) {
  const mappedEnv = Object.fromEntries(
    Object.entries(stage.env).map(([key, value]) => [key, hostPath(stage, value)]),
  );
  return {
    command: command[0],
    args: command.slice(1).map((arg) => hostPath(stage, arg)),
    cwd: path.join(stage.root, stage.workdir),
    env: { PATH: process.env['PATH'] ?? '', HOME: stage.root, ...mappedEnv, ...env },
  };
}
