package io.bpohub.platform.services;

import io.bpohub.api.contacts.ColumnMapping;
import java.time.Instant;

/** A column mapping saved under a name in a tenant, for files of the same shape. */
public record SavedMapping(String name, ColumnMapping mapping, String savedBy, Instant savedAt) {
}
