/**
 * The project's dev host: serves the packaged function app's HTTP triggers, delivers Storage queue
 * messages to its queue triggers and fires its timer triggers locally, as the Azure Functions host
 * would, for everyone without Core Tools and for the tests. Start it with {@link
 * io.gatehouse.devhost.DevHost#start(java.nio.file.Path, int)} on {@code
 * target/azure-functions/<app>/} for HTTP only, or with {@link
 * io.gatehouse.devhost.DevHost#start(java.nio.file.Path, int, io.gatehouse.devhost.DevHostOptions,
 * java.util.Map)} and the app settings (at least {@code AzureWebJobsStorage} when there are queue
 * triggers) to deliver queue messages and fire timers too.
 *
 * <p>HTTP, where it follows the real host, on purpose:
 *
 * <ul>
 *   <li>routes, methods and the route prefix come from the packaged function.json and host.json,
 *       not from the annotations, so the tested metadata is the deployed metadata;
 *   <li>literal segments match case-insensitively and the most specific route wins;
 *   <li>request header names reach the function lower-cased; repeated query parameters are joined
 *       with ",", empty ones dropped;
 *   <li>the instance of every invocation from the app's {@code FunctionInstanceInjector}, loaded
 *       once with ServiceLoader in the app's class loader (more than one refused); without one, a
 *       new function-class instance per invocation from the no-arg constructor.
 * </ul>
 *
 * <p>HTTP, where it departs from the host, on purpose (SPEC.md: every answer, from any layer, is
 * problem+json with an X-Correlation-ID):
 *
 * <ul>
 *   <li>the dev host's own answers are the app's RFC 9457 problems ({@code type, title, status,
 *       detail, instance, correlationId}; {@code instance} left out when the request could not be
 *       read that far) with {@code X-Correlation-ID} (the caller's when it matches {@code
 *       ^[A-Za-z0-9._-]{1,64}$}, else a new UUID), {@code Cache-Control: no-store} and no server
 *       banner, where the host sends empty bodies: 404 for no matching route (a route constraint
 *       not met included), 405 with {@code Allow} for a path that routes under other methods (the
 *       host says 404), 413 for a body over the limit, 500 that says nothing when a function
 *       throws;
 *   <li>what the HTTP layer (Jetty core, {@link io.gatehouse.devhost.DevHttpServer}) refuses before
 *       routing gets the same problems: 400 for a malformed request line, target (bad
 *       percent-encoding or UTF-8, illegal characters, a fragment), version (505 from Jetty is
 *       answered 400: bad input is a 4xx), header, Host (missing on HTTP/1.1, repeated, malformed),
 *       Content-Length or Transfer-Encoding, or a body cut short; 426 for HTTP/2; 414 and 431 past
 *       the header limit; 417 for an Expect other than 100-continue; 408 when a request stalls past
 *       the idle timeout;
 *   <li>limits set explicitly ({@link io.gatehouse.devhost.DevHostOptions}): request line and
 *       headers 32 KiB in all, body 768 KiB (the app's 256 Ki characters at three UTF-8 bytes
 *       each), idle timeout 30 s; paths Jetty calls ambiguous (an encoded slash or dot segment) are
 *       routed still encoded, as before, not refused.
 * </ul>
 *
 * <p>Queues, where it follows the real host (Storage queues extension 5.x), on purpose:
 *
 * <ul>
 *   <li>host.json's {@code extensions.queues} with the host's defaults and range checks:
 *       maxDequeueCount 5, visibilityTimeout 00:00:00, batchSize 16 (1 to 32), newBatchThreshold
 *       batchSize/2, messageEncoding base64;
 *   <li>up to batchSize messages per receive, each under a ten-minute lease renewed at half-time
 *       while its function runs; the next batch is fetched once no more than newBatchThreshold are
 *       running, so at most batchSize + newBatchThreshold run at once, each on its own thread with
 *       a new function instance;
 *   <li>success deletes the message; a failure makes it visible again after visibilityTimeout,
 *       unless it was attempt maxDequeueCount, in which case the message text, exactly as stored
 *       (still base64), is copied to {@code <queue>-poison} (created if missing) and the original
 *       deleted. A message received more than maxDequeueCount times (its host stopped mid-call), or
 *       not valid base64 under base64 encoding, goes to poison without being invoked. A queue
 *       without a poison queue (its name ends in -poison or is too long) leaves failed messages to
 *       their lease;
 *   <li>binds {@code @QueueTrigger} as String or byte[], the {@code @BindingName}s DequeueCount
 *       (String, int or long), Id, PopReceipt, InsertionTime, ExpirationTime, NextVisibleTime and
 *       QueueTrigger (timestamps as ISO-8601 strings), and ExecutionContext; the connection setting
 *       is looked up as {@code AzureWebJobs<name>}, then {@code <name>}, and {@code %setting%} in a
 *       queue name is resolved.
 * </ul>
 *
 * <p>Timers, where they follow the real host (timer extension), on purpose:
 *
 * <ul>
 *   <li>{@code schedule} is an NCRONTAB expression with six fields (second minute hour day month
 *       day-of-week) of <code>*</code>, numbers, <code>a-b</code> ranges, <code>a,b</code> lists
 *       and <code>*&#47;n</code> / <code>a-b/n</code> steps, day-of-week 0-6 with 0 = Sunday; a
 *       time matches only when every field does, day and day-of-week included, as in NCrontab. A
 *       TimeSpan ({@code [d.]hh:mm:ss}, whole seconds) fires every interval from the previous
 *       occurrence, the first one interval after start-up. {@code %setting%} in the schedule is
 *       resolved from the app settings;
 *   <li>{@code runOnStartup: true} adds one run when the host starts;
 *   <li>one run at a time per function, like the host's singleton lock: an occurrence that falls
 *       due while the previous run is still going is skipped and logged; a run that throws is
 *       logged and the schedule goes on;
 *   <li>each run gets a new function-class instance, the {@code @TimerTrigger} {@code String}
 *       parameter receives the TimerInfo JSON ({@code
 *       {"Schedule":{"AdjustForDST":..},"ScheduleStatus":{"Last":..,"Next":..,
 *       "LastUpdated":..},"IsPastDue":false}}), and {@code ExecutionContext} names the function;
 *       {@code Last} is {@code 0001-01-01T00:00:00+00:00} before the first run, as the host's
 *       {@code default(DateTime)}.
 * </ul>
 *
 * <p>Where it does not follow the host:
 *
 * <ul>
 *   <li>no function keys (every auth level is anonymous), only {@code
 *       HttpRequestMessage<Optional<String>>} requests, and a configurable body limit (768 KiB by
 *       default) instead of the host's 100 MB;
 *   <li>triggers other than HTTP, queue and timer are listed only; queue messages are delivered and
 *       timers fired only when app settings are given, and queues only with connection strings (no
 *       identity-based connections);
 *   <li>timers fire in UTC only ({@code WEBSITE_TIME_ZONE} among the settings is refused); {@code
 *       useMonitor} is read and ignored: no schedule status is kept across restarts, so an
 *       occurrence missed while the dev host was down is never run late and {@code IsPastDue} is
 *       always false; {@code ScheduleStatus.Next} is the occurrence after the current one (the host
 *       has been seen to report the current one); the singleton lock is per dev host, not a blob
 *       lease shared between instances; names (MON, JAN) and {@code ? L W #} in a schedule,
 *       five-field expressions and schedules that never fire are refused at start-up, naming the
 *       function; the timer parameter must be a {@code String} (no POJO binding), and a timer
 *       function with other bindings is refused;
 *   <li>on close, timers stop firing first and running timer functions get the same grace period,
 *       then are interrupted;
 *   <li>an empty queue is polled at least every second ({@code
 *       QueuesExtensionOptions.DEV_HOST_POLLING_CAP}), with exact rather than randomized back-off,
 *       where Azure waits up to maxPollingInterval (one minute by default); a shorter
 *       maxPollingInterval is honoured;
 *   <li>the listener creates its queue at start-up, where the host polls a missing queue until
 *       someone creates it;
 *   <li>newBatchThreshold's default is not multiplied by the machine's processor count (a
 *       Consumption instance has one); dynamic concurrency is not supported;
 *   <li>on close, running queue functions get a grace period ({@code
 *       DevHostOptions.shutdownGracePeriod}); the messages of those still running are then released
 *       (visible at once) and the functions interrupted, where the host would leave them to their
 *       lease. Either way nothing is lost: a message not completed is received again, so consumers
 *       must be idempotent, as the spec requires;
 *   <li>a queue function with output bindings, a POJO message, or a metadata name the host does not
 *       offer is refused at start-up.
 * </ul>
 *
 * Anything it cannot serve faithfully is refused at start-up rather than served differently.
 */
package io.gatehouse.devhost;
