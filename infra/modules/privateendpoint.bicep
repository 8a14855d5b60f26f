// One private endpoint in the private-endpoints subnet, registered in its private DNS zone.

param location string
param tags object
@description('Name of the endpoint, e.g. pe-kv-gatehouse-prod.')
param name string
@description('The resource the endpoint reaches.')
param targetResourceId string
@description('The sub-resource (group id): vault, blob, queue.')
param groupId string
param subnetId string
param privateDnsZoneId string

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    subnet: { id: subnetId }
    privateLinkServiceConnections: [
      {
        name: name
        properties: {
          privateLinkServiceId: targetResourceId
          groupIds: [groupId]
        }
      }
    ]
  }
}

resource zoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: groupId
        properties: { privateDnsZoneId: privateDnsZoneId }
      }
    ]
  }
}
