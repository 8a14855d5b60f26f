package io.gatehouse.platform;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import io.gatehouse.http.ApiRequest;
import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Handler;
import io.gatehouse.http.Problems;
import io.gatehouse.observability.CorrelationId;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter between the Functions host and the core: every HTTP function is one line that calls
 * {@link #serve}. The function's access rule is found by its name in the route catalog.
 */
public final class FunctionsHttp {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionsHttp.class);

    private FunctionsHttp() {}

    public static HttpResponseMessage serve(
            HttpRequestMessage<Optional<String>> request, ExecutionContext context, Handler handler) {
        ApiRequest apiRequest = toApiRequest(request);
        ApiResponse response;
        try {
            response = Gatehouse.app().pipeline().serve(context.getFunctionName(), apiRequest, handler,
                    FunctionsMessages.hostTraceparent(context));
        } catch (ConfigurationException misconfigured) {
            // The app could not be built: say so in the logs, not to the caller.
            LOG.error("Gatehouse is misconfigured: {}", misconfigured.getMessage());
            response = unavailable(apiRequest);
        }
        return toHostResponse(request, response);
    }

    static ApiRequest toApiRequest(HttpRequestMessage<Optional<String>> request) {
        Map<String, String> headers = request.getHeaders() == null ? Map.of() : request.getHeaders();
        Map<String, String> query = request.getQueryParameters() == null ? Map.of() : request.getQueryParameters();
        return new ApiRequest(request.getHttpMethod().name(), request.getUri(), headers, query,
                request.getBody() == null ? Optional.empty() : request.getBody());
    }

    private static HttpResponseMessage toHostResponse(HttpRequestMessage<Optional<String>> request, ApiResponse response) {
        HttpResponseMessage.Builder builder = request.createResponseBuilder(HttpStatusType.custom(response.status()));
        response.headers().forEach(builder::header);
        if (response.body() != null) {
            builder.body(response.body());
        }
        return builder.build();
    }

    private static ApiResponse unavailable(ApiRequest request) {
        String correlationId = CorrelationId.acceptOrCreate(request.header(CorrelationId.HEADER).orElse(null));
        return Problems.of(503, "The service is not configured.", request, correlationId)
                .withHeader(CorrelationId.HEADER, correlationId);
    }
}
