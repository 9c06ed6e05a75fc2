package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.PlatformException;
import java.time.Instant;
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
}
