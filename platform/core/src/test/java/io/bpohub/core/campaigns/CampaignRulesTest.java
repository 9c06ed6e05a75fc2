package io.bpohub.core.campaigns;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.bpohub.platform.services.CadenceRules;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.DialingWindow;
import io.bpohub.platform.services.Disposition;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.WorkflowStage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.Test;

public class CampaignRulesTest {
    private static CampaignSpec spec(List<DialingWindow> windows, List<Disposition> dispositions, CadenceRules cadence, LocalDate end) {
        return new CampaignSpec("Spring", CampaignKind.OUTBOUND_SALES, null, LocalDate.of(2026, 3, 1), end, windows, List.of(),
                dispositions, cadence, null, null);
    }

    private static String field(CampaignSpec s) {
        return assertThrows(PlatformException.class, () -> CampaignRules.normalise(s)).field();
    }

    private static DialingWindow w(int a, int b) {
        return new DialingWindow(LocalTime.of(a, 0), LocalTime.of(b, 0));
    }

    @Test
    public void defaultsAreFilledIn() {
        CampaignSpec s = CampaignRules.normalise(spec(null, null, null, null));
        assertEquals(CampaignRules.DEFAULT_WINDOWS, s.windows());
        assertEquals(12, s.dispositions().size());
        assertEquals(CadenceRules.DEFAULTS, s.cadence());
    }

    @Test
    public void atMostFourNonOverlappingWindowsSorted() {
        assertEquals(List.of(w(8, 9), w(10, 11)), CampaignRules.normalise(spec(List.of(w(10, 11), w(8, 9)), null, null, null)).windows());
        assertEquals("windows", field(spec(List.of(w(8, 9), w(9, 10), w(10, 11), w(11, 12), w(13, 14)), null, null, null)));
        assertEquals("windows", field(spec(List.of(w(8, 11), w(10, 12)), null, null, null)));
        assertEquals("windows", field(spec(List.of(w(12, 9)), null, null, null)));
        assertEquals("windows", field(spec(List.of(), null, null, null)));
    }

    @Test
    public void datesAndKeysAreChecked() {
        assertEquals("endDate", field(spec(null, null, null, LocalDate.of(2026, 2, 1))));
        Disposition a = new Disposition("1", "Interested", CallResult.REACHED, IntentClass.INTERESTED, null);
        assertEquals("dispositions", field(spec(null, List.of(a, a), null, null)));
        assertEquals("dispositions", field(spec(null, List.of(new Disposition("2", "x", CallResult.NO_ANSWER, IntentClass.INTERESTED, null)), null, null)));
        assertEquals("dispositions", field(spec(null, List.of(new Disposition("2", "x", CallResult.REACHED, null, WorkflowStage.DROPPED)), null, null)));
        assertEquals("cadence.maxAttempts", field(spec(null, null, new CadenceRules(2, 3, 14, 120, 15, 0), null)));
        assertEquals("cadence.notNowDays", field(spec(null, null, new CadenceRules(2, 3, 0, 120, 15, 6), null)));
        assertThrows(PlatformException.class, () -> CampaignRules.checkKey("bad key"));
    }
}
