package io.bpohub.platform.services;

/** Who did what. Written by every service; refused cross-tenant attempts are always written. */
public interface AuditService {
    /** {@code tenant} null: the whole audit log (agency admins only). */
    Page<AuditEntry> list(Caller caller, String tenant, String outcome, int page, int size);

    /** Records a refusal the web layer decided on its own (for example an unknown token). */
    void recordRefusal(String actor, String tenant, String action, String target, String detail, String origin);
}
