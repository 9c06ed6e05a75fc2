package io.bpohub.api.dialer;

import java.util.Objects;

/**
 * A contact's number to call now.
 *
 * @param contactId the platform's contact
 * @param number    the number, E.164
 */
public record DialTarget(String contactId, String number) {
    public DialTarget {
        Objects.requireNonNull(contactId, "contactId");
        if (number == null || !number.matches("\\+[1-9][0-9]{3,14}")) throw new IllegalArgumentException("a number to dial is E.164: " + number);
    }
}
