package io.bpohub.platform.services;

/** What happened on the line; a disposition maps to one of these. */
public enum CallResult {
    /** Talked to the contact: the disposition gives the intent class and/or stage. */
    REACHED,
    NO_ANSWER,
    BUSY,
    /** Number not in service: dropped at screening. */
    NO_SUCH_NUMBER,
    /** Someone else answers this number: dropped at screening. */
    WRONG_PERSON,
    /** Feedback collected (also allowed for NEVER contacts); changes nothing else. */
    FEEDBACK;

    public boolean unanswered() {
        return this == NO_ANSWER || this == BUSY;
    }

    public boolean wrongNumber() {
        return this == NO_SUCH_NUMBER || this == WRONG_PERSON;
    }
}
