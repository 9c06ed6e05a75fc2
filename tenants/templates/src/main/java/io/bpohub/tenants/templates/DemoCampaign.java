package io.bpohub.tenants.templates;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignService;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ContactImportService;
import io.bpohub.platform.services.DialingWindow;
import io.bpohub.platform.services.ImportStart;
import io.bpohub.platform.services.Offer;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.UploadView;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The demo's outbound campaign: acme's "demo-dialing", open all day so that the demo dials at any hour, with 60
 * contacts imported through the contact import as a real list would be. A supervisor starts it from the console's
 * Dialing board and an agent takes its calls at the Desk, on the simulated network.
 */
final class DemoCampaign {
    static final String KEY = "demo-dialing";
    private static final int CONTACTS = 60;

    private DemoCampaign() {
    }

    /** Seeds the campaign once (an installation seeded before dialing existed gets it too). */
    static void seed(CampaignService campaigns, ContactImportService imports, Caller op) {
        try {
            campaigns.get(op, "acme", KEY);
            return;
        } catch (PlatformException e) {
            if (e.kind() != PlatformException.Kind.NOT_FOUND) throw e;
        }
        campaigns.create(op, "acme", KEY, new CampaignSpec("Water filter spring offer", CampaignKind.OUTBOUND_SALES,
                new Offer("Water filter", List.of(new BigDecimal("199.00"), new BigDecimal("299.00")), "CNY", "a filter and a year of cartridges"),
                LocalDate.now(ZoneOffset.UTC).minusDays(1), null, List.of(new DialingWindow(LocalTime.MIN, LocalTime.of(23, 59))), List.of(),
                null, null, null, null));
        StringBuilder csv = new StringBuilder("姓名,电话,城市\n");
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        String[] cities = {"上海", "北京", "广州", "深圳", "杭州"};
        for (int i = 0; i < CONTACTS; i++) {
            csv.append(surnames[i % surnames.length]).append("先生").append(i + 1).append(',')
                    .append(String.format("139 %04d %04d", 2000 + i, 1000 + i * 7)).append(',').append(cities[i % cities.length]).append('\n');
        }
        UploadView upload = imports.upload(op, "acme", "demo-leads.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        imports.start(op, "acme", KEY, new ImportStart(upload.id(), null, null, new ColumnMapping(true, List.of(
                ColumnMapping.Column.header("姓名", ContactField.NAME), ColumnMapping.Column.header("电话", ContactField.PHONE),
                ColumnMapping.Column.header("城市", ContactField.CITY))), null, "demo leads", false));
    }
}
