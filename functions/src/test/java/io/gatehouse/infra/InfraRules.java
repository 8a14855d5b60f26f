package io.gatehouse.infra;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules the security review asks of infra/, as functions from Bicep text to violations, so that
 * each rule can be shown to catch a planted violation as well as to pass the real files.
 */
final class InfraRules {

    private static final Pattern PINNED_REGISTRY_MODULE =
            Pattern.compile("^(br|ts)(/public)?:[^:]+:\\d+\\.\\d+\\.\\d+$");
    private static final Pattern API_VERSION =
            Pattern.compile("^[A-Za-z0-9.]+/[A-Za-z0-9/]+@\\d{4}-\\d{2}-\\d{2}(-preview)?$");
    private static final Pattern SECRET_NAME =
            Pattern.compile(
                    "(?i).*(secret|password|passwd|pwd|token|connectionstring|accesskey|sharedkey|instrumentationkey|primarykey|secondarykey|sas).*");
    private static final List<String> SECRET_FUNCTIONS =
            List.of(
                    "listKeys(",
                    "listSecrets(",
                    "listConnectionStrings(",
                    "listCredentials(",
                    "listAccountSas(",
                    "listServiceSas(",
                    "listAdminKeys(",
                    "listQueryKeys(",
                    ".ConnectionString",
                    ".InstrumentationKey",
                    "primaryKey",
                    "secondaryKey",
                    "getSecret(");

    private InfraRules() {}

    /** Registry modules pinned to an exact version; resources with an explicit API version. */
    static List<String> unpinned(BicepText bicep) {
        List<String> violations = new ArrayList<>();
        for (var declaration : bicep.declarations()) {
            String target = declaration.typeOrPath();
            if (declaration.kind().equals("module")) {
                boolean registry =
                        target.startsWith("br:")
                                || target.startsWith("br/")
                                || target.startsWith("ts:")
                                || target.startsWith("ts/");
                if (registry && !PINNED_REGISTRY_MODULE.matcher(target).matches()) {
                    violations.add(
                            bicep.file()
                                    + ": module "
                                    + declaration.symbol()
                                    + " is not pinned to an exact version: "
                                    + target);
                }
            } else if (!API_VERSION.matcher(target).matches()) {
                violations.add(
                        bicep.file()
                                + ": resource "
                                + declaration.symbol()
                                + " has no explicit API version: "
                                + target);
            }
        }
        return violations;
    }

    /**
     * Key Vaults and storage accounts (plain resources or the Azure Verified Modules) refuse public
     * network access; storage refuses shared keys; vaults use RBAC with purge protection;
     * PostgreSQL servers are private and Entra-only.
     */
    static List<String> publicExposure(BicepText bicep) {
        List<String> violations = new ArrayList<>();
        for (var declaration : bicep.declarations()) {
            if (declaration.existing()) {
                continue;
            }
            String what = bicep.file() + ": " + declaration.symbol();
            String body = declaration.body();
            String type = declaration.type();
            boolean vault =
                    type.equalsIgnoreCase("Microsoft.KeyVault/vaults")
                            || type.contains("avm/res/key-vault/vault");
            boolean storage =
                    type.equalsIgnoreCase("Microsoft.Storage/storageAccounts")
                            || type.contains("avm/res/storage/storage-account");
            boolean postgres =
                    type.equalsIgnoreCase("Microsoft.DBforPostgreSQL/flexibleServers")
                            || type.contains("avm/res/db-for-postgre-sql/flexible-server");
            if (vault || storage || postgres) {
                require(
                        violations,
                        body,
                        "publicNetworkAccess\\s*:\\s*'Disabled'",
                        what + " must set publicNetworkAccess: 'Disabled'");
            }
            if (vault) {
                require(
                        violations,
                        body,
                        "enableRbacAuthorization\\s*:\\s*true",
                        what + " must use RBAC (enableRbacAuthorization: true)");
                require(
                        violations,
                        body,
                        "enablePurgeProtection\\s*:\\s*true",
                        what + " must enable purge protection");
            }
            if (storage) {
                require(
                        violations,
                        body,
                        "allowSharedKeyAccess\\s*:\\s*false",
                        what + " must disable shared key access");
                require(
                        violations,
                        body,
                        "allowBlobPublicAccess\\s*:\\s*false",
                        what + " must disable anonymous blob access");
                require(
                        violations,
                        body,
                        "minimumTlsVersion\\s*:\\s*'TLS1_2'",
                        what + " must require TLS 1.2");
            }
            if (postgres) {
                require(
                        violations,
                        body,
                        "passwordAuth\\s*:\\s*'Disabled'",
                        what + " must disable password authentication");
                require(
                        violations,
                        body,
                        "activeDirectoryAuth\\s*:\\s*'Enabled'",
                        what + " must enable Entra authentication");
            }
        }
        return violations;
    }

    /**
     * No output carries a secret: by its name, by the function it calls, or by a @secure() param it
     * returns.
     */
    static List<String> secretOutputs(BicepText bicep) {
        List<String> violations = new ArrayList<>();
        Set<String> secureParams = new LinkedHashSet<>();
        bicep.params().stream()
                .filter(BicepText.Param::secure)
                .forEach(param -> secureParams.add(param.name()));
        for (var output : bicep.outputs()) {
            String what = bicep.file() + ": output " + output.name();
            if (output.secure()) {
                violations.add(what + " is @secure(): a secret has no business in an output");
            }
            if (SECRET_NAME.matcher(output.name()).matches()) {
                violations.add(what + " is named like a secret");
            }
            for (String function : SECRET_FUNCTIONS) {
                if (output.expression().contains(function)) {
                    violations.add(what + " reads a secret (" + function + ")");
                }
            }
            for (String param : secureParams) {
                if (Pattern.compile("\\b" + Pattern.quote(param) + "\\b")
                        .matcher(output.expression())
                        .find()) {
                    violations.add(what + " returns the @secure() param " + param);
                }
            }
        }
        return violations;
    }

    /**
     * The app settings of every Microsoft.Web/sites/config 'appsettings' resource, name → value
     * text.
     */
    static List<String[]> appSettings(BicepText bicep) {
        List<String[]> settings = new ArrayList<>();
        for (var declaration : bicep.declarations()) {
            if (declaration.type().equalsIgnoreCase("Microsoft.Web/sites/config")
                    && declaration.body().matches("(?s).*\\bname\\s*:\\s*'appsettings'.*")) {
                BicepText.objectAt(declaration.body(), "properties")
                        .ifPresent(
                                properties ->
                                        settings.addAll(BicepText.topLevelEntries(properties)));
            }
        }
        return settings;
    }

    /** An app setting named like a secret must be a Key Vault reference, never a value. */
    static List<String> secretAppSettings(BicepText bicep) {
        List<String> violations = new ArrayList<>();
        for (String[] setting : appSettings(bicep)) {
            String name = setting[0].toLowerCase(Locale.ROOT);
            // Application Insights' connection string identifies the component and grants nothing
            // once local authentication is disabled (ingestion then needs an Entra token).
            boolean secretish =
                    SECRET_NAME.matcher(name).matches()
                            && !name.equals("applicationinsights_connection_string");
            boolean reference = setting[1].startsWith("'@Microsoft.KeyVault(");
            boolean readsSecret =
                    SECRET_FUNCTIONS.stream()
                            .filter(function -> !function.equals(".ConnectionString"))
                            .anyMatch(setting[1]::contains);
            if ((secretish && !reference) || readsSecret) {
                violations.add(
                        bicep.file()
                                + ": app setting "
                                + setting[0]
                                + " holds a secret; use a Key Vault reference or none");
            }
        }
        return violations;
    }

    private static void require(
            List<String> violations, String body, String regex, String message) {
        if (!Pattern.compile(regex).matcher(body).find()) {
            violations.add(message);
        }
    }
}
