// The only way in: Azure Front Door Premium with a WAF policy in Prevention mode (the Microsoft
// default rule set, OWASP-based, and the bot manager rule set), a rate limit per client IP, HTTPS
// only (HTTP redirects), TLS 1.2 at least, and HSTS on every response. The function app admits
// Front Door's backend service tag carrying this profile's id only (functionapp.bicep).
//
// Split in two because the app needs the profile's id before Front Door can name the app as its
// origin: this module makes the profile, the WAF and the endpoint; frontdoor-route.bicep the
// origin and the route.

param tags object
param profileName string
param endpointName string
param wafPolicyName string
@description('Requests one client IP may make per minute before the WAF blocks it for the rest of that minute.')
@minValue(10)
param rateLimitPerMinute int = 600
param workspaceId string

resource waf 'Microsoft.Network/FrontDoorWebApplicationFirewallPolicies@2025-03-01' = {
  name: wafPolicyName
  location: 'global'
  tags: tags
  sku: { name: 'Premium_AzureFrontDoor' }
  properties: {
    policySettings: {
      enabledState: 'Enabled'
      mode: 'Prevention'
      requestBodyCheck: 'Enabled'
      customBlockResponseStatusCode: 403
    }
    customRules: {
      rules: [
        {
          name: 'ratelimitperclientip'
          priority: 100
          enabledState: 'Enabled'
          ruleType: 'RateLimitRule'
          rateLimitDurationInMinutes: 1
          rateLimitThreshold: rateLimitPerMinute
          // SocketAddr: the address that connected to Front Door, which a client cannot forge
          // with an X-Forwarded-For header.
          groupBy: [{ variableName: 'SocketAddr' }]
          matchConditions: [
            {
              matchVariable: 'RequestUri'
              operator: 'Any'
              negateCondition: false
              matchValue: []
            }
          ]
          action: 'Block'
        }
      ]
    }
    managedRules: {
      managedRuleSets: [
        {
          ruleSetType: 'Microsoft_DefaultRuleSet'
          ruleSetVersion: '2.1'
          ruleSetAction: 'Block'
        }
        {
          ruleSetType: 'Microsoft_BotManagerRuleSet'
          ruleSetVersion: '1.1'
        }
      ]
    }
  }
}

resource profile 'Microsoft.Cdn/profiles@2024-02-01' = {
  name: profileName
  location: 'global'
  tags: tags
  sku: { name: 'Premium_AzureFrontDoor' }
  properties: {
    originResponseTimeoutSeconds: 60
  }
}

resource endpoint 'Microsoft.Cdn/profiles/afdEndpoints@2024-02-01' = {
  parent: profile
  name: endpointName
  location: 'global'
  tags: tags
  properties: { enabledState: 'Enabled' }
}

resource wafAssociation 'Microsoft.Cdn/profiles/securityPolicies@2024-02-01' = {
  parent: profile
  name: 'waf'
  properties: {
    parameters: {
      type: 'WebApplicationFirewall'
      wafPolicy: { id: waf.id }
      associations: [
        {
          domains: [{ id: endpoint.id }]
          patternsToMatch: ['/*']
        }
      ]
    }
  }
}

// HSTS on every response, a year, subdomains included.
resource headers 'Microsoft.Cdn/profiles/ruleSets@2024-02-01' = {
  parent: profile
  name: 'securityheaders'
}

resource hsts 'Microsoft.Cdn/profiles/ruleSets/rules@2024-02-01' = {
  parent: headers
  name: 'hsts'
  properties: {
    order: 1
    conditions: []
    actions: [
      {
        name: 'ModifyResponseHeader'
        parameters: {
          typeName: 'DeliveryRuleHeaderActionParameters'
          headerAction: 'Overwrite'
          headerName: 'Strict-Transport-Security'
          value: 'max-age=31536000; includeSubDomains'
        }
      }
    ]
    matchProcessingBehavior: 'Continue'
  }
}

// Access, WAF and health-probe logs to Log Analytics.
resource profileDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: profile
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

output profileName string = profile.name
output frontDoorId string = profile.properties.frontDoorId
output endpointName string = endpoint.name
output endpointHostName string = endpoint.properties.hostName
output ruleSetId string = headers.id
