package io.bpohub.core.db;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A result set as rows of cells, read as a table writer pulls them (nothing is held in memory):
 * decimals without trailing zeros or exponents, timestamps as instants. Counts the rows it gave.
 */
public final class ResultRows implements Iterator<List<Object>> {
    private final ResultSet rs;
    private final int columns;
    private Boolean ahead;
    private long count;

    public ResultRows(ResultSet rs, int columns) {
        this.rs = rs;
        this.columns = columns;
    }

    @Override
    public boolean hasNext() {
        try {
            if (ahead == null) ahead = rs.next();
            return ahead;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the rows failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Object> next() {
        if (!hasNext()) throw new NoSuchElementException();
        ahead = null;
        count++;
        try {
            List<Object> row = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                Object v = rs.getObject(i);
                if (v instanceof BigDecimal b) {
                    v = Decimals.trimmed(b);
                } else if (v instanceof Timestamp t) {
                    v = t.toInstant();
                } else if (v instanceof java.time.LocalDateTime t) {
                    v = Timestamp.valueOf(t).toInstant();
                }
                row.add(v);
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the rows failed: " + e.getMessage(), e);
        }
    }

    public long count() {
        return count;
    }
}
