package io.bpohub.api.billing;

/**
 * A record that the plan cannot price: no version in force at its start, no destination prefix
 * matching its number, no price for its channel, seat time or orders. Rating jobs report these
 * records instead of charging them zero.
 */
public class RatingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RatingException(String message) {
        super(message);
    }
}
