package app.kith.web;

import app.kith.account.Accounts;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may see the web app: everything but the sign-in and first-run pages, the static assets and
 * the health check needs a signed-in session (or a remember-me cookie). Forms carry CSRF tokens;
 * htmx sends the token as a header. The Content-Security-Policy allows no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final int REMEMBER_ME_DAYS = 30;

    @Bean
    SignInThrottle signInThrottle(Clock clock) {
        return new SignInThrottle(clock);
    }

    @Bean
    UserDetailsService users(Accounts accounts) {
        return email -> accounts.credentials(email)
                .map(c -> new SignInUser(c.accountId(), c.email(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, UserDetailsService users, Accounts accounts, SignInThrottle throttle)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(accounts.passwordEncoder());
        String rememberMeKey = accounts.serverSecret("remember-me");
        AuthenticationManager manager = new ProviderManager(passwords, new RememberMeAuthenticationProvider(rememberMeKey));
        TokenBasedRememberMeServices rememberMe = new TokenBasedRememberMeServices(rememberMeKey, users);
        rememberMe.setTokenValiditySeconds(REMEMBER_ME_DAYS * 24 * 3600);
        rememberMe.setParameter("remember");
        rememberMe.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        // Redirects name a path, never the Host the request claimed (see LocalRedirects).
        LoginUrlAuthenticationEntryPoint signInFirst = new LoginUrlAuthenticationEntryPoint("/login");
        signInFirst.setFavorRelativeUris(true);
        SignInOutcomes.Success signedIn = new SignInOutcomes.Success(throttle);
        signedIn.setRedirectStrategy(new LocalRedirects());
        return http
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/setup", "/health", "/api/openapi.json", "/error",
                                "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(signedIn)
                        .failureHandler(new SignInOutcomes.Failure(throttle)))
                .exceptionHandling(e -> e.authenticationEntryPoint(signInFirst))
                .rememberMe(r -> r.rememberMeServices(rememberMe))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignedInUploads(signInFirst), CsrfFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
