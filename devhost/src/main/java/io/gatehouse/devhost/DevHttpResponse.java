package io.gatehouse.devhost;

import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The response a function builds with {@code request.createResponseBuilder(status)}. Header names
 * are matched case-insensitively (setting {@code content-type} replaces {@code Content-Type}), and
 * keep the case in which they were first set.
 */
public final class DevHttpResponse implements HttpResponseMessage {

    private final HttpStatusType status;
    private final Map<String, String> headers;
    private final Object body;

    private DevHttpResponse(Builder builder) {
        this.status = builder.status;
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(builder.headers);
        this.headers = Collections.unmodifiableMap(copy);
        this.body = builder.body;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public HttpStatusType getStatus() {
        return status;
    }

    @Override
    public String getHeader(String name) {
        return headers.get(name);
    }

    /** Every header set, by name; the library interface only offers lookups by name. */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public Object getBody() {
        return body;
    }

    @Override
    public String toString() {
        return "DevHttpResponse[" + status.value() + ", headers=" + headers.keySet() + "]";
    }

    /** Not thread-safe, like any builder; a function builds its response on one thread. */
    public static final class Builder implements HttpResponseMessage.Builder {

        private HttpStatusType status = HttpStatus.OK;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private Object body;

        private Builder() {}

        @Override
        public Builder status(HttpStatusType status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /** Sets a header, replacing any value set before under the same name in any case. */
        @Override
        public Builder header(String name, String value) {
            headers.put(
                    Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** A String or byte[] is sent as-is; any other object is sent as JSON. */
        @Override
        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        @Override
        public DevHttpResponse build() {
            return new DevHttpResponse(this);
        }
    }
}
