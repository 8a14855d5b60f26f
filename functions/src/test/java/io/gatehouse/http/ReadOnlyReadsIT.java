package io.gatehouse.http;

import static io.gatehouse.db.Tables.CLIENTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.gatehouse.app.FunctionClasses;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.GatehouseStack;
import io.gatehouse.testing.SuperuserSql;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A GET's transaction is read-only, decided by the pipeline from the method alone: a handler that
 * tries to write inside a real GET route's transaction is refused by PostgreSQL and changes
 * nothing, while the same handler on a POST route writes. And every GET route still answers.
 *
 * <p>The probe handlers go through the app's own pipeline under the rules of real routes ({@code
 * clients-list}, {@code clients-create}): the pipeline takes the handler as an argument, so no test
 * route has to be added to the catalog.
 */
class ReadOnlyReadsIT {

    static GatehouseStack stack;
    static SuperuserSql sql;
    static UUID tenant;

    @BeforeAll
    static void aTenant() {
        stack = GatehouseStack.shared();
        sql = new SuperuserSql(stack.database());
        tenant = stack.createTenant("read-only");
    }

    @Test
    void aWriteInsideAGetsTransactionIsRefusedAndNothingChanges() {
        UUID refused = UUID.randomUUID();
        Map<String, String> seen = new LinkedHashMap<>();

        ApiResponse response =
                serve(
                        "GET",
                        "clients-list",
                        call -> {
                            seen.put(
                                    "readOnly",
                                    String.valueOf(
                                            call.db()
                                                    .fetchValue(
                                                            "select current_setting('transaction_read_only')")));
                            seen.put("rowsVisible", String.valueOf(call.db().fetchCount(CLIENTS)));
                            try {
                                insertClient(call, refused);
                                seen.put("insert", "accepted");
                            } catch (DataAccessException e) {
                                seen.put("insert", e.sqlState());
                            }
                            return ApiResponse.ok(Map.of());
                        });

        assertThat(seen).containsEntry("readOnly", "on").containsEntry("insert", "25006");
        assertThat(seen.get("rowsVisible")).as("reading still works").isNotNull();
        assertThat(response.status()).isEqualTo(200);
        assertThat(sql.count("select count(*) from gatehouse.clients where client_id = ?", refused))
                .isZero();
    }

    @Test
    void aGetsHandlerThatLetsTheRefusalEscapeGetsAProblemAndWritesNothing() {
        UUID refused = UUID.randomUUID();

        ApiResponse response =
                serve(
                        "GET",
                        "clients-list",
                        call -> {
                            insertClient(call, refused);
                            return ApiResponse.ok(Map.of());
                        });

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.headers())
                .containsEntry("Content-Type", ApiResponse.PROBLEM_JSON)
                .containsKey("X-Correlation-ID");
        assertThat(response.body()).doesNotContain("25006").doesNotContain("read-only");
        assertThat(sql.count("select count(*) from gatehouse.clients where client_id = ?", refused))
                .isZero();
    }

    @Test
    void aGetsHandlerCannotTurnItsTransactionBackToReadWrite() {
        UUID refused = UUID.randomUUID();
        Map<String, String> seen = new LinkedHashMap<>();

        serve(
                "GET",
                "clients-list",
                call -> {
                    try {
                        call.db().execute("set transaction read write");
                        seen.put("lift", "accepted");
                    } catch (DataAccessException e) {
                        seen.put("lift", e.sqlState());
                    }
                    return ApiResponse.ok(Map.of());
                });
        serve(
                "GET",
                "clients-list",
                call -> {
                    try {
                        call.db().execute("set session characteristics as transaction read write");
                        insertClient(call, refused);
                        seen.put("sessionLift", "accepted");
                    } catch (DataAccessException e) {
                        seen.put("sessionLift", e.sqlState());
                    }
                    return ApiResponse.ok(Map.of());
                });

        assertThat(seen).containsEntry("lift", "25001").containsEntry("sessionLift", "25006");
        assertThat(sql.count("select count(*) from gatehouse.clients where client_id = ?", refused))
                .isZero();
    }

    @Test
    void theSameWriteOnAChangeRouteIsAccepted() {
        UUID written = UUID.randomUUID();
        Map<String, String> seen = new LinkedHashMap<>();

        ApiResponse response =
                serve(
                        "POST",
                        "clients-create",
                        call -> {
                            seen.put(
                                    "readOnly",
                                    String.valueOf(
                                            call.db()
                                                    .fetchValue(
                                                            "select current_setting('transaction_read_only')")));
                            insertClient(call, written);
                            return ApiResponse.json(201, Map.of());
                        });

        assertThat(response.status()).isEqualTo(201);
        assertThat(seen).containsEntry("readOnly", "off");
        assertThat(
                        sql.count(
                                "select count(*) from gatehouse.clients where client_id = ? and customer_id = ?",
                                written,
                                tenant))
                .as("the refusal above was the read-only transaction, not a grant or a policy")
                .isEqualTo(1);
    }

    @Test
    void aReadOnlyConnectionGoesBackToThePoolReadyToWrite() {
        // A pool of 8 connections: more GETs than that, then writes, so some write reuses a GET's
        // connection.
        for (int i = 0; i < 12; i++) {
            assertThat(stack.userOf(tenant).get("/api/clients").status()).isEqualTo(200);
        }
        for (int i = 0; i < 12; i++) {
            assertThat(
                            stack.userOf(tenant)
                                    .post("/api/clients", "{\"fullName\":\"Pool Reuse\"}")
                                    .status())
                    .isEqualTo(201);
        }
    }

    @Test
    void everyGetRouteStillAnswers() {
        ApiClient user = stack.userOf(tenant);
        ApiClient admin =
                stack.anonymous()
                        .withToken(
                                stack.identityProvider()
                                        .token()
                                        .subject("admin-" + tenant)
                                        .tenant(tenant)
                                        .roles("customer_admin")
                                        .sign());
        String client =
                user.post(
                                "/api/clients",
                                "{\"fullName\":\"Reada Only\",\"email\":\"reada@example.org\"}")
                        .json()
                        .get("id")
                        .asText();
        String approval =
                user.send("DELETE", "/api/clients/" + client, null, null).json().get("id").asText();

        Map<String, ApiClient.Response> answers = new LinkedHashMap<>();
        answers.put("health", stack.anonymous().get("/api/health"));
        answers.put("ready", stack.anonymous().get("/api/ready"));
        answers.put("openapi", stack.anonymous().get("/api/openapi.json"));
        answers.put("me", user.get("/api/me"));
        answers.put("tenant-own", admin.get("/api/tenant"));
        answers.put("tenants-list", stack.operator().get("/api/tenants"));
        answers.put("clients-list", user.get("/api/clients?limit=5"));
        answers.put("clients-get", user.get("/api/clients/" + client));
        answers.put("approvals-list", admin.get("/api/approvals?status=pending"));
        answers.put("approvals-get", admin.get("/api/approvals/" + approval));
        answers.put("pii-policy-get", admin.get("/api/pii/policy"));
        answers.put("audit-list", admin.get("/api/audit?limit=5"));
        answers.put("audit-verify", admin.get("/api/audit/verify"));
        answers.put("audit-export", admin.get("/api/audit/export"));

        assertThat(answers)
                .allSatisfy(
                        (route, answer) ->
                                assertThat(answer.status())
                                        .as(route + ": " + answer)
                                        .isEqualTo(200));
        assertThat(answers.get("clients-get").json().get("fullName").asText())
                .isEqualTo("Reada Only");
        assertThat(answers.get("approvals-get").json().get("status").asText()).isEqualTo("pending");
        assertThat(answers.get("audit-verify").json().get("valid").asBoolean()).isTrue();
        assertThat(List.copyOf(answers.keySet()))
                .as("every GET route of the catalog is here")
                .containsExactlyInAnyOrderElementsOf(getRoutes());
    }

    /** The function names of the catalog's GET routes, read from their triggers. */
    private static List<String> getRoutes() {
        return FunctionClasses.ALL.stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(FunctionName.class))
                .filter(
                        method ->
                                Arrays.stream(method.getParameters())
                                        .map(
                                                parameter ->
                                                        parameter.getAnnotation(HttpTrigger.class))
                                        .anyMatch(
                                                trigger ->
                                                        trigger != null
                                                                && List.of(trigger.methods())
                                                                        .contains(HttpMethod.GET)))
                .map(method -> method.getAnnotation(FunctionName.class).value())
                .toList();
    }

    private static void insertClient(Call call, UUID id) {
        call.db()
                .insertInto(CLIENTS)
                .set(CLIENTS.CUSTOMER_ID, call.customerId())
                .set(CLIENTS.CLIENT_ID, id)
                .set(CLIENTS.FULL_NAME, "Should Not Exist")
                .execute();
    }

    /**
     * Serves {@code handler} through the app's pipeline under the access rule of {@code function}.
     */
    private static ApiResponse serve(String method, String function, Handler handler) {
        String token =
                stack.identityProvider().token().subject("user-" + tenant).tenant(tenant).sign();
        ApiRequest request =
                new ApiRequest(
                        method,
                        URI.create("http://localhost/api/probe"),
                        Map.of("Authorization", "Bearer " + token),
                        Map.of(),
                        method.equals("GET") ? Optional.empty() : Optional.of("{}"));
        return stack.app().pipeline().serve(function, request, handler, Optional.empty());
    }
}
