package io.gatehouse.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the dev host answers to requests its HTTP layer cannot or will not serve, written byte by
 * byte to its port (an HTTP client would refuse to send most of them): always problem+json with an
 * X-Correlation-ID and the status in the body, a 4xx for bad input, nothing of the server's make or
 * internals, and a connection that is either closed or still usable.
 */
class MalformedRequestsTest {

    private static final int BODY_LIMIT = 1024;
    private static final int HEADER_LIMIT = 4096;
    private static final Duration IDLE_TIMEOUT = Duration.ofMillis(1500);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path appDir;
    static DevHost host;

    @BeforeAll
    static void startHost() throws IOException {
        FunctionAppDirectory.sampleApp(appDir);
        host =
                DevHost.start(
                        appDir,
                        0,
                        DevHostOptions.defaults()
                                .withMaxRequestBodyBytes(BODY_LIMIT)
                                .withMaxRequestHeaderBytes(HEADER_LIMIT)
                                .withIdleTimeout(IDLE_TIMEOUT));
    }

    @AfterAll
    static void stopHost() {
        if (host != null) {
            host.close();
        }
    }

    @Nested
    class RequestTarget {

        @Test
        void malformedPercentEncodingIs400() throws IOException {
            assertProblem(exchange("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
            assertProblem(exchange("GET /api/clients/%4 HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
        }

        @Test
        void malformedPercentEncodingInTheQueryIs400() throws IOException {
            assertProblem(
                    exchange("GET /api/items?cursor=%%% HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
            assertProblem(
                    exchange("GET /api/items?q=%zz&x=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
            assertThat(
                            exchange("GET /api/items?q=%41 HTTP/1.1\r\nHost: localhost\r\n\r\n")
                                    .status())
                    .isEqualTo(200);
        }

        @Test
        void badUtf8IllegalCharactersAndFragmentsAre400() throws IOException {
            assertProblem(exchange("GET /api/%C0%AF HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
            assertProblem(exchange("GET /api/caf\u00e9 HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
            assertProblem(
                    exchange("GET /api/whoami#part HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
            assertProblem(exchange("GET api/whoami HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
        }

        @Test
        void anEncodedSlashOrDotSegmentIsRoutedStillEncodedNotRefused() throws IOException {
            // Ambiguous for a servlet container, not for routes matched segment by segment before
            // decoding.
            assertProblem(
                    exchange("GET /api/items/a%2Fb HTTP/1.1\r\nHost: localhost\r\n\r\n"), 404);
            assertProblem(
                    exchange("GET /api/clients/%2e%2e HTTP/1.1\r\nHost: localhost\r\n\r\n"), 404);
        }

        @Test
        void aRequestLineLongerThanTheHeaderLimitIs414() throws IOException {
            Raw response =
                    exchange(
                            "GET /api/"
                                    + "a".repeat(HEADER_LIMIT + 100)
                                    + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertProblem(response, 414);
            assertThat(response.problem().get("detail").asText())
                    .contains(String.valueOf(HEADER_LIMIT));
        }
    }

    @Nested
    class RequestLine {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "GARBAGE\r\n\r\n",
                    "GET /api/whoami HTTP/1.1 extra\r\nHost: localhost\r\n\r\n",
                    "GET /api/who ami HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "G@T /api/whoami HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "\u0001\u0002\u0003\r\n\r\n"
                })
        void aMalformedRequestLineIs400(String request) throws IOException {
            assertProblem(exchange(request), 400);
        }

        @ParameterizedTest
        @ValueSource(strings = {"HTTP/1.x", "HTTP/9.9", "HTTP/0.9", "FTP/1.1"})
        void aBadOrUnsupportedVersionIs400Not505(String version) throws IOException {
            assertProblem(
                    exchange("GET /api/whoami " + version + "\r\nHost: localhost\r\n\r\n"), 400);
        }

        @Test
        void aRequestLineWithoutVersionIs400() throws IOException {
            assertProblem(exchange("GET /api/whoami\r\n\r\n"), 400);
        }

        @Test
        void http2OverThisPlainConnectionIs426() throws IOException {
            assertProblem(exchange("GET /api/whoami HTTP/2.0\r\nHost: localhost\r\n\r\n"), 426);
            assertProblem(exchange("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), 426);
        }

        @Test
        void http10WithoutHostIsServed() throws IOException {
            assertThat(exchange("GET /api/whoami HTTP/1.0\r\n\r\n").status()).isEqualTo(200);
        }
    }

    @Nested
    class Methods {

        /** An unknown method (FOO) and a known one the route does not accept (DELETE) alike. */
        @ParameterizedTest
        @CsvSource({
            "FOO /api/whoami, GET",
            "DELETE /api/echo, POST",
            "TRACE /api/clients/export, GET"
        })
        void aMethodNoRouteOnThePathAcceptsIs405WithAllow(String requestLine, String allow)
                throws IOException {
            Raw response = exchange(requestLine + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertProblem(response, 405);
            assertThat(response.header("Allow")).isEqualTo(allow);
        }

        @Test
        void anUnknownMethodOnAnUnknownPathIs404() throws IOException {
            assertProblem(exchange("FOO /api/nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n"), 404);
        }

        @Test
        void anUnknownRouteIs404() throws IOException {
            Raw response = exchange("GET /api/nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertProblem(response, 404);
            assertThat(response.problem().get("instance").asText()).isEqualTo("/api/nowhere");
        }
    }

    @Nested
    class Headers {

        @Test
        void headersLargerThanTheLimitAre431() throws IOException {
            Raw response =
                    exchange(
                            "GET /api/whoami HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                                    + "b".repeat(HEADER_LIMIT)
                                    + "\r\n\r\n");

            assertProblem(response, 431);
            assertThat(response.problem().get("detail").asText())
                    .contains(String.valueOf(HEADER_LIMIT));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "GET /api/whoami HTTP/1.1\r\n\r\n",
                    "GET /api/whoami HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
                    "GET /api/whoami HTTP/1.1\r\nHost: bad host\r\n\r\n",
                    "GET http://elsewhere/api/whoami HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "GET /api/whoami HTTP/1.1\r\nHost: localhost\r\nBad Name: x\r\n\r\n",
                    "GET /api/whoami HTTP/1.1\r\nHost: localhost\r\nNoColon\r\n\r\n"
                })
        void aMissingDuplicateOrBadHostAndMalformedFieldsAre400(String request) throws IOException {
            assertProblem(exchange(request), 400);
        }

        @Test
        void anUnsupportedExpectationIs417() throws IOException {
            assertProblem(
                    exchange(
                            "GET /api/whoami HTTP/1.1\r\nHost: localhost\r\nExpect: teapot\r\n\r\n"),
                    417);
        }

        @Test
        void expect100ContinueIsHonoured() throws IOException {
            Raw response =
                    exchange(
                            "POST /api/echo HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n"
                                    + "Content-Length: 2\r\n\r\nhi");

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.body()).isEqualTo("hi");
        }
    }

    @Nested
    class Framing {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Content-Length: abc\r\n\r\n",
                    "Content-Length: -5\r\n\r\n",
                    "Content-Length: 99999999999999999999999\r\n\r\n",
                    "Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
                    "Transfer-Encoding: gzip\r\n\r\n",
                    "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
                    "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"
                })
        void anInvalidContentLengthOrTransferEncodingIs400(String framing) throws IOException {
            int before = SampleFunctions.ECHO_INVOCATIONS.get();

            assertProblem(
                    exchange("POST /api/echo HTTP/1.1\r\nHost: localhost\r\n" + framing), 400);
            assertThat(SampleFunctions.ECHO_INVOCATIONS.get())
                    .as("the function never ran")
                    .isEqualTo(before);
        }

        @Test
        void aDeclaredBodyOverTheLimitIs413BeforeItIsSent() throws IOException {
            int before = SampleFunctions.ECHO_INVOCATIONS.get();

            Raw response =
                    exchange(
                            "POST /api/echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                                    + (BODY_LIMIT + 1)
                                    + "\r\n\r\n");

            assertProblem(response, 413);
            assertThat(response.problem().get("detail").asText())
                    .contains(String.valueOf(BODY_LIMIT));
            assertThat(SampleFunctions.ECHO_INVOCATIONS.get()).isEqualTo(before);
        }

        @Test
        void aChunkedBodyOverTheLimitIs413() throws IOException {
            String chunk =
                    Integer.toHexString(BODY_LIMIT) + "\r\n" + "x".repeat(BODY_LIMIT) + "\r\n";

            assertProblem(
                    exchange(
                            "POST /api/echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    + chunk
                                    + chunk
                                    + "0\r\n\r\n"),
                    413);
        }

        @Test
        void aBodyCutShortByTheClientClosingIs400() throws IOException {
            try (Socket socket = connect()) {
                socket.getOutputStream()
                        .write(
                                "POST /api/echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nabc"
                                        .getBytes(StandardCharsets.US_ASCII));
                socket.shutdownOutput();

                assertProblem(Raw.read(socket.getInputStream()), 400);
            }
        }
    }

    @Nested
    class Connections {

        @Test
        void aWellFormedRequestIsServedAndTheConnectionKeptForTheNext() throws IOException {
            try (Socket socket = connect()) {
                Raw first = exchange(socket, "GET /api/whoami HTTP/1.1\r\nHost: localhost\r\n\r\n");
                Raw refused =
                        exchange(socket, "GET /api/nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n");
                Raw again =
                        exchange(
                                socket,
                                "POST /api/echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\nok");

                assertThat(first.status()).isEqualTo(200);
                assertThat(first.body()).contains("call 1");
                assertProblem(refused, 404);
                assertThat(again.status()).isEqualTo(201);
                assertThat(again.body()).isEqualTo("ok");
            }
        }

        @Test
        void aHeadRequestGetsTheRefusalsHeadersWithoutItsBody() throws IOException {
            try (Socket socket = connect()) {
                socket.getOutputStream()
                        .write(
                                "HEAD /api/nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n"
                                        .getBytes(StandardCharsets.US_ASCII));
                Raw head = Raw.readHeadOnly(socket.getInputStream());
                Raw next = exchange(socket, "GET /api/whoami HTTP/1.1\r\nHost: localhost\r\n\r\n");

                assertThat(head.status()).isEqualTo(404);
                assertThat(head.header("Content-Type")).isEqualTo("application/problem+json");
                assertThat(head.header("X-Correlation-ID")).isNotBlank();
                assertThat(next.status())
                        .as("no body was sent before the next response")
                        .isEqualTo(200);
            }
        }

        @Test
        void aConnectionIsClosedAfterAMessageThatCannotBeFramed() throws IOException {
            try (Socket socket = connect()) {
                assertProblem(
                        exchange(
                                socket,
                                "POST /api/echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n"),
                        400);

                assertThat(socket.getInputStream().read()).as("end of stream").isEqualTo(-1);
            }
        }

        @Test
        void aRequestThatStallsIsAnswered408AndClosedAfterTheIdleTimeout() throws IOException {
            try (Socket socket = connect()) {
                socket.getOutputStream()
                        .write(
                                "POST /api/echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nabc"
                                        .getBytes(StandardCharsets.US_ASCII));
                Raw response = Raw.read(socket.getInputStream());

                assertProblem(response, 408);
                assertThat(socket.getInputStream().read()).as("end of stream").isEqualTo(-1);
            }
        }

        @Test
        void hostStillServesAfterAllThat() throws IOException {
            assertProblem(exchange("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);

            assertThat(exchange("GET /api/whoami HTTP/1.1\r\nHost: localhost\r\n\r\n").status())
                    .isEqualTo(200);
        }
    }

    @Nested
    class CorrelationIds {

        @Test
        void aValidIncomingIdIsEchoedOnTheDevHostsOwnAnswers() throws IOException {
            Raw notFound =
                    exchange(
                            "GET /api/nowhere HTTP/1.1\r\nHost: localhost\r\nX-Correlation-ID: probe-1.a_b\r\n\r\n");
            Raw tooLarge =
                    exchange(
                            "POST /api/echo HTTP/1.1\r\nHost: localhost\r\nX-Correlation-ID: probe-2\r\n"
                                    + "Content-Length: "
                                    + (BODY_LIMIT + 1)
                                    + "\r\n\r\n");

            assertProblem(notFound, 404);
            assertThat(notFound.header("X-Correlation-ID")).isEqualTo("probe-1.a_b");
            assertThat(notFound.problem().get("correlationId").asText()).isEqualTo("probe-1.a_b");
            assertProblem(tooLarge, 413);
            assertThat(tooLarge.header("X-Correlation-ID")).isEqualTo("probe-2");
        }

        @Test
        void anInvalidIncomingIdIsReplacedByAFreshOne() throws IOException {
            Raw response =
                    exchange(
                            "GET /api/nowhere HTTP/1.1\r\nHost: localhost\r\nX-Correlation-ID: no spaces <allowed>\r\n\r\n");

            assertProblem(response, 404);
            assertThat(response.header("X-Correlation-ID")).matches("[0-9a-f-]{36}");
        }

        @Test
        void everyRefusalGetsItsOwnId() throws IOException {
            String first =
                    exchange("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n")
                            .header("X-Correlation-ID");
            String second =
                    exchange("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n")
                            .header("X-Correlation-ID");

            assertThat(first).isNotEqualTo(second);
        }
    }

    /** The rule every refusal follows, whatever layer produced it. */
    private static void assertProblem(Raw response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .as(response.text())
                .isEqualTo("application/problem+json");
        assertThat(response.header("X-Correlation-ID"))
                .as(response.text())
                .matches("[A-Za-z0-9._-]{1,64}");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Server")).as("no server banner").isNull();
        assertThat(response.header("X-Powered-By")).isNull();
        JsonNode problem = response.problem();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("urn:gatehouse:problem:");
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("correlationId").asText())
                .isEqualTo(response.header("X-Correlation-ID"));
        assertThat(response.text().toLowerCase(Locale.ROOT))
                .doesNotContain("jetty", "exception", "org.eclipse", "java.", "<html", "\tat ");
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", host.port());
        socket.setSoTimeout((int) IDLE_TIMEOUT.multipliedBy(4).toMillis());
        return socket;
    }

    /** Sends one request on a fresh connection and reads the one response. */
    private static Raw exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            return exchange(socket, request);
        }
    }

    private static Raw exchange(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return Raw.read(socket.getInputStream());
    }

    /** One HTTP/1.1 response as it came off the wire, framed by its Content-Length. */
    private record Raw(int status, Map<String, String> headers, String body, String text) {

        static Raw read(InputStream in) throws IOException {
            return parse(readHead(in), in, true);
        }

        private static Raw parse(String head, InputStream in, boolean withBody) throws IOException {
            String[] lines = head.split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            String body = withBody ? new String(in.readNBytes(length), StandardCharsets.UTF_8) : "";
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, body, head + body);
        }

        /** The response to a HEAD request: headers that describe a body which is not sent. */
        static Raw readHeadOnly(InputStream in) throws IOException {
            return parse(readHead(in), in, false);
        }

        /** Up to the blank line; an interim 100 Continue is skipped, as a client would. */
        private static String readHead(InputStream in) throws IOException {
            while (true) {
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                int matched = 0;
                while (matched < 4) {
                    int b;
                    try {
                        b = in.read();
                    } catch (SocketTimeoutException e) {
                        throw new AssertionError(
                                "no response within the socket timeout; so far: " + head, e);
                    }
                    if (b < 0) {
                        throw new AssertionError(
                                "connection closed without a response; so far: " + head);
                    }
                    head.write(b);
                    matched =
                            (b == (matched % 2 == 0 ? '\r' : '\n'))
                                    ? matched + 1
                                    : (b == '\r' ? 1 : 0);
                }
                String text = head.toString(StandardCharsets.ISO_8859_1);
                if (!text.startsWith("HTTP/1.1 100 ")) {
                    return text.substring(0, text.length() - 4);
                }
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode problem() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }
    }
}
