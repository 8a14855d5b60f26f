package io.gatehouse.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serves {@link SampleFunctions} from function.json files and calls it over real HTTP. */
class DevHostTest {

    private static final String CLIENT_ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path appDir;
    static DevHost host;

    @BeforeAll
    static void startHost() throws IOException {
        FunctionAppDirectory.sampleApp(appDir);
        host = DevHost.start(appDir, 0);
    }

    @AfterAll
    static void stopHost() {
        if (host != null) {
            host.close();
        }
    }

    @Nested
    class Binding {

        @Test
        void bindsRouteValuesQueryParametersAndTheExecutionContext() throws Exception {
            String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
            HttpResponse<String> response =
                    send(
                            get("api/clients/" + CLIENT_ID + "?view=full")
                                    .header("X-Request-Id", "req-1")
                                    .header("traceparent", traceparent));

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode seen = JSON.readTree(response.body());
            assertThat(seen.get("id").asText()).isEqualTo(CLIENT_ID);
            assertThat(seen.get("view").asText()).isEqualTo("full");
            assertThat(seen.get("functionName").asText()).isEqualTo("GetClient");
            assertThat(seen.get("invocationId").asText()).matches("[0-9a-f-]{36}");
            assertThat(seen.get("traceparent").asText()).isEqualTo(traceparent);
            assertThat(seen.get("uri").asText())
                    .isEqualTo(host.baseUri() + "api/clients/" + CLIENT_ID + "?view=full");
        }

        @Test
        void givesHeadersWithLowerCasedNamesLikeTheHost() throws Exception {
            JsonNode seen =
                    JSON.readTree(
                            send(get("api/clients/" + CLIENT_ID).header("X-Request-Id", "req-2"))
                                    .body());

            assertThat(seen.get("requestIdLowerCase").asText()).isEqualTo("req-2");
            assertThat(seen.get("requestIdAsSent").isNull()).isTrue();
        }

        @Test
        void bindsNullForAnAbsentQueryParameter() throws Exception {
            assertThat(
                            JSON.readTree(send(get("api/clients/" + CLIENT_ID)).body())
                                    .get("view")
                                    .isNull())
                    .isTrue();
        }

        @Test
        void givesEveryInvocationItsOwnId() throws Exception {
            String first =
                    JSON.readTree(send(get("api/clients/" + CLIENT_ID)).body())
                            .get("invocationId")
                            .asText();
            String second =
                    JSON.readTree(send(get("api/clients/" + CLIENT_ID)).body())
                            .get("invocationId")
                            .asText();

            assertThat(first).isNotEqualTo(second);
        }

        @Test
        void bindsAnOptionalRouteValueOnlyWhenPresent() throws Exception {
            assertThat(send(get("api/items/lamp")).body()).isEqualTo("lamp");
            assertThat(send(get("api/items")).body()).isEqualTo("all items");
        }
    }

    @Nested
    class Responses {

        @Test
        void sendsStatusHeadersAndJsonBodyTheFunctionBuilt() throws Exception {
            HttpResponse<String> response = send(get("api/clients/" + CLIENT_ID));

            assertThat(response.headers().firstValue("X-Function")).hasValue("GetClient");
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("application/json; charset=utf-8");
        }

        @Test
        void echoesARequestBodyWithTheStatusAndContentTypeTheFunctionChose() throws Exception {
            HttpResponse<String> response =
                    send(
                            post("api/echo", BodyPublishers.ofString("{\"a\":1}"))
                                    .header("Content-Type", "application/json"));

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.body()).isEqualTo("{\"a\":1}");
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.headers().firstValue("X-Body-Present")).hasValue("true");
        }

        @Test
        void givesAnEmptyOptionalWhenTheRequestHasNoBody() throws Exception {
            HttpResponse<String> response = send(post("api/echo", BodyPublishers.noBody()));

            assertThat(response.body()).isEqualTo("<none>");
            assertThat(response.headers().firstValue("X-Body-Present")).hasValue("false");
        }
    }

    @Nested
    class Routing {

        @Test
        void prefersTheLiteralRouteOverTheParameterisedOne() throws Exception {
            assertThat(send(get("api/clients/export")).body()).isEqualTo("export");
        }

        @Test
        void matchesLiteralSegmentsRegardlessOfCase() throws Exception {
            assertThat(send(get("API/Clients/EXPORT")).body()).isEqualTo("export");
        }

        @Test
        void servesAFunctionWithoutRouteAtItsName() throws Exception {
            assertThat(send(get("api/whoami")).statusCode()).isEqualTo(200);
        }

        @Test
        void answers405WithTheAllowedMethodsForAWrongMethod() throws Exception {
            HttpResponse<String> delete =
                    send(HttpRequest.newBuilder(uri("api/clients/export")).DELETE());
            HttpResponse<String> post = send(post("api/WhoAmI", BodyPublishers.ofString("x")));

            assertProblem(delete, 405);
            assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
            assertProblem(post, 405);
            assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        }

        @Test
        void answers404ProblemForAnUnknownPath() throws Exception {
            assertNotFound(send(get("api/nothing-here")));
            assertNotFound(send(get("clients/export")));
            assertNotFound(send(get("")));
        }

        @Test
        void answers404WhenARouteConstraintIsNotMet() throws Exception {
            assertNotFound(send(get("api/clients/not-a-guid")));
            assertNotFound(send(get("api/items/123")));
        }

        private void assertNotFound(HttpResponse<String> response) throws Exception {
            assertProblem(response, 404);
            assertThat(response.headers().firstValue("Allow")).isEmpty();
        }
    }

    @Nested
    class Invocation {

        @Test
        void createsANewFunctionInstanceForEveryCall() throws Exception {
            String first = send(get("api/WhoAmI")).body();
            String second = send(get("api/WhoAmI")).body();

            assertThat(first).endsWith("call 1");
            assertThat(second).endsWith("call 1");
            assertThat(first).isNotEqualTo(second);
        }

        @Test
        void servesRequestsConcurrently() {
            int parties = 6;
            SampleFunctions.rendezvous = new CyclicBarrier(parties);

            List<CompletableFuture<HttpResponse<String>>> calls =
                    IntStream.range(0, parties)
                            .mapToObj(
                                    i ->
                                            HTTP.sendAsync(
                                                    get("api/rendezvous").build(),
                                                    BodyHandlers.ofString()))
                            .toList();

            assertThat(calls)
                    .allSatisfy(
                            call -> {
                                assertThat(call.join().statusCode()).isEqualTo(200);
                                assertThat(call.join().body()).isEqualTo("met");
                            });
        }

        @Test
        void answers500ProblemThatSaysNothingWhenTheFunctionThrows() throws Exception {
            HttpResponse<String> response = send(get("api/fail"));

            assertProblem(response, 500);
            assertThat(response.body()).doesNotContain("secret-detail").doesNotContain("Exception");
            assertThat(response.headers().map().toString()).doesNotContain("secret-detail");
            assertThat(send(get("api/clients/export")).statusCode())
                    .as("host still serves")
                    .isEqualTo(200);
        }
    }

    @Nested
    class BodyLimit {

        private static final int LIMIT = 1024;

        @TempDir Path smallLimitAppDir;

        @Test
        void refusesAnOversizedBodyWith413WithoutInvokingTheFunction() throws Exception {
            FunctionAppDirectory.sampleApp(smallLimitAppDir);
            try (DevHost smallLimit =
                    DevHost.start(
                            smallLimitAppDir,
                            0,
                            DevHostOptions.defaults().withMaxRequestBodyBytes(LIMIT))) {
                int invocationsBefore = SampleFunctions.ECHO_INVOCATIONS.get();

                HttpResponse<String> tooLarge =
                        send(
                                smallLimit,
                                "api/echo",
                                BodyPublishers.ofString("x".repeat(LIMIT + 1)));

                assertProblem(tooLarge, 413);
                assertThat(JSON.readTree(tooLarge.body()).get("detail").asText())
                        .contains(String.valueOf(LIMIT));
                assertThat(SampleFunctions.ECHO_INVOCATIONS.get()).isEqualTo(invocationsBefore);
            }
        }

        @Test
        void refusesAnOversizedChunkedBodyToo() throws Exception {
            FunctionAppDirectory.sampleApp(smallLimitAppDir);
            try (DevHost smallLimit =
                    DevHost.start(
                            smallLimitAppDir,
                            0,
                            DevHostOptions.defaults().withMaxRequestBodyBytes(LIMIT))) {
                byte[] body = new byte[LIMIT * 4];
                // No length known up front, so the client sends it chunked.
                BodyPublisher chunked =
                        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));

                assertThat(send(smallLimit, "api/echo", chunked).statusCode()).isEqualTo(413);
            }
        }

        @Test
        void acceptsABodyExactlyAtTheLimit() throws Exception {
            FunctionAppDirectory.sampleApp(smallLimitAppDir);
            try (DevHost smallLimit =
                    DevHost.start(
                            smallLimitAppDir,
                            0,
                            DevHostOptions.defaults().withMaxRequestBodyBytes(LIMIT))) {
                HttpResponse<String> response =
                        send(smallLimit, "api/echo", BodyPublishers.ofString("x".repeat(LIMIT)));

                assertThat(response.statusCode()).isEqualTo(201);
                assertThat(response.body()).hasSize(LIMIT);
            }
        }

        private HttpResponse<String> send(DevHost target, String path, BodyPublisher body)
                throws Exception {
            return HTTP.send(
                    HttpRequest.newBuilder(target.baseUri().resolve(path)).POST(body).build(),
                    BodyHandlers.ofString());
        }
    }

    @Nested
    class Lifecycle {

        @TempDir Path otherAppDir;

        @Test
        void listensOnAnEphemeralLoopbackPortAndStopsOnClose() throws Exception {
            URI whoAmI;
            try (DevHost other =
                    DevHost.start(FunctionAppDirectory.sampleApp(otherAppDir).path(), 0)) {
                assertThat(other.port()).isPositive().isNotEqualTo(host.port());
                assertThat(other.baseUri())
                        .isEqualTo(URI.create("http://127.0.0.1:" + other.port() + "/"));
                whoAmI = other.baseUri().resolve("api/WhoAmI");
                assertThat(
                                HTTP.send(
                                                HttpRequest.newBuilder(whoAmI).build(),
                                                BodyHandlers.ofString())
                                        .statusCode())
                        .isEqualTo(200);
            }

            assertThatThrownBy(
                            () ->
                                    HTTP.send(
                                            HttpRequest.newBuilder(whoAmI).build(),
                                            BodyHandlers.ofString()))
                    .isInstanceOf(ConnectException.class);
        }

        @Test
        void exposesTheMetadataIncludingFunctionsItDoesNotServe() {
            assertThat(host.metadata().nonHttpFunctions())
                    .extracting(
                            NonHttpFunctionMetadata::functionName,
                            NonHttpFunctionMetadata::triggerType)
                    .containsExactly(tuple("OnQueueMessage", "queueTrigger"));
        }

        @Test
        void refusesToStartWhenAnEntryPointDoesNotExist() {
            FunctionAppDirectory.create(otherAppDir, "api")
                    .http("Ghost", "noSuchMethod", "ghost", "GET");

            assertThatThrownBy(() -> DevHost.start(otherAppDir, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Ghost")
                    .hasMessageContaining("noSuchMethod");
        }

        @Test
        void refusesToStartWhenAParameterCannotBeBound() {
            FunctionAppDirectory.create(otherAppDir, "api")
                    .http("Queue", "onQueueMessage", "queue", "POST");

            assertThatThrownBy(() -> DevHost.start(otherAppDir, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Queue")
                    .hasMessageContaining("message");
        }

        @Test
        void refusesToStartWhenARouteUsesSyntaxItCannotServeFaithfully() {
            FunctionAppDirectory.create(otherAppDir, "api")
                    .http("Files", "echo", "files/{*path}", "GET");

            assertThatThrownBy(() -> DevHost.start(otherAppDir, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("{*path}");
        }
    }

    /** The dev host's own answers are problem+json with a correlation id, like the app's. */
    static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        assertThat(response.headers().firstValue("X-Correlation-ID"))
                .hasValueSatisfying(id -> assertThat(id).isNotBlank());
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("correlationId").asText())
                .isEqualTo(response.headers().firstValue("X-Correlation-ID").get());
        assertThat(problem.has("type") && problem.has("title") && problem.has("detail")).isTrue();
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private static HttpRequest.Builder post(String path, BodyPublisher body) {
        return HttpRequest.newBuilder(uri(path)).POST(body);
    }

    private static URI uri(String path) {
        return host.baseUri().resolve(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(15)).build(), BodyHandlers.ofString());
    }
}
