package io.bpohub.api.contacts;

import java.util.List;

/**
 * What a do-not-call import did. {@code rowsRead = added + alreadyListed + invalid}.
 *
 * @param invalidExamples up to 100 of the invalid rows, as "row N: cell: why"
 */
public record DncImportResult(long rowsRead, long added, long alreadyListed, long invalid, List<String> invalidExamples) {
    public DncImportResult {
        if (added < 0 || alreadyListed < 0 || invalid < 0 || added + alreadyListed + invalid != rowsRead) {
            throw new IllegalArgumentException("do-not-call counts do not add up: " + rowsRead + " read");
        }
        invalidExamples = invalidExamples == null ? List.of() : List.copyOf(invalidExamples);
    }
}
