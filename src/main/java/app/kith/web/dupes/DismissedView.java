package app.kith.web.dupes;

/** Two people just said to be two people, in their pair's place, with the way back. */
public record DismissedView(String slot, long keepId, String keepName, long otherId, String otherName) implements java.io.Serializable {
}
