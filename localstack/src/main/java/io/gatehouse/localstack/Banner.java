package io.gatehouse.localstack;

/** What the run command prints once everything is up: where things are and how to call them. */
final class Banner {

    private Banner() {}

    static String of(LocalStack stack, LocalStackSettings settings) {
        String api = stack.apiBase().toString();
        String tokenUrl = stack.issuer() + "/protocol/openid-connect/token";
        StringBuilder text =
                new StringBuilder()
                        .append("\n=== Gatehouse is running (Ctrl-C stops everything) ===\n")
                        .append("API        ")
                        .append(api)
                        .append("\n")
                        .append("Issuer     ")
                        .append(stack.issuer())
                        .append("\n");
        if (settings.externalIssuer().isEmpty()) {
            text.append("Keycloak   ")
                    .append(stack.keycloak().baseUrl())
                    .append("/admin  (admin / ")
                    .append(stack.keycloak().adminPassword())
                    .append(", generated for this run)\n")
                    .append(
                            "\nDemo users (demo passwords, for local use only; client gatehouse-cli):\n");
            for (DemoUser user : DemoUser.values()) {
                text.append(
                        String.format(
                                "  %-14s %-20s %s%n",
                                user.username(), user.password(), user.description()));
            }
            text.append(
                            "  client gatehouse-batch / demo-only-batch-secret  service account of Acme (client credentials)\n")
                    .append("\nTry it:\n")
                    .append(
                            "  TOKEN=$(curl -s -d grant_type=password -d client_id=gatehouse-cli -d username=acme-staff")
                    .append(" -d password=demo-acme-staff ")
                    .append(tokenUrl)
                    .append(" | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n")
                    .append("  curl -s -H \"Authorization: Bearer $TOKEN\" ")
                    .append(api)
                    .append("me\n");
        }
        return text.toString();
    }
}
