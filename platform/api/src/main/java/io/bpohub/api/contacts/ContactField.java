package io.bpohub.api.contacts;

/** Where a source column goes in a contact. */
public enum ContactField {
    /** The client's own id of the contact (kept, not interpreted). */
    EXTERNAL_ID,
    NAME,
    /** The number to dial: required, normalised to E.164; rows without a valid one are rejected. */
    PHONE,
    /** A second number: normalised when valid, kept as written otherwise; never a reason to reject. */
    ALT_PHONE,
    EMAIL,
    /** A postal address; also used to find the contact's time zone when a city in it is known. */
    ADDRESS,
    /** The contact's city; used to find its time zone. */
    CITY,
    /**
     * The contact's country as an ISO 3166-1 alpha-2 code ({@code US}); numbers written in national
     * format on this row are read as numbers of that country instead of the import's default region.
     */
    REGION_HINT,
    /** Any other column, kept under the mapping's custom name. */
    CUSTOM
}
