package io.bpohub.core.access;

import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.model.ContactRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import org.hibernate.Session;

/** Loads the contact a record is made for, refusing (and auditing) one outside the caller's data scope. */
public final class ScopedContacts {
    private final AuditLog audit;

    public ScopedContacts(AuditLog audit) {
        this.audit = audit;
    }

    public ContactRecord require(Session tenantSession, Caller caller, String tenant, Long contactId, String action) {
        if (contactId == null) throw PlatformException.invalid("contactId", "contactId is required");
        ContactRecord c = tenantSession.get(ContactRecord.class, contactId);
        if (c == null) throw PlatformException.invalid("contactId", "no contact " + contactId + " in tenant " + tenant);
        if (!DataScopes.sees(caller, c.departmentId, c.teamId, c.agentUsername)) {
            throw audit.refuse(caller, tenant, action, "contact " + contactId, "contact " + contactId + " is outside your part of the tree");
        }
        return c;
    }
}
