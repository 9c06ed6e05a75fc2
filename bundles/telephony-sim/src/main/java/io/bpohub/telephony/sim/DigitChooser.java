package io.bpohub.telephony.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Which keys a simulated caller presses when the platform collects digits (an IVR menu). The answer is read up
 * to {@code #} or {@code maxDigits} keys; an answer that stops short without {@code #} waits for the timeout.
 */
@FunctionalInterface
public interface DigitChooser {
    /**
     * @param callId    the call
     * @param prompt    how many times digits were collected on this call before (0 for the first menu)
     * @param maxDigits the most digits the platform wants
     * @param random    the call's own generator, for reproducible random answers
     * @return the keys pressed: digits, {@code *} and {@code #}; empty when the caller presses nothing
     */
    String keys(String callId, int prompt, int maxDigits, SplittableRandom random);

    /** The caller never presses a key: every collection times out with no digits. */
    static DigitChooser silent() {
        return (callId, prompt, maxDigits, random) -> "";
    }

    /** Every caller answers the n-th prompt with {@code answers[n]}, and presses nothing after the script. */
    static DigitChooser scripted(String... answers) {
        List<String> script = List.of(answers);
        for (String answer : script) {
            if (!answer.matches("[0-9*#]*")) throw new IllegalArgumentException("DTMF keys are 0-9, * and #: " + answer);
        }
        return (callId, prompt, maxDigits, random) -> prompt < script.size() ? script.get(prompt) : "";
    }

    /** The caller presses 1 to {@code maxDigits} random digits, then {@code #} if fewer than asked. */
    static DigitChooser random() {
        return (callId, prompt, maxDigits, random) -> {
            int count = 1 + random.nextInt(maxDigits);
            StringBuilder keys = new StringBuilder(count + 1);
            for (int i = 0; i < count; i++) keys.append((char) ('0' + random.nextInt(10)));
            return count < maxDigits ? keys.append('#').toString() : keys.toString();
        };
    }
}
