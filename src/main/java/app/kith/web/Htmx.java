package app.kith.web;

import jakarta.servlet.http.HttpServletRequest;

/** One handler serves a page and its htmx fragment: htmx marks its requests with a header. */
public final class Htmx {

    private Htmx() {
    }

    /**
     * True when htmx asks for a fragment. A history restore (the back button, once htmx's cache
     * no longer holds the page) also carries HX-Request, but swaps in the whole page.
     */
    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
