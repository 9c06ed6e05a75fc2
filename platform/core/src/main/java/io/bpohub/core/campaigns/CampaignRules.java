package io.bpohub.core.campaigns;

import io.bpohub.platform.services.CadenceRules;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.DialingWindow;
import io.bpohub.platform.services.Disposition;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.Offer;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.WorkflowStage;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a campaign definition and fills in the defaults of decision 0013; every refusal names its field. */
public final class CampaignRules {
    public static final int MAX_WINDOWS = 4;
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern DISPOSITION_KEY = Pattern.compile("[A-Za-z0-9*#]{1,8}");
    static final Pattern SCRIPT_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Morning, afternoon and early evening: calls outside usual quiet hours. */
    public static final List<DialingWindow> DEFAULT_WINDOWS = List.of(
            new DialingWindow(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new DialingWindow(LocalTime.of(14, 0), LocalTime.of(18, 0)),
            new DialingWindow(LocalTime.of(19, 0), LocalTime.of(21, 0)));

    /** Keys as on an agent's keypad: the five classes, the line results, feedback and an order. */
    public static final List<Disposition> DEFAULT_DISPOSITIONS = List.of(
            new Disposition("1", "Buy now", CallResult.REACHED, IntentClass.BUY_NOW, null),
            new Disposition("2", "Interested", CallResult.REACHED, IntentClass.INTERESTED, null),
            new Disposition("3", "Considering / hesitant", CallResult.REACHED, IntentClass.CONSIDERING, null),
            new Disposition("4", "Not now", CallResult.REACHED, IntentClass.NOT_NOW, null),
            new Disposition("5", "Never", CallResult.REACHED, IntentClass.NEVER, null),
            new Disposition("6", "Questions to resolve", CallResult.REACHED, null, WorkflowStage.RESOLVING),
            new Disposition("7", "Order placed", CallResult.REACHED, IntentClass.BUY_NOW, WorkflowStage.WON),
            new Disposition("8", "No answer", CallResult.NO_ANSWER, null, null),
            new Disposition("9", "Busy", CallResult.BUSY, null, null),
            new Disposition("0", "No such number", CallResult.NO_SUCH_NUMBER, null, null),
            new Disposition("*", "Wrong person", CallResult.WRONG_PERSON, null, null),
            new Disposition("#", "Feedback collected", CallResult.FEEDBACK, null, null));

    private CampaignRules() {
    }

    public static void checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw PlatformException.invalid("key", "campaign keys are 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    /** The spec with its defaults filled in, or a refusal naming the field at fault. */
    public static CampaignSpec normalise(CampaignSpec s) {
        if (s == null) throw PlatformException.invalid("name", "send the campaign definition");
        if (s.name() == null || s.name().isBlank() || s.name().length() > 200) {
            throw PlatformException.invalid("name", "name must be 1 to 200 characters");
        }
        if (s.kind() == null) throw PlatformException.invalid("kind", "kind must be OUTBOUND_SALES, OUTBOUND_SURVEY or INBOUND_SERVICE");
        if (s.startDate() == null) throw PlatformException.invalid("startDate", "startDate is required (yyyy-mm-dd)");
        if (s.endDate() != null && s.endDate().isBefore(s.startDate())) {
            throw PlatformException.invalid("endDate", "endDate " + s.endDate() + " is before startDate " + s.startDate());
        }
        if (s.scriptKey() != null && !SCRIPT_KEY.matcher(s.scriptKey()).matches()) {
            throw PlatformException.invalid("scriptKey", "script keys are 1-64 letters, digits, '.', '_' or '-'");
        }
        Offer offer = offer(s.offer());
        List<DialingWindow> windows = windows(s.windows() == null ? DEFAULT_WINDOWS : s.windows());
        List<Disposition> dispositions = dispositions(s.dispositions() == null ? DEFAULT_DISPOSITIONS : s.dispositions());
        CadenceRules cadence = cadence(s.cadence() == null ? CadenceRules.DEFAULTS : s.cadence());
        List<Long> teams = s.teamIds() == null ? List.of() : s.teamIds();
        if (teams.stream().anyMatch(java.util.Objects::isNull) || new HashSet<>(teams).size() != teams.size()) {
            throw PlatformException.invalid("teamIds", "each team may be named once");
        }
        return new CampaignSpec(s.name().trim(), s.kind(), offer, s.startDate(), s.endDate(), windows, List.copyOf(teams), dispositions,
                cadence, s.scriptKey(), s.operatingMode());
    }

    static Offer offer(Offer o) {
        if (o == null) return null;
        if (o.product() == null || o.product().isBlank() || o.product().length() > 200) {
            throw PlatformException.invalid("offer.product", "offer.product must be 1 to 200 characters");
        }
        List<BigDecimal> prices = o.pricePoints() == null ? List.of() : o.pricePoints();
        for (BigDecimal p : prices) {
            if (p == null || p.signum() < 0) throw PlatformException.invalid("offer.pricePoints", "price points are amounts of 0 or more");
        }
        if (!prices.isEmpty() && (o.currency() == null || !o.currency().matches("[A-Z]{3}"))) {
            throw PlatformException.invalid("offer.currency", "give the ISO 4217 currency of the price points, e.g. CNY");
        }
        if (o.customerGets() != null && o.customerGets().length() > 2000) {
            throw PlatformException.invalid("offer.customerGets", "offer.customerGets is at most 2000 characters");
        }
        return new Offer(o.product().trim(), List.copyOf(prices), o.currency(), o.customerGets());
    }

    static List<DialingWindow> windows(List<DialingWindow> given) {
        if (given.isEmpty() || given.size() > MAX_WINDOWS) {
            throw PlatformException.invalid("windows", "a campaign has 1 to " + MAX_WINDOWS + " daily dialing windows");
        }
        List<DialingWindow> sorted = new ArrayList<>();
        for (DialingWindow w : given) {
            if (w == null || w.start() == null || w.end() == null || !w.start().isBefore(w.end())) {
                throw PlatformException.invalid("windows", "each window has a start before its end within one day, e.g. 09:00-12:00");
            }
            sorted.add(w);
        }
        sorted.sort(Comparator.comparing(DialingWindow::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw PlatformException.invalid("windows", "windows " + sorted.get(i - 1).start() + "-" + sorted.get(i - 1).end()
                        + " and " + sorted.get(i).start() + "-" + sorted.get(i).end() + " overlap");
            }
        }
        return List.copyOf(sorted);
    }

    static List<Disposition> dispositions(List<Disposition> given) {
        if (given.isEmpty()) throw PlatformException.invalid("dispositions", "a campaign needs its disposition keys");
        Set<String> keys = new HashSet<>();
        List<Disposition> out = new ArrayList<>();
        for (Disposition d : given) {
            if (d == null || d.key() == null || !DISPOSITION_KEY.matcher(d.key()).matches()) {
                throw PlatformException.invalid("dispositions", "disposition keys are 1-8 letters, digits, '*' or '#'");
            }
            if (!keys.add(d.key())) throw PlatformException.invalid("dispositions", "disposition key " + d.key() + " is used twice");
            if (d.label() == null || d.label().isBlank() || d.label().length() > 100) {
                throw PlatformException.invalid("dispositions", "disposition " + d.key() + " needs a label of 1 to 100 characters");
            }
            if (d.result() == null) throw PlatformException.invalid("dispositions", "disposition " + d.key() + " needs its call result");
            if (d.result() != CallResult.REACHED && (d.intentClass() != null || d.stage() != null)) {
                throw PlatformException.invalid("dispositions", "disposition " + d.key() + ": only a REACHED result changes class or stage");
            }
            if (d.stage() == WorkflowStage.SCREENING || d.stage() == WorkflowStage.DROPPED) {
                throw PlatformException.invalid("dispositions", "disposition " + d.key()
                        + ": a call moves a contact to FOLLOW_UP, RESOLVING, CLOSING or WON; wrong numbers drop it by their result");
            }
            out.add(new Disposition(d.key(), d.label().trim(), d.result(), d.intentClass(), d.stage()));
        }
        return List.copyOf(out);
    }

    static CadenceRules cadence(CadenceRules c) {
        days(c.interestedDays(), "cadence.interestedDays");
        days(c.consideringDays(), "cadence.consideringDays");
        days(c.notNowDays(), "cadence.notNowDays");
        minutes(c.noAnswerRedialMinutes(), "cadence.noAnswerRedialMinutes");
        minutes(c.busyRedialMinutes(), "cadence.busyRedialMinutes");
        if (c.maxAttempts() < 1 || c.maxAttempts() > 50) throw PlatformException.invalid("cadence.maxAttempts", "maxAttempts must be 1 to 50");
        return c;
    }

    private static void days(int d, String field) {
        if (d < 1 || d > 180) throw PlatformException.invalid(field, field.substring(8) + " must be 1 to 180 days");
    }

    private static void minutes(int m, String field) {
        if (m < 1 || m > 10_080) throw PlatformException.invalid(field, field.substring(8) + " must be 1 to 10080 minutes (a week)");
    }
}
