/**
 * Shapes of the prometheus-operator objects the manifests use (monitoring.coreos.com/v1), written from
 * the CRD reference of prometheus-operator 0.7x: kubernetes-models ships only the built-in kinds.
 * The unknown-field check compiles every ServiceMonitor and PrometheusRule against these, so a field
 * that is not here is reported; add fields from the CRD reference when a manifest needs them.
 */
import type { IIoK8sApimachineryPkgApisMetaV1LabelSelector } from '@kubernetes-models/apimachinery/apis/meta/v1/LabelSelector';
import type { IIoK8sApimachineryPkgApisMetaV1ObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';

export interface RelabelConfig {
  sourceLabels?: string[];
  separator?: string;
  targetLabel?: string;
  regex?: string;
  modulus?: number;
  replacement?: string;
  action?:
    | 'replace'
    | 'keep'
    | 'drop'
    | 'hashmod'
    | 'labelmap'
    | 'labeldrop'
    | 'labelkeep'
    | 'lowercase'
    | 'uppercase'
    | 'keepequal'
    | 'dropequal';
}

export interface ServiceMonitorEndpoint {
  port?: string;
  targetPort?: string | number;
  path?: string;
  scheme?: 'http' | 'https';
  params?: Record<string, string[]>;
  interval?: string;
  scrapeTimeout?: string;
  honorLabels?: boolean;
  honorTimestamps?: boolean;
  followRedirects?: boolean;
  enableHttp2?: boolean;
  relabelings?: RelabelConfig[];
  metricRelabelings?: RelabelConfig[];
  bearerTokenFile?: string;
}

export interface IServiceMonitor {
  apiVersion: 'monitoring.coreos.com/v1';
  kind: 'ServiceMonitor';
  metadata: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
  spec: {
    selector: IIoK8sApimachineryPkgApisMetaV1LabelSelector;
    endpoints: ServiceMonitorEndpoint[];
    namespaceSelector?: { any?: boolean; matchNames?: string[] };
    jobLabel?: string;
    targetLabels?: string[];
    podTargetLabels?: string[];
    sampleLimit?: number;
  };
}

export interface PrometheusRuleEntry {
  record?: string;
  alert?: string;
  expr: string | number;
  for?: string;
  keep_firing_for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface IPrometheusRule {
  apiVersion: 'monitoring.coreos.com/v1';
  kind: 'PrometheusRule';
  metadata: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
  spec: {
    groups: Array<{
      name: string;
      interval?: string;
      limit?: number;
      partial_response_strategy?: string;
      rules: PrometheusRuleEntry[];
    }>;
  };
}
