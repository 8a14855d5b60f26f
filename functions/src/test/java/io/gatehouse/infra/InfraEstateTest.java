package io.gatehouse.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of the estate a security review asks about beyond exposure and secrets (issue 20):
 * e-mail with SPF/DKIM/DMARC, diagnostics everywhere, PostgreSQL auditing, the alerts, Front Door
 * as the only entrance, key rotation and residency-bound backups. Each rule passes the real files
 * and catches a planted violation.
 */
class InfraEstateTest {

    private final List<BicepText> files = InfraFiles.bicep();

    private static String read(String relative) {
        return InfraFiles.read(InfraFiles.ROOT.resolve(relative));
    }

    @Test
    void everyResourceWhoseLogsAreEvidenceSendsThemToLogAnalytics() {
        assertThat(files.stream().flatMap(file -> InfraRules.missingDiagnostics(file).stream()))
                .isEmpty();
        List<String> declaredTypes =
                files.stream()
                        .flatMap(file -> file.declarations().stream())
                        .filter(declaration -> !declaration.existing())
                        .map(BicepText.Declaration::type)
                        .toList();
        assertThat(declaredTypes)
                .as("the rule has every diagnosed type to check")
                .containsAll(InfraRules.DIAGNOSED_TYPES);
    }

    @Test
    void theDiagnosticsRuleCatchesAResourceWithoutASetting() {
        var sample =
                new BicepText(
                        "sample.bicep",
                        """
                resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
                  name: 'kv'
                }
                resource nsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
                  name: 'nsg'
                }
                resource kvLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
                  name: 'to-log-analytics'
                  scope: kv
                  properties: {
                    workspaceId: workspaceId
                  }
                }
                """);
        assertThat(InfraRules.missingDiagnostics(sample))
                .containsExactly(
                        "sample.bicep: nsg (Microsoft.Network/networkSecurityGroups) sends no"
                                + " diagnostics to Log Analytics");
    }

    @Test
    void theFunctionAppAnswersOnlyThisEstatesFrontDoor() {
        var functionApp = InfraFiles.bicep("infra/modules/functionapp.bicep");
        assertThat(InfraRules.notFrontDoorOnly(functionApp)).isEmpty();
        assertThat(functionApp.declarations())
                .filteredOn(declaration -> declaration.type().equals("Microsoft.Web/sites"))
                .hasSize(1);
        // The id checked is the profile's own, handed from the Front Door module.
        assertThat(read("infra/main.bicep"))
                .containsPattern("frontDoorId\\s*:\\s*frontDoor\\.outputs\\.frontDoorId");
    }

    @Test
    void theFrontDoorRuleCatchesAnAppOpenToTheInternetOrToAnyFrontDoor() {
        var open =
                new BicepText(
                        "sample.bicep",
                        """
                resource site 'Microsoft.Web/sites@2024-04-01' = {
                  name: 'open'
                  properties: {
                    siteConfig: {
                      minTlsVersion: '1.2'
                      ipSecurityRestrictionsDefaultAction: 'Allow'
                      ipSecurityRestrictions: [
                        {
                          tag: 'ServiceTag'
                          ipAddress: 'AzureFrontDoor.Backend'
                        }
                        {
                          ipAddress: '0.0.0.0/0'
                        }
                      ]
                      scmIpSecurityRestrictionsDefaultAction: 'Deny'
                    }
                  }
                }
                """);
        assertThat(InfraRules.notFrontDoorOnly(open))
                .containsExactlyInAnyOrder(
                        "sample.bicep: site must deny inbound traffic by default",
                        "sample.bicep: site must admit AzureFrontDoor.Backend with this profile's"
                                + " X-Azure-FDID only",
                        "sample.bicep: site admits 0.0.0.0/0 besides Front Door");
    }

    @Test
    void frontDoorFiltersWithTheWafRateLimitsPerClientIpAndSendsHsts() {
        String frontDoor = read("infra/modules/frontdoor.bicep");
        assertThat(frontDoor)
                .contains("'Premium_AzureFrontDoor'")
                .containsPattern("mode\\s*:\\s*'Prevention'")
                .containsPattern("ruleSetType\\s*:\\s*'Microsoft_DefaultRuleSet'")
                .containsPattern("ruleType\\s*:\\s*'RateLimitRule'")
                .containsPattern("groupBy\\s*:\\s*\\[\\{\\s*variableName\\s*:\\s*'SocketAddr'")
                .containsPattern("type\\s*:\\s*'WebApplicationFirewall'")
                .containsPattern("patternsToMatch\\s*:\\s*\\['/\\*'\\]")
                .containsPattern(
                        "headerName\\s*:\\s*'Strict-Transport-Security'\\s*value\\s*:\\s*'max-age=31536000");
        String route = read("infra/modules/frontdoor-route.bicep");
        assertThat(route)
                .containsPattern("httpsRedirect\\s*:\\s*'Enabled'")
                .containsPattern("forwardingProtocol\\s*:\\s*'HttpsOnly'")
                .containsPattern("enforceCertificateNameCheck\\s*:\\s*true")
                .containsPattern("ruleSets\\s*:\\s*\\[\\{\\s*id\\s*:\\s*ruleSetId");
    }

    @Test
    void everyKeyRotatesByPolicyAndVaultsKeepDeletedKeys() {
        assertThat(files.stream().flatMap(file -> InfraRules.keysWithoutRotation(file).stream()))
                .isEmpty();
        assertThat(
                        files.stream()
                                .flatMap(file -> file.declarations().stream())
                                .filter(d -> d.type().equals("Microsoft.KeyVault/vaults/keys")))
                .as("keys checked")
                .isNotEmpty();
        assertThat(read("infra/modules/keyvault.bicep"))
                .containsPattern("enableSoftDelete\\s*:\\s*true")
                .containsPattern("softDeleteRetentionInDays\\s*:\\s*90")
                .containsPattern("enablePurgeProtection\\s*:\\s*true");
    }

    @Test
    void theRotationRuleCatchesAKeyWithoutAPolicy() {
        var sample =
                new BicepText(
                        "sample.bicep",
                        """
                resource checkpoint 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {
                  parent: vault
                  name: 'checkpoint'
                  properties: {
                    kty: 'EC'
                  }
                }
                """);
        assertThat(InfraRules.keysWithoutRotation(sample))
                .containsExactly(
                        "sample.bicep: key checkpoint has no rotation policy",
                        "sample.bicep: key checkpoint is never rotated",
                        "sample.bicep: key checkpoint never expires");
    }

    @Test
    void theSendingDomainPublishesOwnershipSpfBothDkimSelectorsAndDmarc() {
        var email = InfraFiles.bicep("infra/modules/email.bicep");
        assertThat(InfraRules.missingMailRecords(email)).isEmpty();
        String text = email.text();
        assertThat(text)
                .containsPattern("domainManagement\\s*:\\s*'CustomerManaged'")
                .containsPattern("userEngagementTracking\\s*:\\s*'Disabled'");
        assertThat(read("infra/main.bicep")).contains("module email 'modules/email.bicep'");
    }

    @Test
    void theMailRecordRuleCatchesAMissingSelectorAndAnUnenforcedDmarc() {
        var sample =
                new BicepText(
                        "sample.bicep",
                        """
                resource apex 'Microsoft.Network/dnsZones/TXT@2018-05-01' = {
                  parent: zone
                  name: '@'
                  properties: {
                    TXTRecords: [
                      { value: [records.Domain.value] }
                      { value: [records.SPF.value] }
                    ]
                  }
                }
                resource dkim 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = {
                  parent: zone
                  name: records.DKIM.name
                  properties: { CNAMERecord: { cname: records.DKIM.value } }
                }
                resource dmarc 'Microsoft.Network/dnsZones/TXT@2018-05-01' = {
                  parent: zone
                  name: '_dmarc'
                  properties: { TXTRecords: [{ value: ['v=DMARC1; p=none'] }] }
                }
                """);
        assertThat(InfraRules.missingMailRecords(sample))
                .containsExactly(
                        "sample.bicep: no DKIM selector 2 CNAME",
                        "sample.bicep: no DMARC TXT at _dmarc enforcing a policy");
    }

    @Test
    void theAppMaySubmitMailOn587AndNeverOn25() {
        String network = read("infra/modules/network.bicep");
        assertThat(network)
                .containsPattern(
                        "(?s)name\\s*:\\s*'allow-smtp-submission-outbound'.{0,400}direction\\s*:\\s*'Outbound'\\s*access\\s*:\\s*'Allow'\\s*protocol\\s*:\\s*'Tcp'.{0,200}destinationPortRange\\s*:\\s*'587'")
                .doesNotContainPattern("destinationPortRange\\s*:\\s*'25'");
    }

    @Test
    void postgresAuditsRolesAndDdlLogsSessionsAndRequiresTls() {
        String postgres = read("infra/modules/postgres.bicep");
        assertThat(postgres)
                .containsPattern("name\\s*:\\s*'azure.extensions',\\s*value\\s*:\\s*'[^']*PGAUDIT")
                .containsPattern(
                        "name\\s*:\\s*'shared_preload_libraries',\\s*value\\s*:\\s*'[^']*pgaudit")
                .containsPattern("name\\s*:\\s*'pgaudit.log',\\s*value\\s*:\\s*'ROLE,DDL'")
                .containsPattern("name\\s*:\\s*'log_connections',\\s*value\\s*:\\s*'ON'")
                .containsPattern("name\\s*:\\s*'log_disconnections',\\s*value\\s*:\\s*'ON'")
                .containsPattern("name\\s*:\\s*'require_secure_transport',\\s*value\\s*:\\s*'ON'");
        // pgaudit's own setting exists only once the library is preloaded: order matters.
        assertThat(postgres.indexOf("'shared_preload_libraries'"))
                .isLessThan(postgres.indexOf("'pgaudit.log'"));
        assertThat(postgres).contains("@batchSize(1)");
    }

    @Test
    void geoRedundantBackupsFollowTheResidencyParameter() {
        String main = read("infra/main.bicep");
        assertThat(main)
                .containsPattern("@allowed\\(\\['region', 'geography'\\]\\)\\s*param dataResidency")
                .containsPattern(
                        "var geoBackup = postgresGeoRedundantBackup && dataResidency == 'geography'")
                .containsPattern("geoRedundantBackup\\s*:\\s*geoBackup")
                .doesNotContainPattern("geoRedundantBackup\\s*:\\s*postgresGeoRedundantBackup");
        assertThat(read("infra/main.parameters.dev.json"))
                .contains("\"dataResidency\": { \"value\": \"region\" }");
    }

    @Test
    void theAlertsSearchForWhatTheCodeActuallyLogs() {
        String alerts = read("infra/modules/alerts.bicep");
        String chainLog = read("functions/src/main/java/io/gatehouse/audit/AuditHandlers.java");
        String breakGlassLog =
                read("functions/src/main/java/io/gatehouse/http/RequestEvidence.java");
        String poisonLog =
                read("functions/src/main/java/io/gatehouse/consumers/MessagePipeline.java");
        assertThat(chainLog).contains("CHAIN_BROKEN_LOG = \"audit chain verification failed\"");
        assertThat(alerts).contains("Message has \"audit chain verification failed\"");
        assertThat(breakGlassLog)
                .contains("BREAK_GLASS_LOG = \"break-glass access (internal.tenant_access)\"");
        assertThat(alerts).contains("Message has \"break-glass access (internal.tenant_access)\"");
        assertThat(poisonLog).contains("-poison, untouched\"");
        assertThat(alerts).contains("Message has \"-poison, untouched\"");
        assertThat(alerts)
                .containsPattern("scheduledQueryRules@\\d{4}-\\d{2}-\\d{2}")
                .containsPattern("actionGroups\\s*:\\s*\\[securityTeam.id\\]");
    }

    @Test
    void securityEvidenceIsKeptLongerThanOperationalTelemetry() {
        String monitoring = read("infra/modules/monitoring.bicep");
        assertThat(monitoring)
                .contains("'AZKVAuditLogs'", "'AzureDiagnostics'", "'StorageQueueLogs'")
                .containsPattern("totalRetentionInDays\\s*:\\s*auditRetentionInDays")
                .containsPattern(
                        "@minValue\\(365\\)\\s*@maxValue\\(4383\\)\\s*param auditRetentionInDays");
        assertThat(read("infra/modules/flowlog.bicep"))
                .containsPattern("targetResourceId\\s*:\\s*vnetId")
                .containsPattern("workspaceResourceId\\s*:\\s*workspaceResourceId");
    }
}
