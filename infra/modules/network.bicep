// The estate's private network: one VNet, a subnet per role, an NSG per subnet, and the private
// DNS zones that make the services' public names resolve to their private endpoints inside it.
//
// Subnets (carved from addressPrefix with cidrSubnet, /24 each):
//   functions          Flex Consumption VNet integration (delegated to Microsoft.App/environments)
//   private-endpoints  Key Vault and Storage private endpoints
//   postgres           PostgreSQL Flexible Server, private access (delegated subnet)
//   deploy             the deploy pipeline's migration runner (self-hosted / private-networked runner)

@description('Region of every resource (data residency).')
param location string
param name string
param tags object
@description('Address space of the VNet, e.g. 10.40.0.0/16.')
param addressPrefix string
@description('Name of the PostgreSQL server; its private DNS zone is named after it.')
param postgresServerName string

var functionsPrefix = cidrSubnet(addressPrefix, 24, 1)
var privateEndpointsPrefix = cidrSubnet(addressPrefix, 24, 2)
var postgresPrefix = cidrSubnet(addressPrefix, 24, 3)
var deployPrefix = cidrSubnet(addressPrefix, 24, 4)

@description('Log Analytics workspace every NSG sends its events and rule counters to.')
param workspaceId string

// Outbound from the function app: the VNet (private endpoints, PostgreSQL), Entra ID for tokens,
// Azure Monitor for telemetry, HTTPS to the internet for the OIDC issuer's JWKS, and SMTP
// submission (587, STARTTLS) for PHI e-mail through the ACS relay. Nothing else.
resource functionsNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-${name}-functions'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-vnet-outbound'
        properties: {
          priority: 100
          direction: 'Outbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: functionsPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: 'VirtualNetwork'
          destinationPortRange: '*'
        }
      }
      {
        name: 'allow-entra-outbound'
        properties: {
          priority: 110
          direction: 'Outbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: functionsPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: 'AzureActiveDirectory'
          destinationPortRange: '443'
        }
      }
      {
        name: 'allow-monitor-outbound'
        properties: {
          priority: 120
          direction: 'Outbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: functionsPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: 'AzureMonitor'
          destinationPortRange: '443'
        }
      }
      {
        name: 'allow-https-outbound'
        properties: {
          priority: 130
          direction: 'Outbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: functionsPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: 'Internet'
          destinationPortRange: '443'
        }
      }
      {
        // ACS Email's SMTP relay (smtp.azurecomm.net) has no service tag of its own; submission
        // port only (never 25), and the app refuses to send without STARTTLS.
        name: 'allow-smtp-submission-outbound'
        properties: {
          priority: 140
          direction: 'Outbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: functionsPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: 'Internet'
          destinationPortRange: '587'
        }
      }
      {
        name: 'deny-all-outbound'
        properties: {
          priority: 4096
          direction: 'Outbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: '*'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

// Private endpoints answer HTTPS from the function app's subnet, and from the deploy subnet
// (where an operator sets the Key Vault secrets on the first deployment), only.
resource privateEndpointsNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-${name}-private-endpoints'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-functions-https'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: functionsPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: privateEndpointsPrefix
          destinationPortRange: '443'
        }
      }
      {
        name: 'allow-deploy-https'
        properties: {
          priority: 110
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: deployPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: privateEndpointsPrefix
          destinationPortRange: '443'
        }
      }
      {
        name: 'deny-all-inbound'
        properties: {
          priority: 4096
          direction: 'Inbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: '*'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

// PostgreSQL answers 5432 from the function app and the migration runner only.
resource postgresNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-${name}-postgres'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-functions-postgres'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: functionsPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: postgresPrefix
          destinationPortRange: '5432'
        }
      }
      {
        name: 'allow-deploy-postgres'
        properties: {
          priority: 110
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: deployPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: postgresPrefix
          destinationPortRange: '5432'
        }
      }
      {
        // The platform's health probes; the default rule that allows them sits below deny-all.
        name: 'allow-azure-load-balancer'
        properties: {
          priority: 4000
          direction: 'Inbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: 'AzureLoadBalancer'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
      {
        // High availability replicates between the server's own addresses in this subnet.
        name: 'allow-postgres-subnet'
        properties: {
          priority: 120
          direction: 'Inbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: postgresPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: postgresPrefix
          destinationPortRange: '*'
        }
      }
      {
        name: 'deny-all-inbound'
        properties: {
          priority: 4096
          direction: 'Inbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: '*'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

// The runner reaches PostgreSQL and HTTPS (GitHub, Entra, Azure Resource Manager); nothing inbound.
resource deployNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-${name}-deploy'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'deny-all-inbound'
        properties: {
          priority: 4096
          direction: 'Inbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: '*'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

// Every NSG's events and rule counters go to Log Analytics (the flows themselves: flowlog.bicep).
resource functionsNsgDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: functionsNsg
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
  }
}

resource privateEndpointsNsgDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: privateEndpointsNsg
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
  }
}

resource postgresNsgDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: postgresNsg
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
  }
}

resource deployNsgDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: deployNsg
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [addressPrefix]
    }
    subnets: [
      {
        name: 'functions'
        properties: {
          addressPrefix: functionsPrefix
          networkSecurityGroup: { id: functionsNsg.id }
          delegations: [
            {
              name: 'flex-consumption'
              properties: { serviceName: 'Microsoft.App/environments' }
            }
          ]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: privateEndpointsPrefix
          networkSecurityGroup: { id: privateEndpointsNsg.id }
          // Lets the NSG above apply to the private endpoints themselves.
          privateEndpointNetworkPolicies: 'Enabled'
        }
      }
      {
        name: 'postgres'
        properties: {
          addressPrefix: postgresPrefix
          networkSecurityGroup: { id: postgresNsg.id }
          delegations: [
            {
              name: 'postgres-flexible'
              properties: { serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers' }
            }
          ]
        }
      }
      {
        name: 'deploy'
        properties: {
          addressPrefix: deployPrefix
          networkSecurityGroup: { id: deployNsg.id }
        }
      }
    ]
  }
}

// Private DNS zones (Azure Verified Module, pinned), each linked to the VNet. An array, not an
// object, so that the outputs below can name each zone by its index without relying on ordering.
var zoneNames = [
  'privatelink.vaultcore.azure.net'
  'privatelink.blob.${environment().suffixes.storage}'
  'privatelink.queue.${environment().suffixes.storage}'
  '${postgresServerName}.private.postgres.database.azure.com'
]

resource vnetDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vnet
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

module zones 'br/public:avm/res/network/private-dns-zone:0.7.1' = [
  for (zoneName, index) in zoneNames: {
    name: 'dns-zone-${index}'
    params: {
      name: zoneName
      tags: tags
      virtualNetworkLinks: [
        {
          virtualNetworkResourceId: vnet.id
          registrationEnabled: false
        }
      ]
    }
  }
]

output vnetId string = vnet.id
output functionsSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'functions')
output privateEndpointsSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'private-endpoints')
output postgresSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'postgres')
output deploySubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'deploy')
output vaultZoneId string = zones[0].outputs.resourceId
output blobZoneId string = zones[1].outputs.resourceId
output queueZoneId string = zones[2].outputs.resourceId
output postgresZoneId string = zones[3].outputs.resourceId
