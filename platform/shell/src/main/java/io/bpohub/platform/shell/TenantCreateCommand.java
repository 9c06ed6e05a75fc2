package io.bpohub.platform.shell;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.TenantView;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "bpo", name = "tenant-create", description = "Onboards a client company as a new tenant",
        detailedDescription = "Creates the tenant account and provisions its database. Options go before the "
                + "arguments, e.g. bpo:tenant-create --time-zone Asia/Manila --locale en-PH --currency PHP "
                + "--mode HYBRID acme \"Acme Corp\"")
@Service
public class TenantCreateCommand extends TenantCommand {
    @Argument(index = 0, name = "slug", description = "Short id used in URLs and database names, e.g. acme", required = true)
    String slug;

    @Argument(index = 1, name = "name", description = "Company name (quote it when it has spaces)", required = true)
    String name;

    @Option(name = "--time-zone", aliases = "-z", description = "IANA time zone of the client's business hours, e.g. Asia/Manila", required = true)
    String timeZone;

    @Option(name = "--locale", aliases = "-l", description = "Locale, e.g. en-US", required = true)
    String locale;

    @Option(name = "--currency", aliases = "-c", description = "ISO 4217 currency code, e.g. USD", required = true)
    String currency;

    @Option(name = "--mode", aliases = "-m", description = "Who staffs the work: IN_HOUSE, OUTSOURCED or HYBRID", required = true)
    @Completion(value = StringsCompleter.class, values = {"IN_HOUSE", "OUTSOURCED", "HYBRID"})
    String mode;

    @Override
    protected void run(Caller caller) {
        OperatingMode operatingMode = Format.parseEnum(OperatingMode.class, mode, "mode");
        TenantView t = tenantService.create(caller,
                new NewTenant(slug, name, timeZone, locale, currency, operatingMode));
        print("Tenant " + t.slug() + " created.", t);
    }
}
