package io.bpohub.api.contacts;

/**
 * A do-not-call file to add to a list.
 *
 * @param source        where the numbers came from (recorded per number, e.g. "national registry 2026-11")
 * @param charset       as in {@link ImportRequest#charset()}
 * @param defaultRegion as in {@link ImportRequest#defaultRegion()}
 * @param mapping       must map the PHONE column; other columns are ignored
 */
public record DncImportRequest(String source, FileFormat format, String charset, String defaultRegion,
                               ColumnMapping mapping, String addedBy) {
    public DncImportRequest {
        if (source == null || source.isBlank() || source.length() > 200) throw new IllegalArgumentException("a source is 1 to 200 characters");
        if (format == null) throw new IllegalArgumentException("a do-not-call import needs a file format");
        charset = ImportRequest.checkCharset(charset);
        defaultRegion = ImportRequest.checkRegion(defaultRegion);
        if (mapping == null) throw new IllegalArgumentException("a do-not-call import needs a column mapping");
        if (addedBy == null || addedBy.isBlank() || addedBy.length() > 64) throw new IllegalArgumentException("who adds the numbers is required");
    }
}
