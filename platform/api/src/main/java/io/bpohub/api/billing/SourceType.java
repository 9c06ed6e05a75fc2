package io.bpohub.api.billing;

/**
 * The kind of record a charge comes from; with the source id it identifies the record. {@code PERIOD}
 * is a billing month itself (source id "2026-11"), the source of the monthly platform fee.
 */
public enum SourceType { CDR, MESSAGE, SEAT_INTERVAL, ORDER, PERIOD }
