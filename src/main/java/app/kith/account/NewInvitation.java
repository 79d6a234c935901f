package app.kith.account;

/** An invitation just made, with the token of its link: shown once, only its digest is kept. */
public record NewInvitation(Invitation invitation, String token) {

    /** The sign-up page's address on the server reached at {@code baseUrl}. */
    public String link(String baseUrl) {
        return baseUrl.replaceAll("/+$", "") + "/signup?invitation=" + token;
    }
}
