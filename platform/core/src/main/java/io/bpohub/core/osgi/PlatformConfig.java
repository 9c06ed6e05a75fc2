package io.bpohub.core.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/io.bpohub.platform.cfg; changes are picked up without a restart (the core restarts itself). */
@ObjectClassDefinition(name = "BPO Hub platform", description = "Database and security settings")
public @interface PlatformConfig {
    @AttributeDefinition(description = "MariaDB server URL without a database name")
    String db_url() default "jdbc:mariadb://127.0.0.1:3307/";

    @AttributeDefinition(description = "Account that may create databases, accounts and grants")
    String db_adminUser() default "root";

    @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String db_adminPassword() default "";

    @AttributeDefinition(description = "Prefix of every database and account the platform creates")
    String db_prefix() default "bpo_";

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new password hashes")
    int password_kdfIterations() default 600_000;

    @AttributeDefinition(description = "The agency's own IANA time zone, for its business calendar")
    String agency_timeZone() default "UTC";

    @AttributeDefinition(description = "The agency's name as invoices print it (the issuer)")
    String agency_name() default "BPO Hub Agency";

    @AttributeDefinition(description = "The agency's address on invoices; lines separated by |")
    String agency_address() default "";

    @AttributeDefinition(description = "Country (ISO 3166-1 alpha-2) of national numbers on the agency's do-not-call list")
    String agency_region() default "CN";

    @AttributeDefinition(description = "Where the platform secret and exports live; default ${karaf.data}/bpohub")
    String data_dir() default "";
}
