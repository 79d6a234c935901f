package app.kith.api;

import app.kith.account.Accounts;
import app.kith.account.TokenScope;
import java.net.URI;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call the REST API: whoever sends a valid {@code Authorization: Bearer kith_…} token acts
 * as the token's account. A {@code read} token may only GET and HEAD; a {@code write} token may
 * do everything. The API is stateless and bearer-only, so it has no session and no CSRF
 * token to check; pages outside {@code /api/v1} (the web app) keep Spring Security's defaults.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Accounts accounts, JsonMapper json) throws Exception {
        return http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/v1/**").authenticated()
                        .anyRequest().hasAuthority(TokenFilter.authority(TokenScope.WRITE)))
                // Built here, not as a bean, so the servlet container does not also run it on every path.
                .addFilterBefore(new TokenFilter(accounts), AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, failure) -> {
                            boolean sent = request.getAttribute(TokenFilter.REFUSED) != null;
                            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                                    request.getAttribute(TokenFilter.EXPIRED) instanceof Instant expired
                                    ? "The bearer token expired on " + expired + ". Make a new one: kith token new NAME"
                                    : sent
                                    ? "The bearer token is not valid: it was revoked or mistyped. Make a new one: kith token new NAME"
                                    : "This API needs a token: send Authorization: Bearer kith_… (make one with: kith token new NAME)");
                            problem.setInstance(URI.create(request.getRequestURI()));
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                                    sent ? "Bearer realm=\"kith\", error=\"invalid_token\"" : "Bearer realm=\"kith\"");
                            Problems.write(response, problem, json);
                        })
                        .accessDeniedHandler((request, response, denied) -> {
                            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                                    request.getAttribute(TokenFilter.SCOPE) == TokenScope.READ
                                    ? "This token's scope is read: it may only GET and HEAD. " + request.getMethod()
                                            + " needs a token with scope write (kith token new NAME --scope write)"
                                    : "Not allowed with this token");
                            problem.setInstance(URI.create(request.getRequestURI()));
                            problem.setProperty("scope", request.getAttribute(TokenFilter.SCOPE) instanceof TokenScope scope
                                    ? scope.key() : null);
                            Problems.write(response, problem, json);
                        }))
                .build();
    }
}
