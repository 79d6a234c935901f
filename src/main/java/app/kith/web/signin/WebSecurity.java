package app.kith.web.signin;

import app.kith.account.Accounts;
import app.kith.account.TwoFactor;
import app.kith.db.Database;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may see the web app: everything but the sign-in, sign-up and first-run pages, the static assets and
 * the health check needs a signed-in session (or a remember-me cookie); whoever has none is sent
 * to sign in and back (see {@link SignInFirst}). Forms carry CSRF tokens; htmx sends the token as a
 * header. The Content-Security-Policy allows no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SignInThrottle signInThrottle(Database database, Clock clock) {
        return new SignInThrottle(JdbcClient.create(database.dataSource()), clock);
    }

    /** Refused at start when it is none of invitation, open, closed. */
    @Bean
    SignUpMode signUpMode(@Value("${kith.signup:invitation}") String mode) {
        return SignUpMode.parse(mode);
    }

    @Bean
    RememberMeCookies rememberMeCookies(Accounts accounts, Clock clock) {
        return new RememberMeCookies(accounts, clock);
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Accounts accounts, TwoFactor twoFactor, SignInThrottle throttle,
                            RememberMeCookies rememberMe, Clock clock, ApplicationEventPublisher events,
                            SignInAudit signInAudit) throws Exception {
        // Redirects name a path, never the Host the request claimed (see LocalRedirects).
        SignInFirst signInFirst = new SignInFirst();
        SignInOutcomes.Success signedIn = new SignInOutcomes.Success(throttle);
        signedIn.setRedirectStrategy(new LocalRedirects());
        ProviderManager signIns = new ProviderManager(new PasswordSignIn(accounts, twoFactor),
                new RememberMeAuthenticationProvider(rememberMe.getKey()));
        // Sign-ins and refusals as events, for the audit log (SignInAudit).
        signIns.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return http
                .authenticationManager(signIns)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", CodeStepPage.PATH, "/setup", "/signup", "/health", "/health/liveness", "/health/readiness", "/api/openapi.json", "/error",
                                "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg",
                                // A browser fetches the manifest and its icons without the session cookie.
                                "/manifest.webmanifest", "/icons/**",
                                // The morning email's links: their signature is the credential.
                                "/digest/done", "/digest/unsubscribe", "/digest/unsubscribe/one-click",
                                // The service worker and its page for offline hold nothing of an account's.
                                "/sw.js", "/offline.html",
                                // A calendar app reads the feed with no session: its secret link is the credential.
                                "/calendar/*").permitAll()
                        .anyRequest().authenticated())
                // A mail provider's one-click unsubscribe (RFC 8058) has no page to take a token from.
                .csrf(c -> c.ignoringRequestMatchers("/digest/unsubscribe/one-click"))
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(signedIn)
                        .failureHandler(new SignInOutcomes.Failure(throttle, clock)))
                .exceptionHandling(e -> e.authenticationEntryPoint(signInFirst)
                        .accessDeniedHandler(SignInFirst.signInOrRefuse(signInFirst)))
                .requestCache(c -> c.requestCache(SignInFirst.pages()))
                .rememberMe(r -> r.rememberMeServices(rememberMe))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out")
                        .addLogoutHandler(SignedOutDevice::clear))
                .addFilterBefore(new ThrottleFilter(throttle, signInAudit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new StaleSessionFilter(accounts), RememberMeAuthenticationFilter.class)
                .addFilterBefore(new SignedInUploads(signInFirst), CsrfFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
