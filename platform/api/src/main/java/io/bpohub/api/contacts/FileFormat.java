package io.bpohub.api.contacts;

/** File formats an import reads. */
public enum FileFormat {
    /** Comma-separated, RFC 4180 quoting (fields may contain commas, quotes and line breaks). */
    CSV,
    /** Excel 2007+ workbook; the first worksheet is read, streaming. */
    XLSX
}
