package app.kith.web.signin;

import app.kith.db.Database;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The error page of a request the store could not serve (PostgreSQL down, SQLite's file held).
 * The sessions are in that same store: reading the session again to show the error page would
 * fail again, and the server's bare 500 would show instead of the 503 page. So this error dispatch
 * reads no session, signs no one in or out and changes nothing; the session stays as it was for
 * when the store is back. Same headers as every page.
 */
@Configuration(proxyBeanMethods = false)
class StoreFailedErrorPages {

    @Bean
    @Order(-1)
    SecurityFilterChain storeFailedErrorPage(HttpSecurity http) throws Exception {
        return http.securityMatcher(StoreFailedErrorPages::isStoreFailedErrorPage)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .addFilterBefore(StoreFailedErrorPages::withoutSession, SecurityContextHolderFilter.class)
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.disable())
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .logout(l -> l.disable())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(WebSecurity.CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * The request as if it came without a session: nothing down the chain asks the store for it.
     * The failed dispatch's CSRF token is dropped too, since reading it reads the session (the page's
     * frame would).
     */
    private static void withoutSession(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.removeAttribute(CsrfToken.class.getName());
        request.removeAttribute("_csrf"); // the same token under the name forms use
        chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request) {
            @Override
            public HttpSession getSession(boolean create) {
                return create ? super.getSession(true) : null;
            }

            @Override
            public boolean isRequestedSessionIdValid() {
                return false;
            }
        }, response);
    }

    private static boolean isStoreFailedErrorPage(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && Database.busy(failure);
    }
}
