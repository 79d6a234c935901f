package app.kith.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;

/**
 * Someone whose password was right, still to type the code: kept in the session beside, never as,
 * a sign-in, so nothing but the code step reads it and it opens no page. It lasts {@link #LASTS};
 * then the password is asked again. {@code version} is the sign-in version the password was
 * checked against: a password changed meanwhile ends it.
 */
record HalfSignedIn(long accountId, int version, boolean remember, String continueTo, long since)
        implements Serializable {

    static final Duration LASTS = Duration.ofMinutes(5);
    private static final String ATTRIBUTE = HalfSignedIn.class.getName();

    void keep(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    /** The half sign-in of this session, if one is there and still fresh at {@code now}. */
    static HalfSignedIn of(HttpServletRequest request, long now) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof HalfSignedIn half)) {
            return null;
        }
        if (now - half.since >= LASTS.toMillis() || now < half.since) {
            session.removeAttribute(ATTRIBUTE);
            return null;
        }
        return half;
    }

    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
