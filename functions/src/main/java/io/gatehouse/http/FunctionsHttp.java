package io.gatehouse.http;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import io.gatehouse.observability.CorrelationId;
import io.gatehouse.observability.HostTrace;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter between the Functions host and the request pipeline: every HTTP function is one line
 * that calls {@link #serve}. The function's access rule is found by its name in the route catalog.
 * The composition root gives each function class its instance.
 */
public final class FunctionsHttp {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionsHttp.class);

    /** Null when the app could not be built: every call is then answered 503. */
    private final RequestPipeline pipeline;

    private final String misconfiguration;

    /** What the caller is told when there is no pipeline; the reason goes to the log only. */
    private final String detail;

    private FunctionsHttp(RequestPipeline pipeline, String misconfiguration, String detail) {
        this.pipeline = pipeline;
        this.misconfiguration = misconfiguration;
        this.detail = detail;
    }

    public static FunctionsHttp over(RequestPipeline pipeline) {
        return new FunctionsHttp(Objects.requireNonNull(pipeline, "pipeline"), null, null);
    }

    /**
     * For a process whose configuration was refused: every call answers 503 problem+json and the
     * reason goes to the log, never to the caller.
     */
    public static FunctionsHttp misconfigured(String reason) {
        return new FunctionsHttp(
                null, Objects.requireNonNull(reason, "reason"), "The service is not configured.");
    }

    /**
     * For a process that could not start because a dependency it reads at start-up (the secret
     * store) did not answer: every call answers 503 problem+json with Retry-After, and the next
     * request tries the start again.
     */
    public static FunctionsHttp startingUnavailable(String reason) {
        return new FunctionsHttp(
                null,
                Objects.requireNonNull(reason, "reason"),
                "The service is temporarily unavailable.");
    }

    public HttpResponseMessage serve(
            HttpRequestMessage<Optional<String>> request,
            ExecutionContext context,
            Handler handler) {
        ApiRequest apiRequest = toApiRequest(request);
        ApiResponse response;
        if (pipeline == null) {
            LOG.error("Gatehouse could not start: {}", misconfiguration);
            response = unavailable(apiRequest, detail);
        } else {
            response =
                    pipeline.serve(
                            context.getFunctionName(),
                            apiRequest,
                            handler,
                            HostTrace.traceparent(context));
        }
        return toHostResponse(request, response);
    }

    static ApiRequest toApiRequest(HttpRequestMessage<Optional<String>> request) {
        Map<String, String> headers =
                request.getHeaders() == null ? Map.of() : request.getHeaders();
        Map<String, String> query =
                request.getQueryParameters() == null ? Map.of() : request.getQueryParameters();
        return new ApiRequest(
                request.getHttpMethod().name(),
                request.getUri(),
                headers,
                query,
                request.getBody() == null ? Optional.empty() : request.getBody());
    }

    private static HttpResponseMessage toHostResponse(
            HttpRequestMessage<Optional<String>> request, ApiResponse response) {
        HttpResponseMessage.Builder builder =
                request.createResponseBuilder(HttpStatusType.custom(response.status()));
        response.headers().forEach(builder::header);
        if (response.body() != null) {
            builder.body(response.body());
        }
        return builder.build();
    }

    private static ApiResponse unavailable(ApiRequest request, String detail) {
        String correlationId =
                CorrelationId.acceptOrCreate(request.header(CorrelationId.HEADER).orElse(null));
        return Problems.of(503, detail, request, correlationId)
                .withHeader(CorrelationId.HEADER, correlationId);
    }
}
