package io.gatehouse.devhost;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler for the dev host: what Jetty itself refuses before any handler runs (a
 * request line, target, version, header or framing it cannot accept, an unsupported Expect, limits
 * exceeded) and what escapes a handler. Every answer is one of {@link HostProblems}: problem+json
 * with an X-Correlation-ID, never Jetty's own page. Bad input is always a 4xx: a version Jetty
 * answers with 505 is answered 400 here, since the client chose it. Anything else that reaches here
 * is a fault of the dev host: a 500 that says nothing, the cause in the log.
 */
final class HttpLayerErrors implements Request.Handler {

    private static final Logger LOG = Logger.getLogger(HttpLayerErrors.class.getName());

    /**
     * Jetty's reasons are fixed phrases ("Invalid Content-Length Value"); anything else is not
     * repeated.
     */
    private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z0-9 ,.:;='!/()_-]{1,80}");

    private final int maxRequestHeaderBytes;

    HttpLayerErrors(int maxRequestHeaderBytes) {
        this.maxRequestHeaderBytes = maxRequestHeaderBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Throwable cause = (Throwable) request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
        int status =
                request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code
                        ? code
                        : 500;
        response.reset();
        answer(request, response, callback, cause, status);
        return true;
    }

    /**
     * Answers a request whose body could not be read as framed: the same refusals as when Jetty
     * finds the fault while parsing, without going through Jetty's error dispatch (which would log
     * a warning for every one).
     */
    void answerUnreadableBody(
            Request request, Response response, Callback callback, IOException unreadable) {
        answer(request, response, callback, unreadable, 400);
    }

    private void answer(
            Request request,
            Response response,
            Callback callback,
            Throwable cause,
            int statusIfUnknown) {
        // A refusal can arrive wrapped, e.g. a broken chunk surfacing as the IOException of a body
        // read.
        HttpException refusal = inChain(cause, HttpException.class);
        int status = refusal != null ? refusal.getCode() : statusIfUnknown;
        String reason = refusal != null ? refusal.getReason() : null;
        if (inChain(cause, TimeoutException.class) != null) {
            HostProblems.send(request, response, callback, 408, describe(408, null), null);
        } else if (inChain(cause, EofException.class) != null) {
            LOG.fine("the client closed the connection before the request was complete");
            HostProblems.send(
                    request,
                    response,
                    callback,
                    400,
                    "The request ended before its body did.",
                    null);
        } else if (status < 500 || (refusal != null && (status == 501 || status == 505))) {
            // 501 and 505 name what the client chose to send and this server does not speak: its
            // error, so a 4xx.
            LOG.fine(() -> "refused a request: " + status + " " + reason);
            HostProblems.send(
                    request,
                    response,
                    callback,
                    status < 500 ? status : 400,
                    describe(status, reason),
                    null);
        } else {
            LOG.log(Level.SEVERE, "the dev host failed on a request", cause);
            HostProblems.send(
                    request,
                    response,
                    callback,
                    500,
                    "The dev host could not complete the request.",
                    null);
        }
    }

    private String describe(int status, String reason) {
        return switch (status) {
            case 408 -> "The request was not received in time.";
            case 414 ->
                    "The request target is too long: the request line and headers may take "
                            + maxRequestHeaderBytes
                            + " bytes in all.";
            case 417 -> "The only expectation supported is 100-continue.";
            case 426, 505 -> "Only HTTP/1.1 and HTTP/1.0 are served.";
            case 501 ->
                    "The request uses a feature this server does not support"
                            + explanation(reason)
                            + ".";
            case 431 ->
                    "The request headers are too large: the request line and headers may take "
                            + maxRequestHeaderBytes
                            + " bytes in all.";
            case 400 -> "The request is malformed" + explanation(reason) + ".";
            default -> "The request was refused" + explanation(reason) + ".";
        };
    }

    private static String explanation(String reason) {
        if (reason == null
                || !PLAIN_REASON.matcher(reason).matches()
                || reason.toLowerCase(Locale.ROOT).matches(".*(jetty|exception).*")
                || reason.equalsIgnoreCase("Bad Request")) {
            return "";
        }
        return ": " + reason;
    }

    private static <T> T inChain(Throwable cause, Class<T> type) {
        for (Throwable current = cause; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
