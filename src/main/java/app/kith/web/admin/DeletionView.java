package app.kith.web.admin;

/** The confirm step of deleting an account: its email, and what was wrong with what was typed. */
public record DeletionView(String email, String error) {
}
