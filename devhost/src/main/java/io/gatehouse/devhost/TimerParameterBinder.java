package io.gatehouse.devhost;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import java.lang.reflect.Parameter;

/**
 * The parameters a timer-triggered function may declare in the dev host: the {@code @TimerTrigger}
 * parameter as a {@code String} (the TimerInfo JSON, which is what the Java worker passes and what
 * the library documents) and the {@link ExecutionContext}. Anything else is refused at start-up
 * rather than handed {@code null}.
 */
final class TimerParameterBinder implements FunctionInvoker.ParameterBinder<TimerInvocation> {

    @Override
    public FunctionInvoker.ArgumentSource<TimerInvocation> sourceFor(Parameter parameter) {
        if (parameter.isAnnotationPresent(TimerTrigger.class)) {
            FunctionInvoker.requireType(parameter, "@TimerTrigger", String.class);
            return TimerInvocation::timerInfo;
        }
        if (parameter.getType() == ExecutionContext.class) {
            return TimerInvocation::context;
        }
        throw new IllegalArgumentException(
                "parameter '"
                        + parameter.getName()
                        + "' has no binding the dev host "
                        + "supports for timer triggers (@TimerTrigger String or ExecutionContext)");
    }
}
