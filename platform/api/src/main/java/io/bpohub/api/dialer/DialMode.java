package io.bpohub.api.dialer;

/** How a campaign's calls are placed. */
public enum DialMode {
    /** An agent is reserved first and sees the contact; then the call is placed for that agent (no abandoned calls). */
    PREVIEW,
    /** One call per ready agent, placed when the agent is ready (1:1). */
    PROGRESSIVE,
    /** The pacing strategy decides how many calls to place ahead of agents becoming free, within the abandon limit. */
    PREDICTIVE,
    /** Places no calls: the campaign's agents take the inbound calls queued to it ({@link DialerRun#enqueue}). */
    INBOUND
}
