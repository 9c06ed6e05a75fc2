package io.bpohub.contactimport;

/** Receives the rows of a file in order. */
@FunctionalInterface
interface RowSink {
    /**
     * @param row   the row number as a spreadsheet shows it (1 = first row, the header if there is one)
     * @param line  the physical line the row starts on (CSV; for XLSX the row number)
     * @param cells the cells as read (not trimmed); may be shorter than the header row
     */
    void row(long row, long line, String[] cells) throws Exception;
}
