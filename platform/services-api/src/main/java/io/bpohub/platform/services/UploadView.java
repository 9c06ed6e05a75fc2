package io.bpohub.platform.services;

import io.bpohub.api.contacts.FilePreview;
import java.time.Instant;

/**
 * A file uploaded for an import, kept on the server under its SHA-256 until the imports that read it have
 * finished (a resumed import reads the same bytes).
 *
 * @param id      the upload's id (its SHA-256, hex): what an import or a do-not-call import names
 * @param preview the first rows as read with the detected character set, for choosing a mapping
 */
public record UploadView(String id, String tenant, String fileName, long bytes, FilePreview preview, Instant uploadedAt) {
}
