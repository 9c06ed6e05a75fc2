package io.bpohub.contactimport;

import io.bpohub.api.contacts.RejectReason;

/** What one data row became. */
final class Rows {
    private Rows() {
    }

    /** An accepted row, as it is written to {@code contact}. */
    static final class Accepted {
        long row;
        String name;
        String phone;
        String e164;
        String altPhone;
        String altE164;
        String externalId;
        String email;
        String address;
        String city;
        String region;
        String timeZone;
        String customJson;
    }

    /** A rejected row, as it is written to {@code contact_import_reject}. */
    static final class Rejected {
        final long row;
        final RejectReason reason;
        final String detail;
        final String e164;
        final String rawJson;

        Rejected(long row, RejectReason reason, String detail, String e164, String rawJson) {
            this.row = row;
            this.reason = reason;
            this.detail = detail.length() > 500 ? detail.substring(0, 497) + "..." : detail;
            this.e164 = e164;
            this.rawJson = rawJson;
        }
    }
}
