package io.bpohub.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the platform reaches MariaDB and where it keeps files.
 *
 * @param dbUrl         server URL without a database, e.g. {@code jdbc:mariadb://127.0.0.1:3306/}
 * @param adminUser     account allowed to create databases and accounts (provisioning only)
 * @param prefix        prefix of every database and account the platform creates, e.g. {@code bpo_}
 * @param secret        key from which tenant account passwords are derived; keep it with backups
 * @param kdfIterations PBKDF2 iterations for new password hashes
 * @param dataDir       where exports are written
 * @param agencyZone    the agency's own time zone (its business calendar)
 * @param agencyName    the agency as invoices name it (the issuer)
 * @param agencyAddress the lines of the agency's address on invoices
 * @param agencyRegion  ISO 3166-1 alpha-2 country of national numbers on the agency's do-not-call list
 */
public record PlatformSettings(String dbUrl, String adminUser, String adminPassword, String prefix, byte[] secret,
                               int kdfIterations, Path dataDir, java.time.ZoneId agencyZone,
                               String agencyName, java.util.List<String> agencyAddress, String agencyRegion) {
    public PlatformSettings {
        Objects.requireNonNull(dbUrl, "db.url");
        if (!dbUrl.startsWith("jdbc:mariadb://") || !dbUrl.endsWith("/")) {
            throw new IllegalArgumentException("db.url must look like jdbc:mariadb://host:port/ (no database name), was " + dbUrl);
        }
        if (prefix == null || !prefix.matches("[a-z][a-z0-9_]{0,11}")) {
            throw new IllegalArgumentException("db.prefix must be 1-12 lower-case letters, digits or _, was " + prefix);
        }
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("the platform secret must have at least 32 bytes");
        }
        Objects.requireNonNull(agencyZone, "agency.timeZone");
        if (agencyName == null || agencyName.isBlank()) throw new IllegalArgumentException("agency.name must not be empty");
        agencyAddress = agencyAddress == null ? java.util.List.of() : java.util.List.copyOf(agencyAddress);
        if (agencyRegion == null || !agencyRegion.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("agency.region must be an ISO 3166-1 alpha-2 code such as CN, was " + agencyRegion);
        }
        if (kdfIterations < 100_000) {
            throw new IllegalArgumentException("password.kdfIterations must be at least 100000");
        }
    }
}
