{{/* Name of a workload's objects: <release>-<key>. */}}
{{- define "ledningssystem.name" -}}
{{- printf "%s-%s" .root.Release.Name .key | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "ledningssystem.labels" -}}
app.kubernetes.io/name: ledningssystem
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/part-of: ledningssystem
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- with .key }}
app.kubernetes.io/component: {{ . }}
{{- end }}
{{- end -}}

{{- define "ledningssystem.selectorLabels" -}}
app.kubernetes.io/name: ledningssystem
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .key }}
{{- end -}}

{{/* Every pod of this release, for NetworkPolicies. */}}
{{- define "ledningssystem.releaseSelector" -}}
app.kubernetes.io/name: ledningssystem
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* <registry>/<repository>:<tag>; the tag falls back to image.tag, then the chart's appVersion. */}}
{{- define "ledningssystem.image" -}}
{{- $registry := .root.Values.image.registry -}}
{{- $tag := .workload.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .workload.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .workload.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/*
The enabled workloads as a JSON object: key -> values plus grpcPort, webPort and gateway (bool).
Services listen on the platform's defaults (Rpc:GrpcPort 5000, Rpc:WebPort 5001).
*/}}
{{- define "ledningssystem.workloads" -}}
{{- $all := dict -}}
{{- range $key, $service := .Values.services -}}
{{- if $service.enabled -}}
{{- $_ := set $all $key (merge (dict "grpcPort" 5000 "webPort" 5001 "gateway" false) (deepCopy $service)) -}}
{{- end -}}
{{- end -}}
{{- if .Values.gateway.enabled -}}
{{- $_ := set $all "gateway" (merge (dict "gateway" true) (deepCopy .Values.gateway)) -}}
{{- end -}}
{{- toJson $all -}}
{{- end -}}

{{- define "ledningssystem.sqlite" -}}
{{- if eq .Values.database.provider "Sqlite" }}true{{ end -}}
{{- end -}}

{{/* The app-ids of the services that publish and subscribe through the pub/sub component. */}}
{{- define "ledningssystem.serviceAppIds" -}}
{{- $ids := list -}}
{{- range $key, $service := .Values.services -}}
{{- if $service.enabled }}{{ $ids = append $ids $service.appId }}{{ end -}}
{{- end -}}
{{- toJson (sortAlpha $ids) -}}
{{- end -}}

{{/* Guards the single-node evaluation profile: SQLite files cannot be shared by several replicas. */}}
{{- define "ledningssystem.validate" -}}
{{- if eq .Values.database.provider "Sqlite" -}}
{{- range $key, $w := (include "ledningssystem.workloads" . | fromJson) -}}
{{- if and (not $w.gateway) (gt (int $w.replicas) 1) -}}
{{- fail (printf "services.%s.replicas: SQLite (database.provider=Sqlite) allows exactly 1 replica per service, not %d; use PostgreSQL for more" $key (int $w.replicas)) -}}
{{- end -}}
{{- if and (not $w.gateway) $w.autoscaling.enabled -}}
{{- fail (printf "services.%s.autoscaling.enabled: SQLite (database.provider=Sqlite) cannot autoscale; set it to false or use PostgreSQL" $key) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
