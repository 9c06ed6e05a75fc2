package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.PlatformException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.Test;

public class FormatTest {

    @Test
    public void timesAreUtcToTheSecond() {
        assertEquals("2024-05-01T08:30:15Z", Format.time(Instant.parse("2024-05-01T08:30:15.999Z")));
        assertEquals("-", Format.time(null));
    }

    @Test
    public void sizesAreReadable() {
        assertEquals("0 B", Format.bytes(0));
        assertEquals("1023 B", Format.bytes(1023));
        assertEquals("1.0 KiB (1024 bytes)", Format.bytes(1024));
        assertEquals("1.5 MiB (1572864 bytes)", Format.bytes(1_572_864));
        assertEquals("2.0 GiB (2147483648 bytes)", Format.bytes(2L << 30));
    }

    @Test
    public void missingTextShowsADash() {
        assertEquals("-", Format.text(null));
        assertEquals("-", Format.text("  "));
        assertEquals("42", Format.text(42L));
    }

    @Test
    public void enumsAreReadAsOperatorsTypeThem() {
        assertEquals(OperatingMode.HYBRID, Format.parseEnum(OperatingMode.class, " hybrid ", "mode"));
        assertEquals(OperatingMode.IN_HOUSE, Format.parseEnum(OperatingMode.class, "In-House", "mode"));
        PlatformException e = assertThrows(PlatformException.class,
                () -> Format.parseEnum(OperatingMode.class, null, "mode"));
        assertEquals(PlatformException.Kind.INVALID_INPUT, e.kind());
        assertEquals("mode", e.field());
        assertEquals("mode is required: one of IN_HOUSE, OUTSOURCED, HYBRID", e.getMessage());
    }

    @Test
    public void datesAndInstantsAreReadOrRefusedNamingTheOption() {
        assertEquals(LocalDate.of(2026, 2, 17), Format.date(" 2026-02-17 ", "--from"));
        assertEquals(Instant.parse("2026-02-17T02:00:00Z"), Format.instant("2026-02-17T02:00:00Z", "--at"));

        PlatformException e = assertThrows(PlatformException.class, () -> Format.date("17/02/2026", "--from"));
        assertEquals("from", e.field());
        assertEquals("--from must be a date like 2026-02-17 (YYYY-MM-DD), not '17/02/2026'", e.getMessage());
        e = assertThrows(PlatformException.class, () -> Format.date("2026-02-30", "date"));
        assertEquals("date", e.field());
        assertEquals("date must be a date like 2026-02-17 (YYYY-MM-DD), not '2026-02-30'", e.getMessage());
        e = assertThrows(PlatformException.class, () -> Format.instant("2026-02-17 02:00", "--at"));
        assertEquals("at", e.field());
        assertEquals("--at must be an instant in UTC like 2026-02-17T02:00:00Z, not '2026-02-17 02:00'", e.getMessage());
        assertEquals("--from must be a date like 2026-02-17 (YYYY-MM-DD)",
                assertThrows(PlatformException.class, () -> Format.date(null, "--from")).getMessage());
    }

    @Test
    public void localTimesCarryTheirWeekday() {
        assertEquals("Mon", Format.weekday(DayOfWeek.MONDAY));
        assertEquals("Sun", Format.weekday(DayOfWeek.SUNDAY));
        assertEquals("Tue 2026-02-17 10:00", Format.local(Instant.parse("2026-02-17T02:00:00Z"), ZoneId.of("Asia/Manila")));
        assertEquals("Mon 2026-02-16 21:00", Format.local(Instant.parse("2026-02-17T02:00:00Z"), ZoneId.of("America/New_York")));
        assertEquals("Sat 2026-02-28 23:59", Format.local(LocalDateTime.of(2026, 2, 28, 23, 59, 30)));
        assertEquals("-", Format.local(null, ZoneId.of("UTC")));
    }

    @Test
    public void monthsAreReadOrRefusedNamingTheArgument() {
        assertEquals(YearMonth.of(2026, 11), Format.month(" 2026-11 ", "period"));
        PlatformException e = assertThrows(PlatformException.class, () -> Format.month("Nov 2026", "period"));
        assertEquals(PlatformException.Kind.INVALID_INPUT, e.kind());
        assertEquals("period", e.field());
        assertEquals("period must be a month like 2026-11 (YYYY-MM), not 'Nov 2026'", e.getMessage());
        assertEquals("month", assertThrows(PlatformException.class, () -> Format.month("2026-00", "--month")).field());
        assertEquals("period must be a month like 2026-11 (YYYY-MM)",
                assertThrows(PlatformException.class, () -> Format.month(null, "period")).getMessage());
    }

    @Test
    public void decimalsAreShownExactlyAndNeverInENotation() {
        assertEquals("0.90", Format.decimal(new BigDecimal("0.90")));
        assertEquals("1200", Format.decimal(new BigDecimal("1200.00").stripTrailingZeros()));
        assertEquals("-0.5", Format.decimal(new BigDecimal("-0.50").stripTrailingZeros()));
        assertEquals("-", Format.decimal(null));
        assertEquals("yes", Format.yesNo(true));
        assertEquals("no", Format.yesNo(false));
    }
}
