// Key Vault: RBAC mode (no access policies), purge protection, no public network access (a
// private endpoint only), and the customer-managed keys that encrypt PostgreSQL and Storage, each
// with an automatic rotation policy. The encryption identity may wrap and unwrap with these keys
// and do nothing else; the app's identity gets Key Vault Secrets User in rbac.bicep.
//
// Secrets are not created here: a value passed through a deployment would sit in its history.
// The first deployment's operator sets them (docs/deploying.md).

param location string
param tags object
param name string
@allowed(['standard', 'premium'])
param skuName string = 'standard'
@description('Keys to create for customer-managed encryption, e.g. [\'cmk-postgres\', \'cmk-storage\'].')
param keyNames array
@description('Principal id of the identity that services use to reach the keys (Key Vault Crypto Service Encryption User).')
param encryptionPrincipalId string
@description('ISO 8601 duration after which a key version is rotated.')
param rotateAfter string = 'P1Y'
@description('ISO 8601 lifetime of a key version; must exceed rotateAfter.')
param keyLifetime string = 'P2Y'
param privateEndpointsSubnetId string
param privateDnsZoneId string
@description('Log Analytics workspace for the vault\'s audit log (every key and secret access).')
param workspaceId string
@description('Create a private endpoint in this VNet (false for a geo-backup vault whose region has no subnet of ours).')
param withPrivateEndpoint bool = true

var cryptoServiceEncryptionUser = 'e147488a-f6f5-4113-8e2d-b22465e65bf6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: skuName
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      defaultAction: 'Deny'
      // Storage reaches its encryption key as a trusted Microsoft service.
      bypass: 'AzureServices'
      ipRules: []
      virtualNetworkRules: []
    }
  }
}

resource keys 'Microsoft.KeyVault/vaults/keys@2023-07-01' = [
  for keyName in keyNames: {
    parent: vault
    name: keyName
    properties: {
      kty: 'RSA'
      keySize: 3072
      keyOps: ['wrapKey', 'unwrapKey']
      attributes: { enabled: true }
      rotationPolicy: {
        attributes: { expiryTime: keyLifetime }
        lifetimeActions: [
          {
            trigger: { timeAfterCreate: rotateAfter }
            action: { type: 'rotate' }
          }
          {
            trigger: { timeBeforeExpiry: 'P30D' }
            action: { type: 'notify' }
          }
        ]
      }
    }
  }
]

// Every read of a secret and every use of a key, by whom, to Log Analytics (AZKVAuditLogs).
resource vaultDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

// Scoped to each key, not the vault: the encryption identity cannot read secrets or other keys.
resource keyRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (keyName, index) in keyNames: {
    name: guid(keys[index].id, encryptionPrincipalId, cryptoServiceEncryptionUser)
    scope: keys[index]
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cryptoServiceEncryptionUser)
      principalId: encryptionPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

module endpoint 'privateendpoint.bicep' = if (withPrivateEndpoint) {
  name: 'pe-${name}'
  params: {
    location: location
    tags: tags
    name: 'pe-${name}'
    targetResourceId: vault.id
    groupId: 'vault'
    subnetId: privateEndpointsSubnetId
    privateDnsZoneId: privateDnsZoneId
  }
}

output name string = vault.name
output id string = vault.id
output uri string = vault.properties.vaultUri
// Versionless key URIs: services follow the rotation policy to each new version.
output keyUris array = [for (keyName, index) in keyNames: keys[index].properties.keyUri]
