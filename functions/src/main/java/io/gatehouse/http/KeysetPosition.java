package io.gatehouse.http;

/**
 * Where a page of a keyset-paginated list ended, as the opaque {@code cursor} token that asks for
 * the next page. Each list decodes its own kind; none carries a data value.
 */
public interface KeysetPosition {

    String encode();
}
