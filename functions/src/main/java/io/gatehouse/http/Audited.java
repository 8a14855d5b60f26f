package io.gatehouse.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The audit event a route produces, written beside its route and {@link Allow} rule. Every route
 * that reaches tenant or platform data carries one, or the app refuses to start: the request
 * pipeline, not the handler, records the event — with the outcome the caller actually got — and a
 * handler only adds what the pipeline cannot know (the resource id, counts) through {@link
 * Call#audit()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** The event's action, dotted lower case: {@code phi.read}, {@code client.update}. */
    String action();

    /** The kind of resource acted on ({@code client}); empty for none. */
    String resource() default "";
}
