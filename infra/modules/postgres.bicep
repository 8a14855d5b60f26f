// PostgreSQL Flexible Server 17: Microsoft Entra authentication only (no password login exists),
// private access in a delegated subnet, TLS 1.2 or later required, backups (geo-redundant when
// asked), high availability when asked, and data encrypted with a customer-managed key.

param location string
param tags object
param name string
param skuName string
@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param skuTier string
param storageSizeGB int
@minValue(7)
@maxValue(35)
param backupRetentionDays int
param geoRedundantBackup bool
param highAvailability bool
param databaseName string
param delegatedSubnetId string
param privateDnsZoneId string
@description('Resource id of the user-assigned identity that reaches the encryption keys.')
param encryptionIdentityId string
param primaryKeyUri string
@description('Key in a vault in the geo-backup region; required when geoRedundantBackup.')
param geoBackupKeyUri string = ''
@description('The Entra principal that administers the server: the deploy pipeline\'s identity (it runs the migrations).')
param entraAdminObjectId string
param entraAdminName string
@allowed(['User', 'Group', 'ServicePrincipal'])
param entraAdminType string
@description('Log Analytics workspace for the server\'s logs (pgaudit, connections) and metrics.')
param workspaceId string

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${encryptionIdentityId}': {} }
  }
  properties: {
    version: '17'
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenant().tenantId
    }
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: geoRedundantBackup ? 'Enabled' : 'Disabled'
    }
    highAvailability: {
      mode: highAvailability ? 'ZoneRedundant' : 'Disabled'
    }
    network: {
      delegatedSubnetResourceId: delegatedSubnetId
      privateDnsZoneArmResourceId: privateDnsZoneId
      publicNetworkAccess: 'Disabled'
    }
    dataEncryption: geoRedundantBackup
      ? {
          type: 'AzureKeyVault'
          primaryKeyURI: primaryKeyUri
          primaryUserAssignedIdentityId: encryptionIdentityId
          geoBackupKeyURI: geoBackupKeyUri
          geoBackupUserAssignedIdentityId: encryptionIdentityId
        }
      : {
          type: 'AzureKeyVault'
          primaryKeyURI: primaryKeyUri
          primaryUserAssignedIdentityId: encryptionIdentityId
        }
  }
}

resource admin 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2025-08-01' = {
  parent: server
  name: entraAdminObjectId
  properties: {
    principalType: entraAdminType
    principalName: entraAdminName
    tenantId: tenant().tenantId
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2025-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [admin]
}

// TLS required (1.2 at least); pgaudit for role and DDL statements (who granted what, who
// changed the schema: the migration identity's work is on record); every connection and
// disconnection logged. Applied one at a time (the server refuses parallel changes), in this
// order: pgaudit must be allow-listed and preloaded before its own settings exist. Loading a
// preload library restarts the server once, on the first deployment.
var serverParameters = [
  { name: 'require_secure_transport', value: 'ON' }
  { name: 'ssl_min_protocol_version', value: 'TLSv1.2' }
  { name: 'azure.extensions', value: 'PGAUDIT' }
  { name: 'shared_preload_libraries', value: 'pgaudit' }
  { name: 'pgaudit.log', value: 'ROLE,DDL' }
  { name: 'pgaudit.log_catalog', value: 'off' }
  { name: 'log_connections', value: 'ON' }
  { name: 'log_disconnections', value: 'ON' }
]

@batchSize(1)
resource parameters 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2025-08-01' = [
  for parameter in serverParameters: {
    parent: server
    name: parameter.name
    properties: {
      value: parameter.value
      source: 'user-override'
    }
    dependsOn: [database]
  }
]

// Server logs (pgaudit, connections, errors) and metrics to Log Analytics.
resource serverDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: server
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
  dependsOn: [parameters]
}

output name string = server.name
output fqdn string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
