package io.gatehouse.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The delivery files that cannot run here (no GitHub runner, no container engine, no cluster): what
 * a reviewer would check by eye, checked on every build.
 */
class DeliveryFilesTest {

    private static final Pattern USES = Pattern.compile("(?m)^\\s*-?\\s*uses:\\s*(\\S+)");

    @Test
    void everyActionIsPinnedToAVersion() throws IOException {
        List<String> unpinned = new ArrayList<>();
        try (Stream<Path> workflows = Files.list(InfraFiles.ROOT.resolve(".github/workflows"))) {
            for (Path workflow : workflows.toList()) {
                unpinned.addAll(unpinnedActions(InfraFiles.read(workflow)));
            }
        }
        assertThat(unpinned).isEmpty();
        assertThat(
                        unpinnedActions(
                                "steps:\n  - uses: actions/checkout@main\n  - uses: azure/login\n  - uses: actions/setup-java@v4\n"))
                .containsExactly("actions/checkout@main", "azure/login");
    }

    @Test
    void theDeployWorkflowLogsInWithOidcAndLooksBeforeItDeploys() {
        String deploy = InfraFiles.read(InfraFiles.ROOT.resolve(".github/workflows/deploy.yml"));
        assertThat(deploy)
                .contains(
                        "id-token: write",
                        "azure/login@v2",
                        "client-id: ${{ vars.AZURE_CLIENT_ID }}",
                        "workflow_dispatch",
                        "environment:",
                        "az bicep build",
                        "functions/target/azure-functions/gatehouse",
                        "infra/scripts/migrate.sh",
                        "az functionapp deployment source config-zip");
        assertThat(deploy)
                .doesNotContain("secrets.AZURE_CREDENTIALS", "client-secret", "publish-profile");
        assertThat(deploy.indexOf("az deployment group what-if"))
                .isPositive()
                .isLessThan(deploy.indexOf("az deployment group create"));
        String build =
                InfraFiles.read(InfraFiles.ROOT.resolve(".github/workflows/build-and-test.yml"));
        assertThat(build).contains("pull_request", "bash .ci/run");
    }

    @Test
    void theImageIsTheJava21FunctionsHostRunningThePackageAsNonRoot() {
        String dockerfile = InfraFiles.read(InfraFiles.ROOT.resolve("Dockerfile"));
        assertThat(dockerfile)
                .contains("mcr.microsoft.com/azure-functions/java:4-java21")
                .contains("COPY functions/target/azure-functions/gatehouse /home/site/wwwroot");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        assertThat(user.find()).as("a USER line").isTrue();
        assertThat(user.group(1)).doesNotStartWith("root").doesNotStartWith("0");
        assertThat(dockerfile)
                .doesNotContainPattern("(?im)^(ENV|ARG).*(PASSWORD|SECRET|AccountKey)");
    }

    @Test
    void theKubernetesPodsRunRestrictedWithWorkloadIdentityAndNoSecretInTheConfigMap() {
        Path kubernetes = InfraFiles.INFRA.resolve("kubernetes");
        String deployment = InfraFiles.read(kubernetes.resolve("deployment.yaml"));
        assertThat(deployment)
                .contains(
                        "runAsNonRoot: true",
                        "allowPrivilegeEscalation: false",
                        "readOnlyRootFilesystem: true",
                        "azure.workload.identity/use: \"true\"",
                        "path: /api/ready");
        assertThat(InfraFiles.read(kubernetes.resolve("serviceaccount.yaml")))
                .contains("azure.workload.identity/client-id");
        assertThat(InfraFiles.read(kubernetes.resolve("keda.yaml")))
                .contains("type: azure-queue", "provider: azure-workload");
        String configMapEntries =
                InfraFiles.read(kubernetes.resolve("configmap.yaml"))
                        .replaceAll("(?m)^\\s*#.*$", "");
        assertThat(configMapEntries)
                .contains("GATEHOUSE_DB_AUTH: managed-identity")
                .doesNotContainPattern("(?i)(PASSWORD|SECRET|AccountKey|SharedAccessSignature)");
    }

    private static List<String> unpinnedActions(String workflow) {
        List<String> unpinned = new ArrayList<>();
        Matcher uses = USES.matcher(workflow);
        while (uses.find()) {
            String action = uses.group(1);
            if (!action.startsWith("./")
                    && !action.matches(".+@(v\\d+(\\.\\d+){0,2}|[0-9a-f]{40})")) {
                unpinned.add(action);
            }
        }
        return unpinned;
    }
}
