package io.bpohub.core.billing;

import io.bpohub.core.db.Decimals;
import io.bpohub.core.db.ControlDb;
import io.bpohub.platform.services.TenantBilling;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/** Per tenant, in the control database: the rate plan it is billed by, and its invoicing terms. */
final class TenantTerms {
    private final ControlDb control;

    TenantTerms(ControlDb control) {
        this.control = control;
    }

    /** The id of the tenant's rate plan, or null when none is assigned. */
    String planId(long tenantId) {
        return control.tx(s -> (String) s.createNativeQuery("SELECT rate_plan_id FROM tenant_rate_plan WHERE tenant_id = :t")
                .setParameter("t", tenantId).uniqueResult());
    }

    void assignPlan(long tenantId, String planId, String by) {
        control.run(s -> s.doWork(c -> {
            try (var st = c.prepareStatement("INSERT INTO tenant_rate_plan (tenant_id, rate_plan_id, assigned_at, assigned_by) "
                    + "VALUES (?,?,?,?) ON DUPLICATE KEY UPDATE rate_plan_id = VALUES(rate_plan_id), assigned_at = VALUES(assigned_at), "
                    + "assigned_by = VALUES(assigned_by)")) {
                st.setLong(1, tenantId);
                st.setString(2, planId);
                st.setTimestamp(3, Timestamp.from(Instant.now()));
                st.setString(4, by);
                st.executeUpdate();
            }
        }));
    }

    /** The tenant's terms, or the defaults (billed under its own name, no tax, 30 days) when none are set. */
    TenantBilling billing(long tenantId, String tenantName) {
        TenantBilling[] found = {null};
        control.run(s -> s.doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT bill_to_name, bill_to_address, tax_name, tax_rate, payment_days, "
                    + "cost_table_id FROM tenant_billing WHERE tenant_id = ?")) {
                st.setLong(1, tenantId);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        found[0] = new TenantBilling(rs.getString(1), rs.getString(2), rs.getString(3),
                                Decimals.trimmed(rs.getBigDecimal(4)), rs.getInt(5), rs.getString(6));
                    }
                }
            }
        }));
        return found[0] != null ? found[0] : new TenantBilling(tenantName, "", null, BigDecimal.ZERO, 30, null);
    }

    void saveBilling(long tenantId, TenantBilling b, String by) {
        control.run(s -> s.doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO tenant_billing (tenant_id, bill_to_name, bill_to_address, tax_name, "
                    + "tax_rate, payment_days, cost_table_id, changed_at, changed_by) VALUES (?,?,?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE "
                    + "bill_to_name = VALUES(bill_to_name), bill_to_address = VALUES(bill_to_address), tax_name = VALUES(tax_name), "
                    + "tax_rate = VALUES(tax_rate), payment_days = VALUES(payment_days), cost_table_id = VALUES(cost_table_id), "
                    + "changed_at = VALUES(changed_at), changed_by = VALUES(changed_by)")) {
                st.setLong(1, tenantId);
                st.setString(2, b.billToName());
                st.setString(3, b.billToAddress() == null ? "" : b.billToAddress());
                st.setString(4, b.taxName());
                st.setBigDecimal(5, b.taxRate());
                st.setInt(6, b.paymentDays());
                st.setString(7, b.costTableId());
                st.setTimestamp(8, Timestamp.from(Instant.now()));
                st.setString(9, by);
                st.executeUpdate();
            }
        }));
    }
}
