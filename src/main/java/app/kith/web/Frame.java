package app.kith.web;

/**
 * What every page's frame shows: who is signed in (null on the sign-in and setup pages), the
 * CSRF token that every form and htmx request carries, and what the quick log just did when it
 * sent the browser back here without JavaScript (else null).
 */
public record Frame(String email, String csrfParameter, String csrfToken, QuickLogged quickLogged) {
}
