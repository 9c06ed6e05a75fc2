package io.bpohub.api.contacts;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;

/**
 * What to import where.
 *
 * @param tenant        the tenant's slug (recorded; the caller passes that tenant's database connection)
 * @param campaignKey   the campaign the contacts join
 * @param fileName      the name the user uploaded (recorded and shown; the content comes from a path)
 * @param format        CSV or XLSX
 * @param charset       a CSV file's character set ({@code UTF-8}, {@code GB18030}, {@code GBK}, ...), or
 *                      {@link #AUTO} (or null) to detect UTF-8 (with or without BOM) versus GB18030;
 *                      ignored for XLSX
 * @param defaultRegion ISO 3166-1 alpha-2 country whose national format numbers are written in, e.g.
 *                      {@code CN}; the tenant's default
 * @param mapping       the column mapping
 * @param strictColumns whether a row with more or fewer cells than the header makes the whole file
 *                      malformed (else that row alone is rejected as {@link RejectReason#MALFORMED_ROW})
 * @param startedBy     the user starting the import (recorded)
 */
public record ImportRequest(String tenant, String campaignKey, String fileName, FileFormat format, String charset,
                            String defaultRegion, ColumnMapping mapping, boolean strictColumns, String startedBy) {
    /** Detect the character set of a CSV file. */
    public static final String AUTO = "AUTO";

    public ImportRequest {
        if (tenant == null || tenant.isBlank() || tenant.length() > 64) throw new IllegalArgumentException("an import needs the tenant (1 to 64 characters)");
        if (campaignKey == null || campaignKey.isBlank() || campaignKey.length() > 64) {
            throw new IllegalArgumentException("a campaign key is 1 to 64 characters: " + campaignKey);
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new IllegalArgumentException("a file name is 1 to 255 characters");
        }
        if (format == null) throw new IllegalArgumentException("an import needs a file format");
        charset = checkCharset(charset);
        defaultRegion = checkRegion(defaultRegion);
        if (mapping == null) throw new IllegalArgumentException("an import needs a column mapping");
        if (startedBy == null || startedBy.isBlank() || startedBy.length() > 64) {
            throw new IllegalArgumentException("an import needs the user starting it (1 to 64 characters)");
        }
    }

    static String checkCharset(String charset) {
        if (charset == null || charset.isBlank() || AUTO.equalsIgnoreCase(charset.strip())) return AUTO;
        try {
            return Charset.forName(charset.strip()).name();
        } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown character set: " + charset);
        }
    }

    static String checkRegion(String region) {
        if (region == null || !region.strip().matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("a default region is an ISO 3166-1 alpha-2 code such as CN: " + region);
        }
        return region.strip().toUpperCase(Locale.ROOT);
    }
}
