package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.GatehouseStack;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP contract of SPEC.md §1 and §3 as a client meets it: statuses, problems, headers. */
class ApiContractIT {

    static GatehouseStack stack;
    static UUID tenant;
    static ApiClient user;

    @BeforeAll
    static void aTenantAndItsUser() {
        stack = GatehouseStack.shared();
        tenant = stack.createTenant("contract");
        user = stack.userOf(tenant);
    }

    @Test
    void probesAnswerWithoutATokenAndSayNothingMore() {
        Response health = stack.anonymous().get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        Response ready = stack.anonymous().get("/api/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).doesNotContainIgnoringCase("postgres").doesNotContain("jdbc");
    }

    @Test
    void meDescribesTheCaller() {
        JsonNode me = user.get("/api/me").json();
        assertThat(me.get("subject").asText()).isEqualTo("user-" + tenant);
        assertThat(me.get("customerId").asText()).isEqualTo(tenant.toString());
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("authenticated");
        assertThat(me.get("interactive").asBoolean()).isTrue();
        JsonNode operator = stack.operator().get("/api/me").json();
        assertThat(operator.get("customerId").isNull()).isTrue();
        assertThat(operator.get("roles")).extracting(JsonNode::asText).contains("internal_admin");
    }

    @Test
    void everyResponseCarriesACorrelationIdAndProblemsRepeatIt() {
        Response echoed =
                user.withHeader("X-Correlation-ID", "trace-me.42")
                        .get("/api/clients/" + UUID.randomUUID());
        assertThat(echoed.header("X-Correlation-ID")).isEqualTo("trace-me.42");
        assertThat(echoed.header("Cache-Control")).isEqualTo("no-store");
        assertThat(user.get("/api/clients").header("Cache-Control"))
                .as("PHI is never cached")
                .isEqualTo("no-store");
        assertThat(echoed.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = echoed.json();
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("correlationId").asText()).isEqualTo("trace-me.42");
        assertThat(problem.get("instance").asText()).startsWith("/api/clients/");
        assertThat(problem.has("type") && problem.has("title") && problem.has("detail")).isTrue();

        Response replaced =
                stack.anonymous()
                        .withHeader("X-Correlation-ID", "bad value with spaces")
                        .get("/api/health");
        assertThat(replaced.header("X-Correlation-ID")).matches("[0-9a-f-]{36}");
        assertThat(stack.anonymous().get("/api/me").header("X-Correlation-ID")).isNotBlank();
    }

    @Test
    void aBadTokenGetsAPlain401() {
        for (String token :
                List.of(
                        "not-a-jwt",
                        stack.identityProvider()
                                .token()
                                .subject("x")
                                .tenant(tenant)
                                .audience("other-api")
                                .sign())) {
            Response refused = stack.anonymous().withToken(token).get("/api/clients");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate"))
                    .isEqualTo("Bearer error=\"invalid_token\"");
            assertThat(refused.json().get("detail").asText())
                    .isEqualTo("A valid bearer token is required.");
        }
    }

    @Test
    void badBodiesAreRefusedPrecisely() {
        assertThat(user.send("POST", "/api/clients", "text/plain", "{\"fullName\":\"X\"}").status())
                .isEqualTo(415);
        assertThat(user.post("/api/clients", "{not json").status()).isEqualTo(400);
        assertThat(user.post("/api/clients", "[]").status()).isEqualTo(400);
        Response massAssignment =
                user.post(
                        "/api/clients",
                        "{\"fullName\":\"X\",\"customerId\":\"" + UUID.randomUUID() + "\"}");
        assertThat(massAssignment.status()).isEqualTo(400);
        assertThat(massAssignment.json().get("detail").asText()).contains("customerId");
        assertThat(user.post("/api/clients", "{\"email\":\"a@b.org\"}").status()).isEqualTo(422);
        assertThat(user.post("/api/clients", "{\"fullName\":\"X\",\"email\":\"nope\"}").status())
                .isEqualTo(422);
        assertThat(
                        user.post(
                                        "/api/clients",
                                        "{\"fullName\":\"X\",\"dateOfBirth\":\"30/04/1980\"}")
                                .status())
                .isEqualTo(422);
        assertThat(user.post("/api/clients", "{\"fullName\":\"" + "x".repeat(201) + "\"}").status())
                .isEqualTo(422);
        assertThat(
                        user.post("/api/clients", "{\"fullName\":\"" + "x".repeat(300_000) + "\"}")
                                .status())
                .isEqualTo(413);
        assertThat(user.get("/api/clients?q=xxxxxxxx").json().get("items"))
                .as("nothing was stored")
                .isEmpty();
    }

    @Test
    void patchChangesOnlyWhatItNamesAndNothingElse() {
        JsonNode created =
                user.post(
                                "/api/clients",
                                "{\"fullName\":\"Pat Ch\",\"phone\":\"+44 20 7946 0000\",\"notes\":\"n\"}")
                        .json();
        String path = "/api/clients/" + created.get("id").asText();
        Response patched = user.patch(path, "{\"notes\":null,\"email\":\"pat@example.org\"}");
        assertThat(patched.status()).isEqualTo(200);
        JsonNode after = patched.json();
        assertThat(after.get("fullName").asText()).isEqualTo("Pat Ch");
        assertThat(after.get("phone").asText()).isEqualTo("+44 20 7946 0000");
        assertThat(after.get("notes").isNull()).isTrue();
        assertThat(after.get("email").asText()).isEqualTo("pat@example.org");

        for (String forbidden :
                List.of(
                        "{\"id\":\"" + UUID.randomUUID() + "\"}",
                        "{\"customerId\":\"" + UUID.randomUUID() + "\"}",
                        "{\"createdAt\":\"2000-01-01T00:00:00Z\"}",
                        "{}")) {
            assertThat(user.patch(path, forbidden).status()).as(forbidden).isEqualTo(400);
        }
        assertThat(user.patch(path, "{\"fullName\":null}").status()).isEqualTo(422);
        assertThat(user.get(path).json()).isEqualTo(after);
    }

    @Test
    void listsPageByCursorWithoutGapsOrRepeats() {
        UUID pagedTenant = stack.createTenant("paging");
        ApiClient pager = stack.userOf(pagedTenant);
        for (int i = 0; i < 7; i++) {
            assertThat(pager.post("/api/clients", "{\"fullName\":\"Person " + i + "\"}").status())
                    .isEqualTo(201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page =
                    pager.get("/api/clients?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").forEach(item -> seen.add(item.get("fullName").asText()));
            cursor =
                    page.json().get("nextCursor").isNull()
                            ? null
                            : page.json().get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen)
                .containsExactly(
                        "Person 0",
                        "Person 1",
                        "Person 2",
                        "Person 3",
                        "Person 4",
                        "Person 5",
                        "Person 6");

        assertThat(pager.get("/api/clients?limit=0").status()).isEqualTo(400);
        assertThat(pager.get("/api/clients?limit=201").status()).isEqualTo(400);
        assertThat(pager.get("/api/clients?cursor=garbage").status()).isEqualTo(400);
        assertThat(pager.get("/api/clients?q=%25").json().get("items")).isEmpty();
    }

    @Test
    void operatorsRegisterTenantsWithUniqueSlugs() {
        String slug = "unique-" + UUID.randomUUID().toString().substring(0, 8);
        Response created =
                stack.operator()
                        .post(
                                "/api/tenants",
                                "{\"name\":\"Unique Ltd\",\"slug\":\"" + slug + "\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(
                        stack.operator()
                                .post(
                                        "/api/tenants",
                                        "{\"name\":\"Copy\",\"slug\":\"" + slug + "\"}")
                                .status())
                .isEqualTo(409);
        assertThat(
                        stack.operator()
                                .post("/api/tenants", "{\"name\":\"Bad\",\"slug\":\"Not A Slug\"}")
                                .status())
                .isEqualTo(422);
        assertThat(stack.operator().get("/api/tenants?limit=200").body()).contains(slug);
    }
}
