package io.bpohub.core.billing;

import io.bpohub.core.db.Decimals;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.core.access.Guard;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.LabourRate;
import io.bpohub.platform.services.MarginLine;
import io.bpohub.platform.services.MarginReport;
import io.bpohub.platform.services.MarginService;
import io.bpohub.platform.services.PlatformException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Margin of a tenant's month, per campaign, agent or team: revenue is the month's charges (joined to
 * the call or usage record they price), carrier cost the month's call costs, labour cost the agency
 * seat intervals at the agent's rate (else the agent's team's rate) in force at the interval's start.
 * Labour cost per interval is rounded once, HALF_UP to cents; everything else sums stored amounts.
 */
public final class Margins implements MarginService {
    static final String UNATTRIBUTED = "(not attributed)";
    private static final Set<String> GROUPS = Set.of("CAMPAIGN", "AGENT", "TEAM");

    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final Owners owners;
    private final Guard guard;
    private final AuditLog audit;
    private final PriceLists<RatePlan> plans;
    private final TenantTerms terms;

    public Margins(ControlDb control, TenantSessions tenantSessions, Owners owners, Guard guard, AuditLog audit) {
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.owners = owners;
        this.guard = guard;
        this.audit = audit;
        this.plans = new PriceLists<>(control, "rate_plan", RatePlan.class);
        this.terms = new TenantTerms(control);
    }

    @Override
    public LabourRate saveLabourRate(Caller caller, LabourRate rate) {
        guard.requireAgency(caller, "billing", "write", null);
        if (rate == null) throw PlatformException.invalid(null, "send a labour rate");
        if ((rate.agent() == null) == (rate.teamId() == null)) {
            throw PlatformException.invalid("agent", "give either an agency agent's username or an agency team id, not both");
        }
        if (rate.perHour() == null || rate.perHour().signum() < 0) throw PlatformException.invalid("perHour", "cost per hour must be 0 or more");
        if (rate.currency() == null || !rate.currency().matches("[A-Z]{3}")) throw PlatformException.invalid("currency", "currency is an ISO code such as CNY");
        if (rate.effectiveFrom() == null) throw PlatformException.invalid("effectiveFrom", "give the date the rate applies from");
        boolean known = control.tx(s -> rate.agent() != null
                ? !s.createNativeQuery("SELECT 1 FROM app_user WHERE username = :u AND tenant_id IS NULL").setParameter("u", rate.agent()).getResultList().isEmpty()
                : !s.createNativeQuery("SELECT 1 FROM org_unit WHERE id = :t AND owner_tenant_id IS NULL AND kind = 'TEAM'")
                        .setParameter("t", rate.teamId()).getResultList().isEmpty());
        if (!known) {
            throw PlatformException.invalid(rate.agent() != null ? "agent" : "teamId", "labour rates are for the agency's own agents and teams; "
                    + (rate.agent() != null ? "no agency user " + rate.agent() : "no agency team " + rate.teamId()));
        }
        control.run(s -> s.doWork(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM labour_rate WHERE agent_username <=> ? AND team_id <=> ? AND effective_from = ?")) {
                del.setString(1, rate.agent());
                del.setObject(2, rate.teamId());
                del.setDate(3, Date.valueOf(rate.effectiveFrom()));
                del.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO labour_rate (agent_username, team_id, per_hour, currency, effective_from, "
                    + "changed_at, changed_by) VALUES (?,?,?,?,?,?,?)")) {
                st.setString(1, rate.agent());
                st.setObject(2, rate.teamId());
                st.setBigDecimal(3, rate.perHour());
                st.setString(4, rate.currency());
                st.setDate(5, Date.valueOf(rate.effectiveFrom()));
                st.setTimestamp(6, Timestamp.from(Instant.now()));
                st.setString(7, caller.username());
                st.executeUpdate();
            }
        }));
        audit.record(caller, null, "billing.labour.save", rate.agent() != null ? rate.agent() : "team " + rate.teamId(), AuditLog.OK,
                rate.perHour().toPlainString() + " " + rate.currency() + "/h from " + rate.effectiveFrom());
        return rate;
    }

    @Override
    public List<LabourRate> labourRates(Caller caller) {
        guard.requireAgency(caller, "billing", "read", null);
        List<LabourRate> rates = new ArrayList<>();
        control.run(s -> s.doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT agent_username, team_id, per_hour, currency, effective_from FROM labour_rate "
                    + "ORDER BY agent_username IS NULL, agent_username, team_id, effective_from");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String agent = rs.getString(1);
                    long team = rs.getLong(2);
                    Long teamId = rs.wasNull() ? null : team;
                    rates.add(new LabourRate(agent, teamId, Decimals.trimmed(rs.getBigDecimal(3)),
                            rs.getString(4), rs.getDate(5).toLocalDate()));
                }
            }
        }));
        return rates;
    }

    @Override
    public MarginReport margins(Caller caller, String tenant, YearMonth period, String groupBy) {
        guard.requireAgency(caller, "billing", "read", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        if (period == null) throw PlatformException.invalid("period", "period must be a month such as 2026-11");
        String by = groupBy == null ? "CAMPAIGN" : groupBy.toUpperCase(java.util.Locale.ROOT);
        if (!GROUPS.contains(by)) throw PlatformException.invalid("by", "group by CAMPAIGN, AGENT or TEAM");
        RatePlan plan = plans.byId(terms.planId(owner.tenantId()));
        if (plan == null) throw PlatformException.conflict("plan", "tenant " + tenant + " has no rate plan; assign one first");
        Timestamp from = Timestamp.from(period.atDay(1).atStartOfDay(plan.zone()).toInstant());
        Timestamp to = Timestamp.from(period.plusMonths(1).atDay(1).atStartOfDay(plan.zone()).toInstant());
        Map<String, String> teams = agencyTeams();
        List<Rate> rates = rates();
        Map<String, Sums> groups = new TreeMap<>();
        Set<String> currencies = new TreeSet<>();
        List<String> notes = new ArrayList<>();
        currencies.add(plan.currency());
        tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(d.campaign_key, u.campaign_key), COALESCE(d.agent_username, u.agent_username), "
                    + "SUM(ch.amount), COUNT(*) FROM charge ch "
                    + "LEFT JOIN cdr d ON ch.source_type = 'CDR' AND d.id = CAST(ch.source_id AS UNSIGNED) "
                    + "LEFT JOIN usage_record u ON ch.source_type IN ('MESSAGE', 'SEAT_INTERVAL', 'ORDER') AND u.id = CAST(ch.source_id AS UNSIGNED) "
                    + "WHERE ch.period = ? GROUP BY 1, 2")) {
                st.setString(1, period.toString());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Sums sums = groups.computeIfAbsent(key(by, rs.getString(1), rs.getString(2), teams), k -> new Sums());
                        sums.revenue = sums.revenue.add(rs.getBigDecimal(3));
                        sums.charges += rs.getLong(4);
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT d.campaign_key, d.agent_username, co.currency, SUM(co.amount) FROM cost co "
                    + "JOIN cdr d ON d.id = CAST(co.source_id AS UNSIGNED) WHERE co.source_type = 'CDR' AND co.period = ? GROUP BY 1, 2, 3")) {
                st.setString(1, period.toString());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        currencies.add(rs.getString(3));
                        Sums sums = groups.computeIfAbsent(key(by, rs.getString(1), rs.getString(2), teams), k -> new Sums());
                        sums.carrier = sums.carrier.add(rs.getBigDecimal(4));
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT campaign_key, agent_username, started_at, seconds FROM usage_record "
                    + "WHERE source_type = 'SEAT_INTERVAL' AND handler = 'AGENCY' AND started_at >= ? AND started_at < ?")) {
                st.setTimestamp(1, from);
                st.setTimestamp(2, to);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String agent = rs.getString(2);
                        LocalDate day = rs.getTimestamp(3).toInstant().atZone(plan.zone()).toLocalDate();
                        Rate rate = rate(rates, agent, teams.get(agent), day);
                        if (rate == null) {
                            notes.add("seat time of " + (agent == null ? "an unnamed agent" : agent) + " on " + day
                                    + " has no labour rate; add one for the agent or the agent's team");
                            continue;
                        }
                        currencies.add(rate.currency);
                        BigDecimal cost = rate.perHour.multiply(BigDecimal.valueOf(rs.getLong(4))).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
                        Sums sums = groups.computeIfAbsent(key(by, rs.getString(1), agent, teams), k -> new Sums());
                        sums.labour = sums.labour.add(cost);
                    }
                }
            }
            return null;
        }));
        boolean oneCurrency = currencies.size() == 1;
        if (!oneCurrency) notes.add("revenue and costs are in " + currencies + ": margins need one currency and are left empty");
        List<MarginLine> lines = new ArrayList<>();
        Sums total = new Sums();
        groups.forEach((key, sums) -> {
            lines.add(sums.line(key, oneCurrency));
            total.add(sums);
        });
        lines.sort(Comparator.comparing(MarginLine::key));
        return new MarginReport(owner.slug(), period.toString(), by, plan.currency(), lines, total.line("total", oneCurrency),
                notes.size() > 20 ? List.copyOf(notes.subList(0, 20)) : List.copyOf(notes));
    }

    private static String key(String by, String campaign, String agent, Map<String, String> teams) {
        String key = switch (by) {
            case "CAMPAIGN" -> campaign;
            case "AGENT" -> agent;
            default -> agent == null ? null : teams.getOrDefault(agent, "(in-house or no team)");
        };
        return key == null ? UNATTRIBUTED : key;
    }

    /** Agency agents' team names, by username. */
    private Map<String, String> agencyTeams() {
        Map<String, String> teams = new HashMap<>();
        List<?> rows = control.tx(s -> s.createNativeQuery("SELECT u.username, o.name, o.id FROM app_user u JOIN org_unit o ON o.id = u.unit_id "
                + "WHERE u.tenant_id IS NULL AND o.kind = 'TEAM'").getResultList());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            teams.put((String) r[0], r[1] + " #" + r[2]);
        }
        return teams;
    }

    private record Rate(String agent, Long teamId, BigDecimal perHour, String currency, LocalDate from) {
    }

    private List<Rate> rates() {
        List<Rate> rates = new ArrayList<>();
        control.run(s -> s.doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT agent_username, team_id, per_hour, currency, effective_from FROM labour_rate");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String agent = rs.getString(1);
                    long team = rs.getLong(2);
                    Long teamId = rs.wasNull() ? null : team;
                    rates.add(new Rate(agent, teamId, rs.getBigDecimal(3), rs.getString(4), rs.getDate(5).toLocalDate()));
                }
            }
        }));
        return rates;
    }

    /** The agent's own rate in force on {@code day}, else the team's ("Team name #id" carries the team id). */
    private static Rate rate(List<Rate> rates, String agent, String team, LocalDate day) {
        if (agent == null) return null;
        Rate own = latest(rates, r -> agent.equals(r.agent), day);
        if (own != null || team == null) return own;
        long teamId = Long.parseLong(team.substring(team.lastIndexOf('#') + 1));
        return latest(rates, r -> r.teamId != null && r.teamId == teamId, day);
    }

    private static Rate latest(List<Rate> rates, java.util.function.Predicate<Rate> subject, LocalDate day) {
        Rate best = null;
        for (Rate r : rates) {
            if (subject.test(r) && !r.from.isAfter(day) && (best == null || r.from.isAfter(best.from))) best = r;
        }
        return best;
    }

    private static final class Sums {
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal carrier = BigDecimal.ZERO;
        BigDecimal labour = BigDecimal.ZERO;
        long charges;

        void add(Sums other) {
            revenue = revenue.add(other.revenue);
            carrier = carrier.add(other.carrier);
            labour = labour.add(other.labour);
            charges += other.charges;
        }

        MarginLine line(String key, boolean oneCurrency) {
            BigDecimal r = Decimals.trimmed(revenue);
            BigDecimal cc = Decimals.trimmed(carrier);
            BigDecimal l = Decimals.trimmed(labour);
            return new MarginLine(key, r, cc, l, oneCurrency ? Decimals.trimmed(r.subtract(cc).subtract(l)) : null, charges);
        }
    }
}
