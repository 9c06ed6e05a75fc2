package io.bpohub.api.contacts;

/** Why a row of an import was not added to the campaign. */
public enum RejectReason {
    /** The phone cell does not hold a number valid in its country (after normalisation to E.164). */
    INVALID_NUMBER,
    /** The phone cell is empty. */
    MISSING_FIELD,
    /** A cell is longer than its contact field can hold. */
    FIELD_TOO_LONG,
    /** The row has a different number of cells than the header (files imported without strict columns). */
    MALFORMED_ROW,
    /** An earlier row of the same file has the same number (in any format); the detail names that row. */
    DUPLICATE_IN_FILE,
    /** The campaign already has a contact with this number. */
    DUPLICATE_IN_CAMPAIGN,
    /** The number is on the tenant's or the agency's do-not-call list. */
    DO_NOT_CALL
}
