package io.bpohub.core.db;

/** Names of the databases and accounts the platform owns; all carry the configured prefix. */
public final class DatabaseNames {
    private final String prefix;

    public DatabaseNames(String prefix) {
        this.prefix = prefix;
    }

    public String control() {
        return prefix + "control";
    }

    /** A tenant's database; the slug's hyphens become underscores so the name needs no quoting. */
    public String tenantDatabase(String slug) {
        return prefix + "t_" + slug.replace('-', '_');
    }

    /** A tenant's own account, granted on its database only. */
    public String tenantAccount(String slug) {
        return tenantDatabase(slug);
    }

    public String prefix() {
        return prefix;
    }
}
