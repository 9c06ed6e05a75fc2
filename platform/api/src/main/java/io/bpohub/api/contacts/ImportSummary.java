package io.bpohub.api.contacts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An import as recorded: what was read, accepted and rejected, and the data-qualification rate.
 * <p>
 * <b>Qualification rate</b> = accepted / rows read (valid, new, callable contacts per imported row),
 * computed once as {@code accepted / rowsRead} to {@link #RATE_SCALE} decimal places with
 * {@link #RATE_ROUNDING}; null while no row has been read. At six places one row of a million
 * still shows.
 *
 * @param charset          the character set a CSV file was read with (detected or given); null for XLSX
 * @param rowsRead         data rows read (the header row is not counted); equals accepted + rejected
 * @param rejectedByReason counts per reason, summing to {@code rejected}; reasons with none are absent
 * @param sourceHeaders    the file's header row (the columns of the rejects file); empty without one
 * @param error            why a {@link ImportState#FAILED} import failed (names line and field); else null
 * @param finishedBy       who ran the session that completed or failed it (the starter, or the resumer)
 */
public record ImportSummary(long importId, String tenant, String campaignKey, String fileName, String fileSha256,
                            FileFormat format, String charset, String defaultRegion, ImportState state,
                            long rowsRead, long accepted, long rejected, Map<RejectReason, Long> rejectedByReason,
                            BigDecimal qualificationRate, List<String> sourceHeaders, String error,
                            String startedBy, Instant startedAt, String finishedBy, Instant finishedAt) {
    public static final int RATE_SCALE = 6;
    public static final RoundingMode RATE_ROUNDING = RoundingMode.HALF_UP;

    public ImportSummary {
        if (campaignKey == null || fileName == null || format == null || state == null || startedAt == null) {
            throw new IllegalArgumentException("incomplete import summary " + importId);
        }
        if (rowsRead < 0 || accepted < 0 || rejected < 0 || accepted + rejected != rowsRead) {
            throw new IllegalArgumentException("import " + importId + ": " + rowsRead + " read is not " + accepted + " accepted + " + rejected + " rejected");
        }
        rejectedByReason = rejectedByReason == null || rejectedByReason.isEmpty()
                ? Map.of() : Map.copyOf(new EnumMap<>(rejectedByReason));
        if (rejectedByReason.values().stream().mapToLong(Long::longValue).sum() != rejected) {
            throw new IllegalArgumentException("import " + importId + ": rejects by reason do not add up to " + rejected);
        }
        if (qualificationRate != null && (qualificationRate.signum() < 0 || qualificationRate.compareTo(BigDecimal.ONE) > 0
                || qualificationRate.scale() != RATE_SCALE)) {
            throw new IllegalArgumentException("a qualification rate is between 0 and 1 at scale " + RATE_SCALE + ": " + qualificationRate);
        }
        sourceHeaders = sourceHeaders == null ? List.of() : List.copyOf(sourceHeaders);
        if (state == ImportState.FAILED && error == null) throw new IllegalArgumentException("a failed import needs its error");
    }
}
