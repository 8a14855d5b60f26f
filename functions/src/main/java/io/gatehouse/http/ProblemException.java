package io.gatehouse.http;

/**
 * A refusal with an HTTP status, turned into problem+json by the pipeline. The detail is shown to
 * the caller, so it must never carry PHI, token contents or internals.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String detail;

    public ProblemException(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, detail);
    }

    public static ProblemException notFound() {
        return new ProblemException(404, "No such resource.");
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, detail);
    }

    /** A body field the route does not accept (no mass assignment). */
    public static ProblemException unknownField(String name) {
        return badRequest("Unknown field '" + echoableName(name) + "'.");
    }

    /** Field names come from the caller: echo only short, plain ones. */
    static String echoableName(String name) {
        return name != null && name.matches("[A-Za-z0-9_]{1,40}") ? name : "?";
    }
}
