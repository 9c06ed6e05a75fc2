package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.billing.DestinationRate;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatePlanVersion;
import io.bpohub.api.billing.TimeBand;
import io.bpohub.platform.services.ChargeSummary;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.RatingReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
            "     \"minimumCharge\": \"0.10\",",
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
                    List.of(new DestinationRate("8613", "China mobile", new BigDecimal("0.20"))), null, null, null),
            new RatePlanVersion(2, LocalDate.of(2026, 7, 1), Increments.THIRTY_SIX, new BigDecimal("0.10"), null, null,
                    List.of(new TimeBand("night", Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(20, 0), LocalTime.of(8, 0))),
                    List.of(new DestinationRate("8613", "China mobile", new BigDecimal("0.18"), Map.of("night", new BigDecimal("0.12"))),
                            new DestinationRate("8610", "Beijing", new BigDecimal("0.10")),
                            new DestinationRate("1", "North America", new BigDecimal("0.35"))),
                    null, null, Map.of("sms", new BigDecimal("0.04")))));

    static final RatePlan US_FLAT = new RatePlan("us-flat", "USD", 4, RoundingMode.HALF_EVEN, ZoneId.of("America/New_York"), false,
            List.of(new RatePlanVersion(1, LocalDate.of(2025, 6, 1), Increments.PER_SECOND, null, null, null, null, List.of(), null,
                    null, null)));

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
        billing.report = new RatingReport("acme", "2026-11", 3, 3, 0, 0, new BigDecimal("0.90"), "CNY", List.of());

        String out = shell.run(period(new BillingRateCommand(), "2026-11"));

        assertEquals(List.of("rate ops acme 2026-11"), billing.calls);
        assertEquals("Rated acme for 2026-11.\n"
                + "Records:   3\n"
                + "New:       3\n"
                + "Changed:   0\n"
                + "Unchanged: 0\n"
                + "Total:     0.90 CNY\n", out);
    }

    @Test
    public void ratePrintsTheRecordsThatCouldNotBePricedAsReported() throws Exception {
        billing.report = new RatingReport("acme", "2026-11", 30, 2, 1, 4, new BigDecimal("12.50"), "CNY",
                List.of("cdr 17: no destination prefix matches 4420", "cdr 18: no destination prefix matches 4421",
                        "... and 21 more"));

        String out = shell.run(period(new BillingRateCommand(), " 2026-11 "));

        assertEquals(List.of("rate ops acme 2026-11"), billing.calls);
        assertTrue(out, out.contains("Unchanged: 4\nTotal:     12.50 CNY\n\n"));
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
    public void rateOfAClosedPeriodIsRefusedAsOneLine() {
        billing.fail = PlatformException.conflict("period", "period 2026-10 is closed: corrections belong on the next invoice");
        assertEquals("Error: Conflict: period 2026-10 is closed: corrections belong on the next invoice (field: period)",
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
        assertEquals("Billing period 2026-11 of acme closed: its charges are final and it is no longer rated; corrections "
                + "belong on the next invoice.\n", shell.run(period(new BillingCloseCommand(), "2026-11")));
        assertEquals(List.of("closePeriod ops acme 2026-11"), billing.calls);

        billing.fail = PlatformException.forbidden("acme.admin may not close billing periods");
        assertEquals("Error: Forbidden: acme.admin may not close billing periods", refusal(period(new BillingCloseCommand(), "2026-11")));
    }
}
