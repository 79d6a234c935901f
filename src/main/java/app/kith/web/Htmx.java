package app.kith.web;

import jakarta.servlet.http.HttpServletRequest;

/** One handler serves a page and its htmx fragment: htmx marks its requests with a header. */
final class Htmx {

    private Htmx() {
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
