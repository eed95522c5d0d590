import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { DEPLOY_DIR, run } from './tools';

/** A rendered Kubernetes object. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export const K8S_DIR = path.join(DEPLOY_DIR, 'k8s');

/** Every folder of deploy/k8s holding a Kustomization (Components are built through the overlays). */
export function kustomizationDirs(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const child = path.join(dir, entry);
      if (!statSync(child).isDirectory()) continue;
      const file = path.join(child, 'kustomization.yaml');
      try {
        const kind = (parse(readFileSync(file, 'utf8')) as { kind?: string }).kind;
        if (kind === 'Kustomization') found.push(path.relative(K8S_DIR, child));
      } catch {
        // no kustomization.yaml here
      }
      walk(child);
    }
  };
  walk(K8S_DIR);
  return found.sort();
}

const renders = new Map<string, K8sObject[]>();

/** `kubectl kustomize deploy/k8s/<dir>`, parsed. Throws with kustomize's message when it fails. */
export function render(dir: string): K8sObject[] {
  const cached = renders.get(dir);
  if (cached) return cached;
  const result = run('kubectl', ['kustomize', path.join(K8S_DIR, dir)]);
  if (result.status !== 0) throw new Error(`kubectl kustomize ${dir} failed:\n${result.stderr}`);
  const objects = parseAllDocuments(result.stdout)
    .map((document) => document.toJS() as K8sObject | null)
    .filter((object): object is K8sObject => object !== null);
  renders.set(dir, objects);
  return objects;
}

export const byKind = (objects: readonly K8sObject[], kind: string): K8sObject[] =>
  objects.filter((object) => object.kind === kind);

export const named = (
  objects: readonly K8sObject[],
  kind: string,
  name: string,
): K8sObject | undefined =>
  objects.find((object) => object.kind === kind && object.metadata.name === name);
