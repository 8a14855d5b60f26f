package io.gatehouse.devhost;

import com.microsoft.azure.functions.ExecutionContext;
import java.util.Map;

/** What one HTTP-triggered invocation can bind parameters from. */
record HttpInvocation(
        DevHttpRequest request, Map<String, String> routeValues, ExecutionContext context) {}
