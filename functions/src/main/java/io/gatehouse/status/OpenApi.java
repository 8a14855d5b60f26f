package io.gatehouse.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI document packaged beside this class (src/main/resources), read once per process. */
final class OpenApi {

    static final String RESOURCE = "/io/gatehouse/status/openapi.json";

    static final String DOCUMENT = read();

    private OpenApi() {}

    private static String read() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not in the package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
