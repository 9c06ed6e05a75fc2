package io.bpohub.telephony.sim;

import java.time.Duration;

/**
 * What one simulated call does, fixed when it is placed (and known in advance through
 * {@link SimulatedNetwork#fateOf}): it depends only on the network's seed, the call's index and its start time.
 *
 * @param index    the call's index: the n-th originate of the network, counting from 0
 * @param outcome  how the far end reacts within the ring timeout
 * @param after    from placing the call to that reaction (the answer, the busy or special information tone, or the ring timeout)
 * @param talk     how long a person talks once bridged to an agent (the clock stops while held)
 * @param patience how long the answered far end waits for an agent: a person then hangs up unless bridged; a
 *                 machine hangs up then in any case (greeting, beep and recording limit); an inbound caller
 *                 counts it from arriving
 */
public record CallFate(long index, Outcome outcome, Duration after, Duration talk, Duration patience) {
    /** How the far end reacts. */
    public enum Outcome {
        /** A person answers: ANSWERED. */
        PERSON,
        /** An answering machine answers: ANSWERING_MACHINE with detection, else ANSWERED with detail {@code machine}. */
        MACHINE,
        BUSY,
        NO_ANSWER,
        INVALID_NUMBER;

        public boolean answered() {
            return this == PERSON || this == MACHINE;
        }
    }
}
