package io.bpohub.contactimport;

/** The file is not readable as its format at one place: the whole import fails and applies nothing. */
final class MalformedFileException extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;
    /** 0-based column at fault, or -1 when not known. */
    final int column;
    /** The field by name when the mapping names it (a missing header), else null. */
    final String field;
    /** The file's first record when the error was found past it (names the field when no header was read yet). */
    java.util.List<String> firstRecord = java.util.List.of();

    MalformedFileException(String message, long line, int column, Throwable cause) {
        this(message, line, column, null, cause);
    }

    MalformedFileException(String message, long line, int column, String field, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
        this.field = field;
    }
}
