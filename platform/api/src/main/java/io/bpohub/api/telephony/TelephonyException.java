package io.bpohub.api.telephony;

/** A call operation the gateway cannot do: unknown or ended call, wrong state, gateway down. The message says which. */
public class TelephonyException extends RuntimeException {
    public TelephonyException(String message) {
        super(message);
    }

    public TelephonyException(String message, Throwable cause) {
        super(message, cause);
    }
}
