package io.bpohub.api.tenant;

/** Who staffs a client's work: its own agents, the agency's, or both split by business hours. */
public enum OperatingMode {
    IN_HOUSE,
    OUTSOURCED,
    /** In-house during the client's business hours; the agency after hours, on rest days and holidays. */
    HYBRID
}
