package io.bpohub.core.followup;

import io.bpohub.core.access.DataScopes;
import io.bpohub.core.access.Guard;
import io.bpohub.core.access.Keys;
import io.bpohub.core.access.ScopedContacts;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.db.Timestamps;
import io.bpohub.core.model.ContactRecord;
import io.bpohub.core.model.MaterialRequestRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.MaterialChannel;
import io.bpohub.platform.services.MaterialRequestService;
import io.bpohub.platform.services.MaterialRequestView;
import io.bpohub.platform.services.MaterialState;
import io.bpohub.platform.services.NewMaterialRequest;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Phone–mail–phone requests in the tenant's database. The request is what is stored: channels will
 * send it and move it to SENT or FAILED; the follow-up time is kept on the request for the campaign
 * workflow to schedule the contact's next call.
 */
public final class MaterialRequestServiceImpl implements MaterialRequestService {
    /** A follow-up further out than this is a new campaign, not a P-M-P follow-up. */
    static final Duration MAX_FOLLOW_UP = Duration.ofDays(90);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 ()-]{4,30}");

    private final TenantSessions tenantSessions;
    private final Guard guard;
    private final AuditLog audit;
    private final ScopedContacts contacts;

    public MaterialRequestServiceImpl(TenantSessions tenantSessions, Guard guard, AuditLog audit) {
        this.tenantSessions = tenantSessions;
        this.guard = guard;
        this.audit = audit;
        this.contacts = new ScopedContacts(audit);
    }

    @Override
    public MaterialRequestView request(Caller caller, String tenant, NewMaterialRequest request) {
        guard.require(caller, tenant, "material", "write", tenant + " material requests");
        if (request == null) throw PlatformException.invalid(null, "send a request: contactId, channel, material, address, followUpAt");
        if (request.channel() == null) throw PlatformException.invalid("channel", "channel is required: MAIL, EMAIL, FAX or SMS");
        if (request.material() == null || request.material().isBlank() || request.material().length() > 200) {
            throw PlatformException.invalid("material", "material must be 1 to 200 characters (the brochure, price list ... to send)");
        }
        String address = address(request.channel(), request.address());
        Instant now = Timestamps.now();
        if (request.followUpAt() == null || !request.followUpAt().isAfter(now) || request.followUpAt().isAfter(now.plus(MAX_FOLLOW_UP))) {
            throw PlatformException.invalid("followUpAt", "followUpAt must be in the future and within " + MAX_FOLLOW_UP.toDays() + " days");
        }
        String campaign = Keys.campaign(request.campaignKey());
        String note = Keys.note(request.note(), "note", 1000);
        MaterialRequestView saved = tenantSessions.inTenant(tenant, s -> {
            ContactRecord contact = contacts.require(s, caller, tenant, request.contactId(), "material.write");
            DataScopes.Position at = DataScopes.position(caller, contact.departmentId, contact.teamId);
            MaterialRequestRecord r = new MaterialRequestRecord();
            r.contactId = contact.id;
            r.campaignKey = campaign;
            r.channel = request.channel();
            r.material = request.material().trim();
            r.address = address;
            r.state = MaterialState.REQUESTED;
            r.followUpAt = request.followUpAt();
            r.note = note;
            r.requestedBy = caller.username();
            r.departmentId = at.departmentId();
            r.teamId = at.teamId();
            r.createdAt = now;
            s.persist(r);
            s.flush();
            return view(r);
        });
        audit.record(caller, tenant, "material.request", String.valueOf(saved.id()), AuditLog.OK,
                saved.channel() + " " + saved.material() + " for contact " + saved.contactId() + ", follow-up " + saved.followUpAt());
        return saved;
    }

    @Override
    public Page<MaterialRequestView> requests(Caller caller, String tenant, MaterialState state, int page, int size) {
        guard.require(caller, tenant, "material", "read", tenant + " material requests");
        Page.check(page, size);
        DataScopes.Filter scope = DataScopes.filter(caller, "m", "requestedBy");
        return tenantSessions.inTenant(tenant, s -> scope.page(s, MaterialRequestRecord.class, "state", state, "m.followUpAt, m.id",
                page, size, MaterialRequestServiceImpl::view));
    }

    @Override
    public MaterialRequestView get(Caller caller, String tenant, long id) {
        guard.require(caller, tenant, "material", "read", "material request " + id);
        return tenantSessions.inTenant(tenant, s -> {
            MaterialRequestRecord r = s.get(MaterialRequestRecord.class, id);
            if (r == null) throw PlatformException.notFound("no material request " + id + " in tenant " + tenant);
            if (!DataScopes.sees(caller, r.departmentId, r.teamId, r.requestedBy)) {
                throw audit.refuse(caller, tenant, "material.read", "material request " + id,
                        "material request " + id + " is outside your part of the tree");
            }
            return view(r);
        });
    }

    /** The address must fit the channel: a postal address, an e-mail address, or a number. */
    static String address(MaterialChannel channel, String address) {
        String a = address == null ? "" : address.trim();
        boolean ok = switch (channel) {
            case MAIL -> a.length() >= 5 && a.length() <= 500;
            case EMAIL -> a.length() <= 254 && EMAIL.matcher(a).matches();
            case FAX, SMS -> NUMBER.matcher(a).matches();
        };
        if (!ok) {
            throw PlatformException.invalid("address", switch (channel) {
                case MAIL -> "address must be the postal address (5 to 500 characters)";
                case EMAIL -> "address must be an e-mail address such as buyer@example.com";
                case FAX, SMS -> "address must be a number such as +86 21 5555 0100 for " + channel;
            });
        }
        return a;
    }

    private static MaterialRequestView view(MaterialRequestRecord r) {
        return new MaterialRequestView(r.id, r.contactId, r.campaignKey, r.channel, r.material, r.address, r.state, r.followUpAt, r.note,
                r.requestedBy, r.departmentId, r.teamId, r.createdAt);
    }
}
