package io.bpohub.core.billing;

import io.bpohub.core.db.Decimals;
import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.ChargeType;
import io.bpohub.api.billing.CostTable;
import io.bpohub.api.billing.QuantityUnit;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.SourceType;
import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.api.documents.InvoiceDocument.Kind;
import io.bpohub.api.documents.InvoiceDocument.Party;
import io.bpohub.api.documents.TableWriter;
import io.bpohub.core.Plugins;
import io.bpohub.core.access.Guard;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.ResultRows;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.jobs.Jobs;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.CallRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ChargeSummary;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.RatingReport;
import io.bpohub.platform.services.RegisterEntry;
import io.bpohub.platform.services.TenantBilling;
import io.bpohub.platform.services.UsageEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Billing of tenants: price lists, usage, rating runs (see {@link RatingRun}) and numbered documents
 * (see {@link InvoiceRegister}). A tenant's usage, charges and documents live in its own database;
 * price lists, terms and the agency's register in the control database.
 */
public final class BillingServiceImpl implements BillingService {
    private static final List<String> DETAIL_HEADERS = List.of("kind", "source_type", "source_id", "period", "charge_type", "quantity",
            "unit", "unit_price", "priced_per", "fees", "minimum", "amount", "currency", "plan", "plan_version", "rule");

    private final ControlDb control;
    private final PriceLists<RatePlan> plans;
    private final PriceLists<CostTable> costTables;
    private final TenantTerms terms;
    private final InvoiceRegister register;
    private final TenantSessions tenantSessions;
    private final Owners owners;
    private final Guard guard;
    private final AuditLog audit;
    private final Jobs jobs;
    private final Plugins plugins;
    private final Party issuer;
    private final ZoneId agencyZone;

    public BillingServiceImpl(ControlDb control, TenantSessions tenantSessions, Owners owners, Guard guard, AuditLog audit, Jobs jobs,
                              Plugins plugins, Party issuer, ZoneId agencyZone) {
        this.control = control;
        this.plans = new PriceLists<>(control, "rate_plan", RatePlan.class);
        this.costTables = new PriceLists<>(control, "cost_table", CostTable.class);
        this.terms = new TenantTerms(control);
        this.register = new InvoiceRegister(control);
        this.tenantSessions = tenantSessions;
        this.owners = owners;
        this.guard = guard;
        this.audit = audit;
        this.jobs = jobs;
        this.plugins = plugins;
        this.issuer = issuer;
        this.agencyZone = agencyZone;
    }

    // ---- price lists and terms

    @Override
    public RatePlan savePlan(Caller caller, RatePlan plan) {
        guard.requireAgency(caller, "billing", "write", null);
        if (plan == null) throw PlatformException.invalid(null, "send a rate plan document");
        plans.save(plan.id(), plan, caller.username());
        audit.record(caller, null, "billing.plan.save", plan.id(), AuditLog.OK, null);
        return plan;
    }

    @Override
    public List<RatePlan> plans(Caller caller) {
        guard.requireAgency(caller, "billing", "read", null);
        return plans.all();
    }

    @Override
    public void assignPlan(Caller caller, String tenant, String planId) {
        guard.requireAgency(caller, "billing", "write", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        if (!plans.exists(planId)) throw PlatformException.invalid("planId", "no rate plan " + planId + "; create it first");
        terms.assignPlan(owner.tenantId(), planId, caller.username());
        audit.record(caller, tenant, "billing.plan.assign", planId, AuditLog.OK, null);
    }

    @Override
    public CostTable saveCostTable(Caller caller, CostTable table) {
        guard.requireAgency(caller, "billing", "write", null);
        if (table == null) throw PlatformException.invalid(null, "send a cost table document");
        costTables.save(table.id(), table, caller.username());
        audit.record(caller, null, "billing.costs.save", table.id(), AuditLog.OK, null);
        return table;
    }

    @Override
    public List<CostTable> costTables(Caller caller) {
        guard.requireAgency(caller, "billing", "read", null);
        return costTables.all();
    }

    @Override
    public TenantBilling billingSettings(Caller caller, String tenant) {
        guard.requireAgency(caller, "billing", "read", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        return terms.billing(owner.tenantId(), tenantName(owner));
    }

    @Override
    public TenantBilling saveBillingSettings(Caller caller, String tenant, TenantBilling settings) {
        guard.requireAgency(caller, "billing", "write", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        if (settings == null) throw PlatformException.invalid(null, "send the tenant's billing terms");
        if (settings.billToName() == null || settings.billToName().isBlank()) {
            throw PlatformException.invalid("billToName", "the name invoices are addressed to must not be empty");
        }
        BigDecimal rate = settings.taxRate() == null ? BigDecimal.ZERO : settings.taxRate();
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw PlatformException.invalid("taxRate", "tax rate is a fraction from 0 to below 1, e.g. 0.06 for 6 %");
        }
        if (rate.signum() > 0 && (settings.taxName() == null || settings.taxName().isBlank())) {
            throw PlatformException.invalid("taxName", "name the tax (e.g. VAT) that the rate is for");
        }
        if (settings.paymentDays() < 0 || settings.paymentDays() > 365) {
            throw PlatformException.invalid("paymentDays", "payment days must be between 0 and 365");
        }
        if (settings.costTableId() != null && !costTables.exists(settings.costTableId())) {
            throw PlatformException.invalid("costTableId", "no cost table " + settings.costTableId() + "; create it first");
        }
        TenantBilling saved = new TenantBilling(settings.billToName().trim(), settings.billToAddress() == null ? "" : settings.billToAddress(),
                rate.signum() == 0 ? null : settings.taxName().trim(), rate, settings.paymentDays(), settings.costTableId());
        terms.saveBilling(owner.tenantId(), saved, caller.username());
        audit.record(caller, tenant, "billing.terms.save", tenant, AuditLog.OK, null);
        return saved;
    }

    // ---- usage

    @Override
    public List<Long> recordCalls(Caller caller, String tenant, List<CallRecord> calls) {
        Owner owner = owners.resolve(caller, tenant, "cdr", "write");
        if (calls == null || calls.isEmpty()) throw PlatformException.invalid("calls", "send at least one call record");
        for (int i = 0; i < calls.size(); i++) check(calls.get(i), i);
        return tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> UsageStore.insertCalls(c, calls)));
    }

    private static void check(CallRecord call, int i) {
        String field = "calls[" + i + "]";
        if (call == null || call.startedAt() == null) throw PlatformException.invalid(field + ".startedAt", "every call needs its start instant");
        if (call.talkSeconds() < 0) throw PlatformException.invalid(field + ".talkSeconds", "talk time cannot be negative");
        if (call.destination() == null || !call.destination().matches("\\+[1-9][0-9]{5,14}")) {
            throw PlatformException.invalid(field + ".destination", "destination must be an E.164 number such as +8613800138000");
        }
        if (call.handler() == null) throw PlatformException.invalid(field + ".handler", "handler must be IN_HOUSE or AGENCY");
    }

    @Override
    public List<Long> recordUsage(Caller caller, String tenant, List<UsageEntry> usage) {
        Owner owner = owners.resolve(caller, tenant, "cdr", "write");
        if (usage == null || usage.isEmpty()) throw PlatformException.invalid("usage", "send at least one usage record");
        for (int i = 0; i < usage.size(); i++) check(usage.get(i), i);
        return tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> UsageStore.insertUsage(c, usage)));
    }

    private static void check(UsageEntry u, int i) {
        String field = "usage[" + i + "]";
        if (u == null || u.type() == null || u.type() == SourceType.CDR || u.type() == SourceType.PERIOD) {
            throw PlatformException.invalid(field + ".type", "type must be MESSAGE, SEAT_INTERVAL or ORDER (calls go to /calls)");
        }
        if (u.startedAt() == null) throw PlatformException.invalid(field + ".startedAt", "every record needs its start instant");
        if (u.handler() == null) throw PlatformException.invalid(field + ".handler", "handler must be IN_HOUSE or AGENCY");
        switch (u.type()) {
            case MESSAGE -> {
                if (u.channel() == null || u.channel().isBlank()) throw PlatformException.invalid(field + ".channel", "a message needs its channel, e.g. sms");
                if (u.quantity() < 1 || u.seconds() != 0) throw PlatformException.invalid(field + ".quantity", "a message has 1 or more parts and no seconds");
            }
            case SEAT_INTERVAL -> {
                if (u.seconds() < 1 || u.quantity() != 0) throw PlatformException.invalid(field + ".seconds", "a seat interval has seconds and no quantity");
            }
            case ORDER -> {
                if (u.quantity() < 1 || u.seconds() != 0) throw PlatformException.invalid(field + ".quantity", "an order record has 1 or more orders and no seconds");
            }
            default -> throw new IllegalStateException(u.type().name());
        }
    }

    // ---- rating

    @Override
    public RatingReport rate(Caller caller, String tenant, YearMonth period) {
        guard.requireAgency(caller, "billing", "write", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        return rateAndAudit(caller, owner, period, (done, total) -> { });
    }

    @Override
    public JobView startRating(Caller caller, String tenant, YearMonth period) {
        guard.requireAgency(caller, "billing", "write", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        checkPeriod(period);
        priced(owner);
        return jobs.start(caller, owner, "billing.rate", period.toString(), progress -> rateAndAudit(caller, owner, period, progress::at));
    }

    @Override
    public JobView job(Caller caller, String jobId) {
        return jobs.get(caller, jobId);
    }

    private RatingReport rateAndAudit(Caller caller, Owner owner, YearMonth period, RatingRun.Progress progress) {
        checkPeriod(period);
        RatingReport report = rateIn(owner, priced(owner), period, caller.username(), progress);
        audit.record(caller, owner.slug(), "billing.rate", period.toString(), report.failures().isEmpty() ? AuditLog.OK : AuditLog.FAILED,
                report.records() + " records, " + report.inserted() + " new, " + report.updated() + " changed, " + report.adjusted() + " adjusted");
        return report;
    }

    private RatingReport rateIn(Owner owner, Priced priced, YearMonth period, String by, RatingRun.Progress progress) {
        var engine = plugins.rating().get();
        return tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c ->
                new RatingRun(c, owner.slug(), period, priced.plan, priced.costs, engine, by, progress).run()));
    }

    /** The tenant's plan, terms and cost table, as rating and invoicing need them. */
    private record Priced(RatePlan plan, TenantBilling terms, CostTable costs, Party customer) {
    }

    private Priced priced(Owner owner) {
        RatePlan plan = plans.byId(terms.planId(owner.tenantId()));
        if (plan == null) throw PlatformException.conflict("plan", "tenant " + owner.slug() + " has no rate plan; assign one first");
        TenantBilling t = terms.billing(owner.tenantId(), tenantName(owner));
        CostTable costs = costTables.byId(t.costTableId());
        List<String> address = t.billToAddress().isBlank() ? List.of() : Arrays.asList(t.billToAddress().split("\\R"));
        return new Priced(plan, t, costs, new Party(t.billToName(), address));
    }

    private String tenantName(Owner owner) {
        return control.tx(s -> (String) s.createNativeQuery("SELECT name FROM tenant WHERE id = :id").setParameter("id", owner.tenantId())
                .uniqueResult());
    }

    private static void checkPeriod(YearMonth period) {
        if (period == null) throw PlatformException.invalid("period", "period must be a month such as 2026-11");
    }

    @Override
    public List<ChargeSummary> summary(Caller caller, String tenant, YearMonth period) {
        Owner owner = owners.resolve(caller, tenant, "invoice", "read");
        checkPeriod(period);
        return tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> {
            List<ChargeSummary> rows = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT charge_type, COUNT(*), SUM(quantity), SUM(amount), currency FROM charge "
                    + "WHERE period = ? GROUP BY charge_type, currency ORDER BY charge_type")) {
                st.setString(1, period.toString());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ChargeSummary(rs.getString(1), rs.getLong(2), Decimals.trimmed(rs.getBigDecimal(3)),
                                Decimals.trimmed(rs.getBigDecimal(4)), rs.getString(5)));
                    }
                }
            }
            return rows;
        }));
    }

    @Override
    public Page<Charge> charges(Caller caller, String tenant, YearMonth period, String chargeType, int page, int size) {
        Owner owner = owners.resolve(caller, tenant, "invoice", "read");
        checkPeriod(period);
        Page.check(page, size);
        if (chargeType != null && Arrays.stream(ChargeType.values()).noneMatch(t -> t.name().equals(chargeType))) {
            throw PlatformException.invalid("type", "unknown charge type " + chargeType + "; one of " + Arrays.toString(ChargeType.values()));
        }
        return tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> {
            String where = " FROM charge WHERE period = ? AND charge_type = COALESCE(?, charge_type)";
            long total;
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*)" + where)) {
                st.setString(1, period.toString());
                st.setString(2, chargeType);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Charge> items = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT source_type, source_id, charge_type, quantity, unit, unit_price, priced_per, "
                    + "fees, minimum, amount, currency, plan_id, plan_version, rule" + where + " ORDER BY id LIMIT ? OFFSET ?")) {
                st.setString(1, period.toString());
                st.setString(2, chargeType);
                st.setInt(3, size);
                st.setLong(4, (long) page * size);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        items.add(new Charge(SourceType.valueOf(rs.getString(1)), rs.getString(2), owner.slug(), ChargeType.valueOf(rs.getString(3)),
                                Decimals.trimmed(rs.getBigDecimal(4)), QuantityUnit.valueOf(rs.getString(5)), Decimals.trimmed(rs.getBigDecimal(6)),
                                rs.getInt(7), Decimals.trimmed(rs.getBigDecimal(8)), Decimals.trimmed(rs.getBigDecimal(9)),
                                Decimals.trimmed(rs.getBigDecimal(10)), rs.getString(11), rs.getString(12), rs.getInt(13), rs.getString(14)));
                    }
                }
            }
            return new Page<>(items, page, size, total);
        }));
    }

    @Override
    public void closePeriod(Caller caller, String tenant, YearMonth period) {
        guard.requireAgency(caller, "billing", "write", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        checkPeriod(period);
        tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> {
            BillingPeriods.close(c, period.toString(), caller.username(), null);
            return null;
        }));
        audit.record(caller, tenant, "billing.period.close", period.toString(), AuditLog.OK, null);
    }

    // ---- invoices and credit notes

    @Override
    public InvoiceDocument previewInvoice(Caller caller, String tenant, YearMonth period) {
        Owner owner = owners.resolve(caller, tenant, "invoice", "read");
        checkPeriod(period);
        Priced p = priced(owner);
        return compose(owner, p, Kind.INVOICE, period.toString(), null, today(), null).document();
    }

    @Override
    public InvoiceDocument issueInvoice(Caller caller, String tenant, YearMonth period) {
        guard.requireAgency(caller, "billing", "write", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        checkPeriod(period);
        Priced p = priced(owner);
        String already = tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> BillingPeriods.invoiceNumber(c, period.toString())));
        if (already != null) {
            finishRegister(owner, p, already, period.toString());
            throw PlatformException.conflict("period", period + " is already invoiced as " + already
                    + "; to correct it, fix the rates, re-rate the period, then issue a credit note or let the next invoice carry the difference");
        }
        RatingReport rated = rateIn(owner, p, period, caller.username(), (done, total) -> { });
        if (!rated.failures().isEmpty()) {
            throw PlatformException.conflict("period", rated.failures().size() + " records of " + period + " cannot be priced (first: "
                    + rated.failures().get(0) + "); correct the rate plan, then issue the invoice");
        }
        return issue(caller, owner, p, Kind.INVOICE, period.toString(), null);
    }

    @Override
    public InvoiceDocument issueCreditNote(Caller caller, String tenant, YearMonth invoicedPeriod) {
        guard.requireAgency(caller, "billing", "write", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        checkPeriod(invoicedPeriod);
        Priced p = priced(owner);
        String invoiced = tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> BillingPeriods.invoiceNumber(c, invoicedPeriod.toString())));
        if (invoiced == null) {
            throw PlatformException.conflict("period", invoicedPeriod + " has no invoice yet: re-rating an open period corrects its charges directly");
        }
        rateIn(owner, p, invoicedPeriod, caller.username(), (done, total) -> { });
        return issue(caller, owner, p, Kind.CREDIT_NOTE, invoicedPeriod.toString(), invoiced);
    }

    /**
     * Composes (refusing before any number is taken when there is nothing to issue), takes the number,
     * then composes again and stores in one tenant transaction, and records the totals in the register.
     */
    private InvoiceDocument issue(Caller caller, Owner owner, Priced p, Kind kind, String period, String refersTo) {
        LocalDate today = today();
        InvoiceDrafts.Draft check = compose(owner, p, kind, period, refersTo, today, null);
        if (check.document().lines().isEmpty()) {
            throw PlatformException.conflict("period", "nothing to invoice for " + period + ": no charges and no open corrections");
        }
        String number = register.take(owner.tenantId(), kind, period, refersTo, p.plan.currency(), today.getYear(), caller.username());
        InvoiceDocument issued = tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> {
            InvoiceDocument earlier = InvoiceStore.find(c, number);
            if (earlier != null) return earlier; // stored by an attempt that stopped before the register was told
            InvoiceDrafts.Draft draft = draft(c, p, kind, period, refersTo, today, number);
            InvoiceStore.save(c, draft, caller.username());
            return draft.document();
        }));
        finishRegister(owner, p, issued);
        audit.record(caller, owner.slug(), kind == Kind.INVOICE ? "billing.invoice.issue" : "billing.creditnote.issue", number, AuditLog.OK,
                "period " + period + ", total " + issued.total().toPlainString() + " " + issued.currency());
        return issued;
    }

    private InvoiceDrafts.Draft compose(Owner owner, Priced p, Kind kind, String period, String refersTo, LocalDate today, String number) {
        return tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> draft(c, p, kind, period, refersTo, today, number)));
    }

    private InvoiceDrafts.Draft draft(Connection c, Priced p, Kind kind, String period, String refersTo, LocalDate today, String number)
            throws SQLException {
        return kind == Kind.INVOICE
                ? InvoiceDrafts.invoice(c, period, p.plan, p.terms, issuer, p.customer, today, number)
                : InvoiceDrafts.creditNote(c, period, refersTo, p.plan, p.terms, issuer, p.customer, today, number);
    }

    private void finishRegister(Owner owner, Priced p, String number, String period) {
        InvoiceDocument stored = tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> InvoiceStore.find(c, number)));
        if (stored != null) finishRegister(owner, p, stored);
    }

    private void finishRegister(Owner owner, Priced p, InvoiceDocument d) {
        BigDecimal cost = p.costs == null || d.kind() != Kind.INVOICE ? null
                : tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> BillingPeriods.costTotal(c, d.period())));
        register.issued(d.number(), d.subtotal(), d.total().subtract(d.subtotal()), d.total(), cost, cost == null ? null : p.costs.currency());
    }

    private LocalDate today() {
        return LocalDate.now(agencyZone);
    }

    @Override
    public List<RegisterEntry> invoices(Caller caller, String tenant) {
        Owner owner = owners.resolve(caller, tenant, "invoice", "read");
        return register.list(owner.tenantId(), caller.tenantSlug() == null);
    }

    @Override
    public List<RegisterEntry> register(Caller caller) {
        guard.requireAgency(caller, "billing", "read", null);
        return register.list(null, true);
    }

    @Override
    public InvoiceDocument invoice(Caller caller, String tenant, String number) {
        Owner owner = owners.resolve(caller, tenant, "invoice", "read");
        InvoiceDocument d = tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> InvoiceStore.find(c, number)));
        if (d == null) throw PlatformException.notFound("no invoice or credit note " + number + " for tenant " + tenant);
        return d;
    }

    @Override
    public void writeInvoicePdf(Caller caller, String tenant, String number, OutputStream out) {
        InvoiceDocument d = invoice(caller, tenant, number);
        try {
            plugins.invoices().get().pdf(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the PDF of " + number + " failed", e);
        }
    }

    @Override
    public void writeInvoiceDetail(Caller caller, String tenant, String number, TableWriter.Format format, OutputStream out) {
        Owner owner = owners.resolve(caller, tenant, "invoice", "read");
        if (format == null) throw PlatformException.invalid("format", "format must be CSV or XLSX");
        TableWriter writer = plugins.tables().get();
        tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> {
            long id = InvoiceStore.id(c, number);
            if (id == 0) throw PlatformException.notFound("no invoice or credit note " + number + " for tenant " + tenant);
            InvoiceDocument d = InvoiceStore.find(c, number);
            try (PreparedStatement st = c.prepareStatement("SELECT 'charge', source_type, source_id, period, charge_type, quantity, unit, "
                    + "unit_price, priced_per, fees, minimum, amount, currency, plan_id, plan_version, rule FROM charge WHERE period = ? AND ? "
                    + "UNION ALL SELECT 'correction', source_type, source_id, original_period, charge_type, NULL, NULL, NULL, NULL, NULL, NULL, "
                    + "amount, currency, NULL, NULL, rule FROM charge_adjustment WHERE settled_by_invoice = ?")) {
                st.setFetchSize(1000);
                st.setString(1, d.period());
                st.setBoolean(2, d.kind() == Kind.INVOICE);
                st.setLong(3, id);
                try (ResultSet rs = st.executeQuery()) {
                    writer.write(format, number, DETAIL_HEADERS, new ResultRows(rs, DETAIL_HEADERS.size()), out);
                } catch (IOException e) {
                    throw new UncheckedIOException("writing the detail of " + number + " failed", e);
                }
            }
            return null;
        }));
    }

    /** Inserting calls and other usage, one statement per record so each gets its id back. */
    static final class UsageStore {
        private UsageStore() {
        }

        static List<Long> insertCalls(Connection c, List<CallRecord> calls) throws SQLException {
            List<Long> ids = new ArrayList<>(calls.size());
            try (PreparedStatement st = c.prepareStatement("INSERT INTO cdr (started_at, talk_seconds, destination, handler, trunk, "
                    + "campaign_key, agent_username, result) VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                for (CallRecord call : calls) {
                    st.setTimestamp(1, Timestamp.from(call.startedAt()));
                    st.setInt(2, call.talkSeconds());
                    st.setString(3, call.destination());
                    st.setString(4, call.handler().name());
                    st.setString(5, call.trunk());
                    st.setString(6, call.campaign());
                    st.setString(7, call.agent());
                    st.setString(8, call.result());
                    ids.add(insert(st));
                }
            }
            return ids;
        }

        static List<Long> insertUsage(Connection c, List<UsageEntry> usage) throws SQLException {
            List<Long> ids = new ArrayList<>(usage.size());
            try (PreparedStatement st = c.prepareStatement("INSERT INTO usage_record (source_type, started_at, seconds, quantity, channel, "
                    + "handler, campaign_key, agent_username, reference) VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                for (UsageEntry u : usage) {
                    st.setString(1, u.type().name());
                    st.setTimestamp(2, Timestamp.from(u.startedAt()));
                    st.setLong(3, u.seconds());
                    st.setLong(4, u.quantity());
                    st.setString(5, u.channel() == null ? null : u.channel().toLowerCase(java.util.Locale.ROOT));
                    st.setString(6, u.handler().name());
                    st.setString(7, u.campaign());
                    st.setString(8, u.agent());
                    st.setString(9, u.reference());
                    ids.add(insert(st));
                }
            }
            return ids;
        }

        private static long insert(PreparedStatement st) throws SQLException {
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
