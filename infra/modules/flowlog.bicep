// VNet flow logs (they record every flow the subnets' NSGs evaluate; Azure stopped creating new
// NSG flow logs on 30 June 2025 and VNet flow logs replace them), written to a storage account and
// analysed into Log Analytics (Traffic Analytics). Deployed into the region's Network Watcher,
// which Azure keeps in its own resource group (NetworkWatcherRG by default).

param location string
param tags object
param networkWatcherName string
param vnetId string
param storageAccountId string
param workspaceResourceId string
@description('Resource id of the identity that writes the flow logs to storage (Storage Blob Data Contributor there).')
param identityId string
@minValue(1)
param retentionInDays int

resource watcher 'Microsoft.Network/networkWatchers@2024-05-01' existing = {
  name: networkWatcherName
}

resource flowLog 'Microsoft.Network/networkWatchers/flowLogs@2024-05-01' = {
  parent: watcher
  name: 'flowlog-${last(split(vnetId, '/'))}'
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    targetResourceId: vnetId
    storageId: storageAccountId
    enabled: true
    format: { type: 'JSON', version: 2 }
    retentionPolicy: { enabled: true, days: retentionInDays }
    flowAnalyticsConfiguration: {
      networkWatcherFlowAnalyticsConfiguration: {
        enabled: true
        workspaceResourceId: workspaceResourceId
        trafficAnalyticsInterval: 10
      }
    }
  }
}
