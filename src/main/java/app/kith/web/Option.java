package app.kith.web;

/** One choice of a select or a group of checkboxes: the value sent, the words shown. */
public record Option(String value, String label) implements java.io.Serializable {
}
