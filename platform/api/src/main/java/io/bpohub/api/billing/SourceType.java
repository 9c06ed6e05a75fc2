package io.bpohub.api.billing;

/** The kind of record a charge comes from; with the source id it identifies the record. */
public enum SourceType { CDR, MESSAGE, SEAT_INTERVAL, ORDER }
