package app.kith.web.signin;

import app.kith.web.LocalPath;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects as a path on this site. Spring Security remembers the page asked for before sign-in
 * as an absolute URL built from the request's Host header; sent back as it is, a forged Host
 * would become the Location. Only its path and query are kept.
 */
final class LocalRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(local(url)));
    }

    /** The path and query of {@code url}; "/" when it has no local path at all. */
    static String local(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String local = LocalPath.orNull(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            return local == null ? "/" : local;
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
