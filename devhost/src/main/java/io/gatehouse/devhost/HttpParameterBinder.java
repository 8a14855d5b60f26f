package io.gatehouse.devhost;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * The parameters an HTTP-triggered function may declare in the dev host, and where each one's value
 * comes from.
 */
final class HttpParameterBinder implements FunctionInvoker.ParameterBinder<HttpInvocation> {

    @Override
    public FunctionInvoker.ArgumentSource<HttpInvocation> sourceFor(Parameter parameter) {
        if (parameter.isAnnotationPresent(HttpTrigger.class)) {
            requireOptionalStringRequest(parameter);
            return HttpInvocation::request;
        }
        if (parameter.isAnnotationPresent(BindingName.class)) {
            FunctionInvoker.requireType(parameter, "@BindingName", String.class);
            String name = parameter.getAnnotation(BindingName.class).value();
            return invocation -> bindingValue(invocation, name);
        }
        if (parameter.getType() == ExecutionContext.class) {
            return HttpInvocation::context;
        }
        throw new IllegalArgumentException(
                "parameter '"
                        + parameter.getName()
                        + "' has no binding the dev host "
                        + "supports (@HttpTrigger, @BindingName or ExecutionContext)");
    }

    /**
     * A route value wins over a query parameter of the same name; neither present binds null, as in
     * the worker.
     */
    private static String bindingValue(HttpInvocation invocation, String name) {
        String routeValue = invocation.routeValues().get(name);
        return routeValue != null
                ? routeValue
                : invocation.request().getQueryParameters().get(name);
    }

    /**
     * The dev host hands every function the body as Optional<String>; any other body type would
     * fail per call.
     */
    private static void requireOptionalStringRequest(Parameter parameter) {
        Type type = parameter.getParameterizedType();
        boolean optionalString =
                type instanceof ParameterizedType request
                        && request.getRawType() == HttpRequestMessage.class
                        && request.getActualTypeArguments()[0] instanceof ParameterizedType body
                        && body.getRawType() == Optional.class
                        && body.getActualTypeArguments()[0] == String.class;
        if (!optionalString) {
            throw new IllegalArgumentException(
                    "the @HttpTrigger parameter must be HttpRequestMessage<Optional<String>>, found "
                            + type.getTypeName());
        }
    }
}
