package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.Timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** One live call of the {@link SimulatedNetwork}; changed only under the network's lock. */
final class SimulatedCall {
    enum State {
        /** Outbound, ringing at the far end. */
        RINGING,
        /** Inbound, offered to the platform and not yet answered. */
        ARRIVED,
        /** Up, with nobody from the platform on it (waiting for an agent, in an IVR, or a machine). */
        ANSWERED,
        BRIDGED,
        HELD
    }

    final String id;
    final CallFate fate;
    final String from;
    final String to;
    final String tag;
    final boolean detectMachine;
    /**
     * The call's own generator, continued after its fate was drawn: digits the caller presses and, inbound only,
     * who ends each conversation and how long the next one would last.
     */
    final SplittableRandom random;

    State state;
    /** Whom the caller talks to while bridged: the agent's endpoint, or the transfer target. */
    String endpoint;
    /** The party the agent consults while the caller is held (an attended transfer in progress), else null. */
    String consulting;
    /** Inbound only: whether the agent, not the caller, ends the coming conversation (drawn ahead, see {@link Scenario#agentEnds}). */
    boolean agentEnds;
    /** The agent has left (UNBRIDGED): the caller waits the after-call patience, but not while hearing a message or keying digits. */
    boolean afterCall;
    /**
     * The far end's next move of its own: the ring outcome, hanging up when patience (or after-call patience)
     * runs out, or the end of the talk.
     */
    Timeline.Scheduled farEnd;
    /** Talk time still to come; runs only while a person is bridged. */
    Duration talkLeft;
    Instant talkEndsAt;
    String playing;
    Timeline.Scheduled playback;
    Timeline.Scheduled digitCollection;
    int prompts;
    Recording recording;
    int recordings;

    SimulatedCall(String id, CallFate fate, String from, String to, String tag, boolean detectMachine, SplittableRandom random, State state) {
        this.id = id;
        this.fate = fate;
        this.from = from;
        this.to = to;
        this.tag = tag;
        this.detectMachine = detectMachine;
        this.random = random;
        this.state = state;
        this.talkLeft = fate.talk();
    }

    /** A machine keeps to its own clock: bridging or holding does not change when it hangs up. */
    boolean isMachine() {
        return fate.outcome() == CallFate.Outcome.MACHINE;
    }

    Recording.Sound sound() {
        if (playing != null) return Recording.Sound.MESSAGE;
        return state == State.BRIDGED ? Recording.Sound.CONVERSATION : Recording.Sound.SILENCE;
    }

    void cancelTimers() {
        for (Timeline.Scheduled timer : new Timeline.Scheduled[]{farEnd, playback, digitCollection}) {
            if (timer != null) timer.cancel();
        }
    }
}
