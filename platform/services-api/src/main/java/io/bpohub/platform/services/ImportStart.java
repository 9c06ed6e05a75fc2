package io.bpohub.platform.services;

import io.bpohub.api.contacts.ColumnMapping;

/**
 * What to import into a campaign.
 *
 * @param uploadId      the {@link UploadView#id()} of the file
 * @param fileName      the name shown for the import (default: the upload's name)
 * @param charset       a CSV file's character set, or null / {@code AUTO} to detect UTF-8 versus GB18030
 * @param mapping       the column mapping; or null to use the saved mapping {@code mappingName}
 * @param mappingName   a saved mapping's name, used when {@code mapping} is null
 * @param saveMappingAs when not null, the mapping is also saved under this name for the next file
 * @param strictColumns whether a row of the wrong width makes the whole file malformed (else only that row is rejected)
 */
public record ImportStart(String uploadId, String fileName, String charset, ColumnMapping mapping, String mappingName,
                         String saveMappingAs, boolean strictColumns) {
}
