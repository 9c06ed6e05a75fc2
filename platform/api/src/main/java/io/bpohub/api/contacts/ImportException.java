package io.bpohub.api.contacts;

/**
 * An import that cannot go on. Either the file is malformed (an unterminated quoted field, bytes that
 * are not text in its character set, a row of the wrong width under strict columns, a damaged
 * workbook): then the import is {@link ImportState#FAILED} and nothing of it was applied, and the
 * message names the line and the field. Or it was stopped (its listener threw, the file on resume is
 * not the one imported): then it stays {@link ImportState#RUNNING} and can be resumed.
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long importId;
    private final long line;
    private final String field;
    private final boolean resumable;

    /**
     * @param importId  the import (0 when none was recorded yet)
     * @param line      the physical line of a CSV file or the row of a worksheet (1-based), or 0 when not about a line
     * @param field     the column at fault, by header name or position, or null
     * @param resumable whether the import is still {@link ImportState#RUNNING}
     */
    public ImportException(String message, long importId, long line, String field, boolean resumable, Throwable cause) {
        super(message, cause);
        this.importId = importId;
        this.line = line;
        this.field = field;
        this.resumable = resumable;
    }

    public long importId() {
        return importId;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    public boolean resumable() {
        return resumable;
    }
}
