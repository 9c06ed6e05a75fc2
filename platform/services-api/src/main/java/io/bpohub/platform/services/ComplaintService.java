package io.bpohub.platform.services;

/**
 * Complaints recorded against a contact, assigned to a person of the tenant's tree and tracked
 * OPEN → IN_PROGRESS → RESOLVED → CLOSED (a resolved or closed complaint can be reopened).
 */
public interface ComplaintService {
    ComplaintView record(Caller caller, String tenant, NewComplaint complaint);

    /** Complaints in the caller's data scope (and those assigned to them), newest first; {@code status} null = all. */
    Page<ComplaintView> complaints(Caller caller, String tenant, ComplaintStatus status, int page, int size);

    ComplaintView complaint(Caller caller, String tenant, long id);

    ComplaintView assign(Caller caller, String tenant, long id, String assignee);

    /** Moves the complaint; RESOLVED needs {@code resolution}. */
    ComplaintView changeStatus(Caller caller, String tenant, long id, ComplaintStatus to, String note, String resolution);

    ComplaintView addNote(Caller caller, String tenant, long id, String text);
}
