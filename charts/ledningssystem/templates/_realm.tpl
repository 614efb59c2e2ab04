{{/*
The realm: organizations (one per tenant, alias = tenant id) in the access token as `organization`, the API's
audience through a default client scope, realm roles for the coarse platform rights (docs/identity.md).
With keycloak.realm.demo the demo region of services/DevTokenIssuer/demo-realm.json (files/demo-realm.json
links to it): its tenants as organizations, its users with their ids, and its service account.
*/}}
{{- define "ledningssystem.realm" -}}
{{- $k := .Values.keycloak.realm -}}
{{- $audience := .Values.identity.audience -}}
{{- $demo := .Files.Get "files/demo-realm.json" | fromJson -}}
{{- $callerScopes := list "basic" "profile" "email" "roles" "web-origins" "organization" (printf "%s-audience" $audience) -}}
realm: {{ $k.name }}
enabled: true
displayName: Ledningssystem
sslRequired: external
organizationsEnabled: true
registrationAllowed: false
resetPasswordAllowed: true
loginWithEmailAllowed: true
duplicateEmailsAllowed: false
bruteForceProtected: true
internationalizationEnabled: true
supportedLocales: [sv, en]
defaultLocale: sv
accessTokenLifespan: 300
ssoSessionIdleTimeout: 1800
ssoSessionMaxLifespan: 36000
defaultSignatureAlgorithm: RS256
roles:
  realm:
    - name: tenant-admin
      description: Administrerar en huvudmans organisation och användare.
    - name: region-admin
      description: Driftar plattformen för regionen; ser inga personuppgifter.
    - name: integration
      description: Ett verksamhetssystems tjänstekonto.
clientScopes:
  - name: basic
    protocol: openid-connect
    attributes: {include.in.token.scope: "false", display.on.consent.screen: "false"}
    protocolMappers:
      - name: sub
        protocol: openid-connect
        protocolMapper: oidc-sub-mapper
        config: {access.token.claim: "true", introspection.token.claim: "true"}
  - name: profile
    protocol: openid-connect
    attributes: {include.in.token.scope: "true"}
    protocolMappers:
      - name: username
        protocol: openid-connect
        protocolMapper: oidc-usermodel-attribute-mapper
        config: {user.attribute: username, claim.name: preferred_username, jsonType.label: String, access.token.claim: "true", id.token.claim: "true", userinfo.token.claim: "true", introspection.token.claim: "true"}
      - name: full name
        protocol: openid-connect
        protocolMapper: oidc-full-name-mapper
        config: {access.token.claim: "true", id.token.claim: "true", userinfo.token.claim: "true", introspection.token.claim: "true"}
  - name: email
    protocol: openid-connect
    attributes: {include.in.token.scope: "true"}
    protocolMappers:
      - name: email
        protocol: openid-connect
        protocolMapper: oidc-usermodel-attribute-mapper
        config: {user.attribute: email, claim.name: email, jsonType.label: String, id.token.claim: "true", userinfo.token.claim: "true", access.token.claim: "false"}
  - name: roles
    protocol: openid-connect
    attributes: {include.in.token.scope: "false"}
    protocolMappers:
      - name: realm roles
        protocol: openid-connect
        protocolMapper: oidc-usermodel-realm-role-mapper
        config: {claim.name: realm_access.roles, multivalued: "true", jsonType.label: String, access.token.claim: "true", introspection.token.claim: "true"}
      - name: client roles
        protocol: openid-connect
        protocolMapper: oidc-usermodel-client-role-mapper
        config: {claim.name: "resource_access.${client_id}.roles", multivalued: "true", jsonType.label: String, access.token.claim: "true", introspection.token.claim: "true"}
  - name: web-origins
    protocol: openid-connect
    attributes: {include.in.token.scope: "false"}
    protocolMappers:
      - name: allowed web origins
        protocol: openid-connect
        protocolMapper: oidc-allowed-origins-mapper
        config: {access.token.claim: "true", introspection.token.claim: "true"}
  - name: organization
    protocol: openid-connect
    attributes: {include.in.token.scope: "true"}
    protocolMappers:
      - name: organization
        protocol: openid-connect
        protocolMapper: oidc-organization-membership-mapper
        config: {claim.name: organization, multivalued: "true", jsonType.label: String, access.token.claim: "true", id.token.claim: "true", introspection.token.claim: "true"}
  - name: {{ printf "%s-audience" $audience }}
    description: Puts the API's client in the access token's aud.
    protocol: openid-connect
    attributes: {include.in.token.scope: "false"}
    protocolMappers:
      - name: {{ printf "%s audience" $audience }}
        protocol: openid-connect
        protocolMapper: oidc-audience-mapper
        config: {included.client.audience: {{ $audience }}, access.token.claim: "true", id.token.claim: "false", introspection.token.claim: "true"}
defaultDefaultClientScopes: {{ $callerScopes | toJson }}
clients:
  # The API: the audience of every token; it signs nobody in itself.
  - clientId: {{ $audience }}
    name: Ledningssystem API
    enabled: true
    bearerOnly: true
    publicClient: false
    standardFlowEnabled: false
    directAccessGrantsEnabled: false
  # The web frontend: authorization code with PKCE.
  - clientId: {{ index $demo.passwordClients 0 }}
    name: Ledningssystem webb
    enabled: true
    publicClient: true
    standardFlowEnabled: true
    implicitFlowEnabled: false
    directAccessGrantsEnabled: {{ $k.demo }}
    redirectUris: {{ $k.webRedirectUris | toJson }}
    webOrigins: {{ $k.webOrigins | toJson }}
    attributes: {pkce.code.challenge.method: S256, post.logout.redirect.uris: "+"}
    fullScopeAllowed: true
    defaultClientScopes: {{ $callerScopes | toJson }}
  # Template for an integration's service account (client credentials); Keycloak generates the secret.
  - clientId: ledningssystem-integration
    name: Integration (mall)
    enabled: false
    publicClient: false
    clientAuthenticatorType: client-secret
    serviceAccountsEnabled: true
    standardFlowEnabled: false
    directAccessGrantsEnabled: false
    defaultClientScopes: {{ $callerScopes | toJson }}
{{- if $k.demo }}
{{- range $demo.serviceAccounts }}
  - clientId: {{ .clientId }}
    name: {{ .account.displayName | quote }}
    enabled: true
    publicClient: false
    clientAuthenticatorType: client-secret
    secret: {{ .secret }}
    serviceAccountsEnabled: true
    standardFlowEnabled: false
    directAccessGrantsEnabled: false
    defaultClientScopes: {{ $callerScopes | toJson }}
{{- end }}
users:
{{- range $demo.users }}
  - id: {{ .sub }}
    username: {{ .username }}
    enabled: true
    emailVerified: true
    firstName: {{ (splitList " " .displayName | first) | quote }}
    lastName: {{ (splitList " " .displayName | rest | join " ") | quote }}
    email: {{ printf "%s@%s.example" .username .tenant }}
    credentials:
      - type: password
        value: {{ $demo.demoPassword }}
        temporary: false
    realmRoles: {{ .realmRoles | toJson }}
{{- end }}
{{- range $demo.serviceAccounts }}
  - id: {{ .account.sub }}
    username: {{ .account.username }}
    enabled: true
    serviceAccountClientId: {{ .clientId }}
    realmRoles: {{ .account.realmRoles | toJson }}
{{- end }}
organizations:
{{- range $tenant := $demo.tenants }}
  - name: {{ $tenant.name | quote }}
    alias: {{ $tenant.id }}
    enabled: true
    description: {{ $tenant.kind }}
    domains:
      - name: {{ regexReplaceAll "^.*@" $tenant.contact.email "" }}
        verified: false
    members:
    {{- range $demo.users }}
    {{- if eq .tenant $tenant.id }}
      - username: {{ .username }}
    {{- end }}
    {{- end }}
    {{- range $demo.serviceAccounts }}
    {{- if eq .account.tenant $tenant.id }}
      - username: {{ .account.username }}
    {{- end }}
    {{- end }}
{{- end }}
{{- end }}
{{- end -}}
