package io.gatehouse.devhost;

import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;

/**
 * A second injection hook, for the app that registers two: the worker refuses such an app before
 * any instance is asked for, so this one is never called.
 */
public final class OtherSampleInjector implements FunctionInstanceInjector {

    @Override
    public <T> T getInstance(Class<T> functionClass) {
        throw new AssertionError("a host that loads two injectors must refuse the app instead");
    }
}
