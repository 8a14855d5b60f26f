package io.gatehouse.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of one HTTP function, written beside its route. Every {@code @HttpTrigger}
 * function carries one — anonymous ones too — or the app refuses to start and a test fails.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allow {

    Access value();

    DataScope data() default DataScope.TENANT;
}
