package app.kith.server;

import app.kith.audit.Audit;
import app.kith.audit.Origin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the audit log where each request came from: the client's address as Tomcat gives it
 * (behind a trusted proxy, the forwarded one, see {@link ForwardedHeaders}) and its User-Agent.
 * It runs before the security filters, so a sign-in is recorded with both.
 */
@Configuration(proxyBeanMethods = false)
class AuditOrigins {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> auditOrigin() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try (Audit.Scope scope = Audit.from(Origin.of(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)))) {
                    chain.doFilter(request, response);
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
