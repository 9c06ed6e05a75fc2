package io.bpohub.platform.services;

/**
 * A failure the caller can act on. Carries what RFC 9457 problem details need: an HTTP status,
 * a short title, a detail that says what to do next and, for bad input, the field at fault.
 */
public class PlatformException extends RuntimeException {
    public enum Kind {
        INVALID_INPUT(400, "Invalid input"),
        UNAUTHENTICATED(401, "Authentication required"),
        FORBIDDEN(403, "Forbidden"),
        NOT_FOUND(404, "Not found"),
        CONFLICT(409, "Conflict"),
        LOCKED(429, "Too many failed logins"),
        UNAVAILABLE(503, "Temporarily unavailable");

        public final int status;
        public final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }
    }

    private final Kind kind;
    private final String field;

    public PlatformException(Kind kind, String field, String detail) {
        super(detail);
        this.kind = kind;
        this.field = field;
    }

    public static PlatformException invalid(String field, String detail) {
        return new PlatformException(Kind.INVALID_INPUT, field, detail);
    }

    public static PlatformException forbidden(String detail) {
        return new PlatformException(Kind.FORBIDDEN, null, detail);
    }

    public static PlatformException notFound(String detail) {
        return new PlatformException(Kind.NOT_FOUND, null, detail);
    }

    public static PlatformException conflict(String field, String detail) {
        return new PlatformException(Kind.CONFLICT, field, detail);
    }

    public Kind kind() { return kind; }

    public String field() { return field; }
}
