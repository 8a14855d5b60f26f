package io.gatehouse.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, beside the route's {@link Allow} and {@link Audited}, that its action needs a second
 * person's approval (SPEC.md §5). The request pipeline does not run such an action: it asks the
 * route's {@link GatedHandler} what the action would be, holds that as a pending approval and
 * answers 202; once a customer_admin other than the requester approves, the approvals executor runs
 * the action registered under {@link #value()}. A feature never calls the gate itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Gated {

    /** The registered action, dotted lower case: {@code client.delete}. */
    String value();
}
