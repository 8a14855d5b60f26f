// Log Analytics and workspace-based Application Insights, both with local (key) authentication
// disabled: telemetry is accepted only with an Entra token (Monitoring Metrics Publisher).

param location string
param tags object
param workspaceName string
param applicationInsightsName string
@description('Days of retention; Application Insights accepts 30, 60, 90, 120, 180, 270, 365, 550 or 730.')
@allowed([30, 60, 90, 120, 180, 270, 365, 550, 730])
param retentionInDays int
@description('Total retention (interactive + long-term) of the security evidence tables: vault audit, server logs (pgaudit), queue logs. HIPAA keeps documentation six years.')
@minValue(365)
@maxValue(4383)
param auditRetentionInDays int = 2192
@description('Name of the storage account the VNet flow logs are written to.')
param flowLogStorageName string
@description('Principal id of that identity.')
param flowLogPrincipalId string

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
    features: {
      disableLocalAuth: true
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

// Retention per data class: operational telemetry keeps the workspace default (retentionInDays);
// the tables that are security evidence keep auditRetentionInDays in total (long-term archive
// after the interactive period).
var evidenceTables = [
  'AZKVAuditLogs' // every secret read and key use (Key Vault, resource-specific table)
  'AzureDiagnostics' // PostgreSQL server logs: pgaudit ROLE/DDL, connections, disconnections
  'StorageQueueLogs' // queue writes, poison moves included
  'StorageBlobLogs' // deployment packages and host state
  'FrontDoorAccessLog'
  'FrontDoorWebApplicationFirewallLog'
]

resource tables 'Microsoft.OperationalInsights/workspaces/tables@2022-10-01' = [
  for table in evidenceTables: {
    parent: workspace
    name: table
    properties: {
      retentionInDays: retentionInDays
      totalRetentionInDays: auditRetentionInDays
    }
  }
]

// Who queried the workspace (LAQueryLogs): reading the evidence is itself on record.
resource workspaceDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: workspace
  properties: {
    workspaceId: workspace.id
    logs: [{ categoryGroup: 'audit', enabled: true }]
  }
}

// VNet flow logs land here (Network Watcher writes them with the flow-log identity; no keys).
resource flowLogStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: flowLogStorageName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Cool'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Disabled'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    networkAcls: {
      defaultAction: 'Deny'
      // Network Watcher writes as a trusted Microsoft service.
      bypass: 'AzureServices'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: { enabled: true, keyType: 'Account' }
      }
    }
  }
}

resource flowLogStorageDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: flowLogStorage
  properties: {
    workspaceId: workspace.id
    metrics: [{ category: 'Transaction', enabled: true }]
  }
}

var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource flowLogWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(flowLogStorage.id, flowLogPrincipalId, storageBlobDataContributor)
  scope: flowLogStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: flowLogPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Azure Verified Module, pinned.
module applicationInsights 'br/public:avm/res/insights/component:0.6.0' = {
  name: 'application-insights'
  params: {
    name: applicationInsightsName
    location: location
    tags: tags
    kind: 'web'
    applicationType: 'web'
    workspaceResourceId: workspace.id
    disableLocalAuth: true
    retentionInDays: retentionInDays
  }
}

output workspaceId string = workspace.id
output flowLogStorageId string = flowLogStorage.id
output applicationInsightsName string = applicationInsights.outputs.name
output applicationInsightsId string = applicationInsights.outputs.resourceId
