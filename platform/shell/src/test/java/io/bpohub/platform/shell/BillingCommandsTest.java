package io.bpohub.platform.shell;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bpohub.api.billing.CarrierRate;
import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.ChargeType;
import io.bpohub.api.billing.CostTable;
import io.bpohub.api.billing.CostTableVersion;
import io.bpohub.api.billing.DestinationRate;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.QuantityUnit;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatePlanVersion;
import io.bpohub.api.billing.SourceType;
import io.bpohub.api.billing.TimeBand;
import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.api.documents.InvoiceDocument.Kind;
import io.bpohub.api.documents.InvoiceDocument.Line;
import io.bpohub.api.documents.InvoiceDocument.Party;
import io.bpohub.api.documents.InvoiceDocument.Tax;
import io.bpohub.platform.services.ChargeSummary;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.MarginLine;
import io.bpohub.platform.services.MarginReport;
import io.bpohub.platform.services.RatingReport;
import io.bpohub.platform.services.RegisterEntry;
import io.bpohub.platform.services.TenantBilling;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class BillingCommandsTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final Fakes.Shell shell = new Fakes.Shell("ops");
    private final Fakes.Billing billing = new Fakes.Billing();

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A rate plan as the REST API takes it (PUT /rate-plans/cn-standard): two versions, a band, fees as numbers and strings. */
    static final String PLAN_JSON = String.join("\n",
            "{",
            "  \"id\": \"cn-standard\", \"currency\": \"CNY\", \"scale\": 2, \"rounding\": \"HALF_UP\",",
            "  \"zone\": \"Asia/Shanghai\", \"agencyOnly\": true,",
            "  \"versions\": [",
            "    {\"version\": 1, \"effectiveFrom\": \"2026-01-01\", \"increments\": {\"firstSeconds\": 60, \"nextSeconds\": 60},",
            "     \"connectionFee\": 0.05, \"destinations\": [{\"prefix\": \"8613\", \"name\": \"China mobile\", \"perMinute\": 0.20}]},",
            "    {\"version\": 2, \"effectiveFrom\": \"2026-07-01\", \"increments\": {\"firstSeconds\": 30, \"nextSeconds\": 6},",
            "     \"minimumCharge\": \"0.10\", \"monthlyFee\": \"3000.00\",",
            "     \"bands\": [{\"name\": \"night\", \"days\": [\"MONDAY\", \"FRIDAY\"], \"from\": \"20:00\", \"to\": \"08:00\"}],",
            "     \"destinations\": [",
            "       {\"prefix\": \"8613\", \"name\": \"China mobile\", \"perMinute\": 0.18, \"bandPerMinute\": {\"night\": 0.12}},",
            "       {\"prefix\": \"8610\", \"name\": \"Beijing\", \"perMinute\": 0.10},",
            "       {\"prefix\": \"1\", \"name\": \"North America\", \"perMinute\": 0.35}],",
            "     \"messagePerPart\": {\"sms\": 0.04}}",
            "  ]",
            "}");

    static final RatePlan CN_STANDARD = new RatePlan("cn-standard", "CNY", 2, RoundingMode.HALF_UP, SHANGHAI, true, List.of(
            new RatePlanVersion(1, LocalDate.of(2026, 1, 1), Increments.PER_MINUTE, null, new BigDecimal("0.05"), null, null,
                    List.of(new DestinationRate("8613", "China mobile", new BigDecimal("0.20"))), null, null, null, null),
            new RatePlanVersion(2, LocalDate.of(2026, 7, 1), Increments.THIRTY_SIX, new BigDecimal("0.10"), null, null,
                    List.of(new TimeBand("night", Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(20, 0), LocalTime.of(8, 0))),
                    List.of(new DestinationRate("8613", "China mobile", new BigDecimal("0.18"), Map.of("night", new BigDecimal("0.12"))),
                            new DestinationRate("8610", "Beijing", new BigDecimal("0.10")),
                            new DestinationRate("1", "North America", new BigDecimal("0.35"))),
                    null, null, Map.of("sms", new BigDecimal("0.04")), new BigDecimal("3000.00"))));

    static final RatePlan US_FLAT = new RatePlan("us-flat", "USD", 4, RoundingMode.HALF_EVEN, ZoneId.of("America/New_York"), false,
            List.of(new RatePlanVersion(1, LocalDate.of(2025, 6, 1), Increments.PER_SECOND, null, null, null, null, List.of(), null,
                    null, null, null)));

    private <C extends BillingCommand> C wire(C cmd) {
        cmd.billingService = billing;
        return cmd;
    }

    private <C extends BillingPeriodCommand> C period(C cmd, String month) {
        wire(cmd).tenant = "acme";
        cmd.period = month;
        return cmd;
    }

    private String refusal(BpoCommand cmd) {
        return assertThrows(CommandException.class, () -> shell.run(cmd)).getMessage();
    }

    // --- rate-plan-list

    @Test
    public void listShowsEachPlanWithItsVersionsDatesAndNumberOfDestinations() throws Exception {
        billing.plans.put("us-flat", US_FLAT);
        billing.plans.put("cn-standard", new RatePlan("cn-standard", "CNY", 2, RoundingMode.HALF_UP, SHANGHAI, true,
                List.of(CN_STANDARD.versions().get(1), CN_STANDARD.versions().get(0)))); // versions in any order

        String out = shell.run(wire(new RatePlanListCommand()));

        assertEquals(List.of("plans ops"), billing.calls);
        assertEquals(String.join("\n",
                "Plan        | Currency | Scale | Rounding  | Zone             | Agency only | Version | From       | Until      | Destinations",
                "------------+----------+-------+-----------+------------------+-------------+---------+------------+------------+-------------",
                "cn-standard | CNY      |     2 | HALF_UP   | Asia/Shanghai    | yes         |       1 | 2026-01-01 | 2026-06-30 |            1",
                "            |          |       |           |                  |             |       2 | 2026-07-01 | -          |            3",
                "us-flat     | USD      |     4 | HALF_EVEN | America/New_York | no          |       1 | 2025-06-01 | -          |            0",
                ""), out);
    }

    @Test
    public void listWithoutPlansSaysHowToImportOne() throws Exception {
        String out = shell.run(wire(new RatePlanListCommand()));
        assertTrue(out, out.startsWith("Plan | Currency | Scale | Rounding | Zone | Agency only | Version | From | Until | Destinations\n"));
        assertTrue(out, out.endsWith("\nNo rate plans yet; import one with bpo:rate-plan-import <file>.\n"));
    }

    @Test
    public void listRefusedByTheServiceIsOneLine() {
        billing.fail = PlatformException.forbidden("acme.admin may not read the agency's rate plans");
        assertEquals("Error: Forbidden: acme.admin may not read the agency's rate plans", refusal(wire(new RatePlanListCommand())));
    }

    // --- rate-plan-import

    private RatePlanImportCommand importing(String file) {
        RatePlanImportCommand cmd = wire(new RatePlanImportCommand());
        cmd.file = file;
        return cmd;
    }

    private Path write(String name, String json) throws Exception {
        Path file = folder.getRoot().toPath().resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    public void importReadsTheRestJsonIntoTheSameRatePlanAndSavesIt() throws Exception {
        Path file = write("cn-standard.json", PLAN_JSON);

        String out = shell.run(importing(file.toString()));

        assertEquals(List.of("savePlan ops cn-standard"), billing.calls);
        assertEquals(CN_STANDARD, billing.plans.get("cn-standard"));
        assertEquals("money keeps its scale", "0.20",
                billing.plans.get("cn-standard").versions().get(0).destinations().get(0).perMinute().toPlainString());
        String[] lines = out.split("\n");
        assertEquals("Rate plan cn-standard saved from cn-standard.json; charges already rated keep their prices until "
                + "re-rated with bpo:billing-rate.", lines[0]);
        assertEquals(5, lines.length);
        assertTrue(lines[3], lines[3].startsWith("cn-standard | CNY      |     2 | HALF_UP  | Asia/Shanghai | yes         |       1 "));
    }

    @Test
    public void importResolvesARelativePathAgainstTheShellsCurrentDirectory() throws Exception {
        write("plan.json", PLAN_JSON);
        shell.session.currentDir(folder.getRoot().toPath());

        assertTrue(shell.run(importing("plan.json")).startsWith("Rate plan cn-standard saved from plan.json;"));
        assertEquals(List.of("savePlan ops cn-standard"), billing.calls);
    }

    @Test
    public void importRefusesMalformedJsonNamingTheFileAndWhereJacksonStopped() throws Exception {
        Path file = write("broken.json", "{\n  \"id\": \"x\",\n  \"currency\": \"CNY\" \"scale\": 2\n}");

        String message = refusal(importing(file.toString()));

        assertTrue(message, message.startsWith("Error: Invalid input: broken.json is not a valid rate plan at line 3, column 22: "
                + "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"));
        assertTrue(message, message.endsWith(" (field: file)"));
        assertTrue("nothing saved", billing.calls.isEmpty());
    }

    @Test
    public void importRefusesAValueTheRatePlanRejectsWithThePlansOwnReasonAndWhere() throws Exception {
        Path file = write("bad-prefix.json", PLAN_JSON.replace("\"prefix\": \"8610\"", "\"prefix\": \"+8610\""));

        String message = refusal(importing(file.toString()));

        assertEquals("Error: Invalid input: bad-prefix.json is not a valid rate plan at line 12, column 64 "
                + "(versions[1].destinations[1]): a destination prefix is one or more E.164 digits without '+': +8610 (field: file)",
                message);

        Path noVersions = write("empty.json", "{\"id\": \"x\", \"currency\": \"CNY\", \"scale\": 2, \"rounding\": \"HALF_UP\", "
                + "\"zone\": \"Asia/Shanghai\", \"versions\": []}");
        assertTrue(refusal(importing(noVersions.toString())).endsWith(": rate plan x has no versions (field: file)"));
        assertTrue("nothing saved", billing.calls.isEmpty());
    }

    @Test
    public void importRefusesUnknownPropertiesAndWrongTypesNamingTheField() throws Exception {
        Path unknown = write("typo.json", PLAN_JSON.replace("\"agencyOnly\"", "\"agency_only\""));
        String message = refusal(importing(unknown.toString()));
        assertTrue(message, message.startsWith("Error: Invalid input: typo.json is not a valid rate plan at line "));
        assertTrue(message, message.contains(" (agency_only): Unrecognized field \"agency_only\" (class io.bpohub.api.billing.RatePlan)"));

        Path wrongType = write("scale.json", PLAN_JSON.replace("\"scale\": 2", "\"scale\": \"two\""));
        assertTrue(refusal(importing(wrongType.toString())).contains("is not a valid rate plan at line 2, column "));
        assertTrue(refusal(importing(wrongType.toString())).contains(" (scale): Cannot deserialize value of type `int`"));

        Path badZone = write("zone.json", PLAN_JSON.replace("Asia/Shanghai", "Mars/Olympus"));
        assertTrue(refusal(importing(badZone.toString())).contains(" (zone): "));
        assertTrue("nothing saved", billing.calls.isEmpty());
    }

    @Test
    public void importRefusesAMissingEmptyOrNullFile() throws Exception {
        Path missing = folder.getRoot().toPath().resolve("nope.json");
        assertEquals("Error: Invalid input: there is no file " + missing + " on the Karaf server (field: file)",
                refusal(importing(missing.toString())));
        assertEquals("Error: Invalid input: empty.json is not a valid rate plan at line 1: No content to map due to "
                + "end-of-input (field: file)", refusal(importing(write("empty.json", "").toString())));
        assertEquals("Error: Invalid input: null.json holds no rate plan (it is JSON null) (field: file)",
                refusal(importing(write("null.json", "null").toString())));
        String two = refusal(importing(write("two.json", PLAN_JSON + PLAN_JSON).toString()));
        assertTrue(two, two.startsWith("Error: Invalid input: two.json is not a valid rate plan at line 16, column 2: "));
        assertTrue("nothing saved", billing.calls.isEmpty());
    }

    @Test
    public void importRefusedByTheServiceIsOneLine() throws Exception {
        billing.fail = PlatformException.forbidden("ops.ben may not change rate plans");
        assertEquals("Error: Forbidden: ops.ben may not change rate plans",
                refusal(importing(write("plan.json", PLAN_JSON).toString())));
    }

    // --- rate-plan-assign

    private RatePlanAssignCommand assign(String planId) {
        RatePlanAssignCommand cmd = wire(new RatePlanAssignCommand());
        cmd.tenant = "acme";
        cmd.planId = planId;
        return cmd;
    }

    @Test
    public void assignSetsTheTenantsPlanAndSaysHowToRate() throws Exception {
        billing.plans.put("cn-standard", CN_STANDARD);

        assertEquals("Rate plan cn-standard assigned to acme; rate a month with bpo:billing-rate acme <YYYY-MM>.\n",
                shell.run(assign("cn-standard")));
        assertEquals(List.of("assignPlan ops acme cn-standard"), billing.calls);
        assertEquals("cn-standard", billing.assigned.get("acme"));

        assertEquals("Error: Invalid input: no rate plan gold; create it first (field: planId)", refusal(assign("gold")));
    }

    // --- billing-rate

    @Test
    public void ratePrintsTheCountsAndTheTotalWithItsCurrency() throws Exception {
        billing.report = new RatingReport("acme", "2026-11", 3, 3, 0, 0, 0, false, new BigDecimal("0.90"), "CNY", List.of());

        String out = shell.run(period(new BillingRateCommand(), "2026-11"));

        assertEquals(List.of("rate ops acme 2026-11"), billing.calls);
        assertEquals("Rated acme for 2026-11.\n"
                + "Records:   3\n"
                + "New:       3\n"
                + "Changed:   0\n"
                + "Unchanged: 0\n"
                + "Adjusted:  0\n"
                + "Total:     0.90 CNY\n", out);
    }

    @Test
    public void ratePrintsTheRecordsThatCouldNotBePricedAsReported() throws Exception {
        billing.report = new RatingReport("acme", "2026-11", 30, 2, 1, 4, 0, false, new BigDecimal("12.50"), "CNY",
                List.of("cdr 17: no destination prefix matches 4420", "cdr 18: no destination prefix matches 4421",
                        "... and 21 more"));

        String out = shell.run(period(new BillingRateCommand(), " 2026-11 "));

        assertEquals(List.of("rate ops acme 2026-11"), billing.calls);
        assertTrue(out, out.contains("Unchanged: 4\nAdjusted:  0\nTotal:     12.50 CNY\n\n"));
        assertTrue(out, out.endsWith("Not priced (no charge; fix the rate plan or the records and rate again):\n"
                + "  cdr 17: no destination prefix matches 4420\n"
                + "  cdr 18: no destination prefix matches 4421\n"
                + "  ... and 21 more\n"));
    }

    @Test
    public void aBadMonthIsRefusedOnPeriodBeforeTheServiceIsAsked() {
        assertEquals("Error: Invalid input: period must be a month like 2026-11 (YYYY-MM), not '11/2026' (field: period)",
                refusal(period(new BillingRateCommand(), "11/2026")));
        assertEquals("Error: Invalid input: period must be a month like 2026-11 (YYYY-MM), not '2026-13' (field: period)",
                refusal(period(new BillingSummaryCommand(), "2026-13")));
        assertEquals("Error: Invalid input: period must be a month like 2026-11 (YYYY-MM), not '2026-11-01' (field: period)",
                refusal(period(new BillingCloseCommand(), "2026-11-01")));
        assertTrue(billing.calls.isEmpty());
    }

    @Test
    public void rateOfAClosedMonthSaysTheInvoicedChargesStayAndWhereTheCorrectionsGo() throws Exception {
        billing.report = new RatingReport("acme", "2026-10", 40, 0, 0, 37, 3, true, new BigDecimal("812.40"), "CNY", List.of());

        String out = shell.run(period(new BillingRateCommand(), "2026-10"));

        assertEquals(List.of("rate ops acme 2026-10"), billing.calls);
        assertEquals("Rated acme for 2026-10.\n"
                + "Records:   40\n"
                + "New:       0\n"
                + "Changed:   0\n"
                + "Unchanged: 37\n"
                + "Adjusted:  3\n"
                + "Total:     812.40 CNY\n"
                + "\n"
                + "2026-10 is closed: its invoiced charges did not change. The 3 corrections are adjustments, for a credit note "
                + "(bpo:credit-note-issue acme 2026-10) or the next invoice.\n", out);

        billing.report = new RatingReport("acme", "2026-10", 40, 0, 0, 40, 0, true, new BigDecimal("812.40"), "CNY", List.of());
        assertTrue(shell.run(period(new BillingRateCommand(), "2026-10")).endsWith("Total:     812.40 CNY\n\n"
                + "2026-10 is closed: its invoiced charges did not change, and none needed a correction.\n"));
    }

    @Test
    public void rateRefusedByTheServiceIsOneLine() {
        billing.fail = PlatformException.conflict("plan", "tenant acme has no rate plan; assign one first");
        assertEquals("Error: Conflict: tenant acme has no rate plan; assign one first (field: plan)",
                refusal(period(new BillingRateCommand(), "2026-10")));
    }

    // --- billing-summary

    @Test
    public void summaryShowsEachChargeTypeAndATotalPerCurrency() throws Exception {
        billing.summary = List.of(
                new ChargeSummary("ATTEMPT", 4, BigDecimal.ZERO, new BigDecimal("0.2"), "CNY"),
                new ChargeSummary("NOT_CHARGED", 7, new BigDecimal("2100"), BigDecimal.ZERO, "CNY"),
                new ChargeSummary("TALK", 1200, new BigDecimal("1E+5").stripTrailingZeros(), new BigDecimal("310.45"), "CNY"),
                new ChargeSummary("TALK", 3, new BigDecimal("240"), new BigDecimal("1.4"), "USD"));

        String out = shell.run(period(new BillingSummaryCommand(), "2026-11"));

        assertEquals(List.of("summary ops acme 2026-11"), billing.calls);
        assertEquals(String.join("\n",
                "Charges of acme for 2026-11:",
                "Charge type | Charges | Quantity | Amount | Currency",
                "------------+---------+----------+--------+---------",
                "ATTEMPT     |       4 |        0 |    0.2 | CNY",
                "NOT_CHARGED |       7 |     2100 |      0 | CNY",
                "TALK        |    1200 |   100000 | 310.45 | CNY",
                "TALK        |       3 |      240 |    1.4 | USD",
                "Total       |    1211 |          | 310.65 | CNY",
                "Total       |       3 |          |    1.4 | USD",
                ""), out);
    }

    @Test
    public void summaryOfAMonthWithoutChargesSaysHowToRateIt() throws Exception {
        assertEquals(String.join("\n",
                "Charges of acme for 2026-11:",
                "Charge type | Charges | Quantity | Amount | Currency",
                "------------+---------+----------+--------+---------",
                "No charges; rate the month with bpo:billing-rate acme 2026-11.",
                ""), shell.run(period(new BillingSummaryCommand(), "2026-11")));
    }

    // --- billing-close

    @Test
    public void closeLocksTheMonth() throws Exception {
        assertEquals("Billing period 2026-11 of acme closed: its charges are final; re-rating it writes adjustments instead, "
                + "for a credit note or the next invoice.\n", shell.run(period(new BillingCloseCommand(), "2026-11")));
        assertEquals(List.of("closePeriod ops acme 2026-11"), billing.calls);

        billing.fail = PlatformException.forbidden("acme.admin may not close billing periods");
        assertEquals("Error: Forbidden: acme.admin may not close billing periods", refusal(period(new BillingCloseCommand(), "2026-11")));
    }

    // --- billing-rate-job and job

    /** A billing-rate-job on acme 2026-11 that records its pauses instead of sleeping. */
    private BillingRateJobCommand rateJob(List<Long> pauses) {
        BillingRateJobCommand cmd = period(new BillingRateJobCommand(), "2026-11");
        cmd.pause = pauses::add;
        return cmd;
    }

    /** The job's result as the server stores it: the report written by a plain Jackson mapper. */
    static String resultJson(RatingReport report) throws Exception {
        return new ObjectMapper().writeValueAsString(report);
    }

    @Test
    public void rateJobPrintsALinePerPercentPollingEveryHalfSecondThenTheStateAndTheReport() throws Exception {
        RatingReport report = new RatingReport("acme", "2026-11", 5000, 4999, 0, 0, 0, false, new BigDecimal("1520.35"), "CNY",
                List.of("CDR 17: no destination prefix matches 4420"));
        billing.jobSteps = List.of(
                Fakes.Billing.job("RUNNING", 0, 0, null, null),
                Fakes.Billing.job("RUNNING", 1000, 5000, null, null),
                Fakes.Billing.job("RUNNING", 1010, 5000, null, null), // still 20 %: no new line
                Fakes.Billing.job("RUNNING", 2600, 5000, null, null),
                Fakes.Billing.job("SUCCEEDED", 5000, 5000, null, resultJson(report)));
        List<Long> pauses = new ArrayList<>();

        String out = shell.run(rateJob(pauses));

        assertEquals(List.of("startRating ops acme 2026-11", "job ops job-7", "job ops job-7", "job ops job-7", "job ops job-7",
                "job ops job-7"), billing.calls);
        assertEquals(List.of(500L, 500L, 500L, 500L, 500L), pauses);
        assertEquals("Rating acme for 2026-11 as job job-7 (Ctrl-C stops waiting, not the job):\n"
                + "  0/0 (0%)\n"
                + "  1000/5000 (20%)\n"
                + "  2600/5000 (52%)\n"
                + "Job job-7 SUCCEEDED at 5000/5000 (100%).\n"
                + "Records:   5000\n"
                + "New:       4999\n"
                + "Changed:   0\n"
                + "Unchanged: 0\n"
                + "Adjusted:  0\n"
                + "Total:     1520.35 CNY\n"
                + "\n"
                + "Not priced (no charge; fix the rate plan or the records and rate again):\n"
                + "  CDR 17: no destination prefix matches 4420\n", out);
    }

    @Test
    public void rateJobThatFailsPrintsTheStateAndTheJobsMessage() throws Exception {
        billing.jobSteps = List.of(
                Fakes.Billing.job("RUNNING", 2000, 5000, null, null),
                Fakes.Billing.job("FAILED", 2000, 5000, "interrupted by a restart of the platform; start it again (it is safe "
                        + "to repeat)", null));

        String out = shell.run(rateJob(new ArrayList<>()));

        assertEquals("Rating acme for 2026-11 as job job-7 (Ctrl-C stops waiting, not the job):\n"
                + "  2000/5000 (40%)\n"
                + "Job job-7 FAILED at 2000/5000 (40%): interrupted by a restart of the platform; start it again (it is safe "
                + "to repeat)\n", out);
    }

    @Test
    public void rateJobShowsAResultThatIsNotARatingReportAsItIs() throws Exception {
        billing.jobSteps = List.of(Fakes.Billing.job("SUCCEEDED", 0, 0, null, "[\"not\", \"a report\"]"));

        String out = shell.run(rateJob(new ArrayList<>()));

        assertTrue(out, out.endsWith("Job job-7 SUCCEEDED at 0/0 (100%).\nResult: [\"not\", \"a report\"]\n"));
    }

    @Test
    public void rateJobOfAClosedMonthSaysTheInvoicedChargesStayed() throws Exception {
        RatingReport report = new RatingReport("acme", "2026-11", 12, 0, 0, 11, 1, true, new BigDecimal("80.00"), "CNY", List.of());
        billing.jobSteps = List.of(Fakes.Billing.job("SUCCEEDED", 12, 12, null, resultJson(report)));

        String out = shell.run(rateJob(new ArrayList<>()));

        assertTrue(out, out.contains("Adjusted:  1\nTotal:     80.00 CNY\n\n2026-11 is closed: its invoiced charges did not change. "
                + "The 1 correction is an adjustment, for a credit note (bpo:credit-note-issue acme 2026-11) or the next invoice.\n"));
    }

    @Test
    public void rateJobWithNoWaitPrintsTheIdAndHowToFollowItWithoutPolling() throws Exception {
        BillingRateJobCommand cmd = rateJob(new ArrayList<>());
        cmd.noWait = true;
        List<Long> pauses = new ArrayList<>();
        cmd.pause = pauses::add;

        assertEquals("Rating of acme for 2026-11 started as job job-7; follow it with bpo:job job-7\n", shell.run(cmd));
        assertEquals(List.of("startRating ops acme 2026-11"), billing.calls);
        assertTrue(pauses.isEmpty());
    }

    @Test
    public void rateJobInterruptedStopsWaitingButSaysTheJobGoesOn() throws Exception {
        billing.jobSteps = List.of(Fakes.Billing.job("RUNNING", 100, 5000, null, null));
        BillingRateJobCommand cmd = rateJob(new ArrayList<>());
        int[] pauses = {0};
        cmd.pause = millis -> {
            if (++pauses[0] == 3) throw new InterruptedException("Ctrl-C");
        };

        String out = shell.run(cmd);

        assertTrue("the interrupt is kept for Karaf", Thread.interrupted()); // also clears it for the next test
        assertEquals("Rating acme for 2026-11 as job job-7 (Ctrl-C stops waiting, not the job):\n"
                + "  100/5000 (2%)\n"
                + "Stopped waiting; job job-7 goes on: follow it with bpo:job job-7\n", out);
        assertEquals(List.of("startRating ops acme 2026-11", "job ops job-7", "job ops job-7"), billing.calls);
    }

    @Test
    public void rateJobRefusedAtTheStartIsOneLine() {
        billing.fail = PlatformException.conflict("job", "billing.rate of 2026-11 is already running as job job-3; follow that job instead");
        assertEquals("Error: Conflict: billing.rate of 2026-11 is already running as job job-3; follow that job instead (field: job)",
                refusal(rateJob(new ArrayList<>())));
    }

    private JobCommand job(String id) {
        JobCommand cmd = wire(new JobCommand());
        cmd.id = id;
        return cmd;
    }

    @Test
    public void jobShowsStateProgressWhoAndWhenMessageAndResult() throws Exception {
        billing.jobSteps = List.of(Fakes.Billing.job("SUCCEEDED", 5000, 5000, null, "{\"records\":5000}"));

        assertEquals(String.join("\n",
                "Job:         job-7",
                "Kind:        billing.rate",
                "Tenant:      acme",
                "Subject:     2026-11",
                "State:       SUCCEEDED",
                "Progress:    5000/5000 (100%)",
                "Started by:  ops",
                "Started at:  2024-05-01T08:30:15Z",
                "Finished at: 2024-05-01T08:31:50Z",
                "Message:     -",
                "Result:      {\"records\":5000}",
                ""), shell.run(job("job-7")));
        assertEquals(List.of("job ops job-7"), billing.calls);
    }

    @Test
    public void jobStillRunningHasNoFinishAndCountsDown() throws Exception {
        billing.jobSteps = List.of(Fakes.Billing.job("RUNNING", 1, 3, null, null));

        String out = shell.run(job("job-7"));

        assertTrue(out, out.contains("State:       RUNNING\nProgress:    1/3 (33%)\n"));
        assertTrue(out, out.contains("Finished at: -\nMessage:     -\nResult:      -\n"));
        assertEquals("Error: Not found: no job job-9", refusal(job("job-9")));
    }

    // --- billing-terms and billing-terms-set

    private BillingTermsCommand terms() {
        BillingTermsCommand cmd = wire(new BillingTermsCommand());
        cmd.tenant = "acme";
        return cmd;
    }

    private BillingTermsSetCommand setTerms() {
        BillingTermsSetCommand cmd = wire(new BillingTermsSetCommand());
        cmd.tenant = "acme";
        return cmd;
    }

    static final TenantBilling ACME_TERMS = new TenantBilling("Acme Trading Ltd", "8 Harbour Road\nWan Chai\nHong Kong", "VAT",
            new BigDecimal("0.06"), 45, "pldt-2026");

    @Test
    public void termsShowTheBillToPartyTaxPaymentDaysAndCostTable() throws Exception {
        billing.terms.put("acme", ACME_TERMS);

        assertEquals(String.join("\n",
                "Billing terms of acme:",
                "Bill to:      Acme Trading Ltd",
                "Address:      8 Harbour Road | Wan Chai | Hong Kong",
                "Tax name:     VAT",
                "Tax rate:     0.06 (6%)",
                "Payment days: 45",
                "Cost table:   pldt-2026",
                ""), shell.run(terms()));
        assertEquals(List.of("billingSettings ops acme"), billing.calls);
    }

    @Test
    public void termsOfATenantWithoutTermsShowTheDefaults() throws Exception {
        String out = shell.run(terms());
        assertTrue(out, out.contains("Bill to:      ACME Corp\nAddress:      -\nTax name:     -\nTax rate:     0 (0%)\n"
                + "Payment days: 30\nCost table:   -\n"));
    }

    @Test
    public void termsSetChangesOnlyTheGivenFieldsAndSaysWhatWasSaved() throws Exception {
        billing.terms.put("acme", ACME_TERMS);
        BillingTermsSetCommand cmd = setTerms();
        cmd.taxRate = "0.125";
        cmd.paymentDays = 30;

        String out = shell.run(cmd);

        assertEquals(List.of("billingSettings ops acme", "saveBillingSettings ops acme"), billing.calls);
        assertEquals(new TenantBilling("Acme Trading Ltd", "8 Harbour Road\nWan Chai\nHong Kong", "VAT", new BigDecimal("0.125"), 30,
                "pldt-2026"), billing.terms.get("acme"));
        assertEquals(String.join("\n",
                "Billing terms of acme saved; documents issued from now on use them:",
                "Bill to:      Acme Trading Ltd",
                "Address:      8 Harbour Road | Wan Chai | Hong Kong",
                "Tax name:     VAT",
                "Tax rate:     0.125 (12.5%)",
                "Payment days: 30",
                "Cost table:   pldt-2026",
                ""), out);
    }

    @Test
    public void termsSetSplitsTheAddressAtBarsAndSetsEveryOption() throws Exception {
        BillingTermsSetCommand cmd = setTerms();
        cmd.billTo = "Acme Trading Ltd";
        cmd.address = " 8 Harbour Road |Wan Chai||  Hong Kong ";
        cmd.taxName = "VAT";
        cmd.taxRate = " 0.06 ";
        cmd.paymentDays = 45;
        cmd.costTable = "pldt-2026";

        shell.run(cmd);

        assertEquals(ACME_TERMS, billing.terms.get("acme"));
    }

    @Test
    public void termsSetClearsTheAddressAndCostTableWithADash() throws Exception {
        billing.terms.put("acme", ACME_TERMS);
        BillingTermsSetCommand cmd = setTerms();
        cmd.address = "-";
        cmd.costTable = "-";

        shell.run(cmd);

        assertEquals(new TenantBilling("Acme Trading Ltd", "", "VAT", new BigDecimal("0.06"), 45, null), billing.terms.get("acme"));
    }

    @Test
    public void termsSetRefusesNothingToChangeAndABadRateBeforeAskingTheService() {
        assertEquals("Error: Invalid input: nothing to change: give at least one of --bill-to, --address, --tax-name, --tax-rate, "
                + "--payment-days, --cost-table (bpo:billing-terms acme shows the current terms)", refusal(setTerms()));
        BillingTermsSetCommand cmd = setTerms();
        cmd.taxRate = "6%";
        assertEquals("Error: Invalid input: --tax-rate must be a fraction such as 0.06 for 6 %, not '6%' (field: tax-rate)",
                refusal(cmd));
        assertTrue(billing.calls.isEmpty());
    }

    @Test
    public void termsSetRefusedByTheServiceIsOneLine() {
        billing.fail = PlatformException.invalid("costTableId", "no cost table gold; create it first");
        BillingTermsSetCommand cmd = setTerms();
        cmd.costTable = "gold";
        assertEquals("Error: Invalid input: no cost table gold; create it first (field: costTableId)", refusal(cmd));
    }

    // --- cost-table-import and cost-table-list

    /** A cost table as the REST API takes it (PUT /cost-tables/pldt-2026): one rate for any trunk, fees as numbers and strings. */
    static final String COST_TABLE_JSON = String.join("\n",
            "{",
            "  \"id\": \"pldt-2026\", \"currency\": \"PHP\", \"scale\": 4, \"rounding\": \"HALF_UP\", \"zone\": \"Asia/Manila\",",
            "  \"versions\": [",
            "    {\"version\": 1, \"effectiveFrom\": \"2026-01-01\", \"rates\": [",
            "      {\"trunk\": \"pldt-1\", \"prefix\": \"63\", \"perMinute\": 0.45, \"increments\": {\"firstSeconds\": 60, \"nextSeconds\": 60},",
            "       \"connectionFee\": \"0.10\"},",
            "      {\"trunk\": null, \"prefix\": \"1\", \"perMinute\": 0.80, \"increments\": {\"firstSeconds\": 6, \"nextSeconds\": 6}}]},",
            "    {\"version\": 2, \"effectiveFrom\": \"2026-07-01\", \"rates\": [",
            "      {\"prefix\": \"63\", \"perMinute\": 0.40, \"increments\": {\"firstSeconds\": 60, \"nextSeconds\": 60}}]}",
            "  ]",
            "}");

    static final CostTable PLDT = new CostTable("pldt-2026", "PHP", 4, RoundingMode.HALF_UP, ZoneId.of("Asia/Manila"), List.of(
            new CostTableVersion(1, LocalDate.of(2026, 1, 1), List.of(
                    new CarrierRate("pldt-1", "63", new BigDecimal("0.45"), Increments.PER_MINUTE, new BigDecimal("0.10")),
                    new CarrierRate(null, "1", new BigDecimal("0.80"), new Increments(6, 6), null))),
            new CostTableVersion(2, LocalDate.of(2026, 7, 1), List.of(
                    new CarrierRate(null, "63", new BigDecimal("0.40"), Increments.PER_MINUTE, null)))));

    private CostTableImportCommand importingCosts(String file) {
        CostTableImportCommand cmd = wire(new CostTableImportCommand());
        cmd.file = file;
        return cmd;
    }

    @Test
    public void costTableImportReadsTheRestJsonSavesItAndShowsItsVersions() throws Exception {
        Path file = write("pldt-2026.json", COST_TABLE_JSON);

        String out = shell.run(importingCosts(file.toString()));

        assertEquals(List.of("saveCostTable ops pldt-2026"), billing.calls);
        assertEquals(PLDT, billing.costTables.get("pldt-2026"));
        assertEquals(String.join("\n",
                "Cost table pldt-2026 saved from pldt-2026.json; call costs already rated change when their month is rated again "
                        + "with bpo:billing-rate.",
                "Cost table | Currency | Scale | Rounding | Zone        | Version | From       | Until      | Rates",
                "-----------+----------+-------+----------+-------------+---------+------------+------------+------",
                "pldt-2026  | PHP      |     4 | HALF_UP  | Asia/Manila |       1 | 2026-01-01 | 2026-06-30 |     2",
                "           |          |       |          |             |       2 | 2026-07-01 | -          |     1",
                ""), out);
    }

    @Test
    public void costTableImportRefusesABadFileAsTheRatePlanImportDoesNamingACostTable() throws Exception {
        String repeated = refusal(importingCosts(write("twice.json", COST_TABLE_JSON.replace("\"trunk\": \"pldt-1\", \"prefix\": \"63\"",
                "\"trunk\": null, \"prefix\": \"1\"")).toString()));
        assertTrue(repeated, repeated.startsWith("Error: Invalid input: twice.json is not a valid cost table at line 7, column "));
        assertTrue(repeated, repeated.endsWith(" (versions[0]): trunk null prefix 1 twice in version 1 (field: file)"));
        String unknown = refusal(importingCosts(write("typo.json", COST_TABLE_JSON.replace("\"connectionFee\"", "\"connection_fee\""))
                .toString()));
        assertTrue(unknown, unknown.startsWith("Error: Invalid input: typo.json is not a valid cost table at line 6, column "));
        assertTrue(unknown, unknown.contains(" (versions[0].rates[0].connection_fee): Unrecognized field \"connection_fee\""));
        assertEquals("Error: Invalid input: null.json holds no cost table (it is JSON null) (field: file)",
                refusal(importingCosts(write("null.json", "null").toString())));
        assertTrue("nothing saved", billing.calls.isEmpty());
    }

    @Test
    public void costTableListShowsEveryTableOrSaysHowToImportOne() throws Exception {
        assertTrue(shell.run(wire(new CostTableListCommand())).endsWith(
                "\nNo cost tables yet; import one with bpo:cost-table-import <file>.\n"));
        billing.costTables.put("pldt-2026", PLDT);
        billing.costTables.put("globe", new CostTable("globe", "PHP", 2, RoundingMode.HALF_EVEN, ZoneId.of("Asia/Manila"),
                List.of(new CostTableVersion(1, LocalDate.of(2025, 1, 1), List.of()))));

        String out = shell.run(wire(new CostTableListCommand()));

        assertEquals(List.of("costTables ops", "costTables ops"), billing.calls);
        String[] lines = out.split("\n");
        assertEquals(5, lines.length);
        assertEquals("globe      | PHP      |     2 | HALF_EVEN | Asia/Manila |       1 | 2025-01-01 | -          |     0", lines[2]);
        assertTrue(lines[3], lines[3].startsWith("pldt-2026  | PHP      |     4 | HALF_UP   | Asia/Manila |       1 | 2026-01-01 | 2026-06-30 "));
    }

    // --- billing-charges

    private BillingChargesCommand charges() {
        return period(new BillingChargesCommand(), "2026-11");
    }

    static Charge talk(String cdr, String seconds, String amount) {
        return new Charge(SourceType.CDR, cdr, "acme", ChargeType.TALK, new BigDecimal(seconds), QuantityUnit.SECOND,
                new BigDecimal("0.18"), 60, new BigDecimal("0.05"), BigDecimal.ZERO, new BigDecimal(amount), "CNY", "cn-standard", 2,
                "8613 China mobile, 30/6, connection fee 0.05");
    }

    @Test
    public void chargesListOnePageWithUnitPricesPerPricedUnitsAndTheFooter() throws Exception {
        billing.charges = List.of(talk("17", "66", "0.25"),
                new Charge(SourceType.MESSAGE, "m-9", "acme", ChargeType.MESSAGE, new BigDecimal("3"), QuantityUnit.PART,
                        new BigDecimal("0.04"), 1, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.12"), "CNY", "cn-standard", 2,
                        "sms per part"));
        billing.chargesTotal = 120;

        String out = shell.run(charges());

        assertEquals(List.of("charges ops acme 2026-11 null 0 50"), billing.calls);
        assertEquals(String.join("\n",
                "Charges of acme for 2026-11:",
                "Source      | Type    | Quantity | Unit   |  Unit price | Amount | Currency | Rule",
                "------------+---------+----------+--------+-------------+--------+----------+---------------------------------------------",
                "CDR 17      | TALK    |       66 | SECOND | 0.18 per 60 |   0.25 | CNY      | 8613 China mobile, 30/6, connection fee 0.05",
                "MESSAGE m-9 | MESSAGE |        3 | PART   |        0.04 |   0.12 | CNY      | sms per part",
                "Showing 1-2 of 120 (page 0, last page 2). Next: --page 1",
                ""), out);
    }

    @Test
    public void chargesPassTheTypeInAnyCaseAndThePageThrough() throws Exception {
        BillingChargesCommand cmd = charges();
        cmd.type = "carrier-cost";
        cmd.page = 3;
        cmd.size = 20;

        String out = shell.run(cmd);

        assertEquals(List.of("charges ops acme 2026-11 CARRIER_COST 3 20"), billing.calls);
        assertTrue(out, out.startsWith("CARRIER_COST charges of acme for 2026-11:\n"));
        assertTrue(out, out.endsWith("\nNo charges of type CARRIER_COST; rate the month with bpo:billing-rate acme 2026-11.\n"));
    }

    @Test
    public void chargesRefuseAnUnknownTypeAndABadPageBeforeAskingTheService() {
        BillingChargesCommand badType = charges();
        badType.type = "CALLS";
        assertEquals("Error: Invalid input: 'CALLS' is not a valid type; use one of TALK, ATTEMPT, MESSAGE, SEAT, COMMISSION, "
                + "PLATFORM_FEE, NOT_CHARGED, CARRIER_COST (field: type)", refusal(badType));
        BillingChargesCommand badSize = charges();
        badSize.size = 500;
        assertEquals("Error: Invalid input: size must be between 1 and 200 (field: size)", refusal(badSize));
        assertTrue(billing.calls.isEmpty());
    }

    // --- invoice-preview, invoice-issue, credit-note-issue

    static final Party AGENCY = new Party("BPO Hub Manila Inc", List.of("12 Ayala Avenue", "Makati"));
    static final Party ACME = new Party("Acme Trading Ltd", List.of("8 Harbour Road"));

    static InvoiceDocument invoice(String number) {
        return new InvoiceDocument(number, Kind.INVOICE, "2026-11", null, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 15), AGENCY,
                ACME, "CNY", List.of(
                        new Line("PLATFORM_FEE", "Platform fee", new BigDecimal("1"), "month", 1, new BigDecimal("3000.00")),
                        new Line("TALK", "Talk time", new BigDecimal("1666.70"), "min", 1200, new BigDecimal("300.01")),
                        new Line("TALK", "Correction to 2026-10: Talk time", new BigDecimal("3"), "records", 3, new BigDecimal("-4.20"))),
                new BigDecimal("3295.81"),
                List.of(new Tax("VAT", new BigDecimal("0.06"), new BigDecimal("3295.81"), new BigDecimal("197.75"))),
                new BigDecimal("3493.56"), Instant.parse("2026-12-01T02:00:00Z"));
    }

    static final String INVOICE_BODY = String.join("\n",
            "Number:     INV-2026-000042",
            "Kind:       Invoice",
            "Period:     2026-11",
            "Refers to:  -",
            "Customer:   Acme Trading Ltd",
            "Issue date: 2026-12-01",
            "Due date:   2027-01-15",
            "Currency:   CNY",
            "",
            "Description                      | Quantity | Unit    | Records |  Amount",
            "---------------------------------+----------+---------+---------+--------",
            "Platform fee                     |        1 | month   |       1 | 3000.00",
            "Talk time                        |  1666.70 | min     |    1200 |  300.01",
            "Correction to 2026-10: Talk time |        3 | records |       3 |   -4.20",
            "Subtotal                         |          |         |         | 3295.81",
            "VAT 6% of 3295.81                |          |         |         |  197.75",
            "Total CNY                        |          |         |         | 3493.56",
            "");

    @Test
    public void previewPrintsTheDraftWithLinesSubtotalTaxAndTotal() throws Exception {
        billing.document = invoice(null);

        String out = shell.run(period(new InvoicePreviewCommand(), "2026-11"));

        assertEquals(List.of("previewInvoice ops acme 2026-11"), billing.calls);
        assertEquals("Draft invoice of acme for 2026-11; nothing is stored or numbered (bpo:invoice-issue acme 2026-11 issues it):\n"
                + INVOICE_BODY.replace("Number:     INV-2026-000042", "Number:     DRAFT"), out);

        billing.document = new InvoiceDocument(null, Kind.INVOICE, "2026-12", null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                AGENCY, ACME, "CNY", List.of(), new BigDecimal("0.00"), List.of(), new BigDecimal("0.00"), Instant.parse("2026-12-01T02:00:00Z"));
        String empty = shell.run(period(new InvoicePreviewCommand(), "2026-12"));
        assertTrue("an empty draft says so rather than showing no lines at all: " + empty, empty
                .endsWith("\n(no charges) |          |      |         |\nSubtotal     |          |      |         |   0.00\n"
                        + "Total CNY    |          |      |         |   0.00\n"));
    }

    @Test
    public void issuePrintsTheNumberedInvoiceAndHowToDownloadIt() throws Exception {
        billing.document = invoice("INV-2026-000042");

        String out = shell.run(period(new InvoiceIssueCommand(), "2026-11"));

        assertEquals(List.of("issueInvoice ops acme 2026-11"), billing.calls);
        assertEquals("Invoice INV-2026-000042 issued to acme for 2026-11; the month is closed. Download it with "
                + "bpo:invoice-download acme INV-2026-000042 <file>\n" + INVOICE_BODY, out);
    }

    @Test
    public void issueRefusedBecauseTheMonthIsInvoicedIsOneLine() {
        billing.fail = PlatformException.conflict("period", "2026-11 is already invoiced as INV-2026-000042; to correct it, fix the "
                + "rates, re-rate the period, then issue a credit note or let the next invoice carry the difference");
        assertEquals("Error: Conflict: 2026-11 is already invoiced as INV-2026-000042; to correct it, fix the rates, re-rate the "
                + "period, then issue a credit note or let the next invoice carry the difference (field: period)",
                refusal(period(new InvoiceIssueCommand(), "2026-11")));
    }

    @Test
    public void creditNotePrintsTheInvoiceItCorrectsAndItsNegativeLines() throws Exception {
        billing.document = new InvoiceDocument("CN-2026-000003", Kind.CREDIT_NOTE, "2026-10", "INV-2026-000031",
                LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2), AGENCY, ACME, "CNY",
                List.of(new Line("TALK", "Correction to 2026-10: Talk time", new BigDecimal("5"), "records", 5, new BigDecimal("-12.50"))),
                new BigDecimal("-12.50"), List.of(), new BigDecimal("-12.50"), Instant.parse("2026-12-02T02:00:00Z"));

        String out = shell.run(period(new CreditNoteIssueCommand(), "2026-10"));

        assertEquals(List.of("issueCreditNote ops acme 2026-10"), billing.calls);
        assertEquals(String.join("\n",
                "Credit note CN-2026-000003 issued to acme for 2026-10, correcting invoice INV-2026-000031. Download it with "
                        + "bpo:invoice-download acme CN-2026-000003 <file>",
                "Number:     CN-2026-000003",
                "Kind:       Credit note",
                "Period:     2026-10",
                "Refers to:  INV-2026-000031",
                "Customer:   Acme Trading Ltd",
                "Issue date: 2026-12-02",
                "Due date:   2026-12-02",
                "Currency:   CNY",
                "",
                "Description                      | Quantity | Unit    | Records | Amount",
                "---------------------------------+----------+---------+---------+-------",
                "Correction to 2026-10: Talk time |        5 | records |       5 | -12.50",
                "Subtotal                         |          |         |         | -12.50",
                "Total CNY                        |          |         |         | -12.50",
                ""), out);

        billing.fail = PlatformException.conflict("period", "2026-09 has no invoice yet: re-rating an open period corrects its "
                + "charges directly");
        assertEquals("Error: Conflict: 2026-09 has no invoice yet: re-rating an open period corrects its charges directly "
                + "(field: period)", refusal(period(new CreditNoteIssueCommand(), "2026-09")));
    }

    // --- invoice-list and invoice-register

    static RegisterEntry entry(String number, String tenant, String period, String refersTo, String subtotal, String tax,
                               String total, String cost, String margin) {
        return new RegisterEntry(number, refersTo == null ? "INVOICE" : "CREDIT_NOTE", tenant, period, refersTo, "CNY",
                new BigDecimal(subtotal), new BigDecimal(tax), new BigDecimal(total), cost == null ? null : new BigDecimal(cost),
                cost == null ? null : "PHP", margin == null ? null : new BigDecimal(margin), "ISSUED",
                Instant.parse("2026-12-01T02:00:00.250Z"), "ops.ana");
    }

    private void registerOfTwoTenants() {
        billing.register = List.of(
                entry("INV-2026-000042", "acme", "2026-11", null, "3295.81", "197.75", "3493.56", "1200.5000", null),
                entry("CN-2026-000003", "acme", "2026-10", "INV-2026-000031", "-12.50", "0.00", "-12.50", null, null),
                new RegisterEntry("INV-2026-000043", "INVOICE", "globex", "2026-11", null, "CNY", new BigDecimal("500.00"),
                        new BigDecimal("0.00"), new BigDecimal("500.00"), new BigDecimal("120.00"), "CNY", new BigDecimal("380.00"),
                        "ISSUING", Instant.parse("2026-12-01T03:00:00Z"), "ops.ben"));
    }

    @Test
    public void invoiceListShowsTheTenantsDocuments() throws Exception {
        registerOfTwoTenants();
        InvoiceListCommand cmd = wire(new InvoiceListCommand());
        cmd.tenant = "acme";

        String out = shell.run(cmd);

        assertEquals(List.of("invoices ops acme"), billing.calls);
        assertEquals(String.join("\n",
                "Number          | Kind        | Period  | Refers to       | Subtotal |    Tax |   Total | Currency | State  | Issued at            | Issued by",
                "----------------+-------------+---------+-----------------+----------+--------+---------+----------+--------+----------------------+----------",
                "INV-2026-000042 | INVOICE     | 2026-11 | -               |  3295.81 | 197.75 | 3493.56 | CNY      | ISSUED | 2026-12-01T02:00:00Z | ops.ana",
                "CN-2026-000003  | CREDIT_NOTE | 2026-10 | INV-2026-000031 |   -12.50 |   0.00 |  -12.50 | CNY      | ISSUED | 2026-12-01T02:00:00Z | ops.ana",
                ""), out);

        cmd.tenant = "initech";
        assertTrue(shell.run(cmd).endsWith("\nNo invoices or credit notes for initech yet; issue one with bpo:invoice-issue initech "
                + "<YYYY-MM>.\n"));
    }

    @Test
    public void invoiceRegisterShowsEveryTenantWithCostMarginAndState() throws Exception {
        registerOfTwoTenants();

        String out = shell.run(wire(new InvoiceRegisterCommand()));

        assertEquals(List.of("register ops"), billing.calls);
        String[] lines = out.split("\n");
        assertEquals(5, lines.length);
        assertEquals("Number          | Kind        | Tenant | Period  | Refers to       | Subtotal |    Tax |   Total | Currency "
                + "|          Cost | Margin | State   | Issued at            | Issued by", lines[0]);
        assertEquals("INV-2026-000042 | INVOICE     | acme   | 2026-11 | -               |  3295.81 | 197.75 | 3493.56 | CNY      "
                + "| 1200.5000 PHP |      - | ISSUED  | 2026-12-01T02:00:00Z | ops.ana", lines[2]);
        assertEquals("INV-2026-000043 | INVOICE     | globex | 2026-11 | -               |   500.00 |   0.00 |  500.00 | CNY      "
                + "|    120.00 CNY | 380.00 | ISSUING | 2026-12-01T03:00:00Z | ops.ben", lines[4]);
    }

    // --- invoice-download

    /** What the test folder holds, by name. */
    private List<Path> files() throws Exception {
        try (var list = Files.list(folder.getRoot().toPath())) {
            return list.sorted().toList();
        }
    }

    private InvoiceDownloadCommand download(String number, String file) {
        InvoiceDownloadCommand cmd = wire(new InvoiceDownloadCommand());
        cmd.tenant = "acme";
        cmd.number = number;
        cmd.file = file;
        return cmd;
    }

    @Test
    public void downloadWritesThePdfTheServiceProducedAndPrintsPathAndSize() throws Exception {
        billing.pdf = "%PDF-1.7 INV-2026-000042 \u00e9".getBytes(StandardCharsets.UTF_8);
        Path file = folder.getRoot().toPath().resolve("INV-2026-000042.pdf");

        String out = shell.run(download("INV-2026-000042", file.toString()));

        assertEquals(List.of("writeInvoicePdf ops acme INV-2026-000042"), billing.calls);
        assertArrayEquals(billing.pdf, Files.readAllBytes(file));
        assertEquals("PDF of INV-2026-000042 of acme written.\nFile: " + file + "\nSize: 27 B\n", out);
        assertEquals("no part file left behind", List.of(file), files());
    }

    @Test
    public void downloadWithDetailAsksForThatFormatAndResolvesARelativePath() throws Exception {
        billing.charges = List.of(talk("17", "66", "0.25"), talk("18", "120", "0.41"));
        shell.session.currentDir(folder.getRoot().toPath());
        InvoiceDownloadCommand cmd = download("INV-2026-000042", "detail.xlsx");
        cmd.detail = "xlsx";

        String out = shell.run(cmd);

        assertEquals(List.of("writeInvoiceDetail ops acme INV-2026-000042 XLSX"), billing.calls);
        Path file = folder.getRoot().toPath().resolve("detail.xlsx");
        assertEquals("XLSX detail of INV-2026-000042\nCDR,17,0.25\nCDR,18,0.41\n", Files.readString(file));
        assertEquals("XLSX detail of INV-2026-000042 of acme written.\nFile: " + file + "\nSize: 55 B\n", out);
    }

    @Test
    public void downloadThatFailsLeavesNoHalfFileAndKeepsAnOlderOne() throws Exception {
        Path file = write("INV-2026-000042.pdf", "the copy downloaded yesterday");
        billing.failWhileWriting = PlatformException.notFound("no invoice or credit note INV-2026-000042 for tenant acme");

        assertEquals("Error: Not found: no invoice or credit note INV-2026-000042 for tenant acme",
                refusal(download("INV-2026-000042", file.toString())));
        assertEquals("the copy downloaded yesterday", Files.readString(file));
        assertEquals(List.of(file), files());

        Path fresh = folder.getRoot().toPath().resolve("CN-2026-000003.pdf");
        refusal(download("CN-2026-000003", fresh.toString()));
        assertTrue("no half-written PDF", Files.notExists(fresh));
        assertEquals(List.of(file), files());
    }

    @Test
    public void downloadRefusesABadFormatAMissingDirectoryAndADirectoryBeforeAskingTheService() throws Exception {
        InvoiceDownloadCommand pdf = download("INV-2026-000042", folder.getRoot().toPath().resolve("x.pdf").toString());
        pdf.detail = "pdf";
        assertEquals("Error: Invalid input: 'pdf' is not a valid detail; use one of CSV, XLSX (field: detail)", refusal(pdf));
        Path nowhere = folder.getRoot().toPath().resolve("missing");
        assertEquals("Error: Invalid input: there is no directory " + nowhere + " on the Karaf server (field: file)",
                refusal(download("INV-2026-000042", nowhere.resolve("x.pdf").toString())));
        assertEquals("Error: Invalid input: " + folder.getRoot().toPath() + " is a directory; give the path of the file to write "
                + "(field: file)", refusal(download("INV-2026-000042", folder.getRoot().toString())));
        assertTrue(billing.calls.isEmpty());
    }

    @Test
    public void marginsShowOneRowPerCampaignThenTheTotalAndTheNotes() throws Exception {
        Fakes.Margins margins = new Fakes.Margins();
        margins.report = new MarginReport("acme", "2026-11", "CAMPAIGN", "CNY", List.of(
                new MarginLine("autumn", new BigDecimal("80.3"), new BigDecimal("0.1"), new BigDecimal("72"), new BigDecimal("8.2"), 3),
                new MarginLine("(not attributed)", new BigDecimal("500"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("500"), 1)),
                new MarginLine("total", new BigDecimal("580.3"), new BigDecimal("0.1"), new BigDecimal("72"), new BigDecimal("508.2"), 4),
                List.of("seat time of agency.x on 2026-11-02 has no labour rate; add one for the agent or the agent's team"));
        BillingMarginsCommand cmd = period(new BillingMarginsCommand(), "2026-11");
        cmd.marginService = margins;
        cmd.by = "team";

        String out = shell.run(cmd);

        assertEquals(List.of("margins ops acme 2026-11 team"), margins.calls);
        assertEquals(String.join("\n",
                "Margins of acme for 2026-11 by campaign (CNY):",
                "Campaign         | Revenue | Carrier cost | Labour cost | Margin | Charges",
                "-----------------+---------+--------------+-------------+--------+--------",
                "autumn           |    80.3 |          0.1 |          72 |    8.2 |       3",
                "(not attributed) |     500 |            0 |           0 |    500 |       1",
                "total            |   580.3 |          0.1 |          72 |  508.2 |       4",
                "Note: seat time of agency.x on 2026-11-02 has no labour rate; add one for the agent or the agent's team",
                ""), out);
    }

    @Test
    public void labourRatesAreSetForAnAgentOrATeamAndListed() throws Exception {
        Fakes.Margins margins = new Fakes.Margins();
        LabourRateSetCommand set = new LabourRateSetCommand();
        set.marginService = margins;
        set.team = 12L;
        set.perHour = "30.00";
        set.currency = "CNY";
        set.from = "2026-01-01";

        assertEquals("Labour rate of team 12: 30.00 CNY per hour from 2026-01-01.\n", shell.run(set));
        assertEquals(List.of("saveLabourRate ops null 12 30.00 CNY 2026-01-01"), margins.calls);

        set.perHour = "thirty";
        assertEquals("Error: Invalid input: 'thirty' is not a number; write it like 30.00 (field: perHour)", refusal(set));
        assertEquals("a refused rate is not sent", 1, margins.calls.size());

        LabourRateListCommand list = new LabourRateListCommand();
        list.marginService = margins;
        String out = shell.run(list);
        assertTrue(out, out.contains("-     |   12 |    30.00 | CNY      | 2026-01-01"));
    }

    @Test
    public void exportsPassTheFiltersAndWriteTheFileOnTheServer() throws Exception {
        Fakes.Exports exports = new Fakes.Exports();
        ExportCallsCommand calls = new ExportCallsCommand();
        calls.exportService = exports;
        calls.tenant = "acme";
        calls.file = folder.getRoot().toPath().resolve("calls.xlsx").toString();
        calls.format = "XLSX";
        calls.campaign = "spring";
        calls.from = "2026-11-01T00:00:00Z";
        calls.minTalk = 30;

        String out = shell.run(calls);

        assertEquals(List.of("exportCalls ops acme CallQuery[campaign=spring, agent=null, from=2026-11-01T00:00:00Z, to=null, result=null, "
                + "handler=null, destinationPrefix=null, minTalkSeconds=30, queue=null, recorded=null] XLSX"), exports.calls);
        assertEquals("row 0\nrow 1\n", Files.readString(folder.getRoot().toPath().resolve("calls.xlsx")));
        assertTrue(out, out.startsWith("2 rows of acme written.\nFile: "));

        ExportContactsCommand contacts = new ExportContactsCommand();
        contacts.exportService = exports;
        contacts.tenant = "acme";
        contacts.file = folder.getRoot().toPath().resolve("contacts.csv").toString();
        contacts.intentClass = "INTERESTED";
        shell.run(contacts);
        assertEquals("exportContacts ops acme ContactQuery[campaign=null, stage=null, intentClass=INTERESTED, leadGrade=null, departmentId=null, "
                + "teamId=null, agent=null, city=null, region=null] CSV", exports.calls.get(1));

        calls.from = "yesterday";
        assertTrue(refusal(calls), refusal(calls).contains("from must be an instant"));
        assertEquals("a bad instant is refused before the service is asked", 2, exports.calls.size());
    }
}
