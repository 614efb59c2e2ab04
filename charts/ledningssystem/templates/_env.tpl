{{/* Environment of a workload's container (Deployment and migration Job); args: root, key, w. */}}
{{- define "ledningssystem.env" -}}
{{- $listeners := ternary "Gateway" "Rpc" .w.gateway -}}
- name: {{ $listeners }}__BindAddress
  value: "0.0.0.0"
- name: {{ $listeners }}__GrpcPort
  value: {{ .w.grpcPort | quote }}
- name: {{ $listeners }}__WebPort
  value: {{ .w.webPort | quote }}
- name: OTEL_SERVICE_NAME
  value: {{ .w.appId | quote }}
{{- if not .w.gateway }}
{{- with .root.Values.dapr.appTokenSecret }}
- name: Events__AppApiToken
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: token
{{- end }}
- name: Database__Provider
  value: {{ .root.Values.database.provider | quote }}
{{- if include "ledningssystem.sqlite" .root }}
- name: Platform__DataDirectory
  value: /data
- name: Database__ConnectionString
  value: {{ printf "Data Source=/data/%s.db" .key | quote }}
- name: Database__MigrateOnStartup
  value: "true"
{{- else }}
- name: Database__ConnectionString
  valueFrom:
    secretKeyRef:
      name: {{ .root.Values.database.existingSecret }}
      key: {{ .w.databaseSecretKey }}
- name: Database__MigrateOnStartup
  value: {{ (not .root.Values.migrations.enabled) | toString | quote }}
{{- end }}
{{- if eq .key "documents" }}
- name: Documents__BlobDirectory
  value: /blobs
{{- with .root.Values.blobs.s3 }}
{{- if .enabled }}
- name: Documents__BlobStore
  value: S3
- name: Documents__S3__ServiceUrl
  value: {{ .serviceUrl | quote }}
- name: Documents__S3__Bucket
  value: {{ .bucket | quote }}
- name: Documents__S3__Region
  value: {{ .region | quote }}
- name: Documents__S3__ForcePathStyle
  value: {{ .forcePathStyle | toString | quote }}
- name: Documents__S3__ChunkedUploads
  value: {{ .chunkedUploads | toString | quote }}
- name: Documents__S3__ChecksumsOnlyWhenRequired
  value: {{ .checksumsOnlyWhenRequired | toString | quote }}
{{- if .existingSecret }}
- name: Documents__S3__AccessKey
  valueFrom:
    secretKeyRef:
      name: {{ .existingSecret }}
      key: accessKey
- name: Documents__S3__SecretKey
  valueFrom:
    secretKeyRef:
      name: {{ .existingSecret }}
      key: secretKey
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- /* Where a service calls another's gRPC API with the caller's token (AddServiceClient). */}}
{{- range $key, $other := (include "ledningssystem.workloads" .root | fromJson) }}
{{- if not $other.gateway }}
- name: {{ printf "Services__%s__GrpcAddress" $key }}
  value: {{ printf "http://%s:%d" (include "ledningssystem.name" (dict "root" $.root "key" $key)) (int $other.grpcPort) | quote }}
{{- end }}
{{- end }}
{{- else }}
{{- /* The gateway's routes (gateway/appsettings.json) point at the services' Kubernetes Services. */}}
{{- range $key, $w := (include "ledningssystem.workloads" .root | fromJson) }}
{{- if not $w.gateway }}
{{- $host := include "ledningssystem.name" (dict "root" $.root "key" $key) }}
- name: {{ printf "ReverseProxy__Clusters__%s-grpc__Destinations__%s__Address" $key $key }}
  value: {{ printf "http://%s:%d" $host (int $w.grpcPort) | quote }}
- name: {{ printf "ReverseProxy__Clusters__%s-web__Destinations__%s__Address" $key $key }}
  value: {{ printf "http://%s:%d" $host (int $w.webPort) | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- range $name, $value := .w.env }}
- name: {{ $name }}
  value: {{ $value | toString | quote }}
{{- end }}
{{- end -}}

{{/* Whether a workload mounts the blob directory (the documents service's files). */}}
{{- define "ledningssystem.blobVolume" -}}
{{- if eq .key "documents" }}true{{ end -}}
{{- end -}}
