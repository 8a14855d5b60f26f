package io.gatehouse.infra;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * Resource types whose logs or metrics are evidence: each declared one needs a diagnostic
     * setting to Log Analytics in its own file. Left out on purpose: identities, role assignments,
     * private endpoints and DNS zones (no logs of their own; their changes are in the Activity
     * Log), the WAF policy (its log is the Front Door profile's), e-mail services and domains
     * (their sends are the communication service's logs), and Application Insights
     * (workspace-based: its data already lives in the workspace).
     */
    static final Set<String> DIAGNOSED_TYPES =
            Set.of(
                    "Microsoft.KeyVault/vaults",
                    "Microsoft.Storage/storageAccounts",
                    "Microsoft.Storage/storageAccounts/blobServices",
                    "Microsoft.Storage/storageAccounts/queueServices",
                    "Microsoft.DBforPostgreSQL/flexibleServers",
                    "Microsoft.Web/sites",
                    "Microsoft.Network/networkSecurityGroups",
                    "Microsoft.Network/virtualNetworks",
                    "Microsoft.Cdn/profiles",
                    "Microsoft.Communication/communicationServices",
                    "Microsoft.OperationalInsights/workspaces");

    /** Every resource of a diagnosed type has a diagnostic setting to a workspace, in its file. */
    static List<String> missingDiagnostics(BicepText bicep) {
        List<String> violations = new ArrayList<>();
        List<BicepText.Declaration> declarations = bicep.declarations();
        Set<String> diagnosed = new LinkedHashSet<>();
        for (var declaration : declarations) {
            if (declaration.type().equalsIgnoreCase("Microsoft.Insights/diagnosticSettings")
                    && declaration.body().matches("(?s).*\\bworkspaceId\\s*:.*")) {
                var scope =
                        Pattern.compile("(?m)^\\s*scope\\s*:\\s*(\\w+)\\s*$")
                                .matcher(declaration.body());
                if (scope.find()) {
                    diagnosed.add(scope.group(1));
                }
            }
        }
        for (var declaration : declarations) {
            if (!declaration.existing()
                    && DIAGNOSED_TYPES.contains(declaration.type())
                    && !diagnosed.contains(declaration.symbol())) {
                violations.add(
                        bicep.file()
                                + ": "
                                + declaration.symbol()
                                + " ("
                                + declaration.type()
                                + ") sends no diagnostics to Log Analytics");
            }
        }
        return violations;
    }

    /**
     * A function app answers this estate's Front Door only: deny by default, one allow rule for the
     * AzureFrontDoor.Backend service tag carrying the profile's X-Azure-FDID, nothing else allowed,
     * the SCM site closed, TLS 1.2.
     */
    static List<String> notFrontDoorOnly(BicepText bicep) {
        List<String> violations = new ArrayList<>();
        for (var declaration : bicep.declarations()) {
            if (declaration.existing() || !declaration.type().equals("Microsoft.Web/sites")) {
                continue;
            }
            String what = bicep.file() + ": " + declaration.symbol();
            String body = declaration.body();
            require(
                    violations,
                    body,
                    "ipSecurityRestrictionsDefaultAction\\s*:\\s*'Deny'",
                    what + " must deny inbound traffic by default");
            require(
                    violations,
                    body,
                    "(?s)tag\\s*:\\s*'ServiceTag'\\s*ipAddress\\s*:\\s*'AzureFrontDoor.Backend'\\s*headers\\s*:\\s*\\{\\s*'x-azure-fdid'\\s*:\\s*\\[\\s*\\w+",
                    what
                            + " must admit AzureFrontDoor.Backend with this profile's X-Azure-FDID only");
            require(
                    violations,
                    body,
                    "scmIpSecurityRestrictionsDefaultAction\\s*:\\s*'Deny'",
                    what + " must close the SCM site");
            require(
                    violations,
                    body,
                    "minTlsVersion\\s*:\\s*'1\\.2'",
                    what + " must require TLS 1.2");
            var ipAddresses = Pattern.compile("ipAddress\\s*:\\s*'([^']*)'").matcher(body);
            while (ipAddresses.find()) {
                if (!ipAddresses.group(1).equals("AzureFrontDoor.Backend")) {
                    violations.add(
                            what + " admits " + ipAddresses.group(1) + " besides Front Door");
                }
            }
        }
        return violations;
    }

    /** Every Key Vault key rotates by policy, and expires. */
    static List<String> keysWithoutRotation(BicepText bicep) {
        List<String> violations = new ArrayList<>();
        for (var declaration : bicep.declarations()) {
            if (declaration.existing()
                    || !declaration.type().equalsIgnoreCase("Microsoft.KeyVault/vaults/keys")) {
                continue;
            }
            String what = bicep.file() + ": key " + declaration.symbol();
            String body = declaration.body();
            require(violations, body, "rotationPolicy\\s*:", what + " has no rotation policy");
            require(
                    violations,
                    body,
                    "action\\s*:\\s*\\{\\s*type\\s*:\\s*'rotate'",
                    what + " is never rotated");
            require(violations, body, "expiryTime\\s*:", what + " never expires");
        }
        return violations;
    }

    /**
     * The sending domain's zone holds what receivers check: ownership and SPF (TXT at the apex),
     * DKIM for both selectors (CNAMEs), and a DMARC policy that is not p=none.
     */
    static List<String> missingMailRecords(BicepText bicep) {
        List<String> txt = new ArrayList<>();
        List<String> cname = new ArrayList<>();
        for (var declaration : bicep.declarations()) {
            if (declaration.type().equalsIgnoreCase("Microsoft.Network/dnsZones/TXT")) {
                txt.add(declaration.body());
            } else if (declaration.type().equalsIgnoreCase("Microsoft.Network/dnsZones/CNAME")) {
                cname.add(declaration.body());
            }
        }
        List<String> violations = new ArrayList<>();
        Map<String, Boolean> wanted = new java.util.LinkedHashMap<>();
        wanted.put("domain ownership TXT", txt.stream().anyMatch(b -> b.contains(".Domain.value")));
        wanted.put("SPF TXT", txt.stream().anyMatch(b -> b.contains(".SPF.value")));
        wanted.put(
                "DKIM selector 1 CNAME",
                cname.stream()
                        .anyMatch(b -> b.contains(".DKIM.name") && b.contains(".DKIM.value")));
        wanted.put(
                "DKIM selector 2 CNAME",
                cname.stream()
                        .anyMatch(b -> b.contains(".DKIM2.name") && b.contains(".DKIM2.value")));
        wanted.put(
                "DMARC TXT at _dmarc enforcing a policy",
                txt.stream()
                        .anyMatch(
                                b ->
                                        b.matches("(?s).*name\\s*:\\s*'_dmarc'.*")
                                                && b.contains("v=DMARC1")
                                                && !b.contains("p=none")));
        wanted.forEach(
                (record, present) -> {
                    if (!present) {
                        violations.add(bicep.file() + ": no " + record);
                    }
                });
        return violations;
    }

    private static void require(
            List<String> violations, String body, String regex, String message) {
        if (!Pattern.compile(regex).matcher(body).find()) {
            violations.add(message);
        }
    }
}
