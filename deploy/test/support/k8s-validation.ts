import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import type { K8sObject } from './kustomize';
import { REPO_ROOT } from './tools';

/** Kinds validated with own types (deploy/test/support/crd-types.ts) instead of kubernetes-models. */
const CRD_TYPES: Record<string, { name: string; module: string }> = {
  'monitoring.coreos.com/v1/ServiceMonitor': { name: 'IServiceMonitor', module: './crd-types' },
  'monitoring.coreos.com/v1/PrometheusRule': { name: 'IPrometheusRule', module: './crd-types' },
};

/** The global types the kubernetes-models declarations refer to. */
const MINIMAL_LIB = `
interface Array<T> { length: number; [n: number]: T; }
interface ReadonlyArray<T> { readonly length: number; readonly [n: number]: T; }
interface Boolean {}
interface CallableFunction {}
interface Function {}
interface IArguments {}
interface NewableFunction {}
interface Number {}
interface Object {}
interface RegExp {}
interface String {}
interface Promise<T> { then(callback: (value: T) => unknown): Promise<unknown>; }
type Partial<T> = { [P in keyof T]?: T[P] };
type Required<T> = { [P in keyof T]-?: T[P] };
type Readonly<T> = { readonly [P in keyof T]: T[P] };
type Pick<T, K extends keyof T> = { [P in K]: T[P] };
type Record<K extends keyof any, T> = { [P in K]: T };
type Exclude<T, U> = T extends U ? never : T;
type Extract<T, U> = T extends U ? T : never;
type Omit<T, K extends keyof any> = Pick<T, Exclude<keyof T, K>>;
`;

/** kubernetes-models' module of a built-in kind (core kinds live under v1/). */
function modelModule(object: K8sObject): string {
  return `kubernetes-models/${object.apiVersion}/${object.kind}`;
}

function modelExists(object: K8sObject): boolean {
  return existsSync(path.join(REPO_ROOT, 'node_modules', `${modelModule(object)}.js`));
}

/** Schema errors of one object (types, required fields, enums) from kubernetes-models; [] when valid. */
export function schemaErrors(object: K8sObject): string[] {
  const key = `${object.apiVersion}/${object.kind}`;
  if (CRD_TYPES[key]) return [];
  if (!modelExists(object)) return [`no schema for ${key}`];
  // Loaded by name: which model is needed is only known from the object.
  const models = require(modelModule(object)) as Record<
    string,
    new (data: unknown) => { validate(): void }
  >;
  const Model = models[object.kind];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

/**
 * Fields the Kubernetes API does not know (kubernetes-models' validation accepts them silently): every
 * object is compiled as an object literal typed with its kind's interface, so TypeScript's excess
 * property check reports a misspelt or misplaced field at any depth. Returns one message per problem.
 */
export function unknownFieldErrors(objects: readonly K8sObject[]): string[] {
  const lines: string[] = [];
  const imports = new Map<string, string>();
  const spans: Array<{ start: number; end: number; label: string }> = [];
  objects.forEach((object, index) => {
    const key = `${object.apiVersion}/${object.kind}`;
    let typeName: string;
    if (CRD_TYPES[key]) {
      typeName = CRD_TYPES[key].name;
      imports.set(typeName, `import type { ${typeName} } from '${CRD_TYPES[key].module}';`);
    } else if (modelExists(object)) {
      typeName = `${object.apiVersion}_${object.kind}`.replace(/[^A-Za-z0-9_]/g, '_');
      imports.set(
        typeName,
        `import type { I${object.kind} as ${typeName} } from '${modelModule(object)}';`,
      );
    } else {
      return; // reported by schemaErrors
    }
    const body = JSON.stringify(object, null, 1).split('\n');
    const start = lines.length;
    lines.push(`export const o${index}: ${typeName} = ${body[0]}`, ...body.slice(1));
    lines[lines.length - 1] += ';';
    spans.push({
      start,
      end: lines.length,
      label: `${object.kind}/${object.metadata.namespace ? `${object.metadata.namespace}/` : ''}${object.metadata.name}`,
    });
  });
  const header = [...imports.values()];
  const source = [...header, ...lines].join('\n');
  const file = path.join(__dirname, '__k8s_objects__.ts');
  const libFile = path.join(__dirname, '__k8s_lib__.d.ts');

  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    // The declarations need only a handful of global types: a minimal library loads far faster than
    // lib.es2022 (this check runs on every test run).
    noLib: true,
  };
  const virtualFiles = new Map([
    [file, source],
    [libFile, MINIMAL_LIB],
  ]);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) => {
    const text = virtualFiles.get(name);
    return text !== undefined
      ? ts.createSourceFile(name, text, languageVersion, true)
      : getSourceFile(name, languageVersion, ...rest);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => virtualFiles.has(name) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => virtualFiles.get(name) ?? readFile(name);

  const program = ts.createProgram([libFile, file], options, host);
  const sourceFile = program.getSourceFile(file) as ts.SourceFile;
  return ts.getPreEmitDiagnostics(program, sourceFile).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (diagnostic.file !== sourceFile || diagnostic.start === undefined) return message;
    const line = sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line - header.length;
    const span = spans.find((candidate) => line >= candidate.start && line < candidate.end);
    const text = lines[line]?.trim() ?? '';
    return `${span?.label ?? '?'}: ${message} (at ${text})`;
  });
}
