package app.kith.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read {@code /metrics}: whoever sends the operator's {@code kith.metrics.token}
 * ({@code KITH_METRICS_TOKEN}) as a Bearer token, as Prometheus does with {@code authorization:
 * credentials}. Without a configured token the path does not exist (404): the counts say how busy
 * the server is, which nobody else needs to know. Stateless: a scrape makes no session.
 */
@Configuration(proxyBeanMethods = false)
class MetricsAccess {

    static final String PATH = "/metrics";

    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http, @Value("${kith.metrics.token:}") String token) throws Exception {
        return http.securityMatcher(PATH)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .addFilterBefore(new TokenOnly(token), SecurityContextHolderFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                .build();
    }

    private static final class TokenOnly extends OncePerRequestFilter {

        private final byte[] expected;

        TokenOnly(String token) {
            this.expected = token.isBlank() ? null : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (expected == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String given = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kith metrics\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
