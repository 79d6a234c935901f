package app.kith.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;

/**
 * Signing out leaves nothing of the account on the device: the pages the service worker kept for
 * offline, and the changes still waiting to be sent, go with the session. Spring's own
 * ClearSiteDataHeaderWriter writes only over HTTPS, and Kith is also used over plain HTTP on a
 * home network and on localhost (where browsers honour the header too).
 */
final class SignedOutDevice {

    static final String HEADER = "Clear-Site-Data";
    static final String CLEARED = "\"cache\", \"storage\"";

    private SignedOutDevice() {
    }

    static void clear(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        response.setHeader(HEADER, CLEARED);
    }
}
