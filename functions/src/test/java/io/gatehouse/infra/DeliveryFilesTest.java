package io.gatehouse.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The delivery files that cannot run here (no GitHub runner, no container engine, no cluster): what
 * a reviewer would check by eye, checked on every build.
 */
class DeliveryFilesTest {

    private static final Pattern USES =
            Pattern.compile("(?m)^\\s*-?\\s*uses:\\s*(\\S+)[ \\t]*(#[^\\n]*?)?[ \\t]*$");

    @Test
    void everyActionIsPinnedToACommitShaNamingItsRelease() throws IOException {
        List<String> unpinned = new ArrayList<>();
        try (Stream<Path> workflows = Files.list(InfraFiles.ROOT.resolve(".github/workflows"))) {
            for (Path workflow : workflows.toList()) {
                unpinned.addAll(unpinnedActions(InfraFiles.read(workflow)));
            }
        }
        assertThat(unpinned).isEmpty();
        assertThat(
                        unpinnedActions(
                                "steps:\n  - uses: actions/checkout@main\n  - uses: azure/login\n"
                                        + "  - uses: actions/setup-java@v4\n"
                                        + "  - uses: actions/cache@0123456789abcdef0123456789abcdef01234567\n"
                                        + "  - uses: actions/cache@0123456789abcdef0123456789abcdef01234567 # v4.2.0\n"))
                .containsExactly(
                        "actions/checkout@main",
                        "azure/login",
                        "actions/setup-java@v4",
                        "actions/cache@0123456789abcdef0123456789abcdef01234567");
    }

    @Test
    void theDeployWorkflowLogsInWithOidcAndLooksBeforeItDeploys() {
        String deploy = deployWorkflow();
        assertThat(deploy)
                .contains(
                        "id-token: write",
                        "uses: azure/login@",
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
        assertThat(build).contains("pull_request", "bash .ci/run", "az bicep lint");
    }

    @Test
    void nothingIsDeployedBeforeTheFullSuiteTheSbomAndTheBicepLintHavePassed() {
        Map<String, String> jobs = jobs(deployWorkflow());
        assertThat(jobs).containsKeys("test", "bicep", "infrastructure", "database", "app");
        assertThat(jobs.get("test"))
                .contains("run: bash .ci/run")
                .contains("name: sbom")
                .contains("path: functions/target/gatehouse-bom.json");
        // the SBOM is written by the build the suite ran, not by a second build after it
        assertThat(InfraFiles.read(InfraFiles.ROOT.resolve("functions/pom.xml")))
                .contains(
                        "<artifactId>cyclonedx-maven-plugin</artifactId>", "<goal>makeBom</goal>");
        // The package deployed is the one the suite ran against: built by the test job only.
        assertThat(jobs.get("test")).contains("name: function-app");
        assertThat(jobs.get("bicep")).contains("az bicep build", "az bicep lint");
        assertThat(jobs.get("infrastructure")).contains("needs: [test, bicep]");
        assertThat(jobs.get("database")).contains("needs: infrastructure");
        assertThat(jobs.get("app")).contains("needs: [infrastructure, database]");
    }

    @Test
    void theSmokeTestGoesThroughTheFrontDoorAndProvesTheAppRefusesEverythingElse() {
        String app = jobs(deployWorkflow()).get("app");
        assertThat(app)
                .contains("needs.infrastructure.outputs.frontDoorHost")
                .contains("for route in health ready")
                .contains("https://${FRONT_DOOR_HOST}/api/${route}")
                .contains("!= \"403\"");
        assertThat(jobs(deployWorkflow()).get("infrastructure"))
                .contains("frontDoorHost=$(jq -r .AZURE_FRONT_DOOR_HOST.value outputs.json)");
        assertThat(InfraFiles.read(InfraFiles.INFRA.resolve("main.bicep")))
                .contains("output AZURE_FRONT_DOOR_HOST string");
    }

    @Test
    void permissionsAreLeastPrivilegeAndOnlyJobsThatLogInToAzureMayMintATokenForIt() {
        String deploy = deployWorkflow();
        assertThat(deploy).containsPattern("(?m)^permissions: \\{}$");
        Map<String, String> jobs = jobs(deploy);
        jobs.forEach(
                (name, job) -> {
                    assertThat(job).as(name + " declares its permissions").contains("permissions:");
                    assertThat(job)
                            .as(name + " writes nothing to the repository")
                            .doesNotContainPattern("contents:\\s*write|packages:\\s*write");
                    assertThat(job.contains("id-token: write"))
                            .as(name + ": id-token exactly when it logs in to Azure")
                            .isEqualTo(job.contains("uses: azure/login@"));
                });
        assertThat(jobs.values()).anyMatch(job -> job.contains("id-token: write"));
    }

    /** The jobs of a workflow by name, each the text of its block. */
    private static Map<String, String> jobs(String workflow) {
        String body = workflow.substring(workflow.indexOf("\njobs:\n") + 7);
        Matcher header = Pattern.compile("(?m)^  ([A-Za-z][\\w-]*):\\s*$").matcher(body);
        Map<String, String> jobs = new LinkedHashMap<>();
        String name = null;
        int start = 0;
        while (header.find()) {
            if (name != null) {
                jobs.put(name, body.substring(start, header.start()));
            }
            name = header.group(1);
            start = header.end();
        }
        if (name != null) {
            jobs.put(name, body.substring(start));
        }
        return jobs;
    }

    private static String deployWorkflow() {
        return InfraFiles.read(InfraFiles.ROOT.resolve(".github/workflows/deploy.yml"));
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

    /** Actions not pinned to a full commit SHA with a comment naming the release it was. */
    private static List<String> unpinnedActions(String workflow) {
        List<String> unpinned = new ArrayList<>();
        Matcher uses = USES.matcher(workflow);
        while (uses.find()) {
            String action = uses.group(1);
            boolean pinned =
                    action.matches(".+@[0-9a-f]{40}")
                            && uses.group(2) != null
                            && uses.group(2).matches("#\\s*v\\d+(\\.\\d+){0,2}");
            if (!action.startsWith("./") && !pinned) {
                unpinned.add(action);
            }
        }
        return unpinned;
    }
}
