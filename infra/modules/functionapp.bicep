// The function app on Flex Consumption: Java 21, the user-assigned identity, VNet integration,
// the package deployed from a blob container with that identity, identity-based host storage
// (AzureWebJobsStorage__*), no basic-auth publishing, HTTPS only, TLS 1.2. Inbound traffic only
// from this estate's Front Door: the AzureFrontDoor.Backend service tag AND the profile's own
// X-Azure-FDID header (the tag alone would admit every Front Door customer's profile).
//
// Every setting the code reads on Azure is below (docs/settings.md; InfraSettingsTest checks it).
// No value here is a secret: secrets stay in Key Vault and are read by the code itself.
// Flex Consumption sets the runtime in functionAppConfig; FUNCTIONS_WORKER_RUNTIME and
// FUNCTIONS_EXTENSION_VERSION must not be app settings there.

param location string
param tags object
param name string
param planName string
param identityId string
param identityClientId string
@description('The identity\'s name: the PostgreSQL login pgaadauth creates for it.')
param identityName string
param functionsSubnetId string
param storageAccountName string
param blobEndpoint string
param queueEndpoint string
param deploymentContainerName string
param applicationInsightsName string
param keyVaultUri string
param postgresFqdn string
param databaseName string
param oidcIssuer string
param oidcAudience string
param oidcAllowedAzp string
param tenantClaim string
param rolesClaim string
param clockSkewSeconds int
param dbPoolSize int
@minValue(0)
@maxValue(600)
param auditWriterOutageSeconds int
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int
@allowed([512, 2048, 4096])
param instanceMemoryMB int
@description('The Front Door profile\'s id (frontDoorId, a GUID): the only X-Azure-FDID admitted.')
param frontDoorId string
param workspaceId string
@description('PHI e-mail through ACS: the relay\'s SMTP user name (<acs>.<entra app client id>.<tenant id>); empty: e-mail off.')
param smtpUsername string = ''
@description('The verified sender address (<user>@<customer domain>); empty: e-mail off.')
param smtpFrom string = ''

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// Azure Verified Module, pinned: the Flex Consumption plan (FC1, Linux).
module plan 'br/public:avm/res/web/serverfarm:0.1.1' = {
  name: 'flex-plan'
  params: {
    name: planName
    location: location
    tags: tags
    sku: {
      name: 'FC1'
      tier: 'FlexConsumption'
    }
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'gatehouse' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.outputs.resourceId
    httpsOnly: true
    // The API itself is public (callers present Entra/Keycloak tokens); everything behind it is private.
    publicNetworkAccess: 'Enabled'
    virtualNetworkSubnetId: functionsSubnetId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      ipSecurityRestrictionsDefaultAction: 'Deny'
      ipSecurityRestrictions: [
        {
          name: 'front-door-only'
          priority: 100
          action: 'Allow'
          tag: 'ServiceTag'
          ipAddress: 'AzureFrontDoor.Backend'
          headers: { 'x-azure-fdid': [frontDoorId] }
        }
      ]
      // Deployments go through the management API (Entra), never the SCM site from outside.
      scmIpSecurityRestrictionsUseMain: false
      scmIpSecurityRestrictionsDefaultAction: 'Deny'
      scmIpSecurityRestrictions: []
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'java'
        version: '21'
      }
    }
  }
}

// Deployments authenticate with Entra (the pipeline's OIDC login), never with publishing passwords.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // Host storage through the identity: no connection string, no account key.
    AzureWebJobsStorage__blobServiceUri: blobEndpoint
    AzureWebJobsStorage__queueServiceUri: queueEndpoint
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    // Telemetry with Entra only (local auth is disabled on the component).
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'
    AZURE_CLIENT_ID: identityClientId
    GATEHOUSE_KEYVAULT_URI: keyVaultUri
    // TLS (verify-full) is set by the pool itself; a URL parameter would override it.
    GATEHOUSE_DB_URL: 'jdbc:postgresql://${postgresFqdn}:5432/${databaseName}'
    GATEHOUSE_DB_USER: identityName
    GATEHOUSE_DB_AUTH: 'managed-identity'
    GATEHOUSE_DB_POOL_SIZE: string(dbPoolSize)
    GATEHOUSE_AUDIT_WRITER_OUTAGE_SECONDS: string(auditWriterOutageSeconds)
    GATEHOUSE_OIDC_ISSUER: oidcIssuer
    GATEHOUSE_OIDC_AUDIENCE: oidcAudience
    GATEHOUSE_OIDC_ALLOWED_AZP: oidcAllowedAzp
    GATEHOUSE_TENANT_CLAIM: tenantClaim
    GATEHOUSE_ROLES_CLAIM: rolesClaim
    GATEHOUSE_CLOCK_SKEW_SECONDS: string(clockSkewSeconds)
    // PHI e-mail through the ACS SMTP relay; an empty host means e-mail is off. The password is
    // the Key Vault secret smtp-password, read by the code (never an app setting).
    GATEHOUSE_SMTP_HOST: empty(smtpUsername) ? '' : 'smtp.azurecomm.net'
    GATEHOUSE_SMTP_PORT: '587'
    GATEHOUSE_SMTP_STARTTLS: 'true'
    GATEHOUSE_SMTP_USERNAME: smtpUsername
    GATEHOUSE_SMTP_FROM: smtpFrom
  }
}

// The host's and the functions' logs (FunctionAppLogs) and the platform metrics.
resource siteDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
