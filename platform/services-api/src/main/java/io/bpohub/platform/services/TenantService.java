package io.bpohub.platform.services;

import java.util.List;

/** Onboarding, suspension and offboarding of client companies. Agency admins only. */
public interface TenantService {
    TenantView create(Caller caller, NewTenant tenant);

    Page<TenantView> list(Caller caller, int page, int size);

    TenantView get(Caller caller, String slug);

    TenantView suspend(Caller caller, String slug, String reason);

    TenantView resume(Caller caller, String slug);

    /** Writes every row of the tenant (control and tenant database) to a file. */
    TenantExport export(Caller caller, String slug);

    /**
     * Removes the tenant's database and account. {@code confirmSlug} must repeat the slug and an
     * export must exist that is newer than the tenant's last change.
     */
    TenantView offboard(Caller caller, String slug, String confirmSlug);

    /** Applies pending schema migrations to the control database and every tenant; never stops at a failure. */
    List<MigrationReport> migrateAll(Caller caller);
}
