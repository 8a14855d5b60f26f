// PHI e-mail on Azure: Azure Communication Services Email sending from the customer's own domain,
// whose SPF, DKIM (both selectors), DMARC and ownership records are written into an Azure DNS zone
// from the values ACS itself issues (verificationRecords), so nothing is copied by hand.
//
// The app sends through the ACS SMTP relay (smtp.azurecomm.net:587, STARTTLS required): the user
// name names the ACS resource and an Entra application; the password is that application's client
// secret, kept in Key Vault as `smtp-password` (set by the operator, never by a deployment). The
// application's only permission is the custom role below, on this ACS resource.
//
// Two deployments, because ACS links only a verified domain: the first creates the domain and its
// records; after `az communication email domain initiate-verification` (docs/deploying.md) has
// verified them, `emailDomainVerified: true` links the domain to the ACS resource.

param tags object
param emailServiceName string
param communicationServiceName string
@description('Where ACS keeps e-mail data at rest: a geography (Europe, UnitedStates, ...), chosen for residency.')
param dataLocation string
@description('The sending domain, e.g. mail.example.com; the DNS zone of that name is created here and delegated by the customer.')
param domainName string
@description('Local part of the sender address (<senderUsername>@<domainName>).')
param senderUsername string = 'gatehouse'
@allowed(['quarantine', 'reject'])
@description('What receivers do with mail that fails SPF and DKIM alignment.')
param dmarcPolicy string = 'reject'
@description('Where aggregate DMARC reports go (mailto: address).')
param dmarcReportAddress string
@description('Link the domain to the ACS resource; true only once ACS has verified its records.')
param emailDomainVerified bool = false
@description('Principal id of the Entra application the SMTP relay authenticates; empty: no role assigned yet.')
param smtpPrincipalId string = ''
param workspaceId string

resource emailService 'Microsoft.Communication/emailServices@2023-04-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

resource domain 'Microsoft.Communication/emailServices/domains@2023-04-01' = {
  parent: emailService
  name: domainName
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'CustomerManaged'
    // PHI mail carries no tracking pixels or rewritten links.
    userEngagementTracking: 'Disabled'
  }
}

resource sender 'Microsoft.Communication/emailServices/domains/senderUsernames@2023-04-01' = {
  parent: domain
  name: senderUsername
  properties: {
    username: senderUsername
    displayName: 'Gatehouse'
  }
}

resource communication 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: emailDomainVerified ? [domain.id] : []
  }
}

// The zone the customer delegates (NS records in the parent zone, from the zoneNameServers output).
resource zone 'Microsoft.Network/dnsZones@2018-05-01' = {
  name: domainName
  location: 'global'
  tags: tags
}

var records = domain.properties.verificationRecords

// Ownership and SPF are both TXT at the apex: one record set holding both values.
resource apexTxt 'Microsoft.Network/dnsZones/TXT@2018-05-01' = {
  parent: zone
  name: '@'
  properties: {
    TTL: 3600
    TXTRecords: [
      { value: [records.Domain.value] }
      { value: [records.SPF.value] }
    ]
  }
}

// DKIM, both selectors (selector1-… and selector2-…._domainkey), as CNAMEs to ACS's keys, so ACS
// can rotate the signing keys without a DNS change.
resource dkim 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = {
  parent: zone
  name: records.DKIM.name
  properties: {
    TTL: 3600
    CNAMERecord: { cname: records.DKIM.value }
  }
}

resource dkim2 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = {
  parent: zone
  name: records.DKIM2.name
  properties: {
    TTL: 3600
    CNAMERecord: { cname: records.DKIM2.value }
  }
}

// DMARC: strict alignment for both SPF and DKIM, and reports to the customer.
resource dmarc 'Microsoft.Network/dnsZones/TXT@2018-05-01' = {
  parent: zone
  name: '_dmarc'
  properties: {
    TTL: 3600
    TXTRecords: [
      { value: ['v=DMARC1; p=${dmarcPolicy}; adkim=s; aspf=s; rua=mailto:${dmarcReportAddress}'] }
    ]
  }
}

// What the SMTP relay needs of its Entra application, and nothing more (the actions ACS documents
// for SMTP authentication), on this ACS resource only.
resource smtpSenderRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, communicationServiceName, 'smtp-sender')
  properties: {
    roleName: 'Gatehouse SMTP sender (${communicationServiceName})'
    description: 'Sends e-mail through the ACS SMTP relay of ${communicationServiceName}.'
    type: 'CustomRole'
    permissions: [
      {
        actions: [
          'Microsoft.Communication/CommunicationServices/Read'
          'Microsoft.Communication/CommunicationServices/Write'
          'Microsoft.Communication/EmailServices/write'
        ]
        notActions: []
      }
    ]
    assignableScopes: [resourceGroup().id]
  }
}

resource smtpSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(smtpPrincipalId)) {
  name: guid(communication.id, smtpPrincipalId, 'smtp-sender')
  scope: communication
  properties: {
    roleDefinitionId: smtpSenderRole.id
    principalId: smtpPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Send and delivery-status logs (EmailSendMailOperational, EmailStatusUpdateOperational).
resource communicationDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: communication
  properties: {
    workspaceId: workspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

output communicationServiceName string = communication.name
output senderAddress string = '${senderUsername}@${domainName}'
output zoneNameServers array = zone.properties.nameServers
