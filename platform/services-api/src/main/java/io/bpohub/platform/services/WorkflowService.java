package io.bpohub.platform.services;

import java.time.Instant;
import java.util.List;

/**
 * The four-stage telemarketing workflow on a tenant's contacts: call outcomes, lead grades, callbacks and
 * the contact card. Every call sees only the contacts in the caller's part of the tree.
 */
public interface WorkflowService {
    /** Applies a disposition: class/stage change with history, attempt counting and the next attempt. */
    WorkflowState recordOutcome(Caller caller, String tenant, long contactId, CallOutcome outcome);

    WorkflowState setLeadGrade(Caller caller, String tenant, long contactId, LeadGrade grade, String note);

    CallbackView bookCallback(Caller caller, String tenant, long contactId, NewCallback callback);

    /** Callbacks due by {@code asOf} (null = now) that pop up for the caller: own, and the team's whose agent is away. */
    List<CallbackView> dueCallbacks(Caller caller, String tenant, Instant asOf);

    CallbackView takeCallback(Caller caller, String tenant, long callbackId);

    CallbackView completeCallback(Caller caller, String tenant, long callbackId);

    List<CallbackView> callbacks(Caller caller, String tenant, long contactId);

    List<WorkflowEvent> history(Caller caller, String tenant, long contactId);

    ContactCard card(Caller caller, String tenant, long contactId);
}
