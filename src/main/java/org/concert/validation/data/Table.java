package org.concert.validation.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One CSV file of a data set read row by row; a bad cell is reported with file, line and column. */
final class Table {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final DataSet set;
    private final Path file;
    private CSVRecord current;

    private Table(DataSet set, Path file) {
        this.set = set;
        this.file = file;
    }

    /** Reads every row of {@code set} in {@code dir} with {@code read}; a row for which it returns null is skipped. */
    static <T> List<T> read(Path dir, DataSet set, Function<Table, T> read) {
        Table t = new Table(set, dir.resolve(set.file()));
        List<T> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(t.file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(in)) {
            for (CSVRecord r : parser) {
                t.current = r;
                T row = read.apply(t);
                if (row != null) rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + t.file + ": " + e.getMessage(), e);
        }
        return List.copyOf(rows);
    }

    /** The line of the current row in the file; line 1 is the header (no field spans lines in these files). */
    int line() {
        return (int) current.getRecordNumber() + 1;
    }

    String text(String column) {
        return current.get(column);
    }

    /** An integer cell; {@code NA} and empty cells are null. */
    Integer integer(String column) {
        String v = current.get(column).trim();
        if (v.isEmpty() || v.equals("NA")) return null;
        try {
            return (int) Math.round(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + line() + ": column " + column + ": \"" + v + "\" is not a number");
        }
    }

    int required(String column) {
        Integer v = integer(column);
        if (v == null) throw new IllegalArgumentException(file + ":" + line() + ": column " + column + " is empty");
        return v;
    }

    Double decimal(String column) {
        String v = current.get(column).trim();
        if (v.isEmpty() || v.equals("NA")) return null;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + line() + ": column " + column + ": \"" + v + "\" is not a number");
        }
    }

    DataSet set() {
        return set;
    }
}
