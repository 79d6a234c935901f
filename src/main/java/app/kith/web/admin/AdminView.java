package app.kith.web.admin;

import java.util.List;

/**
 * The admin page: the server's accounts, its pending invitations, how sign-up is configured, and
 * what was just done ({@code newLink} is an invitation's link, shown this once).
 */
public record AdminView(List<Row> accounts, List<Pending> invitations, String signUp, boolean invitationsWork,
                        String newLink, String newLinkExpires, String message, boolean error) {

    /**
     * One account; dates are days in the admin's time zone, "never" when there is none. The owner
     * stays an admin, so its row offers no Remove admin.
     */
    public record Row(String email, String created, String lastSignIn, int people, boolean disabled, boolean admin,
                      boolean owner, boolean you) {
    }

    public record Pending(long id, String createdBy, String created, String expires) {
    }
}
