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
}
