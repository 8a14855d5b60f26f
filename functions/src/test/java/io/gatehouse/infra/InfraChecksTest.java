package io.gatehouse.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.platform.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Bicep estate read as text (no Bicep compiler can run here; the deploy workflow builds it and
 * runs what-if). Each rule is shown to pass the real files and to catch a planted violation.
 */
class InfraChecksTest {

    private final List<BicepText> files = InfraFiles.bicep();

    @Test
    void theReaderFindsTheEstate() {
        assertThat(files)
                .extracting(BicepText::file)
                .contains(
                        "infra/main.bicep",
                        "infra/modules/network.bicep",
                        "infra/modules/keyvault.bicep",
                        "infra/modules/postgres.bicep",
                        "infra/modules/storage.bicep",
                        "infra/modules/functionapp.bicep",
                        "infra/modules/monitoring.bicep",
                        "infra/modules/rbac.bicep");
        List<String> types =
                files.stream()
                        .flatMap(file -> file.declarations().stream())
                        .map(BicepText.Declaration::type)
                        .toList();
        assertThat(types)
                .contains(
                        "Microsoft.KeyVault/vaults",
                        "Microsoft.Storage/storageAccounts",
                        "Microsoft.DBforPostgreSQL/flexibleServers",
                        "Microsoft.Web/sites",
                        "Microsoft.Network/virtualNetworks",
                        "Microsoft.Insights/components",
                        "Microsoft.OperationalInsights/workspaces");
    }

    @Test
    void everyModuleIsPinnedAndEveryResourceNamesItsApiVersion() {
        assertThat(files.stream().flatMap(file -> InfraRules.unpinned(file).stream())).isEmpty();
        assertThat(
                        files.stream()
                                .flatMap(file -> file.declarations().stream())
                                .filter(
                                        declaration ->
                                                declaration.typeOrPath().startsWith("br/public:")))
                .as("Azure Verified Modules in use")
                .isNotEmpty();
    }

    @Test
    void theUnpinnedRuleCatchesFloatingVersions() {
        var sample =
                new BicepText(
                        "sample.bicep",
                        """
                module a 'br/public:avm/res/network/private-dns-zone:0.7' = {
                  name: 'a'
                }
                module b 'br/public:avm/res/managed-identity/user-assigned-identity:latest' = {
                  name: 'b'
                }
                module c 'br/public:avm/res/managed-identity/user-assigned-identity:0.4.1' = {
                  name: 'c'
                }
                """);
        assertThat(InfraRules.unpinned(sample))
                .hasSize(2)
                .allMatch(violation -> violation.contains("not pinned"))
                .anyMatch(violation -> violation.contains("module a"))
                .anyMatch(violation -> violation.contains("module b"));
    }

    @Test
    void noVaultStorageAccountOrDatabaseIsReachableFromThePublicNetworkOrByKey() {
        assertThat(files.stream().flatMap(file -> InfraRules.publicExposure(file).stream()))
                .isEmpty();
    }

    @Test
    void thePublicExposureRuleCatchesAnOpenVaultAndASharedKeyAccount() {
        var sample =
                new BicepText(
                        "sample.bicep",
                        """
                resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
                  name: 'kv'
                  properties: {
                    enableRbacAuthorization: true
                    enablePurgeProtection: true
                    publicNetworkAccess: 'Enabled'
                  }
                }
                resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
                  name: 'st'
                  properties: {
                    publicNetworkAccess: 'Disabled'
                    allowSharedKeyAccess: true
                    allowBlobPublicAccess: false
                    minimumTlsVersion: 'TLS1_2'
                    tags: { note: '}' }
                  }
                }
                resource other 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
                  name: 'not-ours'
                }
                """);
        assertThat(InfraRules.publicExposure(sample))
                .containsExactly(
                        "sample.bicep: kv must set publicNetworkAccess: 'Disabled'",
                        "sample.bicep: st must disable shared key access");
    }

    @Test
    void noOutputCarriesASecret() {
        assertThat(files.stream().flatMap(file -> InfraRules.secretOutputs(file).stream()))
                .isEmpty();
        assertThat(files.stream().mapToLong(file -> file.outputs().size()).sum())
                .as("outputs read")
                .isGreaterThan(10);
    }

    @Test
    void theSecretOutputRuleCatchesKeysPasswordsAndSecureParams() {
        var sample =
                new BicepText(
                        "sample.bicep",
                        """
                @secure()
                param adminPassword string
                param name string
                output storageKey string = st.listKeys().keys[0].value
                output dbPassword string = 'x'
                output echo string = 'pw=${adminPassword}'
                output aiConnection string = ai.properties.ConnectionString
                output vaultName string = name
                """);
        List<String> violations = InfraRules.secretOutputs(sample);
        assertThat(violations)
                .anyMatch(v -> v.contains("storageKey") && v.contains("listKeys("))
                .anyMatch(v -> v.contains("dbPassword") && v.contains("named like a secret"))
                .anyMatch(v -> v.contains("echo") && v.contains("adminPassword"))
                .anyMatch(v -> v.contains("aiConnection"))
                .noneMatch(v -> v.contains("vaultName"));
    }

    @Test
    void appSettingsHoldNoSecretValues() {
        var functionApp = InfraFiles.bicep("infra/modules/functionapp.bicep");
        assertThat(InfraRules.appSettings(functionApp)).hasSizeGreaterThan(10);
        assertThat(InfraRules.secretAppSettings(functionApp)).isEmpty();
        assertThat(InfraRules.appSettings(functionApp))
                .extracting(setting -> setting[0])
                .doesNotContain(
                        "GATEHOUSE_DB_PASSWORD",
                        "AzureWebJobsStorage",
                        "FUNCTIONS_WORKER_RUNTIME",
                        "FUNCTIONS_EXTENSION_VERSION");
    }

    @Test
    void theAppSettingRuleCatchesAPlainSecretAndAcceptsAKeyVaultReference() {
        var sample =
                new BicepText(
                        "sample.bicep",
                        """
                resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
                  parent: site
                  name: 'appsettings'
                  properties: {
                    SMTP_PASSWORD: 'hunter2'
                    GATEHOUSE_SECRET_PII_HASH_KEY: '@Microsoft.KeyVault(VaultName=kv;SecretName=pii-hash-key)'
                    AzureWebJobsStorage: 'DefaultEndpointsProtocol=https;AccountKey=${st.listKeys().keys[0].value}'
                    GATEHOUSE_OIDC_AUDIENCE: 'gatehouse-api'
                  }
                }
                """);
        assertThat(InfraRules.secretAppSettings(sample))
                .hasSize(2)
                .anyMatch(v -> v.contains("SMTP_PASSWORD"))
                .anyMatch(v -> v.contains("AzureWebJobsStorage"));
    }

    @Test
    void dataIsEncryptedWithRotatingCustomerManagedKeysAndTlsIsRequired() {
        String keyVault = InfraFiles.read(InfraFiles.INFRA.resolve("modules/keyvault.bicep"));
        String storage = InfraFiles.read(InfraFiles.INFRA.resolve("modules/storage.bicep"));
        String postgres = InfraFiles.read(InfraFiles.INFRA.resolve("modules/postgres.bicep"));
        assertThat(keyVault)
                .containsPattern("rotationPolicy\\s*:")
                .containsPattern("action\\s*:\\s*\\{\\s*type\\s*:\\s*'rotate'");
        assertThat(storage)
                .containsPattern("keySource\\s*:\\s*'Microsoft.Keyvault'")
                .containsPattern(
                        "queue\\s*:\\s*\\{\\s*enabled\\s*:\\s*true,\\s*keyType\\s*:\\s*'Account'")
                .doesNotContainPattern("(?m)^\\s*keyversion\\s*:");
        assertThat(postgres)
                .containsPattern("type\\s*:\\s*'AzureKeyVault'")
                .containsPattern("name\\s*:\\s*'require_secure_transport',\\s*value\\s*:\\s*'ON'")
                .containsPattern(
                        "name\\s*:\\s*'ssl_min_protocol_version',\\s*value\\s*:\\s*'TLSv1.2'")
                .containsPattern("version\\s*:\\s*'17'");
    }

    @Test
    void telemetryIsAcceptedWithEntraTokensOnly() {
        List<BicepText.Declaration> monitoring =
                InfraFiles.bicep("infra/modules/monitoring.bicep").declarations();
        assertThat(monitoring)
                .filteredOn(
                        declaration ->
                                declaration
                                                .type()
                                                .equals("Microsoft.OperationalInsights/workspaces")
                                        || declaration
                                                .type()
                                                .contains("avm/res/insights/component"))
                .hasSize(2)
                .allSatisfy(
                        declaration ->
                                assertThat(declaration.body())
                                        .containsPattern("(?i)disableLocalAuth\\s*:\\s*true"));
    }

    @Test
    void noResourceIsPinnedToARegionOtherThanTheLocationParameter() {
        List<String> hardCoded = new ArrayList<>();
        Pattern literalLocation = Pattern.compile("(?m)^\\s*location\\s*:\\s*'([^']*)'");
        for (BicepText file : files) {
            Matcher match = literalLocation.matcher(file.text());
            while (match.find()) {
                if (!match.group(1).equals("global")) {
                    hardCoded.add(file.file() + ": " + match.group());
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    @Test
    void parameterFilesDeclareOnlyKnownParametersHoldNoSecretsAndLeaveNothingRequiredUnset()
            throws IOException {
        BicepText main = InfraFiles.bicep("infra/main.bicep");
        Set<String> declared = new HashSet<>();
        main.params().forEach(param -> declared.add(param.name()));
        Set<String> required = new HashSet<>();
        Matcher noDefault =
                Pattern.compile("(?m)^\\s*param\\s+(\\w+)\\s+\\w+\\s*$").matcher(main.text());
        while (noDefault.find()) {
            required.add(noDefault.group(1));
        }
        String deployWorkflow =
                InfraFiles.read(InfraFiles.ROOT.resolve(".github/workflows/deploy.yml"));

        List<Path> parameterFiles;
        try (Stream<Path> listing = Files.list(InfraFiles.INFRA)) {
            parameterFiles =
                    listing.filter(
                                    file ->
                                            file.getFileName()
                                                    .toString()
                                                    .matches(
                                                            "main\\.parameters\\.(dev|prod)\\.json"))
                            .toList();
        }
        assertThat(parameterFiles).hasSize(2);
        for (Path file : parameterFiles) {
            JsonNode parameters = Json.mapper().readTree(file.toFile()).path("parameters");
            Set<String> given = new HashSet<>();
            parameters.fieldNames().forEachRemaining(given::add);
            assertThat(declared)
                    .as(file + " declares only main.bicep's parameters")
                    .containsAll(given);
            assertThat(given)
                    .as(file + " names its environment and region")
                    .contains("environmentName", "location");
            for (String name : given) {
                boolean secretish =
                        name.matches("(?i).*(secret|password|key|token).*")
                                && !name.startsWith("key");
                assertThat(secretish && parameters.path(name).has("value"))
                        .as(file + ": " + name + " looks like a secret given as a value")
                        .isFalse();
            }
            for (String name : required) {
                assertThat(given.contains(name) || deployWorkflow.contains(name + "="))
                        .as(
                                file
                                        + ": required parameter "
                                        + name
                                        + " is set by the file or by deploy.yml")
                        .isTrue();
            }
        }
    }
}
