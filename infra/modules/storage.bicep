// Storage for the Functions host and Gatehouse's queues: no shared keys (Entra only), no public
// network access (private endpoints for blob and queue), TLS 1.2, and encryption with a
// customer-managed key for every service, queues included (keyType Account; the default for
// queues and tables is a Microsoft-managed key, and it can only be chosen at creation).

param location string
param tags object
param name string
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GZRS'])
param skuName string
@description('Resource id of the user-assigned identity that reaches the encryption key.')
param encryptionIdentityId string
param vaultUri string
param keyName string
@description('Queues the app produces and consumes (SPEC §4); each gets its <queue>-poison too.')
param queueNames array
@description('Blob container Flex Consumption deploys the app package from.')
param deploymentContainerName string
param privateEndpointsSubnetId string
param blobZoneId string
param queueZoneId string
@description('Log Analytics workspace for the account\'s metrics and the blob and queue logs.')
param workspaceId string

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: skuName }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${encryptionIdentityId}': {} }
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Disabled'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'None'
    }
    encryption: {
      keySource: 'Microsoft.Keyvault'
      requireInfrastructureEncryption: true
      identity: { userAssignedIdentity: encryptionIdentityId }
      keyvaultproperties: {
        keyvaulturi: vaultUri
        keyname: keyName
        // No keyversion: the account follows the key's rotation automatically.
      }
      services: {
        blob: { enabled: true, keyType: 'Account' }
        file: { enabled: true, keyType: 'Account' }
        queue: { enabled: true, keyType: 'Account' }
        table: { enabled: true, keyType: 'Account' }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: { enabled: true, days: 7 }
    containerDeleteRetentionPolicy: { enabled: true, days: 7 }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: { publicAccess: 'None' }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

var allQueues = flatten(map(queueNames, queue => [queue, '${queue}-poison']))

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queue in allQueues: {
    parent: queueService
    name: queue
  }
]

// Metrics at the account; reads, writes and deletes of blobs and queue messages at the services
// (StorageBlobLogs, StorageQueueLogs: who moved a message to a -poison queue, and when).
resource accountDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: account
  properties: {
    workspaceId: workspaceId
    metrics: [{ category: 'Transaction', enabled: true }]
  }
}

resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: blobService
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'Transaction', enabled: true }]
  }
}

resource queueDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: queueService
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'Transaction', enabled: true }]
  }
}

module blobEndpoint 'privateendpoint.bicep' = {
  name: 'pe-${name}-blob'
  params: {
    location: location
    tags: tags
    name: 'pe-${name}-blob'
    targetResourceId: account.id
    groupId: 'blob'
    subnetId: privateEndpointsSubnetId
    privateDnsZoneId: blobZoneId
  }
}

module queueEndpoint 'privateendpoint.bicep' = {
  name: 'pe-${name}-queue'
  params: {
    location: location
    tags: tags
    name: 'pe-${name}-queue'
    targetResourceId: account.id
    groupId: 'queue'
    subnetId: privateEndpointsSubnetId
    privateDnsZoneId: queueZoneId
  }
}

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output queueNames array = allQueues
