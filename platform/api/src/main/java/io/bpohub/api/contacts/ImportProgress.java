package io.bpohub.api.contacts;

/**
 * How far a running import is, as committed: these rows are durable when the listener hears of them.
 *
 * @param rowsRead   data rows read (the header row is not counted)
 * @param bytesRead  bytes of the source read so far (for XLSX: of the worksheet's XML)
 * @param bytesTotal the size those bytes count toward, or -1 when unknown
 */
public record ImportProgress(long importId, long rowsRead, long accepted, long rejected, long bytesRead, long bytesTotal) {
    public ImportProgress {
        if (rowsRead < 0 || accepted < 0 || rejected < 0 || accepted + rejected != rowsRead) {
            throw new IllegalArgumentException("inconsistent progress: " + rowsRead + " read, " + accepted + " accepted, " + rejected + " rejected");
        }
    }
}
