package io.bpohub.platform.services;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.DncImportResult;

/**
 * Do-not-call lists: each tenant's own, and the agency-wide list ({@code owner} = {@link OrgService#AGENCY}),
 * which blocks a number for every tenant. Numbers are checked at import and again at dial time. Reading a
 * list needs {@code dnc:read} of its owner, changing it {@code dnc:write}.
 */
public interface DoNotCallService {
    /** Numbers in E.164 order; {@code prefix} (digits, with or without +) filters when not null. */
    Page<DncEntry> list(Caller caller, String owner, String prefix, int page, int size);

    /** Adds a number in any format (national numbers in the owner's default region); returns it as listed. */
    DncEntry add(Caller caller, String owner, String number, String source);

    /** Removes a number; whether it was listed. */
    boolean remove(Caller caller, String owner, String number);

    /**
     * Adds every valid number of a file uploaded under the same owner ({@link ContactImportService#upload}; the
     * agency's under {@link OrgService#AGENCY}).
     */
    DncImportResult importList(Caller caller, String owner, String uploadId, String charset, ColumnMapping mapping, String source);

    /** Whether a tenant may not call a number now: on the tenant's list or the agency's. */
    boolean blocked(String tenant, String e164);
}
