package io.bpohub.api.contacts;

import java.util.List;

/**
 * One row an import did not add, with why: a row of the downloadable rejects file.
 *
 * @param row       the row's number as a spreadsheet shows it (the header is row 1, the first data row 2;
 *                  for CSV this is the record number, which differs from the line when cells hold line breaks)
 * @param detail    readable, e.g. "same number as row 17" or "+86 123: not a valid number in CN"
 * @param phoneE164 the normalised number when there is one (duplicates, do-not-call), else null
 * @param values    every cell of the row as read, in file order
 */
public record ImportReject(long importId, long row, RejectReason reason, String detail, String phoneE164, List<String> values) {
    public ImportReject {
        if (row < 1 || reason == null || detail == null) throw new IllegalArgumentException("incomplete reject of import " + importId);
        values = values == null ? List.of() : List.copyOf(values);
    }
}
