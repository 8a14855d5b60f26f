// Alerts a security operator must see the same day, each a log query over the workspace every
// five minutes, sent to the security action group:
//   audit-chain   GET /audit/verify found a broken chain (AuditHandlers.CHAIN_BROKEN_LOG)
//   poison        a queue message failed five times and was left in <queue>-poison
//                 (MessagePipeline's log line), or anything was written to a -poison queue
//   break-glass   an internal_admin reached a tenant's data (RequestEvidence.BREAK_GLASS_LOG)
// InfraEstateTest checks that each query's text is still what the code logs.

param location string
param tags object
param namePrefix string
param workspaceId string
@description('E-mail address of the security on-call (the action group\'s receiver).')
param securityContactEmail string

resource securityTeam 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: '${namePrefix}-security'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'ghsecurity'
    enabled: true
    emailReceivers: [
      {
        name: 'security-on-call'
        emailAddress: securityContactEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var appLogs = 'union isfuzzy=true AppTraces, FunctionAppLogs'

var alerts = [
  {
    name: 'audit-chain'
    severity: 0
    description: 'An audit hash chain failed verification: evidence may have been altered.'
    query: '${appLogs} | where Message has "audit chain verification failed"'
  }
  {
    name: 'poison'
    severity: 1
    description: 'A queue message was moved to a -poison queue after five failures.'
    query: '${appLogs} | where Message has "-poison, untouched" | union isfuzzy=true (StorageQueueLogs | where OperationName == "PutMessage" and Uri has "-poison/messages")'
  }
  {
    name: 'break-glass'
    severity: 1
    description: 'An internal_admin reached a tenant\'s data under a break-glass grant.'
    query: '${appLogs} | where Message has "break-glass access (internal.tenant_access)"'
  }
]

resource rules 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for alert in alerts: {
    name: '${namePrefix}-${alert.name}'
    location: location
    tags: tags
    properties: {
      displayName: '${namePrefix} ${alert.name}'
      description: alert.description
      severity: alert.severity
      enabled: true
      scopes: [workspaceId]
      evaluationFrequency: 'PT5M'
      windowSize: 'PT5M'
      criteria: {
        allOf: [
          {
            query: alert.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      autoMitigate: false
      actions: {
        actionGroups: [securityTeam.id]
      }
    }
  }
]
