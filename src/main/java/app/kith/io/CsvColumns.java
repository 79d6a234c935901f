package app.kith.io;

import java.util.List;

/** A CSV file's columns, as its header line names them, and the fields of Kith they can fill. */
public record CsvColumns(List<String> header, List<String> fields) {
}
