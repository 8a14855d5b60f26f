package io.gatehouse.devhost;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Optional;

/**
 * A function class with no no-arg constructor: only an injector ({@link SampleInjector}) can make
 * it.
 */
public final class SampleInjectedFunctions {

    private final String greeting;

    public SampleInjectedFunctions(String greeting) {
        this.greeting = greeting;
    }

    @FunctionName("Greet")
    public HttpResponseMessage greet(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "greet",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request) {
        return request.createResponseBuilder(HttpStatus.OK).body(greeting).build();
    }
}
