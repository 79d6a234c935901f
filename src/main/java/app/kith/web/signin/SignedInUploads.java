package app.kith.web.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload from someone not signed in is sent to sign in before its body is read. The CSRF check
 * that comes next looks for its token among the form's fields, and for a multipart form that has
 * the container parse, and store, the whole upload first; an anonymous visitor could make the
 * server do that for nothing. A session that has ended is asked to sign in again the same way.
 */
final class SignedInUploads extends OncePerRequestFilter {

    private final AuthenticationEntryPoint signIn;

    SignedInUploads(AuthenticationEntryPoint signIn) {
        this.signIn = signIn;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            signIn.commence(request, response, new InsufficientAuthenticationException("sign in to upload"));
            return;
        }
        chain.doFilter(request, response);
    }
}
