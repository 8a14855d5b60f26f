/**
 * The project's dev host: serves the packaged function app's HTTP triggers locally, as the Azure Functions host
 * would, for everyone without Core Tools and for the tests. Start it with
 * {@link io.gatehouse.devhost.DevHost#start(java.nio.file.Path, int)} on {@code target/azure-functions/<app>/}.
 *
 * <p>Where it follows the real host, on purpose:
 * <ul>
 *   <li>routes, methods and the route prefix come from the packaged function.json and host.json, not from the
 *       annotations, so the tested metadata is the deployed metadata;</li>
 *   <li>no matching route, including a wrong method, is a 404 with an empty body; literal segments match
 *       case-insensitively and the most specific route wins;</li>
 *   <li>request header names reach the function lower-cased; repeated query parameters are joined with ",",
 *       empty ones dropped;</li>
 *   <li>a new function-class instance per invocation; a function that throws yields a 500 with an empty body.</li>
 * </ul>
 * Where it does not: no function keys (every auth level is anonymous), no non-HTTP triggers (listed only), only
 * {@code HttpRequestMessage<Optional<String>>} requests, and a configurable body limit (4 MiB by default) instead
 * of the host's 100 MB. Anything it cannot serve faithfully is refused at start-up rather than served differently.
 */
package io.gatehouse.devhost;
