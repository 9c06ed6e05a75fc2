package io.bpohub.core.tenancy;

import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.PlatformException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a new tenant's fields must look like; each failure names the field and how to fix it. */
public final class TenantRules {
    static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,30}[a-z0-9]");

    private TenantRules() {
    }

    public static void check(NewTenant t) {
        if (t == null) throw PlatformException.invalid(null, "send a JSON body with slug, name, timeZone, locale, currency, operatingMode");
        checkSlug(t.slug());
        if (t.name() == null || t.name().isBlank() || t.name().length() > 200) {
            throw PlatformException.invalid("name", "name is the company's name, 1 to 200 characters");
        }
        try {
            if (t.timeZone() == null) throw new DateTimeException("missing");
            ZoneId.of(t.timeZone());
        } catch (DateTimeException e) {
            throw PlatformException.invalid("timeZone", "timeZone must be an IANA time zone such as Asia/Shanghai or America/New_York");
        }
        try {
            if (t.locale() == null || new Locale.Builder().setLanguageTag(t.locale().replace('_', '-')).build().getLanguage().isEmpty()) {
                throw new IllformedLocaleException("missing");
            }
        } catch (IllformedLocaleException e) {
            throw PlatformException.invalid("locale", "locale must be a language tag such as zh-CN or en-US");
        }
        try {
            if (t.currency() == null) throw new IllegalArgumentException("missing");
            Currency.getInstance(t.currency());
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("currency", "currency must be an ISO 4217 code such as CNY, USD or EUR");
        }
        if (t.operatingMode() == null) {
            throw PlatformException.invalid("operatingMode", "operatingMode must be IN_HOUSE, OUTSOURCED or HYBRID");
        }
    }

    public static void checkSlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw PlatformException.invalid("slug", "slug must be 2-32 characters: lower-case letters, digits and hyphens, starting with a letter");
        }
        if (OrgService.AGENCY.equals(slug)) {
            throw PlatformException.invalid("slug", "'agency' is reserved for the agency's own organisation; choose another slug");
        }
    }
}
