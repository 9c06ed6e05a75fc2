package io.bpohub.contactimport;

/** A file read row by row, streaming (never the whole file in memory). */
interface RowSource {
    /**
     * Sends every row to {@code sink}. Exceptions of the sink pass through unchanged.
     *
     * @throws MalformedFileException when the file cannot be read as its format
     */
    void read(RowSink sink) throws Exception;

    /** Bytes consumed so far (CSV: of the file; XLSX: of the worksheet XML). */
    long bytesRead();

    /** What {@link #bytesRead()} counts toward, or -1 when unknown. */
    long bytesTotal();

    /** Column name for messages: a letter for spreadsheets ("C"), a position for CSV ("3"). */
    String columnLabel(int index);
}
