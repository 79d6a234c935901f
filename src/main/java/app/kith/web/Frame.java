package app.kith.web;

/**
 * What every page's frame shows: who is signed in (null on the sign-in and setup pages) and the
 * CSRF token that every form and htmx request carries.
 */
public record Frame(String email, String csrfParameter, String csrfToken) {
}
