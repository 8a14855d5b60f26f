package io.gatehouse.devhost;

import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An app's injection hook for the dev host's tests: it counts what it is asked for and wires the
 * sample class.
 */
public final class SampleInjector implements FunctionInstanceInjector {

    static final String GREETING = "hello from the injector";
    static final AtomicInteger INSTANCES_REQUESTED = new AtomicInteger();

    @Override
    public <T> T getInstance(Class<T> functionClass) throws Exception {
        INSTANCES_REQUESTED.incrementAndGet();
        if (functionClass == SampleInjectedFunctions.class) {
            return functionClass.cast(new SampleInjectedFunctions(GREETING));
        }
        return functionClass.getDeclaredConstructor().newInstance();
    }
}
