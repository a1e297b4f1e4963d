// Azure resources for NDR Assist: a Linux App Service (Node 20) running the bot and an Azure Bot registration.
// Deployed by `arm/deploy` in teamsapp.yml with infra/azure.parameters.json.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('Required when create Azure Bot service')
param botAadAppClientId string

@secure()
@description('Required by Bot Framework package in your bot project')
param botAadAppClientSecret string

@description('Tenant of the bot app registration (SingleTenant); empty for MultiTenant')
param botTenantId string = ''

@allowed([
  'MultiTenant'
  'SingleTenant'
])
param botType string = 'MultiTenant'

param webAppSKU string = 'B1'

@maxLength(42)
param botDisplayName string

@description('JSON map of playbook id (or "default") to the Teams tag to mention, e.g. {"default":{"id":"...","name":"Mail admins"}}')
param helpdeskTags string = ''

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param location string = resourceGroup().location

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  kind: 'linux'
  location: location
  name: serverfarmsName
  sku: {
    name: webAppSKU
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/index.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
        {
          name: 'BOT_ID'
          value: botAadAppClientId
        }
        {
          name: 'BOT_PASSWORD'
          value: botAadAppClientSecret
        }
        {
          name: 'BOT_TYPE'
          value: botType
        }
        {
          name: 'BOT_TENANT_ID'
          value: botTenantId
        }
        {
          name: 'STORAGE_KIND'
          value: 'sqlite'
        }
        {
          // /home is the App Service's persistent share: state survives restarts and redeploys.
          name: 'SQLITE_PATH'
          value: '/home/data/ndr-assist.sqlite'
        }
        {
          name: 'HELPDESK_TAGS'
          value: helpdeskTags
        }
      ]
    }
  }
}

// Register the web app's endpoint with Azure Bot Service and enable the Teams channel.
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botAadAppClientId: botAadAppClientId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
    botTenantId: botTenantId
    botType: botType
  }
}

// The Toolkit writes these outputs into env/.env.<environment>.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
