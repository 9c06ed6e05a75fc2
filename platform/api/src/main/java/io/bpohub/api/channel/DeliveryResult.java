package io.bpohub.api.channel;

import java.util.Objects;

/** What a channel answered for one message. */
public final class DeliveryResult {
    public enum Status {
        /** The peer took responsibility for the message. */
        ACCEPTED,
        /** A temporary failure: the platform keeps the message and retries later. */
        RETRY,
        /** A permanent failure: the message will never be delivered as it is. */
        REJECTED
    }

    private final Status status;
    private final String providerReference;
    private final String detail;

    private DeliveryResult(Status status, String providerReference, String detail) {
        this.status = Objects.requireNonNull(status);
        this.providerReference = providerReference;
        this.detail = detail;
    }

    public static DeliveryResult accepted(String providerReference) {
        return new DeliveryResult(Status.ACCEPTED, providerReference, null);
    }

    public static DeliveryResult retry(String detail) {
        return new DeliveryResult(Status.RETRY, null, detail);
    }

    public static DeliveryResult rejected(String detail) {
        return new DeliveryResult(Status.REJECTED, null, detail);
    }

    public Status status() { return status; }
    public String providerReference() { return providerReference; }
    public String detail() { return detail; }
}
