package io.bpohub.core;

import io.bpohub.api.billing.RatingService;
import io.bpohub.api.contacts.ContactImporter;
import io.bpohub.api.contacts.DoNotCallRegistry;
import io.bpohub.api.dialer.Dialer;
import io.bpohub.api.routing.RoutingService;
import io.bpohub.api.telephony.TelephonyGateway;
import io.bpohub.api.documents.InvoiceRenderer;
import io.bpohub.api.documents.TableWriter;
import io.bpohub.platform.services.PlatformException;
import java.util.function.Supplier;

/**
 * The hot-deployable services the core calls into, each looked up at the moment of use (and waited
 * for while its bundle is being redeployed). A missing one answers UNAVAILABLE naming the feature
 * to install.
 */
public record Plugins(Supplier<RatingService> rating, Supplier<InvoiceRenderer> invoices, Supplier<TableWriter> tables,
                      Supplier<ContactImporter> importer, Supplier<DoNotCallRegistry> doNotCall, Supplier<Dialer> dialer,
                      Supplier<TelephonyGateway> telephony, Supplier<RoutingService> routing) {
    public static Plugins none() {
        return new Plugins(missing("bpohub-billing"), missing("bpohub-documents"), missing("bpohub-documents"),
                missing("bpohub-contact-import"), missing("bpohub-contact-import"), missing("bpohub-dialer"), missing("bpohub-telephony-sim"),
                missing("bpohub-routing"));
    }

    public Plugins withRating(Supplier<RatingService> engine) {
        return new Plugins(engine, invoices, tables, importer, doNotCall, dialer, telephony, routing);
    }

    public Plugins withDocuments(Supplier<InvoiceRenderer> renderer, Supplier<TableWriter> writer) {
        return new Plugins(rating, renderer, writer, importer, doNotCall, dialer, telephony, routing);
    }

    public Plugins withContactImport(Supplier<ContactImporter> engine, Supplier<DoNotCallRegistry> registry) {
        return new Plugins(rating, invoices, tables, engine, registry, dialer, telephony, routing);
    }

    public Plugins withDialing(Supplier<Dialer> engine, Supplier<TelephonyGateway> gateway) {
        return new Plugins(rating, invoices, tables, importer, doNotCall, engine, gateway, routing);
    }

    public Plugins withRouting(Supplier<RoutingService> decisions) {
        return new Plugins(rating, invoices, tables, importer, doNotCall, dialer, telephony, decisions);
    }

    public static <T> Supplier<T> missing(String feature) {
        return () -> {
            throw new PlatformException(PlatformException.Kind.UNAVAILABLE, null,
                    "the " + feature + " bundle is not deployed; install the " + feature + " feature and retry");
        };
    }
}
