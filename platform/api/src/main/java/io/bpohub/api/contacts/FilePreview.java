package io.bpohub.api.contacts;

import java.util.List;

/**
 * The first rows of a file as read, for the user to choose a column mapping.
 *
 * @param charset the character set a CSV file would be read with (detected or given); null for XLSX
 * @param rows    the first rows (the header row included when there is one), each cell as text
 */
public record FilePreview(FileFormat format, String charset, List<List<String>> rows) {
    public FilePreview {
        if (format == null) throw new IllegalArgumentException("a preview needs its format");
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }
}
