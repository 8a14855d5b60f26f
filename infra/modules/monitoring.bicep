// Log Analytics and workspace-based Application Insights, both with local (key) authentication
// disabled: telemetry is accepted only with an Entra token (Monitoring Metrics Publisher).

param location string
param tags object
param workspaceName string
param applicationInsightsName string
@description('Days of retention; Application Insights accepts 30, 60, 90, 120, 180, 270, 365, 550 or 730.')
@allowed([30, 60, 90, 120, 180, 270, 365, 550, 730])
param retentionInDays int

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
output applicationInsightsName string = applicationInsights.outputs.name
output applicationInsightsId string = applicationInsights.outputs.resourceId
