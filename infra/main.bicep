// Gatehouse on Azure: the whole estate in one resource group, in one region (data residency).
// Deployed by .github/workflows/deploy.yml (az deployment group create) or `azd provision`.
// No output of this template is a secret; InfraChecksTest enforces it.

targetScope = 'resourceGroup'

@minLength(2)
@maxLength(12)
@description('Environment name, e.g. dev or prod; part of every resource name.')
param environmentName string

@description('Region of every resource. Choose it for data residency: nothing is deployed elsewhere, except the geo-backup key vault when geo-redundant backups are on.')
param location string = resourceGroup().location

@description('Address space of the VNet.')
param vnetAddressPrefix string = '10.40.0.0/16'

// PostgreSQL
param postgresSkuName string = 'Standard_D2ds_v5'
@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresSkuTier string = 'GeneralPurpose'
param postgresStorageSizeGB int = 64
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 35
@description('Zone-redundant high availability (a standby in another zone).')
param postgresHighAvailability bool = false
@description('Data residency: \'region\' keeps every copy of the data in location (geo-redundant backups are then off whatever is asked); \'geography\' also allows the region\'s pair in the same geography (geo-backups).')
@allowed(['region', 'geography'])
param dataResidency string = 'region'
@description('Geo-redundant backups, copied to the region\'s pair; applied only when dataResidency is \'geography\'.')
param postgresGeoRedundantBackup bool = false
@description('The paired region for geo-backups; its vault holds the geo-backup encryption key. Used only with postgresGeoRedundantBackup.')
param postgresGeoBackupLocation string = ''
@description('Object id of the PostgreSQL Entra administrator: the deploy pipeline\'s identity (it applies the migrations).')
param postgresEntraAdminObjectId string
@description('Display name of that principal (for a service principal, its application\'s name).')
param postgresEntraAdminName string
@allowed(['User', 'Group', 'ServicePrincipal'])
param postgresEntraAdminType string = 'ServicePrincipal'

// Storage
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GZRS'])
param storageSkuName string = 'Standard_ZRS'

// Keys
@description('ISO 8601 duration after which each customer-managed key is rotated.')
param keyRotateAfter string = 'P1Y'
@description('ISO 8601 lifetime of a key version; longer than keyRotateAfter.')
param keyLifetime string = 'P2Y'

// Monitoring
@allowed([30, 60, 90, 120, 180, 270, 365, 550, 730])
param logRetentionInDays int = 90
@description('Total retention of the security evidence tables (vault audit, pgaudit, queue and Front Door logs).')
param auditRetentionInDays int = 2192
@description('Days the VNet flow logs are kept in storage.')
param flowLogRetentionInDays int = 90
@description('The region\'s Network Watcher, which Azure creates per subscription and region.')
param networkWatcherName string = 'NetworkWatcher_${location}'
param networkWatcherResourceGroup string = 'NetworkWatcherRG'
@description('Security on-call address for the audit-chain, poison-message and break-glass alerts.')
param securityContactEmail string

// Front door
@description('Requests per minute one client IP may make through Front Door before the WAF blocks it.')
param frontDoorRateLimitPerMinute int = 600

// PHI e-mail (ACS Email with the customer's domain); an empty emailDomain leaves e-mail off
@description('The sending domain (its Azure DNS zone is created here and delegated by the customer); empty: no e-mail.')
param emailDomain string = ''
@description('Where ACS keeps e-mail data at rest (Europe, UnitedStates, ...): choose for residency.')
param emailDataLocation string = 'Europe'
@description('mailto: address for aggregate DMARC reports.')
param dmarcReportAddress string = ''
@description('True once ACS has verified the domain\'s records (second deployment, docs/deploying.md).')
param emailDomainVerified bool = false
@description('Client id of the Entra application the SMTP relay authenticates (its secret: Key Vault smtp-password).')
param smtpApplicationClientId string = ''
@description('Object id of that application\'s service principal (it gets the SMTP sender role on ACS).')
param smtpApplicationPrincipalId string = ''

// The function app
param oidcIssuer string
param oidcAudience string = 'gatehouse-api'
param oidcAllowedAzp string = ''
param tenantClaim string = 'customer_id'
param rolesClaim string = 'realm_access.roles'
param clockSkewSeconds int = 30
param dbPoolSize int = 10
@description('Seconds one audit-writer invocation waits out a database outage (docs/audit.md).')
@minValue(0)
@maxValue(600)
param auditWriterOutageSeconds int = 120
param maximumInstanceCount int = 40
param instanceMemoryMB int = 2048

var abbrs = loadJsonContent('abbreviations.json')
var token = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var compactEnvironment = toLower(replace(environmentName, '-', ''))
var tags = {
  'azd-env-name': environmentName
  application: 'gatehouse'
  'data-residency': location
}
var names = {
  vnet: '${abbrs.networkVirtualNetworks}gatehouse-${environmentName}'
  appIdentity: '${abbrs.managedIdentityUserAssignedIdentities}gatehouse-${environmentName}'
  encryptionIdentity: '${abbrs.managedIdentityUserAssignedIdentities}gatehouse-${environmentName}-encryption'
  // Vault and storage names are global and short (24): letters and digits, cut to length.
  keyVault: take('${abbrs.keyVaultVaults}gh${compactEnvironment}${token}', 24)
  geoKeyVault: take('${abbrs.keyVaultVaults}ghgeo${compactEnvironment}${token}', 24)
  storage: take('${abbrs.storageStorageAccounts}gh${compactEnvironment}${token}', 24)
  postgres: '${abbrs.dBforPostgreSQLServers}gatehouse-${environmentName}-${take(token, 6)}'
  workspace: '${abbrs.operationalInsightsWorkspaces}gatehouse-${environmentName}'
  applicationInsights: '${abbrs.insightsComponents}gatehouse-${environmentName}'
  flowLogIdentity: '${abbrs.managedIdentityUserAssignedIdentities}gatehouse-${environmentName}-flowlogs'
  flowLogStorage: take('${abbrs.storageStorageAccounts}ghlog${compactEnvironment}${token}', 24)
  frontDoor: '${abbrs.cdnProfiles}gatehouse-${environmentName}'
  frontDoorEndpoint: 'gatehouse-${environmentName}-${take(token, 6)}'
  waf: 'waf${compactEnvironment}gatehouse'
  emailService: '${abbrs.communicationEmailServices}gatehouse-${environmentName}'
  communicationService: '${abbrs.communicationServices}gatehouse-${environmentName}-${take(token, 6)}'
  plan: '${abbrs.webServerFarms}gatehouse-${environmentName}'
  functionApp: '${abbrs.webSitesFunctions}gatehouse-${environmentName}-${take(token, 6)}'
}
var emailEnabled = !empty(emailDomain)
// Residency decides: a 'region' estate never copies its database out of the region.
var geoBackup = postgresGeoRedundantBackup && dataResidency == 'geography'
var databaseName = 'gatehouse'
var queueNames = ['audit-events', 'approved-actions', 'outbound-email', 'reasoning-requests']
var deploymentContainerName = 'app-package'

// Two identities, so that neither can do the other's work: the app's (secrets, queues, the
// database login) and the encryption identity (wraps and unwraps with the CMKs, nothing else).
module appIdentity 'br/public:avm/res/managed-identity/user-assigned-identity:0.4.1' = {
  name: 'app-identity'
  params: {
    name: names.appIdentity
    location: location
    tags: tags
  }
}

module encryptionIdentity 'br/public:avm/res/managed-identity/user-assigned-identity:0.4.1' = {
  name: 'encryption-identity'
  params: {
    name: names.encryptionIdentity
    location: location
    tags: tags
  }
}

// Writes the VNet flow logs to their storage account, and nothing else.
module flowLogIdentity 'br/public:avm/res/managed-identity/user-assigned-identity:0.4.1' = {
  name: 'flow-log-identity'
  params: {
    name: names.flowLogIdentity
    location: location
    tags: tags
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    name: names.vnet
    tags: tags
    addressPrefix: vnetAddressPrefix
    postgresServerName: names.postgres
    workspaceId: monitoring.outputs.workspaceId
  }
}

module flowLog 'modules/flowlog.bicep' = {
  name: 'flow-log'
  scope: resourceGroup(networkWatcherResourceGroup)
  params: {
    location: location
    tags: tags
    networkWatcherName: networkWatcherName
    vnetId: network.outputs.vnetId
    storageAccountId: monitoring.outputs.flowLogStorageId
    workspaceResourceId: monitoring.outputs.workspaceId
    identityId: flowLogIdentity.outputs.resourceId
    retentionInDays: flowLogRetentionInDays
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    location: location
    tags: tags
    namePrefix: 'gatehouse-${environmentName}'
    workspaceId: monitoring.outputs.workspaceId
    securityContactEmail: securityContactEmail
  }
}

module frontDoor 'modules/frontdoor.bicep' = {
  name: 'front-door'
  params: {
    tags: tags
    profileName: names.frontDoor
    endpointName: names.frontDoorEndpoint
    wafPolicyName: names.waf
    rateLimitPerMinute: frontDoorRateLimitPerMinute
    workspaceId: monitoring.outputs.workspaceId
  }
}

module frontDoorRoute 'modules/frontdoor-route.bicep' = {
  name: 'front-door-route'
  params: {
    profileName: frontDoor.outputs.profileName
    endpointName: frontDoor.outputs.endpointName
    ruleSetId: frontDoor.outputs.ruleSetId
    originHostName: functionApp.outputs.defaultHostName
  }
}

module email 'modules/email.bicep' = if (emailEnabled) {
  name: 'email'
  params: {
    tags: tags
    emailServiceName: names.emailService
    communicationServiceName: names.communicationService
    dataLocation: emailDataLocation
    domainName: emailDomain
    dmarcReportAddress: dmarcReportAddress
    emailDomainVerified: emailDomainVerified
    smtpPrincipalId: smtpApplicationPrincipalId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'key-vault'
  params: {
    location: location
    tags: tags
    name: names.keyVault
    keyNames: ['cmk-postgres', 'cmk-storage']
    encryptionPrincipalId: encryptionIdentity.outputs.principalId
    rotateAfter: keyRotateAfter
    keyLifetime: keyLifetime
    privateEndpointsSubnetId: network.outputs.privateEndpointsSubnetId
    privateDnsZoneId: network.outputs.vaultZoneId
    workspaceId: monitoring.outputs.workspaceId
  }
}

// PostgreSQL's geo-backups are encrypted with a key in the paired region.
module geoKeyVault 'modules/keyvault.bicep' = if (geoBackup) {
  name: 'geo-key-vault'
  params: {
    location: postgresGeoBackupLocation
    tags: tags
    name: names.geoKeyVault
    keyNames: ['cmk-postgres-geo']
    encryptionPrincipalId: encryptionIdentity.outputs.principalId
    rotateAfter: keyRotateAfter
    keyLifetime: keyLifetime
    privateEndpointsSubnetId: network.outputs.privateEndpointsSubnetId
    privateDnsZoneId: network.outputs.vaultZoneId
    withPrivateEndpoint: false
    workspaceId: monitoring.outputs.workspaceId
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: names.workspace
    applicationInsightsName: names.applicationInsights
    retentionInDays: logRetentionInDays
    auditRetentionInDays: auditRetentionInDays
    flowLogStorageName: names.flowLogStorage
    flowLogPrincipalId: flowLogIdentity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    tags: tags
    name: names.storage
    skuName: storageSkuName
    encryptionIdentityId: encryptionIdentity.outputs.resourceId
    vaultUri: keyVault.outputs.uri
    keyName: 'cmk-storage'
    queueNames: queueNames
    deploymentContainerName: deploymentContainerName
    privateEndpointsSubnetId: network.outputs.privateEndpointsSubnetId
    blobZoneId: network.outputs.blobZoneId
    queueZoneId: network.outputs.queueZoneId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    location: location
    tags: tags
    name: names.postgres
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
    backupRetentionDays: postgresBackupRetentionDays
    geoRedundantBackup: geoBackup
    highAvailability: postgresHighAvailability
    databaseName: databaseName
    delegatedSubnetId: network.outputs.postgresSubnetId
    privateDnsZoneId: network.outputs.postgresZoneId
    encryptionIdentityId: encryptionIdentity.outputs.resourceId
    primaryKeyUri: keyVault.outputs.keyUris[0]
    geoBackupKeyUri: geoBackup ? geoKeyVault!.outputs.keyUris[0] : ''
    entraAdminObjectId: postgresEntraAdminObjectId
    entraAdminName: postgresEntraAdminName
    entraAdminType: postgresEntraAdminType
    workspaceId: monitoring.outputs.workspaceId
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'function-app'
  params: {
    location: location
    tags: tags
    name: names.functionApp
    planName: names.plan
    identityId: appIdentity.outputs.resourceId
    identityClientId: appIdentity.outputs.clientId
    identityName: appIdentity.outputs.name
    functionsSubnetId: network.outputs.functionsSubnetId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultUri: keyVault.outputs.uri
    postgresFqdn: postgres.outputs.fqdn
    databaseName: postgres.outputs.databaseName
    oidcIssuer: oidcIssuer
    oidcAudience: oidcAudience
    oidcAllowedAzp: oidcAllowedAzp
    tenantClaim: tenantClaim
    rolesClaim: rolesClaim
    clockSkewSeconds: clockSkewSeconds
    dbPoolSize: dbPoolSize
    auditWriterOutageSeconds: auditWriterOutageSeconds
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    frontDoorId: frontDoor.outputs.frontDoorId
    workspaceId: monitoring.outputs.workspaceId
    // <ACS resource>.<Entra application client id>.<tenant id>: the ACS SMTP user name.
    smtpUsername: emailEnabled && emailDomainVerified && !empty(smtpApplicationClientId)
      ? '${names.communicationService}.${smtpApplicationClientId}.${tenant().tenantId}'
      : ''
    smtpFrom: emailEnabled && emailDomainVerified ? 'gatehouse@${emailDomain}' : ''
  }
  // The app's first start reads secrets and queues: its roles must exist by then.
  dependsOn: [rbac]
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  params: {
    principalId: appIdentity.outputs.principalId
    keyVaultName: keyVault.outputs.name
    storageAccountName: storage.outputs.name
    queueNames: storage.outputs.queueNames
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

// What the pipeline needs next (migrations, the login step, the package). Names and ids only.
output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = resourceGroup().name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_HOST string = functionApp.outputs.defaultHostName
// The only public entrance (the app itself answers Front Door only).
output AZURE_FRONT_DOOR_HOST string = frontDoor.outputs.endpointHostName
// Delegate the e-mail domain to these (NS records at the customer's parent zone).
output EMAIL_ZONE_NAME_SERVERS array = emailEnabled ? email!.outputs.zoneNameServers : []
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_URI string = keyVault.outputs.uri
output POSTGRES_HOST string = postgres.outputs.fqdn
output POSTGRES_DATABASE string = postgres.outputs.databaseName
output RUNTIME_IDENTITY_NAME string = appIdentity.outputs.name
output RUNTIME_IDENTITY_PRINCIPAL_ID string = appIdentity.outputs.principalId
output RUNTIME_IDENTITY_CLIENT_ID string = appIdentity.outputs.clientId
